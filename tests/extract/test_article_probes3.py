"""Whole short articles of our own, second round, other genres than test_article_probes2.py: a
company's quarterly results, a parliamentary question and the minister's answer, an interview in
Q&A form, an analysis of two competing bids, a yearly summary listing several deals in one
sentence, a local paper on a shipyard, an op-ed against a sale, a live blog with time stamps.
Every text was written for these tests; the claims are annotated by CLAIMS.md (``when`` as
``tests/extract/test_article_probes2.py`` reads it; "*" accepts any date).

One test per article: the claims the extractor makes, less the optional ones, must be exactly the
expected ones. What the rules cannot reach yet is a strict xfail with the reason.
"""

from __future__ import annotations

import pytest

from tests.extract.probe_articles import Article, agree, cases, check_battery

# (system, supplier, recipient, stage, factuality, when); optional keys leave out ``when``.
ARTICLES: list[Article] = [
    Article(
        "quarterly_results",
        "2025-04-24",
        (
            "Saab lifts outlook on Gripen orders\n\n"
            "LINKOPING, April 24 - Saab reported a 19 percent rise in first-quarter sales on "
            "Thursday. Order intake was driven by a contract from Thailand for four Gripen E "
            "fighters, signed in March. The company also delivered two GlobalEye surveillance "
            "aircraft to the United Arab Emirates during the quarter. Deliveries of Gripen E "
            "to Brazil continued, with three aircraft handed over since January. Colombia is "
            "expected to sign for 17 Gripen fighters later this year, chief executive Micael "
            "Johansson said. Operating margin improved to 9.8 percent. The board kept its "
            "dividend proposal unchanged."
        ),
        {
            ("GlobalEye", "SWE", "ARE", "delivery", "asserted", "*"),
            ("Gripen", "SWE", "BRA", "delivery", "asserted", "*"),
            ("Gripen", "SWE", "COL", "agreement", "expected", "2025"),
            ("Gripen", "SWE", "THA", "agreement", "asserted", "2025-03"),
        },
        frozenset(),
    ),
    Article(
        "parliamentary_question",
        "2024-02-08",
        (
            "Written question: export of Boxer vehicles to Qatar\n\n"
            "Question from Ms Weber to the Federal Government: Has the government approved "
            "the export of Boxer armoured vehicles to Qatar? Answer of the Minister of "
            "Economic Affairs: The Federal Security Council approved the export of 24 Boxer "
            "vehicles to Qatar in December 2023. No vehicles have been delivered so far. The "
            "first vehicles are due to be shipped in 2025. The government does not comment on "
            "ongoing talks about Leopard 2 tanks with Qatar. The export licence can be "
            "revoked at any time."
        ),
        {
            ("Boxer", "DEU", "QAT", "delivery", "denied", None),
            ("Boxer", "DEU", "QAT", "delivery", "expected", "2025"),
            ("Boxer", "DEU", "QAT", "negotiation", "asserted", "2023-12"),
            ("Leopard 2", "DEU", "QAT", "negotiation", "asserted", None),
        },
        {
            ("Boxer", "DEU", "QAT", "negotiation", "possible"),
        },
    ),
    Article(
        "qa_interview",
        "2023-11-15",
        (
            "'We need the Patriot batteries now': an interview with Romania's armaments chief\n\n"
            "Q: When will the new Patriot batteries arrive? A: Romania bought seven Patriot "
            "batteries from the United States in 2017. Four of them have already arrived. The "
            "remaining three will be delivered in 2026. Q: Are you looking at other systems? "
            "A: We are negotiating with Israel for the SPYDER short-range system. Q: And the "
            "F-35? A: We have asked Washington for 32 F-35 jets, and we hope to sign a "
            "contract next year."
        ),
        {
            ("F-35", "USA", "ROU", "negotiation", "asserted", None),
            ("Patriot", "USA", "ROU", "agreement", "asserted", "2017"),
            ("Patriot", "USA", "ROU", "delivery", "asserted", None),
            ("Patriot", "USA", "ROU", "delivery", "expected", "2026"),
            ("Spyder", "ISR", "ROU", "negotiation", "asserted", None),
        },
        {
            ("F-35", "USA", "ROU", "agreement", "expected"),
            ("F-35", "USA", "ROU", "agreement", "possible"),
        },
    ),
    Article(
        "competing_bids",
        "2024-06-10",
        (
            "Analysis: Rafale or F-15EX, Indonesia's choice\n\n"
            "Indonesia has to decide between two fighters. Jakarta ordered 42 Rafale jets "
            "from France in 2022, and the first six are due in 2026. Boeing has offered the "
            "F-15EX, and Indonesia signed a memorandum of understanding for 24 of them in "
            "August 2023. Analysts say Jakarta cannot afford both. The F-15EX deal may be "
            "cancelled if the budget is cut. France has not delayed any Rafale deliveries so "
            "far. A decision is expected after the election."
        ),
        {
            ("F-15", "USA", "IDN", "cancelled", "possible", None),
            ("F-15", "USA", "IDN", "negotiation", "asserted", "2023-08"),
            ("Rafale", "FRA", "IDN", "agreement", "asserted", "2022"),
            ("Rafale", "FRA", "IDN", "delivery", "expected", "2026"),
            ("Rafale", "FRA", "IDN", "postponed", "denied", None),
        },
        frozenset(),
    ),
    Article(
        "yearly_summary",
        "2025-03-10",
        (
            "Arms transfers in 2024: the year in review\n\n"
            "The year saw several large deals. Poland signed for 96 AH-64E helicopters from "
            "the United States, Egypt received its first K9 howitzers from South Korea, and "
            "India ordered 26 Rafale M jets from France. Germany delivered IRIS-T SLM "
            "batteries to Ukraine throughout the year. Turkey was still waiting for its F-16 "
            "jets from the United States. Serbia ordered 12 Rafale jets from France in "
            "August. Analysts expect European imports to keep growing."
        ),
        {
            ("AH-64", "USA", "POL", "agreement", "asserted", "*"),
            ("F-16", "USA", "TUR", "delivery", "expected", None),
            ("IRIS-T", "DEU", "UKR", "delivery", "asserted", "*"),
            ("K9", "KOR", "EGY", "delivery", "asserted", "*"),
            ("Rafale", "FRA", "IND", "agreement", "asserted", "*"),
            ("Rafale", "FRA", "SRB", "agreement", "asserted", "2024-08"),
        },
        frozenset(),
    ),
    Article(
        "local_shipyard",
        "2024-09-30",
        (
            "Yard jobs secured by frigate order\n\n"
            "The shipyard on the river front will build two more Type 26 frigates for Norway, "
            "the company told local councillors on Monday. Norway signed for the ships in "
            "March, after choosing the British design over French and German bids. The yard "
            "launched the first Type 26 frigate for Norway in May. About 400 workers will be "
            "hired next year. The mayor welcomed the news. A second yard in the county is "
            "building corvettes for the Royal Navy."
        ),
        {
            ("Type 26", "GBR", "NOR", "agreement", "asserted", "2024-03"),
            ("Type 26", "GBR", "NOR", "negotiation", "asserted", None),
            ("Type 26", "GBR", "NOR", "production", "asserted", "2024-05"),
            ("Type 26", "GBR", "NOR", "production", "expected", None),
        },
        frozenset(),
    ),
    Article(
        "oped_against_sale",
        "2024-01-22",
        (
            "Op-ed: Stop the Eurofighter sale to Saudi Arabia\n\n"
            "Britain should not sell more Eurofighter Typhoon jets to Saudi Arabia. Riyadh "
            "has asked London for 48 more Typhoons. The war in Yemen has not ended, and "
            "British jets could be used there again. Germany blocked the sale for years. If "
            "the government approves the deal, it will share the blame. Ministers should "
            "cancel the talks now."
        ),
        {
            ("Eurofighter", "GBR", "SAU", "negotiation", "asserted", None),
        },
        {
            ("Eurofighter", "GBR", "SAU", "cancelled", "possible"),
            ("Eurofighter", "GBR", "SAU", "negotiation", "possible"),
            ("Eurofighter", "GBR", "SAU", "postponed", "asserted"),
        },
    ),
    Article(
        "live_blog",
        "2024-07-09",
        (
            "Live: NATO summit in Washington, day one\n\n"
            "09:12 - Leaders are arriving at the venue. 10:05 - The Netherlands says it has "
            "delivered its first F-16 jets to Ukraine. 11:30 - Denmark will send its F-16s to "
            "Ukraine this summer, Prime Minister Mette Frederiksen said. 12:47 - The United "
            "States announced it will provide five more Patriot systems to Ukraine. 14:20 - "
            "Germany says it has delivered a third Patriot battery to Kyiv. 15:02 - Russia's "
            "embassy called the decisions an escalation."
        ),
        {
            ("F-16", "DNK", "UKR", "delivery", "expected", "2024"),
            ("F-16", "NLD", "UKR", "delivery", "asserted", "*"),
            ("Patriot", "DEU", "UKR", "delivery", "asserted", "*"),
            ("Patriot", "USA", "UKR", "delivery", "expected", None),
        },
        frozenset(),
    ),
]

KNOWN_MISSES: dict[str, str] = {
    "parliamentary_question": (
        "the title 'Written question: export of Boxer vehicles to Qatar' is read as a delivery "
        "done; 'ongoing talks about Leopard 2 tanks with Qatar' is not read (stage.exclusions "
        "drops 'talks about', meant for the verb 'he talks about')"
    ),
    "local_shipyard": (
        "'after choosing the British design over French and German bids' (a selection, a "
        "negotiation): the candidate is made, and the scorer refitted in session 28 puts it "
        "under the threshold"
    ),
    "oped_against_sale": (
        "'Britain should not sell more Eurofighter Typhoon jets to Saudi Arabia' (an op-ed's "
        "recommendation) is read as an agreement denied"
    ),
}


@pytest.mark.parametrize("article", cases(ARTICLES, KNOWN_MISSES))
def test_article_gives_its_claims(article: Article) -> None:
    assert agree(article)


def test_the_articles_are_articles() -> None:
    assert len(ARTICLES) >= 8
    check_battery(ARTICLES, KNOWN_MISSES)
