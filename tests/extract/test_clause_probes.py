"""Readings that follow a sentence's clauses.

- A relative clause between a subject and its verb ("Ukraine, which has received Leopard 2
  tanks from Germany, now wants F-16 jets") closes at its comma even when an adverb opens the
  main verb (text.clause_break), and its antecedent is the subject of both: Ukraine received
  the tanks and wants the jets (role_words.apposed_into).
- "..., the company said on Monday" dates the saying, not the step, even where the company
  stands for no name the article gave before (attribution.relay_noun, timing._speech_verb;
  CLAIMS.md rule 12).

Every sentence is our own, written for these probes (never taken from news or ../shared)."""

from __future__ import annotations

import pytest

from armsledger.extract import extract
from armsledger.models import Article
from tests.extract.test_factuality_probes2 import _check

RELATIVES = [
    (
        "Ukraine, which has received Leopard 2 tanks from Germany and Poland, now wants F-16 jets.",
        "Leopard 2|DEU|UKR|delivery|asserted;Leopard 2|POL|UKR|delivery|asserted;"
        "F-16|USA|UKR|negotiation|asserted;!F-16|USA|POL|negotiation|asserted",
    ),
    (
        "Egypt, which bought Rafale jets from France, still seeks Su-35 fighters.",
        "Rafale|FRA|EGY|agreement|asserted;Su-35|RUS|EGY|negotiation|asserted",
    ),
]

# A relative clause telling the system's earlier transfer ("its MiG-29s it bought from
# Belarus and Ukraine"): every party listed after its verb takes the role, and with no transfer
# verb in the main clause, the one party named before the system owns it.
EARLIER_TRANSFERS = [
    (
        "Algeria is looking to replace some of its MiG-29 jets it bought from Belarus and "
        "Ukraine in the early 2000s.",
        "MiG-29|BLR|DZA|agreement|asserted;MiG-29|UKR|DZA|agreement|asserted;"
        "!MiG-29|BLR|UKR|agreement|asserted",
    ),
    (
        "Chile could sell the F-16 jets it bought from the Netherlands.",
        "F-16|NLD|CHL|agreement|asserted",
    ),
    # Parties listed after a buyer verb's 'by' are buyers, none the supplier.
    (
        "The JF-17 has since been bought by Myanmar and Nigeria.",
        "JF-17|PAK|MMR|agreement|asserted;JF-17|PAK|NGA|agreement|asserted;"
        "!JF-17|NGA|MMR|agreement|asserted",
    ),
]

# A state reacting to the step or fighting a war told as its reason is no party to it
# (roles.not_a_party_before); an adverb before the auxiliary keeps the subject's role
# (roles.supplier_after); a signal or a boost sent is no shipment (stage.exclusion_idioms).
ASIDES = [
    (
        "India signed for the S-400 with Russia in 2018, much to the discomfort of the US.",
        "S-400|RUS|IND|agreement|asserted;!S-400|RUS|USA|agreement|asserted",
    ),
    (
        "Deliveries of the S-400 to India were delayed by Russia's war with Ukraine.",
        "S-400|RUS|IND|postponed|asserted;!S-400|RUS|UKR|postponed|asserted",
    ),
    (
        "Spain reportedly will donate more Leopard 2 tanks to Ukraine.",
        "Leopard 2|ESP|UKR|delivery|expected;!Leopard 2|DEU|UKR|delivery|expected",
    ),
    ("The Su-35 deal sent a signal to Washington, analysts said.", "!Su-35|delivery|asserted"),
]

STATEMENT_DATES = [
    # (text, claim key, its date)
    (
        "Seoul will deliver the first K9 howitzers to Egypt, the company said on Monday.",
        ("K9", "KOR", "EGY", "delivery", "expected"),
        None,
    ),
    (
        "The yard will build two frigates for Norway, the firm told reporters on Monday.",
        None,
        None,
    ),
    (
        "Hanwha will deliver K9 howitzers to Egypt in May, the company said.",
        ("K9", "KOR", "EGY", "delivery", "expected"),
        "2024-05",
    ),
]


@pytest.mark.parametrize(("text", "spec"), RELATIVES + EARLIER_TRANSFERS + ASIDES)
def test_clause_reading(text: str, spec: str) -> None:
    _check(text, spec)


@pytest.mark.parametrize(("text", "key", "when"), STATEMENT_DATES)
def test_statement_date_is_not_the_step(
    text: str, key: tuple[str, ...] | None, when: str | None
) -> None:
    claims = extract(Article(doc="probe", text=text, published="2024-03-01"))
    dated = {
        (c.system, c.supplier, c.recipient, c.stage.value, c.factuality.value): c.when
        for c in claims
    }
    if key is None:
        assert all(w is None for w in dated.values()), dated
    else:
        assert key in dated, sorted(dated)
        assert dated[key] == when
