"""A seeded generator of synthetic news articles for benchmarks (``python bench/corpus.py -h``).

Every sentence comes from the templates below, written for this file; nothing is copied
from real reporting. The mix is what a crawl of news sites looks like to armsledger: about a
fifth of the stories are about an arms transfer (real system and state names, stages from
talks to cancellation, asserted, denied, expected or possible, attributed in several ways,
with relative dates), the rest general politics, economy and defence-policy prose that
should yield no claims. Documents are 2–5 KB. Outlets and officials are fictional, so no real
publication is made to say something it never said.

Article ``i`` of a seed depends only on ``(seed, i)``, so ``generate(10_000)`` is a prefix of
``generate(50_000)``: corpora of different sizes differ only in length.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path

from armsledger.models import Article

TRANSFER_SHARE = 0.2
MIN_CHARS, MAX_CHARS = 2000, 5000
FIRST_DAY = dt.date(2015, 1, 1)
DAYS = 3650

# The tables are kept dense, one row or a few names per line, so that the vocabulary can be
# read at a glance; the formatter would put every name on its own line.
# fmt: off
# system, noun for the hardware, maker, and recipients it plausibly goes to.
SYSTEMS: list[tuple[str, str, str, list[str]]] = [
    ("S-400", "air defence systems", "Russia", ["India", "China", "Turkey"]),
    ("Su-35", "fighter jets", "Russia", ["China", "Egypt", "Indonesia", "Iran", "Algeria"]),
    ("F-16", "fighter jets", "the United States", ["Taiwan", "Bulgaria", "Slovakia", "Jordan"]),
    ("Rafale", "fighter jets", "France", ["India", "Greece", "Egypt", "Qatar", "Croatia"]),
    ("HIMARS", "rocket launchers", "the United States", ["Ukraine", "Poland", "Estonia"]),
    ("Leopard 2", "tanks", "Germany", ["Ukraine", "Poland", "Hungary", "Czechia", "Norway"]),
    ("K2", "tanks", "South Korea", ["Poland", "Norway", "Slovakia"]),
    ("Bayraktar TB2", "drones", "Turkey", ["Ukraine", "Poland", "Azerbaijan", "Morocco"]),
    ("Patriot", "air defence systems", "the United States", ["Poland", "Sweden", "Romania"]),
    ("IRIS-T", "air defence systems", "Germany", ["Ukraine", "Egypt", "Slovenia", "Estonia"]),
    ("K9", "howitzers", "South Korea", ["Poland", "Australia", "Egypt", "Estonia"]),
    ("Caesar", "howitzers", "France", ["Ukraine", "Czechia", "Belgium", "Lithuania"]),
    ("J-10", "fighter jets", "China", ["Pakistan", "Egypt"]),
    ("NASAMS", "air defence systems", "Norway", ["Ukraine", "Lithuania", "Hungary"]),
    ("Gripen", "fighter jets", "Sweden", ["Hungary", "Brazil", "Thailand", "Colombia"]),
]
COUNTRIES = sorted({r for *_, rs in SYSTEMS for r in rs} | {"Japan", "Canada", "Mexico", "Kenya"})
CITIES = ["the capital", "the main port", "a northern garrison town", "the border area",
          "a southern city", "the industrial north"]
OUTLETS = ["Meridian News Agency", "The Harbour Times", "Baltic Monitor", "Defence Ledger Weekly",
           "the Continental Post", "Eastgate Radio", "the Morning Dispatch"]
SPEAKERS = ["the defence ministry", "a senior official", "the foreign ministry", "a spokesperson",
            "two people familiar with the matter", "the prime minister's office",
            "an industry source", "the state procurement agency"]
SURNAMES = ["Varga", "Okafor", "Lindqvist", "Moreau", "Halloran", "Petrescu", "Tanaka", "Rahimi",
            "Kowal", "Demir", "Castell", "Novak"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

# (stage, factuality, clause). Slots: sys noun sup rec n when (past) soon (future).
TRANSFERS: list[tuple[str, str, str]] = [
    ("negotiation", "asserted", "{rec} is in talks with {sup} on the purchase of {sys} {noun}"),
    ("negotiation", "asserted", "{rec} has opened negotiations with {sup} over {n} {sys} {noun}"),
    ("negotiation", "possible", "{rec} is considering buying {sys} {noun} from {sup}"),
    ("negotiation", "asserted", "{rec} formally requested {n} {sys} {noun} from {sup} {when}"),
    ("agreement", "asserted", "{rec} signed a contract with {sup} for {n} {sys} {noun} {when}"),
    ("agreement", "asserted", "{sup} agreed {when} to sell {n} {sys} {noun} to {rec}"),
    ("agreement", "asserted", "{rec} ordered {n} {sys} {noun} from {sup} {when}"),
    ("agreement", "expected", "{rec} is set to sign a deal with {sup} for {sys} {noun} {soon}"),
    ("agreement", "denied", "{rec} has not signed any contract with {sup} for {sys} {noun}"),
    ("agreement", "possible", "{sup} could sell {sys} {noun} to {rec} if talks go well"),
    ("production", "asserted", "{sup} has begun producing the {sys} {noun} ordered by {rec}"),
    ("production", "asserted", "production of the {sys} {noun} for {rec} is under way in {sup}"),
    ("delivery", "asserted", "{sup} delivered the first {n} {sys} {noun} to {rec} {when}"),
    ("delivery", "asserted", "{rec} received {n} {sys} {noun} from {sup} {when}"),
    ("delivery", "asserted", "the first {sys} {noun} from {sup} arrived in {rec} {when}"),
    ("delivery", "expected", "{sup} will deliver {n} {sys} {noun} to {rec} {soon}"),
    ("delivery", "expected", "{rec} expects to receive the {sys} {noun} from {sup} {soon}"),
    ("delivery", "denied", "{sup} has not delivered any {sys} {noun} to {rec}"),
    ("delivery", "denied", "officials denied that {sup} had shipped {sys} {noun} to {rec}"),
    ("delivery", "possible", "{sup} may supply {rec} with {sys} {noun} {soon}"),
    ("postponed", "asserted", "deliveries of {sys} {noun} from {sup} to {rec} were postponed"),
    ("postponed", "asserted", "{sup} has delayed the transfer of {sys} {noun} to {rec}"),
    ("postponed", "possible", "the delivery of {sys} {noun} to {rec} might be delayed"),
    ("cancelled", "asserted", "{rec} cancelled its order for {sys} {noun} from {sup} {when}"),
    ("cancelled", "asserted", "{rec} dropped plans to buy {sys} {noun} from {sup}"),
    ("cancelled", "denied", "{rec} has not cancelled its purchase of {sys} {noun} from {sup}"),
]
PAST = ["last week", "on Tuesday", "earlier this month", "in {month}", "last year", "in {year0}",
        "two years ago", "in late {year0}", "last month", "this week"]
FUTURE = ["next year", "by the end of {year1}", "later this year", "in the second half of {year1}",
          "within 18 months", "by mid-{year1}", "early next year", "in {year2}"]
# How the clause is attributed: said by, according to, citing.
ATTRIBUTIONS = ["{Clause}, {speaker} said.", "According to {outlet}, {clause}.",
                "Citing {speaker}, {outlet} reported that {clause}.", "{Clause}.",
                "{Clause}, {outlet} reported on {weekday}.",
                "{Speaker} told reporters that {clause}.",
                "Minister {surname} said on {weekday} that {clause}."]
HEADLINES = ["{rec} and {sup} in {sys} talks", "{sys} {noun} for {rec}: what we know",
             "{rec} moves on {sys} deal", "Questions over {sys} {noun} for {rec}",
             "{sup} and {rec}: the {sys} file"]

FILLER: dict[str, list[str]] = {
    "politics": [
        "The coalition in {country} faces a confidence vote {soon} after two partners left.",
        "Opposition leaders in {country} accused the government of delaying electoral reform.",
        "Turnout in the regional elections in {city} reached {pct} percent, officials said.",
        "{Speaker} said the cabinet would present a revised budget to parliament {soon}.",
        "Minister {surname} resigned {when}, citing disagreements over pension policy.",
        "Talks between the ruling party and the unions broke down late on {weekday}.",
        "The constitutional court is due to rule on the new media law in {month}.",
        "Analysts said the result would make it harder to pass the reform package.",
        "Polls put the governing party {num} points behind its main rival.",
        "Protesters gathered in {city} for a third weekend against the housing bill.",
        "The president of {country} will visit {country2} {soon}, {outlet} reported.",
        "Lawmakers spent most of the session debating the rules on campaign finance.",
        "The electoral commission said counting would continue through the night.",
        "A new interior minister is expected to be named {soon}, {speaker} said.",
        "The ruling alliance lost its majority in the upper house {when}.",
        "Regional governors asked for more money to cover rising school costs.",
        "Minister {surname} called the opposition's proposal unworkable and expensive.",
        "The foreign ministry summoned the ambassador of {country2} on {weekday}.",
        "A referendum on the new constitution could take place in {month}, {outlet} reported.",
        "Several senior officials were questioned in a corruption inquiry {when}.",
        "Both chambers must approve the bill before it can be signed into law.",
        "The party congress re-elected its leader with {pct} percent of the delegates' votes.",
        "Observers from {num} countries monitored the vote, which passed off calmly.",
    ],
    "economy": [
        "Inflation in {country} eased to {pct} percent in {month}, the statistics office said.",
        "The central bank of {country} left its main interest rate unchanged on {weekday}.",
        "Exports fell by {pct} percent compared with the same month of {year0}.",
        "Economists expect growth of about {small} percent this year, down from last year.",
        "Fuel prices in {city} rose for the {ordinal} week in a row.",
        "The finance ministry plans to issue {num} billion in new bonds {soon}.",
        "Unemployment stood at {small} percent, the lowest level in a decade.",
        "Shares in the country's largest steelmaker dropped after a profit warning.",
        "The government raised its deficit forecast, citing weaker tax revenue.",
        "Farmers in {city} warned that the drought could cut the harvest by a third.",
        "Trade between {country} and {country2} reached a record {num} billion dollars {when}.",
        "Retail sales were flat, suggesting households are still cautious about spending.",
        "The port handled {num} thousand containers, {outlet} reported.",
        "Wages rose by {small} percent in real terms, the first rise in two years.",
        "The currency of {country} weakened against the euro after the announcement.",
        "Industrial output in {city} recovered after a weak first quarter.",
        "Minister {surname} said the new tax on windfall profits would raise {num} million.",
        "Banks reported a sharp fall in new mortgage lending in {month}.",
        "The energy regulator approved a {pct} percent increase in household tariffs.",
        "A free trade agreement between {country} and {country2} came into force {when}.",
        "Tourism revenue returned to its level of {year0}, {speaker} said.",
        "The budget office warned that public debt would keep rising {soon}.",
        "Car production in the industrial north fell for a {ordinal} consecutive month.",
    ],
    "defence": [
        "Defence spending in {country} will rise to {small} percent of GDP {soon}.",
        "The parliamentary defence committee questioned the army's recruitment figures.",
        "{Speaker} said the new strategy puts air defence and logistics first.",
        "Military exercises involving {num} troops began near {city} on {weekday}.",
        "The audit office criticised delays in several long-running procurement programmes.",
        "Minister {surname} said the armed forces need more engineers and pilots.",
        "The navy of {country} will hold joint drills with {country2} in {month}.",
        "Officers said ammunition stocks remained the main concern for the coming years.",
        "The white paper calls for closer cooperation with allies on cyber defence.",
        "Veterans' groups welcomed the increase in pensions announced {when}.",
        "Units equipped with {sys} {noun} took part in exercises near {city} {when}.",
        "Crews trained on the {sys} for several weeks, {outlet} reported.",
        "The base in {city} will be expanded to house a new training centre.",
        "The chief of staff said training hours for pilots had doubled since {year0}.",
        "A new cyber command will start work in {city} {soon}.",
        "The government wants to raise the number of reservists to {num} thousand.",
        "Military planners said maintenance backlogs kept a third of the fleet grounded.",
        "The {ordinal} battalion moved to {city} as part of a planned rotation.",
        "Minister {surname} said on {weekday} that conscription would not return.",
        "The defence budget for {year1} was approved by {pct} votes to {num}.",
        "Officials said the army would set up a new logistics brigade {soon}.",
        "The coast guard of {country} reported more incursions by unidentified vessels.",
        "{Speaker} said stockpiles of spare parts had been rebuilt over the past year.",
    ],
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
ORDINALS = ["second", "third", "fourth", "fifth"]
# fmt: on


def generate(n: int, seed: int = 0) -> Iterator[Article]:
    """``n`` synthetic articles, the same ones for the same ``seed`` (see module docstring)."""
    for i in range(n):
        yield _article(random.Random(f"armsledger-corpus:{seed}:{i}"), seed, i)


def write_jsonl(path: str | Path, n: int, seed: int = 0) -> Path:
    """Write ``n`` articles as armsledger JSONL (``id, url, published, title, text``)."""
    out = Path(path)
    with out.open("w", encoding="utf-8") as fh:
        for a in generate(n, seed):
            record = {
                "id": a.doc,
                "url": a.url,
                "published": a.published,
                "title": a.title,
                "text": a.text,
            }
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return out


def write_warc(path: str | Path, n: int, seed: int = 0) -> Path:
    """Write ``n`` articles as HTML ``response`` records of a gzipped WARC file."""
    # warcio is a runtime dependency of armsledger, but only benchmarks need it here.
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = Path(path)
    with out.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for a in generate(n, seed):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                a.url,
                "response",
                payload=BytesIO(to_html(a).encode("utf-8")),
                http_headers=headers,
                warc_headers_dict={"WARC-Date": f"{a.published}T06:00:00Z"},
            )
            writer.write_record(record)
            record.raw_stream.close()  # warcio spools payloads to temp files it never closes
    return out


def to_html(a: Article) -> str:
    """A plain news page for ``a``: title, publication date meta tag, one <p> per paragraph."""
    title = html.escape(a.title or "")
    paragraphs = a.text.split("\n\n")[1:]  # the first block is the headline
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title>"
        f'<meta property="article:published_time" content="{a.published}"></head>'
        f"<body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>© Synthetic News</footer></body></html>"
    )


def _article(rng: random.Random, seed: int, i: int) -> Article:
    published = FIRST_DAY + dt.timedelta(days=rng.randrange(DAYS))
    slots = _slots(rng, published)
    target = rng.randint(MIN_CHARS, MAX_CHARS)
    if rng.random() < TRANSFER_SHARE:
        topic = "defence"
        title = _fill(rng.choice(HEADLINES), slots)
        paragraphs = [_transfer_paragraph(rng, slots, lead=True)]
    else:
        topic = rng.choice(list(FILLER))
        title = _fill(rng.choice(FILLER[topic]), slots).rstrip(".")
        title = title if len(title) < 90 else title[:87].rsplit(" ", 1)[0] + "..."
        paragraphs = []
    size = len(title) + sum(len(p) + 2 for p in paragraphs)
    # Each filler sentence is used once per article while the pool lasts, as in real prose.
    pool = rng.sample(FILLER[topic], len(FILLER[topic]))
    while size < target:
        if paragraphs and slots.get("transfer") and rng.random() < 0.3:
            para = _transfer_paragraph(rng, _slots(rng, published, slots), lead=False)
        else:
            picks = [
                pool.pop() if pool else rng.choice(FILLER[topic]) for _ in range(rng.randint(3, 5))
            ]
            para = " ".join(_fill(t, _slots(rng, published, slots)) for t in picks)
        if size + len(para) + 2 > MAX_CHARS and size >= MIN_CHARS:
            break
        paragraphs.append(para)
        size += len(para) + 2
    text = "\n\n".join([title, *paragraphs]) + "\n"
    doc = f"synthetic-{seed}-{i:07d}"
    url = f"https://news.example.org/{published:%Y/%m/%d}/{doc}"
    return Article(doc=doc, text=text, title=title, url=url, published=published.isoformat())


def _slots(rng: random.Random, day: dt.date, keep: dict[str, str] | None = None) -> dict[str, str]:
    """Fresh values for every slot, keeping the transfer's parties when ``keep`` has them."""
    sys_, noun, sup, recipients = rng.choice(SYSTEMS)
    country, country2 = rng.sample(COUNTRIES, 2)
    years = {
        "year0": str(day.year - rng.randint(1, 3)),
        "year1": str(day.year + 1),
        "year2": str(day.year + rng.randint(1, 3)),
        "month": rng.choice(MONTHS),
    }
    slots = {
        "sys": sys_,
        "noun": noun,
        "sup": sup,
        "rec": rng.choice(recipients),
        "n": str(rng.choice([2, 4, 6, 8, 12, 16, 24, 36, 48, 80])),
        "country": country,
        "country2": country2,
        "city": rng.choice(CITIES),
        "outlet": rng.choice(OUTLETS),
        "speaker": rng.choice(SPEAKERS),
        "surname": rng.choice(SURNAMES),
        "weekday": rng.choice(WEEKDAYS),
        "ordinal": rng.choice(ORDINALS),
        "pct": str(rng.randint(2, 70)),
        "small": f"{rng.uniform(0.5, 4.5):.1f}",
        "num": str(rng.randint(3, 900)),
        **years,
    }
    slots["when"] = _fill(rng.choice(PAST), slots)
    slots["soon"] = _fill(rng.choice(FUTURE), slots)
    if keep and keep.get("transfer"):
        slots.update({k: keep[k] for k in ("sys", "noun", "sup", "rec", "transfer")})
    return slots


