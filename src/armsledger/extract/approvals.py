"""A state that approves, allows or blocks another's transfer, or threatens or imposes sanctions
over it: no option for either role.

"Germany approved the re-export of Gepard guns by Qatar to Ukraine", "Berlin allowed Warsaw to
send its tanks to Kyiv": the licensing state is neither the giver nor the taker of that step
(CLAIMS.md: the supplier is who passes the system on). The words are the rule table's
``roles.approver_after``; ``roles.not_a_party_after`` inlines them, so the rules set the state
aside, and this test keeps the decider from choosing it. So for ``roles.sanctioner_after``
("Washington threatened Lima with penalties for the purchase").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from armsledger.extract.rules import rule_table
from armsledger.language import ENGLISH

if TYPE_CHECKING:
    from armsledger.extract.roles import Mention

_APPROVER = rule_table()["roles.approver_after"]
_SANCTIONER = rule_table()["roles.sanctioner_after"]


def approves_other(sentence: str, p: Mention, lang: str = ENGLISH) -> bool:
    """Whether the English words right after ``p`` make it the state approving (or blocking)
    another party's transfer, or the state threatening or imposing sanctions over it."""
    return lang == ENGLISH and (
        _APPROVER.match(sentence, p.end) is not None
        or _SANCTIONER.match(sentence, p.end) is not None
    )
