"""The `when` of claims, on sentences written for these tests (never the lent news texts)."""

from __future__ import annotations

from datetime import date

import pytest

from armsledger.extract import extract
from armsledger.extract.time_bounds import not_after
from tests.conftest import article


def whens(text: str, published: str | None = "2020-07-30") -> dict[tuple[str, str], str | None]:
    """(system, stage) -> when, for the claims of ``text`` (2020-07-30 is a Thursday)."""
    return {(c.system, str(c.stage)): c.when for c in extract(article(text, published))}


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        # The step told between the speech verb and the date owns the date.
        (
            "Headline\n\nThe minister said he held talks in Moscow in May on the supply of "
            "Su-35 jets to Algeria.",
            ("Su-35", "negotiation"),
            "2020-05",
        ),
        (
            "Headline\n\nThe ministry said Egypt signed a contract in March for Su-35 fighters "
            "from Russia.",
            ("Su-35", "agreement"),
            "2020-03",
        ),
        # A date right after the verb still dates the report alone.
        (
            "Headline\n\nThe first Patriot batteries have arrived in Poland, the ministry said "
            "on Tuesday.",
            ("Patriot", "delivery"),
            "2020-07-28",
        ),
    ],
)
def test_report_date_and_step_date(text: str, key: tuple[str, str], expected: str) -> None:
    assert whens(text).get(key) == expected


def test_a_page_dated_to_a_month_still_dates_relative_steps() -> None:
    text = "Headline\n\nRussia delivered two Su-35 jets to Algeria this month."
    assert whens(text, "2021-06") == {("Su-35", "delivery"): "2021-06"}


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        # A dated step between the claim's two parties, told without naming the system.
        (
            "Headline\n\nMorocco has bought Caesar howitzers from France. Morocco and France "
            "signed a contract worth $200 million for the artillery in June 2019.",
            ("Caesar", "agreement"),
            "2019-06",
        ),
        (
            "Headline\n\nThailand has bought VT-4 tanks from China. Thailand signed a contract "
            "with China for the armour in 2016.",
            ("VT-4", "agreement"),
            "2016",
        ),
        # Two dates for such steps: none is lent.
        (
            "Headline\n\nGhana bought Caesar howitzers from France. Ghana and France signed a "
            "contract for the artillery in 2015. Ghana and France signed another contract for the "
            "artillery in 2017.",
            ("Caesar", "agreement"),
            None,
        ),
        # Another pair of parties: a different deal.
        (
            "Headline\n\nGhana bought Caesar howitzers from France. Ghana and Kenya signed a "
            "contract for the artillery in 2015.",
            ("Caesar", "agreement"),
            None,
        ),
    ],
)
def test_dates_lent_by_steps_that_name_no_system(
    text: str, key: tuple[str, str], expected: str | None
) -> None:
    got = whens(text)
    assert key in got and got[key] == expected


@pytest.mark.parametrize(
    "text",
    [
        # The step of a sentence that only refers to its systems ("new jets and helicopters")
        # dates the claims of that step between the same parties named later; the headline too.
        "Headline\n\nSerbia took delivery of new jets and helicopters from Russia at a ceremony "
        "on Monday. Serbia received Mi-17 helicopters and MiG-29 fighters.",
        "Kenya received armoured vehicles from Turkey on Monday, officials said.\n\n"
        "Kenya received Cobra II and Kirpi vehicles.",
    ],
)
def test_a_step_told_by_reference_dates_the_named_ones(text: str) -> None:
    got = whens(text)
    assert len(got) == 2 and set(got.values()) == {"2020-07-27"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A later mention of the same step told more precisely refines its date...
        (
            "Headline\n\nThe first Rafale jets arrived in India in July. The first Rafale jets "
            "arrived in India on 29 July.",
            "2020-07-29",
        ),
        (
            "Headline\n\nEgypt signed a contract for Caesar howitzers from France in 2019. Egypt "
            "signed the contract for Caesar howitzers from France in Cairo on 3 March 2019.",
            "2019-03-03",
        ),
        # ...a different date does not replace the first.
        (
            "Headline\n\nEgypt signed a contract for Caesar howitzers from France in 2019. Egypt "
            "signed a contract for Caesar howitzers from France in 2021.",
            "2019",
        ),
    ],
)
def test_a_finer_date_of_the_same_step_refines_it(text: str, expected: str) -> None:
    (when,) = whens(text).values()
    assert when == expected


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        # A past date held by a cue of the clause the decider made no step of (here the
        # infinitive, the deal's content) dates the step.
        (
            "Headline\n\nThe Rafale jets, which Dassault had contracted to supply to the Indian "
            "air force in 2016, are being upgraded.",
            ("Rafale", "agreement"),
            "2016",
        ),
        (
            "Headline\n\nThe Gripen jets, which Saab had contracted to supply to the Thai air "
            "force in 2008, are being upgraded.",
            ("Gripen", "agreement"),
            "2008",
        ),
    ],
)
def test_a_past_date_of_the_deal_content_dates_the_deal(
    text: str, key: tuple[str, str], expected: str
) -> None:
    assert whens(text).get(key) == expected