def _transfer_paragraph(rng: random.Random, slots: dict[str, str], *, lead: bool) -> str:
    slots["transfer"] = "1"
    sentences = []
    for _ in range(rng.randint(1, 2) if lead else 1):
        _stage, _factuality, clause = rng.choice(TRANSFERS)
        slots["clause"] = _fill(clause, slots)
        sentences.append(_fill(rng.choice(ATTRIBUTIONS), slots))
    context = FILLER["defence"]
    sentences += [_fill(rng.choice(context), slots) for _ in range(rng.randint(1, 3))]
    return " ".join(sentences)


def _fill(template: str, slots: dict[str, str]) -> str:
    return template.format_map(_Slots(slots))


class _Slots(dict[str, str]):
    """Slot values; "{Clause}" is the "clause" value with a capital first letter."""

    def __missing__(self, key: str) -> str:
        lower = key[:1].lower() + key[1:]
        if lower == key:
            raise KeyError(key)
        return _cap(self[lower])


def _cap(value: str) -> str:
    return value[:1].upper() + value[1:]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Write a synthetic news corpus.")
    parser.add_argument("path", help="output file (.jsonl, or .warc.gz with --warc)")
    parser.add_argument("-n", type=int, default=1000, help="number of articles")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--warc", action="store_true", help="write a gzipped WARC file")
    args = parser.parse_args(argv)
    (write_warc if args.warc else write_jsonl)(args.path, args.n, args.seed)


if __name__ == "__main__":
    main()
