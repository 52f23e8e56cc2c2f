"""Russian time expressions that count from the date told before them ("в том же году",
"того же года", "два года спустя", "годом позже"), not from the article's date, and the ones
that are read against the article's date ("в следующем году", "в прошлом году", "через
месяц" in a plan). Probes of our own; each is read with the article dated 2024-06-15
(a Saturday) and, where it matters, with the date the text gave before the sentence."""

from __future__ import annotations

from datetime import date

import pytest

from armsledger.extract.pipeline import extract
from armsledger.extract.timex import find_timexes
from armsledger.models import Article
from tests.conftest import with_known_misses

ANCHOR = date(2024, 6, 15)

# (sentence, date told before the sentence or None, future reading, the values found in order)
PROBES: list[tuple[str, str | None, bool | None, list[str | None]]] = [
    # the same year / month as the date told before
    (
        "Контракт на фрегаты подписали в марте 2019 года, а первый корабль спустили на воду "
        "в том же году.",
        None,
        False,
        ["2019-03", "2019"],
    ),
    ("В том же году Египет получил первые истребители.", "2017-05-03", False, ["2017"]),
    (
        "Сербия заказала зенитные комплексы в 2020 году, и в том же месяце прибыл первый дивизион.",
        None,
        False,
        ["2020", "2020"],
    ),
    ("В том же месяце Вьетнам подписал контракт на корветы.", "2022-09-10", False, ["2022-09"]),
    (
        "Алжир оплатил вертолеты в апреле 2021 года, а в конце того же месяца их доставили.",
        None,
        False,
        ["2021-04", "2021-04"],
    ),
    ("Весной того же года Индонезия получила первые самолеты.", "2018-01-20", False, ["2018"]),
    ("Осенью того же года в Минск прибыли зенитные ракеты.", "2016", False, ["2016"]),
    ("Летом того же года Казахстан принял вертолеты.", "2015-02", False, ["2015"]),
    (
        "В декабре того же года Алжир получил первые подводные лодки.",
        "2021-04-02",
        False,
        ["2021-12"],
    ),
    (
        "Бразилия подписала контракт в мае 2014 года, а в декабре того же года получила "
        "первый вертолет.",
        None,
        False,
        ["2014-05", "2014-12"],
    ),
    ("В конце того же года танки передали армии Марокко.", "2019-03", False, ["2019"]),
    ("Без даты до этого в том же году танки прибыли в Ирак.", None, False, [None]),
    # counted spans: later and earlier
    ("Два года спустя Перу получило первые танки.", "2019-04-01", False, ["2021"]),
    ("Год спустя Индия приняла на вооружение первый фрегат.", "2012", False, ["2013"]),
    ("Спустя три месяца первые вертолеты прибыли в Белград.", "2020-02-11", False, ["2020-05"]),
    (
        "Контракт заключили в январе 2018 года, а спустя полтора десятка дней банк перевел аванс.",
        None,
        False,
        ["2018-01"],
    ),
    (
        "Сделку подписали в 2010 году, а годом позже Венесуэла получила первые самолеты.",
        None,
        False,
        ["2010", "2011"],
    ),
    ("Годом ранее Китай передал Пакистану фрегаты.", "2009-07", False, ["2008"]),
    ("Месяцем позже в Ереван прибыла вторая партия.", "2020-11-03", False, ["2020-12"]),
    ("Несколько лет спустя Малайзия заказала еще шесть корветов.", "2010", False, [None]),
    ("Пять лет спустя Ирак получил первые танки.", None, False, [None]),
    ("Спустя два года после начала войны Египет получил истребители.", "2011", False, [None]),
    ("Фрегат сдали на два года позже, чем планировалось.", "2019", False, [None]),
    # "через" in a step told as done: after the date told before it, not after the article
    (
        "Фрегаты заказали в 2015 году, а через два года Индия получила первый.",
        None,
        False,
        ["2015", "2017"],
    ),
    ("Через месяц вертолеты прибыли в Ташкент.", "2019-10-08", False, ["2019-11"]),
    ("Через три года Марокко получило первые танки.", None, False, [None]),
    # counted from the article's date
    ("В следующем году Египет получит первые корветы.", "2019", True, ["2025"]),
    ("В прошлом году Сербия получила зенитные комплексы.", "2019", False, ["2023"]),
    ("Первые танки прибудут в Марокко через два года.", None, True, ["2026"]),
    (
        "Вертолеты передадут Казахстану спустя три месяца после подписания контракта.",
        None,
        True,
        [None],
    ),
    ("В декабре прошлого года Алжир получил вертолеты.", "2015", False, ["2023-12"]),
]


@pytest.mark.parametrize(("sentence", "before", "future", "values"), PROBES)
def test_russian_counted_time(
    sentence: str, before: str | None, future: bool | None, values: list[str | None]
) -> None:
    found = find_timexes(sentence, ANCHOR, future, "ru", before)
    assert [t.value for t in found] == values


# --- the claims' dates ---------------------------------------------------------------------------

# (article text, the (stage, when) of its claims, sorted); the article is dated 2024-06-15.
CLAIM_PROBES: list[tuple[str, list[tuple[str, str | None]]]] = [
    (
        "Алжир заказал у России вертолеты Ми-28 в апреле 2021 года. В декабре того же года "
        "Алжир получил первые вертолеты.",
        [("agreement", "2021-04"), ("delivery", "2021-12")],
    ),
    (
        "Перу заказало у Польши танки PT-91 в 2019 году. Два года спустя Перу получило "
        "первые танки.",
        [("agreement", "2019"), ("delivery", "2021")],
    ),
    (
        "Россия передала Египту истребители МиГ-29 в 2017 году. Годом ранее Египет заказал у "
        "России эти истребители.",
        [("agreement", "2016"), ("delivery", "2017")],
    ),
    (
        "Египет заказал у России истребители Су-35 в 2018 году, а в том же году Россия начала их "
        "производство.",
        [("agreement", "2018"), ("production", "2018")],
    ),
    (
        "Казахстан заказал у России вертолеты Ми-35 в марте 2015 года. Летом того же года Россия "
        "передала Казахстану первые вертолеты.",
        [("agreement", "2015-03"), ("delivery", "2015")],
    ),
    # A date that dates only the saying leaves the step undated (CLAIMS.md rule 12).
    (
        "Министр обороны Сербии заявил в пятницу, что Сербия получила от России зенитные "
        "комплексы Панцирь.",
        [("delivery", None)],
    ),
]
KNOWN_MISSES = {
    CLAIM_PROBES[-1][0]: "the day of the saying dates the step, in English too ('said on Friday')",
}


@pytest.mark.parametrize(("text", "expected"), with_known_misses(CLAIM_PROBES, KNOWN_MISSES))
def test_russian_claims_are_dated_from_the_date_told_before(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    article = Article(doc="t", text=text, published="2024-06-15", title="Обзор")
    assert sorted((c.stage.value, c.when) for c in extract(article)) == expected