def test_only_a_past_date_passes_from_an_undecided_cue() -> None:
    span = (date(2020, 7, 30), date(2020, 7, 30))
    assert not_after("2016", span) and not_after("2020-07", span)
    assert not not_after("2031", span) and not not_after("2020-08", span)
    assert not_after("2031", None) and not not_after(None, span)


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        # Hard-wrapped text: the date on the next line is the sentence's own.
        (
            "Headline\n\nNorway and Poland agreed that more K9 howitzers are to be handed over\n"
            "in the spring of 2027, the ministry said.",
            ("K9", "delivery"),
            "2027",
        ),
        (
            "Headline\n\nA contract for Rafale jets from France could be signed by Serbia\n"
            "by the end of the year, an official said.",
            ("Rafale", "agreement"),
            "2020",
        ),
        # A report date on the wrapped line dates no planned step.
        (
            "Headline\n\nFrance is to deliver more Rafale jets to Greece, a spokesman for the\n"
            "ministry said on Tuesday.",
            ("Rafale", "delivery"),
            None,
        ),
    ],
)
def test_a_line_break_inside_a_sentence(
    text: str, key: tuple[str, str], expected: str | None
) -> None:
    assert whens(text).get(key, "no claim") == expected


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # A date in a relative clause that closes before the step is the clause's own verb's.
        (
            "Headline\n\nThe deal, which was approved by parliament in March, will send 12 "
            "Rafale jets from France to Greece.",
            ("Rafale", "delivery"),
        ),
        (
            "Headline\n\nThe frigate, which was launched in 2018, will be handed over to Egypt "
            "by Italy with a FREMM sister ship.",
            ("FREMM", "delivery"),
        ),
        # A date before another verb is not the date of a participle describing the system.
        (
            "Headline\n\nThe Brazilian Air Force yesterday unveiled the first of the Gripen jets "
            "bought from Sweden.",
            ("Gripen", "delivery"),
        ),
        (
            "Headline\n\nThe army on Monday showed off the first K2 tanks ordered from South "
            "Korea by Poland.",
            ("K2", "agreement"),
        ),
    ],
)
def test_a_date_of_another_verb_dates_no_step(text: str, key: tuple[str, str]) -> None:
    assert whens(text).get(key, "no claim") is None


def test_a_participle_after_an_auxiliary_owns_the_date() -> None:
    text = "Headline\n\nIn 2014 the Gripen jets were bought from Sweden by Brazil."
    assert whens(text).get(("Gripen", "agreement")) == "2014"


@pytest.mark.parametrize(
    "text",
    [
        # A step read as done takes no date after the article's: that date is a plan's.
        "Headline\n\nGreece bought Rafale jets from France, the minister will tell MPs next month.",
        "Headline\n\nEgypt signed the Su-35 deal with Russia, officials will say in 2021.",
    ],
)
def test_a_done_step_takes_no_later_date(text: str) -> None:
    assert [c.when for c in extract(article(text, "2020-07-30")) if c.factuality == "asserted"] == [
        None
    ]


