from datetime import date

import pytest

from armsledger.extract.timex import find_timexes, find_timexes_in_span, published_span

ANCHOR = date(2019, 4, 4)  # a Thursday


@pytest.mark.parametrize(
    ("sentence", "future", "expected"),
    [
        ("The deal was signed in December 2017.", False, "2017-12"),
        ("It was signed on March 3, 2018 in Moscow.", False, "2018-03-03"),
        ("It was signed on 3 March 2018.", False, "2018-03-03"),
        ("The first unit arrived last May.", False, "2018-05"),
        ("The second unit will arrive this July.", True, "2019-07"),
        ("The second unit will arrive in July.", True, "2019-07"),
        ("The unit arrived in July.", False, "2018-07"),
        ("Deliveries began in 2018.", False, "2018"),
        ("Deliveries may begin in 2020-2021.", True, "2020"),
        ("No contract was signed in the second half of 2018.", False, "2018"),
        ("It entered into force at the end of 2018.", False, "2018"),
        ("It was reported in early 2018.", False, "2018"),
        ("The ministry confirmed it on Tuesday.", False, "2019-04-02"),
        ("The ministry confirmed it on Thursday.", False, "2019-04-04"),
        ("The jets will land on Tuesday.", True, "2019-04-09"),
        ("The jets land today.", True, "2019-04-04"),
        ("The deal was signed last year.", False, "2018"),
        ("Deliveries start next year.", True, "2020"),
        ("Supplies stopped five months ago.", False, "2018-11"),
        ("It is to be completed by the end of the decade.", True, "2019"),
        ("The last hulls are handed over by the year 2031.", True, "2031"),
        ("Deliveries run until the winter 2022.", False, "2022"),
        ("The jets are due by the end of June.", True, "2019-06"),
        ("The order came at the beginning of February.", False, "2019-02"),
        ("The deal may be signed in the coming days.", True, "2019-04"),
        ("The first launchers arrived in the past few days.", False, "2019"),
        ("The corvettes arrive this summer.", True, "2019"),
        ("The tanks were handed over last summer.", False, "2018"),
        ("The second frigate follows in October of next year.", True, "2020-10"),
        ("The first frigate came in March of last year.", False, "2018-03"),
        ("The navy expects the corvettes by end-2026.", True, "2026"),
        ("Deliveries resume in the second half of next year.", True, "2020"),
        ("The order was placed in the third quarter of last year.", False, "2018"),
        ("The budget funds the drones in FY2021.", True, "2021"),
        # "Over the next three years", "within a year": any day from now on, as far as what
        # the span's first and last day agree on; "in three years" is the span's end.
        ("The boats are handed over over the next three years.", True, None),
        ("The boats are handed over within a month.", True, "2019"),
        ("The boats are handed over in three years.", True, "2022"),
        ("The launchers leave the plant tomorrow.", True, "2019-04-05"),
        # "The past year" ends on the article's date: it names no calendar year of its own.
        ("The navy took ten boats over the past year.", False, None),
        ("The navy took two boats over the past week.", False, "2019"),
        # Counted from another event, not from the article's date.
        ("Two years earlier, the navy had ordered four boats.", False, None),
        ("The boats arrived a few months later.", False, None),
        (
            "The navy ordered boats in February 2015 and took them five months later.",
            False,
            "2015-02",
        ),
        ("The tanks come next spring.", True, "2020"),
        ("The howitzers should arrive by year-end.", True, "2019"),
        ("The frigate is handed over by the end of the month.", True, "2019-04"),
        ("More come at the beginning of next month.", True, "2019-05"),
        ("The first jets landed over the weekend.", False, "2019-03"),
        ("The contract was signed on 25.11.2018 in Cairo.", False, "2018-11-25"),
        ("The contract was signed on 2018/11/25.", False, "2018-11-25"),
        # Dots write the day first; slashes may be either way round: only the year is sure.
        ("The contract was signed on 3.11.2018.", False, "2018-11-03"),
        ("The contract was signed on 3/11/2018.", False, "2018"),
        ("The deal was signed a few weeks ago.", False, "2019"),
        # A plan's day in the two months before the article's is that day, told after it.
        ("The sale could have been cancelled on February 21.", True, "2019-02-21"),
        ("The ship was to arrive on 12 March.", True, "2019-03-12"),
        # Further back, a day without a year is next year's.
        ("The ship will arrive on January 12.", True, "2020-01-12"),
    ],
)
def test_resolves_against_the_article_date(
    sentence: str, future: bool, expected: str | None
) -> None:
    values = [t.value for t in find_timexes(sentence, ANCHOR, future)]
    assert values and values[0] == expected


