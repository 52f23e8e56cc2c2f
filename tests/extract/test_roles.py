"""The hand rules' roles on sentences written here: coordination and clause scope."""

from __future__ import annotations

from armsledger.extract.roles import Mention, assign_roles, list_ends
from armsledger.extract.rules import rule_table

GLUE = rule_table()["roles.party_list"]


def mention(sentence: str, surface: str, code: str, kind: str = "state") -> Mention:
    at = sentence.index(surface)
    return Mention(at, at + len(surface), kind, code, code if kind != "system" else None)


def test_a_list_ends_at_its_last_party() -> None:
    s = "Spain, Italy and the Netherlands sent tanks to Kyiv."
    parties = [
        mention(s, "Spain", "ESP"),
        mention(s, "Italy", "ITA"),
        mention(s, "Netherlands", "NLD"),
    ]
    ends = list_ends(s, parties, GLUE)
    end = s.index("Netherlands") + len("Netherlands")
    assert [ends[p.start] for p in parties] == [end, end, end]
    kyiv = mention(s, "Kyiv", "UKR")
    assert list_ends(s, [*parties, kyiv], GLUE)[kyiv.start] == kyiv.end


def test_a_subject_list_gives_co_suppliers() -> None:
    s = "Spain and Italy delivered tanks to Ukraine."
    system = mention(s, "tanks", "tank", kind="system")
    parties = [mention(s, "Spain", "ESP"), mention(s, "Italy", "ITA"), mention(s, "Ukraine", "UKR")]
    roles = assign_roles(s, system, parties, None, ((0, len(s)), (0, len(s))))
    assert (roles.supplier, roles.recipient) == ("ITA", "UKR")
    assert roles.co_suppliers == ("ESP",)


def test_a_list_that_gives_in_its_own_clause_receives_nothing_here() -> None:
    s = "Estonia will send Javelin missiles, while Latvia and Lithuania will send Stinger missiles."
    system = mention(s, "Javelin", "Javelin", kind="system")
    parties = [
        mention(s, "Estonia", "EST"),
        mention(s, "Latvia", "LVA"),
        mention(s, "Lithuania", "LTU"),
    ]
    first = (0, s.index("while"))
    roles = assign_roles(s, system, parties, "USA", (first, first))
    assert roles.supplier == "EST"
    assert roles.recipient is None
    assert roles.co_suppliers == ()


def _roles_of(s: str, system: str, others: list[str], parties: list[tuple[str, str]], maker: str):
    sys_m = mention(s, system, system, kind="system")
    other_m = tuple(mention(s, o, o, kind="system") for o in others)
    party_m = [mention(s, surface, code) for surface, code in parties]
    whole = ((0, len(s)), (0, len(s)))
    return assign_roles(s, sys_m, party_m, maker, whole, other_m)


def test_a_phrase_after_another_system_is_that_systems() -> None:
    s = "Ruritania bought Alpha jets from France and Beta jets from Russia."
    parties = [("Ruritania", "RUR"), ("France", "FRA"), ("Russia", "RUS")]
    beta = _roles_of(s, "Beta", ["Alpha"], parties, "RUS")
    alpha = _roles_of(s, "Alpha", ["Beta"], parties, "FRA")
    assert (beta.supplier, beta.recipient) == ("RUS", "RUR")
    assert (alpha.supplier, alpha.recipient) == ("FRA", "RUR")
    t = "Washington approved sales of Alpha jets to Turkey and Beta jets to Greece."
    to = [("Washington", "USA"), ("Turkey", "TUR"), ("Greece", "GRC")]
    assert _roles_of(t, "Beta", ["Alpha"], to, "USA").recipient == "GRC"


def test_a_possessive_after_another_system_keeps_its_role() -> None:
    s = "Pakistan will acquire Alpha jets from China in response to India's purchase of Beta jets."
    parties = [("Pakistan", "PAK"), ("China", "CHN"), ("India", "IND")]
    beta = _roles_of(s, "Beta", ["Alpha"], parties, "FRA")
    assert (beta.supplier, beta.recipient) == ("FRA", "IND")


def test_a_list_of_recipients_gives_co_recipients() -> None:
    s = "Ruritania delivered Alpha launchers to Spain and Italy."
    roles = _roles_of(
        s, "Alpha", [], [("Ruritania", "RUR"), ("Spain", "ESP"), ("Italy", "ITA")], "RUR"
    )
    assert (roles.supplier, roles.recipient, roles.co_recipients) == ("RUR", "ESP", ("ITA",))
    t = "Ruritania delivered Alpha launchers to Spain, and Italy bought them too."
    apart = _roles_of(
        t, "Alpha", [], [("Ruritania", "RUR"), ("Spain", "ESP"), ("Italy", "ITA")], "RUR"
    )
    assert apart.co_recipients == ()


def test_the_other_side_of_a_contract_supplies_unless_the_maker_is_named() -> None:
    s = "Peru signed a contract with South Korea for two Alpha submarines."
    sides = [("Peru", "PER"), ("South Korea", "KOR")]
    roles = _roles_of(s, "Alpha", [], sides, "DEU")
    assert (roles.supplier, roles.recipient) == ("KOR", "PER")
    t = "France signed a deal with Egypt for 30 Alpha jets."
    seller = _roles_of(t, "Alpha", [], [("France", "FRA"), ("Egypt", "EGY")], "FRA")
    assert (seller.supplier, seller.recipient) == ("FRA", "EGY")


def test_a_preposition_before_a_list_gives_each_member_its_role() -> None:
    # "the Netherlands" has no "from" of its own: the list's first member's phrase is its
    roles = _roles_of(
        "Washington approved the transfers of F-16 jets from Denmark and the Netherlands.",
        "F-16",
        [],
        [("Washington", "USA"), ("Denmark", "DNK"), ("Netherlands", "NLD")],
        "USA",
    )
    assert roles.recipient != "NLD"
    assert {roles.supplier, *roles.co_suppliers} >= {"DNK", "NLD"}