def test_a_scheduled_step_takes_the_later_date() -> None:
    text = "Headline\n\nA deal for the Rafale jets from France to Greece is expected next month."
    got = [(c.factuality, c.when) for c in extract(article(text, "2020-07-30"))]
    assert got == [("expected", "2020-08")]


def test_a_done_step_keeps_an_earlier_date() -> None:
    text = "Headline\n\nRussia delivered the Su-35 jets to Egypt last month."
    assert whens(text) == {("Su-35", "delivery"): "2020-06"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A step reported done by the report's day takes the day a later sentence gives it.
        (
            "Headline\n\nThe Patriot batteries from the US have been delivered to Poland, the "
            "minister said on Thursday. The batteries arrived at the port on Tuesday.",
            "2020-07-28",
        ),
        (
            "Headline\n\nNorway's NASAMS have been handed over to Ukraine, the ministry said on "
            "Thursday. The NASAMS systems reached Ukraine on Monday.",
            "2020-07-27",
        ),
        # An earlier batch's date months before is not this step's.
        (
            "Headline\n\nNorway's NASAMS have been handed over to Ukraine, the ministry said on "
            "Thursday. The first NASAMS systems reached Ukraine on May 4.",
            "2020-07-30",
        ),
        # A date in a relative clause with no step after it is its own verb's.
        (
            "Headline\n\nThe deliveries of the S-400 from Russia to Turkey, which began on "
            "July 2, have been completed, the ministry said.",
            None,
        ),
    ],
)
def test_a_report_dated_step_and_a_later_day(text: str, expected: str | None) -> None:
    assert [c.when for c in extract(article(text, "2020-07-30"))] == [expected]


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        # The sentence right after a dated deal for another system details that deal.
        (
            "Headline\n\nEgypt on Monday signed contracts for 30 Rafale jets and two frigates "
            "from France. The frigate deal covers two FREMM ships.",
            ("FREMM", "agreement"),
            "2020-07-27",
        ),
        (
            "Headline\n\nIndia on Friday ordered 26 Rafale jets and three submarines from "
            "France. The submarine order is for Scorpene boats.",
            ("Scorpene", "agreement"),
            "2020-07-24",
        ),
        # A sentence between them breaks the link.
        (
            "Headline\n\nEgypt on Monday signed contracts for 30 Rafale jets from France. The "
            "country also operates FREMM frigates. The FREMM deal was a bargain.",
            ("FREMM", "agreement"),
            None,
        ),
    ],
)
def test_a_deal_detailed_in_the_next_sentence(
    text: str, key: tuple[str, str], expected: str | None
) -> None:
    assert whens(text).get(key, "no claim") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A party named only in a later clause is no party of the dated step.
        (
            "Headline\n\nRussia has sold S-400 systems to India. The contracts, signed with "
            "India by Russia on Friday, are part of a larger deal, which angered the United "
            "States.",
            "2020-07-24",
        ),
        # Dated steps between the two parties of one year lend the earliest, where the step
        # began (at the gold's precision "2020-05" is right for a gold "2020" too).
        (
            "Headline\n\nSouth Korea has sold K9 howitzers to Poland. Poland and South Korea "
            "signed a framework deal in May. Warsaw and Seoul also signed an offset agreement "
            "in June.",
            "2020-05",
        ),
        (
            "Headline\n\nSouth Korea has sold K9 howitzers to Poland. Poland and South Korea "
            "signed a framework deal in May 2019. Warsaw and Seoul also signed an offset "
            "agreement in June 2020.",
            None,
        ),
    ],
)
def test_dated_steps_told_without_the_system(text: str, expected: str | None) -> None:
    assert [c.when for c in extract(article(text, "2020-07-30"))] == [expected]


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        # A step told again without its system or its parties dates the step told just before.
        (
            "Headline\n\nKenya has taken delivery of its first Bayraktar TB2 drones from "
            "Turkey. The drones arrived at the base on Tuesday.",
            ("Bayraktar TB2", "delivery"),
            "2020-07-28",
        ),
        (
            "Headline\n\nPeru has ordered two Scorpene submarines from France. The contract "
            "was signed in May.",
            ("Scorpene", "agreement"),
            "2020-05",
        ),
        # One party named, the other left to the reader: the same step.
        (
            "Headline\n\nChile has received four F-16 jets from the United States. Chile received "
            "the jets on Monday.",
            ("F-16", "delivery"),
            "2020-07-27",
        ),
        # The step told before was of several systems: which one is meant is not known.
        (
            "Headline\n\nRussia has delivered Su-30 jets and Mi-17 helicopters to Venezuela. "
            "Deliveries to these countries reached $2 billion in 2008.",
            ("Su-30", "delivery"),
            None,
        ),
    ],
)
def test_a_step_told_again_without_its_system(
    text: str, key: tuple[str, str], expected: str | None
) -> None:
    assert whens(text).get(key, "no claim") == expected


