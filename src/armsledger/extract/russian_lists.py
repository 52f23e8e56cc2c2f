"""Which Russian parties a step reaches when the text lists them: "получит F-16 из Дании и
Норвегии" is two claims, "Россия и Индия подписали" none more; and which of the decider's
parties a language it does not know keeps (``named_kept``)."""

from __future__ import annotations

from typing import ClassVar

from armsledger.extract.candidates import Candidate, party_lists
from armsledger.extract.record import Sentence
from armsledger.extract.role_words import no_option
from armsledger.extract.roles import Mention, Roles
from armsledger.extract.scorer import CONSORTIUM_MAKERS
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


def named_kept(
    sent: Sentence, rules: Roles, chosen: Roles, lang: str, makers: tuple[str, ...] = ()
) -> Roles:
    """The decider's parties for a language whose words it does not know: a role the rules
    left open stays open ("Вьетнам получил Як-130, ..., где выпускается M-346": no buyer of the
    M-346 is told; but a named maker of a system several states make may sell it), and a party
    the rules gave a role, named in the sentence, keeps it where the decider put there a party
    the sentence does not name ("Германия и Нидерланды уже передали Киеву свои батареи Patriot":
    not the maker)."""
    # A state set beside the step ("Помимо Индии, ...") is named as no party of it.
    named = {p.party for p in sent.parties if not no_option(sent.text, p, lang)}
    supplier, recipient = chosen.supplier, chosen.recipient
    # One of the makers of a system several states make, named and chosen by the decider
    # ("Турция и Великобритания подписали контракт на ... Eurofighter"), sells it.
    named_maker = len(makers) >= CONSORTIUM_MAKERS and supplier in named and supplier in makers
    if (rules.supplier is None and not named_maker) or (
        rules.supplier in named and supplier not in named
    ):
        supplier = rules.supplier
    if rules.recipient is None or (rules.recipient in named and recipient not in named):
        recipient = rules.recipient
    if (supplier, recipient) == (chosen.supplier, chosen.recipient) or supplier == recipient:
        return chosen
    return Roles(supplier, recipient, chosen.co_suppliers, chosen.co_recipients)
