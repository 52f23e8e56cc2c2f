"""Which Russian parties a step reaches when the text lists them: "получит F-16 из Дании и
Норвегии" is two claims, "Россия и Индия подписали" none more."""

from __future__ import annotations

from typing import ClassVar

from armsledger.extract.candidates import Candidate, party_lists
from armsledger.extract.roles import Mention, Roles
from armsledger.language import RUSSIAN
from armsledger.models import Factuality


class ListingRuleDecider:
    """The rules' answer alone (``listed``), the baseline the learned decider is measured
    against for Russian (``bench/ru_scorer_cv.py``)."""

    pure: ClassVar[bool] = True  # see scorer.Decider

    def decide(self, cand: Candidate) -> list[tuple[Roles, Factuality]]:
        if not cand.rule_made:
            return []
        return listed(cand.sentence, cand.ctx.parties, cand.rule_roles, cand.rule_fact)


def listed(
    sentence: str, parties: tuple[Mention, ...], roles: Roles, fact: Factuality
) -> list[tuple[Roles, Factuality]]:
    """``roles``, and the same step for each party listed with its supplier or recipient
    ("получит F-16 из Дании и Норвегии", "поставит Индии и Вьетнаму"). A list holding both
    sides ("Россия и Индия подписали") is no list of either."""
    # A party set aside ("невзирая на угрозы санкций США, Нью-Дели получил") lists with none.
    lists = party_lists(sentence, parties, RUSSIAN)
    both = (roles.supplier, roles.recipient)
    suppliers = lists.get(roles.supplier or "", (roles.supplier,))
    recipients = lists.get(roles.recipient or "", (roles.recipient,))
    if any(p in both for p in suppliers if p != roles.supplier) or any(
        p in both for p in recipients if p != roles.recipient
    ):
        return [(roles, fact)]
    return [(Roles(s, r), fact) for s in suppliers for r in recipients]