@pytest.mark.parametrize(
    ("text", "key", "expected"),
    [
        (
            "Headline\n\nThe Netherlands will deliver F-16 jets to Romania in the second half "
            "of next year.",
            ("F-16", "delivery"),
            "2021",
        ),
        (
            "Headline\n\nThe Netherlands delivered F-16 jets to Romania in the spring of last "
            "year.",
            ("F-16", "delivery"),
            "2019",
        ),
        (
            "Headline\n\nPoland ordered HIMARS launchers from the United States in FY2019.",
            ("HIMARS", "agreement"),
            "2019",
        ),
        (
            # Any time from now to three years on: no year of its own (CLAIMS.md's gold
            # leaves "within two years" and "in the next six months" null too).
            "Headline\n\nThe Netherlands will deliver F-16 jets to Romania over the next three "
            "years.",
            ("F-16", "delivery"),
            None,
        ),
        (
            "Headline\n\nThe Netherlands will deliver F-16 jets to Romania in three years.",
            ("F-16", "delivery"),
            "2023",
        ),
        (
            "Headline\n\nThe Netherlands will deliver the last F-16 jets to Romania tomorrow.",
            ("F-16", "delivery"),
            "2020-07-31",
        ),
    ],
)
def test_parts_of_years_spans_and_days_named_from_the_article_date(
    text: str, key: tuple[str, str], expected: str | None
) -> None:
    assert whens(text).get(key, "no claim") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Headline\n\nPeru signed for two Scorpene submarines in March 2015. Four months "
            "later, France delivered the Scorpene boats to Peru.",
            "2015-07",
        ),
        # No date before it: counted from nothing, so nothing.
        ("Headline\n\nFour months later, France delivered the Scorpene boats to Peru.", None),
    ],
)
def test_later_counts_from_the_date_told_before(text: str, expected: str | None) -> None:
    assert whens(text).get(("Scorpene", "delivery"), "no claim") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A plan told in the past: the month nearest the article's date (2020-07-30).
        ("Headline\n\nThe F-16 jets were due to reach Romania from Norway in March.", "2020-03"),
        (
            "Headline\n\nThe F-16 jets were due to reach Romania from Norway in September.",
            "2020-09",
        ),
        (
            "Headline\n\nThe F-16 jets were scheduled to reach Romania from Norway on Friday.",
            "2020-07-31",
        ),
        # A plan told now: the next such month.
        ("Headline\n\nNorway will deliver the F-16 jets to Romania in March.", "2021-03"),
    ],
)
def test_a_plan_told_in_the_past_takes_the_nearest_month(text: str, expected: str) -> None:
    assert whens(text).get(("F-16", "delivery"), "no claim") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The date of the intended purchase is not the intention's (2020-07-30).
        ("Headline\n\nRomania plans to buy F-16 jets from Norway in March.", None),
        ("Headline\n\nRomania is seeking to buy F-16 jets from Norway in September.", None),
        # The report's date is still the report's.
        ("Headline\n\nIn March, Romania said it plans to buy F-16 jets from Norway.", "2020-03"),
    ],
)
def test_a_date_of_an_intended_step_does_not_date_the_intention(
    text: str, expected: str | None
) -> None:
    assert whens(text).get(("F-16", "negotiation"), "no claim") == expected
