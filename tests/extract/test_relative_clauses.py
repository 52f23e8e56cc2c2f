"""relative_clauses: a relative clause telling a system's earlier transfer has its own parties.
Sentences are our own."""

from __future__ import annotations

from armsledger.extract import extract
from armsledger.models import Article


def _keys(body: str) -> set[tuple[str, str, str, str]]:
    article = Article(
        doc="t", text=f"Jets news\n\n{body}", published="2024-03-01", title="Jets news"
    )
    return {
        (c.system, c.supplier or "-", c.recipient or "-", c.stage.value) for c in extract(article)
    }


def test_the_relative_clause_purchase_is_its_own_step() -> None:
    got = _keys("Chile could sell the F-16 jets it bought from the Netherlands to Peru.")
    assert ("F-16", "NLD", "CHL", "agreement") in got


def test_a_giver_passes_on_what_its_relative_clause_bought() -> None:
    got = _keys("Slovakia donated to Ukraine the MiG-29 jets it had bought from Russia.")
    assert ("MiG-29", "SVK", "UKR", "delivery") in got
    assert ("MiG-29", "RUS", "UKR", "delivery") not in got


def test_the_relative_verb_is_no_step_of_the_replacing_system() -> None:
    got = _keys("The Gripens will replace the used F-16s Chile has been buying from Belgium.")
    assert ("F-16", "BEL", "CHL", "agreement") in got
    assert not any(system == "Gripen" for system, *_ in got)


def test_relative_verbs_maps_the_verb_to_its_system() -> None:
    from armsledger.extract.pipeline import extract_with
    from armsledger.extract.record import Sentence

    body = "The Gripens will replace the F-16s Chile bought from Belgium."
    seen: list[Sentence] = []
    extract_with(Article(doc="t", text=f"Jets news\n\n{body}"), observe=seen.append)
    sent = seen[-1]
    assert sent.relative_verbs == {sent.text.index("bought"): sent.text.index("F-16s")}
