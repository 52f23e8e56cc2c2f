"""The learned decider: candidates, labels, fitting, the shipped model file, its errors.

Every text here is written for these tests; none comes from the lent gold sets.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import replace
from pathlib import Path

import pytest

from armsledger.errors import DataFileError
from armsledger.extract import scorer, training
from armsledger.extract.candidates import Candidate
from armsledger.extract.pipeline import extract_with
from armsledger.extract.roles import Roles
from armsledger.extract.scorer import LearnedDecider, LinearModel, RuleDecider
from armsledger.models import Stage
from tests.conftest import article, write_jsonl

NORWAY = (
    "Norway sends NASAMS to Ukraine\n\n"
    "Norway delivered two NASAMS batteries to Ukraine in March, the defence ministry said. "
    "Oslo also signed a contract with Kongsberg for more NASAMS for its own army."
)


def _candidates(text: str) -> list[Candidate]:
    recorder = training.RecordingDecider(RuleDecider())
    extract_with(article(text), recorder)
    return recorder.seen


def test_candidates_offer_each_party_of_the_sentence_and_the_maker() -> None:
    cands = [c for c in _candidates(NORWAY) if c.stage is Stage.DELIVERY]
    assert cands, "the delivery sentence must make a candidate"
    first = cands[0]
    assert {"NOR", "UKR"} <= set(first.suppliers) & set(first.recipients)
    assert None in first.suppliers and None in first.recipients
    assert first.rule_roles == Roles("NOR", "UKR")
    assert "stage=delivery" in first.event


def test_candidate_features_hold_no_sentence_text() -> None:
    for cand in _candidates(NORWAY):
        for feats in [cand.event, *cand.suppliers.values(), *cand.recipients.values()]:
            assert all(len(f) < 80 for f in feats)
            assert not any("defence ministry said" in f for f in feats)


def test_rule_decider_keeps_the_rules_answer() -> None:
    cands = _candidates(NORWAY)
    decider = RuleDecider()
    for cand in cands:
        got = decider.decide(cand)
        assert got == ([(cand.rule_roles, cand.rule_fact)] if cand.rule_made else [])


def _doc(text: str, claims: list[dict[str, object]], doc: str) -> training.StudyDoc:
    return training.StudyDoc(article(text, doc=doc), {"doc": doc, "claims": claims}, "own")


def test_labels_follow_the_gold_evidence_sentence() -> None:
    sentence = (
        "Norway delivered two NASAMS batteries to Ukraine in March, the defence ministry said."
    )
    gold = [
        {
            "system": "NASAMS",
            "supplier": "NOR",
            "recipient": "UKR",
            "stage": "delivery",
            "factuality": "asserted",
            "evidence": sentence,
        }
    ]
    rows = training.collect([_doc(NORWAY, gold, "n.txt")])
    delivery = [r for r in rows if r.cand.stage is Stage.DELIVERY and sentence in r.cand.sentence]
    assert delivery and all(r.accept == 1 for r in delivery)
    assert all(r.suppliers == {"NOR"} and r.recipients == {"UKR"} for r in delivery)
    others = [r for r in rows if r.cand.stage is not Stage.DELIVERY]
    assert all(r.accept == 0 for r in others)  # no gold claim at that stage: a negative


def _decider(threshold: float = 0.5) -> LearnedDecider:
    idx = scorer.feature_index
    return LearnedDecider(
        accept=LinearModel({idx("bias"): 2.0, idx("stage=agreement"): -5.0}),
        supplier=LinearModel({idx("s:none=True"): -3.0, idx("s:rule=True"): 1.0}),
        recipient=LinearModel({idx("r:none=True"): -3.0, idx("r:vscue=after"): 1.0}),
        threshold=threshold,
    )


def test_learned_decider_picks_the_best_scored_options() -> None:
    cand = next(c for c in _candidates(NORWAY) if c.stage is Stage.DELIVERY)
    decisions = _decider().decide(cand)
    assert len(decisions) == 1
    roles, fact = decisions[0]
    assert roles.supplier == cand.rule_roles.supplier
    assert roles.recipient is not None and roles.recipient != roles.supplier
    assert fact is cand.rule_fact
    agreement = next((c for c in _candidates(NORWAY) if c.stage is Stage.AGREEMENT), None)
    if agreement is not None:
        assert _decider().decide(agreement) == []  # scored under the threshold
    assert _decider(threshold=0.99).decide(cand) == []


def test_model_record_round_trips() -> None:
    model = _decider(0.4)
    again = LearnedDecider.from_record(json.loads(json.dumps(model.to_record())))
    assert again == model


@pytest.mark.parametrize(
    "record",
    [
        {"version": 99, "hash_bits": scorer.HASH_BITS},
        {**_decider().to_record(), "accept": {"index": [1, 2], "weight": [0.5]}},
    ],
)
def test_a_bad_model_record_names_the_file_and_the_fix(record: dict[str, object]) -> None:
    with pytest.raises(DataFileError) as err:
        LearnedDecider.from_record(record)
    assert scorer.MODEL_FILE in str(err.value)
    assert "train-scorer" in str(err.value)


def test_the_shipped_model_loads_and_holds_only_numbers() -> None:
    ref = Path(scorer.__file__).parent / "data" / scorer.MODEL_FILE
    record = json.loads(gzip.decompress(ref.read_bytes()))
    LearnedDecider.from_record(record)
    for part in ("accept", "supplier", "recipient"):
        assert all(isinstance(i, int) for i in record[part]["index"])
        assert all(isinstance(w, float | int) for w in record[part]["weight"])
    assert isinstance(scorer.default_decider(), LearnedDecider)


def test_training_on_a_tiny_gold_directory(tmp_path: Path) -> None:
    """``train`` reads every set but measure*, cross-validates and writes a loadable model."""
    pytest.importorskip("sklearn")
    texts = {
        "a": "Norway delivered NASAMS batteries to Ukraine in May.",
        "b": "Germany delivered IRIS-T systems to Egypt last year.",
        "c": "France sold Rafale jets to India, the ministry said.",
        "d": "Sweden delivered Gripen fighters to Hungary in 2016.",
        "e": "The United States delivered HIMARS launchers to Poland.",
        "f": "Spain sold C-295 aircraft to Oman in 2019.",
    }
    claims = {
        "a": ("NASAMS", "NOR", "UKR", "delivery"),
        "b": ("IRIS-T", "DEU", "EGY", "delivery"),
        "c": ("Rafale", "FRA", "IND", "agreement"),
        "d": ("Gripen", "SWE", "HUN", "delivery"),
        "e": ("HIMARS", "USA", "POL", "delivery"),
        "f": ("C-295", "ESP", "OMN", "agreement"),
    }
    for name in ("own", "measure"):
        write_jsonl(
            tmp_path / "eval" / name / "docs.jsonl",
            [{"id": k, "published": "2024-01-10", "text": t} for k, t in texts.items()],
        )
        write_jsonl(
            tmp_path / "eval" / name / "gold.jsonl",
            [
                {
                    "doc": k,
                    "claims": [
                        dict(
                            zip(("system", "supplier", "recipient", "stage"), v, strict=True),
                            factuality="asserted",
                            evidence=texts[k],
                        )
                    ],
                }
                for k, v in claims.items()
            ],
        )
    docs = training.study_sets(tmp_path / "eval")
    assert {d.set_name for d in docs} == {"own"}  # a measure* set is never read
    out = tmp_path / "model.json.gz"
    report = training.train(tmp_path / "eval", out)
    assert report["documents"] == 6 and report["threshold"] in training.THRESHOLDS
    model = LearnedDecider.from_record(json.loads(gzip.decompress(out.read_bytes())))
    first = out.read_bytes()
    training.train(tmp_path / "eval", out)
    assert out.read_bytes() == first  # a fixed seed: the same bytes again
    got = extract_with(article(texts["d"]), replace(model, threshold=0.0))
    assert any((c.system, c.supplier, c.recipient) == ("Gripen", "SWE", "HUN") for c in got)


def test_listed_parties_share_a_role_and_a_list_of_both_sides_does_not() -> None:
    text = "Baltic aid\n\nLatvia and Lithuania will send Stinger missiles to Ukraine next month."
    cand = next(c for c in _candidates(text) if c.system == "Stinger")
    assert cand.lists["LVA"] == ("LVA", "LTU")
    decider = _decider(threshold=0.0)
    suppliers = {roles.supplier for roles, _ in decider.decide(cand)}
    assert suppliers == {"LVA", "LTU"}
    talks = "Talks\n\nRussia and China discussed more S-400 deliveries on Monday."
    for c in _candidates(talks):
        pairs = {(r.supplier, r.recipient) for r, _ in decider.decide(c)}
        assert not ({("RUS", "CHN"), ("CHN", "RUS")} <= pairs)


def test_party_lists_need_list_glue_between_the_names() -> None:
    from armsledger.extract.candidates import party_lists
    from armsledger.extract.roles import Mention

    def m(text: str, word: str, code: str) -> Mention:
        at = text.index(word)
        return Mention(at, at + len(word), "state", code, code)

    text = "Chile, Peru and the Philippines bought the jets from Israel."
    ps = (m(text, "Chile", "CHL"), m(text, "Peru", "PER"), m(text, "Philippines", "PHL"))
    ps += (m(text, "Israel", "ISR"),)
    got = party_lists(text, ps)
    assert got["CHL"] == ("CHL", "PER", "PHL")
    assert "ISR" not in got


def test_thresholds_within_fold_noise_are_tied_and_the_lowest_wins() -> None:
    assert training.pick_threshold({0.3: 0.674, 0.4: 0.679, 0.5: 0.682, 0.6: 0.683}) == 0.4
    assert training.pick_threshold({0.3: 0.60, 0.4: 0.61, 0.5: 0.70, 0.6: 0.62}) == 0.5
