"""Steps told by what happens to an order or to the systems themselves.

- An order completed is fulfilled: a delivery, expected when it is still to be completed
  (stage.order_completed, stage.order_to_complete); a deal completed is not (it is as often
  the deal concluded).
- A buyer accepting the systems takes them over: a delivery (stage.accept_system); accepting an
  offer or terms is not.
- A deal noun right after an ambiguous name vouches for it ("the K2 order": nouns.step_after_name).
- "Neither A nor B" lists A and B as "A and B" does (roles.conjunction, roles.party_list).
- Headlines without articles keep their cues ("Turkey ditches S-400 plan").

Every sentence is our own, written for these probes (never taken from news or ../shared)."""

from __future__ import annotations

import pytest

from tests.extract.test_factuality_probes2 import _check

PROBES = [
    (
        "Thailand ordered six Gripen jets from Sweden. The order will be completed by 2013.",
        "Gripen|SWE|THA|delivery|expected;!Gripen|SWE|THA|negotiation|asserted",
    ),
    (
        "Thailand ordered six Gripen jets from Sweden. The order was completed in 2013.",
        "Gripen|SWE|THA|delivery|asserted",
    ),
    ("Egypt formally accepted the FREMM frigate from Italy.", "FREMM|ITA|EGY|delivery|asserted"),
    (
        "Turkey accepted the offer of Eurofighter jets from Britain.",
        "Eurofighter|GBR|TUR|negotiation|asserted;!Eurofighter|delivery|asserted",
    ),
    ("Poland cancelled its K2 order.", "K2|KOR|POL|cancelled|asserted"),
    ("Poland's K2 order was signed in 2022.", "K2|KOR|POL|agreement|asserted"),
]


# "Neither A nor B" lists its members as "A and B" does (roles.conjunction, roles.party_list).
NEITHER = [
    (
        "Neither Egypt nor Algeria has bought the Su-57.",
        "Su-57|RUS|EGY|agreement|denied;Su-57|RUS|DZA|agreement|denied",
    ),
]


# Headlines drop their articles: a plan ditched and a deal neared keep their cue with a
# designation before the noun (stage.collapse, stage.close_to_deal's words may hold a hyphen).
HEADLINES = [
    ("Turkey ditches S-400 plan", "S-400|RUS|TUR|cancelled|asserted"),
    ("Egypt is nearing a J-10C deal with China.", "J-10|CHN|EGY|negotiation|asserted"),
]


@pytest.mark.parametrize(("text", "spec"), PROBES + NEITHER + HEADLINES)
def test_acceptance_probe(text: str, spec: str) -> None:
    _check(text, spec)