def test_modal_may_is_no_month() -> None:
    assert find_timexes("Russia may send more systems.", ANCHOR) == []


def test_designations_are_not_years() -> None:
    assert [t.value for t in find_timexes("Egypt ordered 20 Su-35 and 4 S-400.", ANCHOR)] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Iran has supplied 2000 Shahed-136 drones.",
        "The army will send 1900 anti-tank mines.",
        "Germany delivered 2000 Panzerfaust 3 launchers.",
    ],
)
def test_counts_of_weapons_are_not_years(sentence: str) -> None:
    assert find_timexes(sentence, ANCHOR) == []


def test_a_year_before_a_noun_of_a_step_is_a_year() -> None:
    assert [t.value for t in find_timexes("The 2018 deliveries of tanks.", ANCHOR)] == ["2018"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Peru ordered the tanks in 2016 and took them two years later.", ["2016", "2018"]),
        (
            "Peru ordered the tanks in May 2016 and took them five months later.",
            ["2016-05", "2016-10"],
        ),
        (
            "Peru ordered the tanks on 3 May 2016 and took them a week later.",
            ["2016-05-03", "2016-05"],
        ),
        # A span that may cross a year's end, or no date before it: nothing.
        ("Peru ordered the tanks in 2016 and took them five months later.", ["2016", None]),
        ("Peru took the tanks two years later.", [None]),
        ("Peru ordered the tanks in 2016 and took them the following year.", ["2016", "2017"]),
        ("Peru ordered the tanks in May 2016 and took them later that year.", ["2016-05", "2016"]),
        ("Peru took the tanks in 2016 after a deal signed the previous year.", ["2016", "2015"]),
        ("Peru took the tanks the same year.", [None]),
        ("Peru ordered the tanks in 2016 and took them the next year.", ["2016", "2017"]),
        (
            "Peru ordered the tanks in May 2016 and took them later in the year.",
            ["2016-05", "2016"],
        ),
        # From now, not from the date before: the article's next year.
        ("Peru ordered tanks in 2016; more come in the next year.", ["2016", "2020"]),
        # A comparison, not a date.
        ("Peru took the tanks in 2016, two years earlier than planned.", ["2016", None]),
    ],
)
def test_later_and_earlier_count_from_the_date_before(
    sentence: str, expected: list[str | None]
) -> None:
    assert [t.value for t in find_timexes(sentence, ANCHOR)] == expected


def test_relative_expressions_need_an_anchor() -> None:
    assert [t.value for t in find_timexes("It arrived last May.", None)] == [None]


def test_dates_at_the_calendar_edges_resolve_to_nothing_not_a_crash() -> None:
    # bench/fuzz.py: an article "published" 9999-12-31 saying "next Tuesday" overflowed.
    late = find_timexes(
        "It arrives next Tuesday, next year and in 3 months.", date(9999, 12, 31), True
    )
    early = find_timexes("It arrived last Tuesday and 3 days ago.", date(1, 1, 1))
    assert all(t.value is None or t.value[:4].isdigit() for t in late + early)


def test_a_few_days_keep_only_what_the_week_agrees_on() -> None:
    # Dated the 28th, "the next few days" may fall in May: only the year is sure.
    (late,) = find_timexes("It may be signed in the next few days.", date(2019, 4, 28), True)
    assert late.value == "2019"


def test_a_decimal_point_is_no_sentence_end() -> None:
    assert find_timexes("The index closed at 2021.5 points.", ANCHOR) == []


def test_an_article_dated_to_a_month_dates_to_what_its_days_agree_on() -> None:
    span = published_span("2021-06")
    assert span == (date(2021, 6, 1), date(2021, 6, 30))
    got = find_timexes_in_span("It arrived today, last Friday and last year.", span)
    assert [t.value for t in got] == ["2021-06", "2021", "2020"]
    (july,) = find_timexes_in_span("The rest land by mid-July.", span, True)
    assert july.value == "2021-07"


def test_published_spans() -> None:
    assert published_span("2021-06-03") == (date(2021, 6, 3), date(2021, 6, 3))
    assert published_span("2021") == (date(2021, 1, 1), date(2021, 12, 31))
    assert published_span(None) is None and published_span("2021-13") is None
    assert published_span("June 2021") is None


def test_that_month_continues_a_year_told_alone_before_the_sentence() -> None:
    # "in 2019. The first arrived that July": the year told before, even without a month (a
    # bare year used to index a month that was not there).
    found = find_timexes("The first arrived that July.", date(2024, 2, 2), False, "en", "2019")
    assert [t.value for t in found] == ["2019-07"]
    found = find_timexes("The first arrived in July.", date(2024, 2, 2), False, "en", "2019")
    assert [t.value for t in found] == ["2023-07"]
