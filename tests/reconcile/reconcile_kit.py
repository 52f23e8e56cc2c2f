"""Builders for reconcile tests: articles from sentences we write, claims pointing into them."""

from __future__ import annotations

from armsledger.models import Article, Claim, Evidence, Factuality, Stage


def article(
    doc: str, text: str, published: str | None = None, updated: str | None = None
) -> Article:
    return Article(doc=doc, text=text, published=published, updated=updated)


def claim(
    art: Article,
    sentence: str,
    stage: Stage | str,
    factuality: Factuality | str,
    *,
    system: str = "S-400",
    supplier: str | None = "RUS",
    recipient: str | None = "CHN",
    when: str | None = None,
    source: str | None = None,
    via: tuple[str, ...] = (),
    quantity: int | None = None,
) -> Claim:
    start = art.text.index(sentence)
    return Claim(
        doc=art.doc,
        article_id=art.id,
        system=system,
        supplier=supplier,
        recipient=recipient,
        stage=Stage(stage),
        factuality=Factuality(factuality),
        when=when,
        source=source,
        via=via,
        evidence=Evidence(sentence, start, start + len(sentence)),
        quantity=quantity,
    )


# A seed-like S-400 Russia -> China story in our own words: a lawmaker says shipments began,
# the export agency denies it, the lawmaker corrects himself (production, not delivery).
DENIED = (
    "Russia's arms export agency rejected on Wednesday a deputy's statement that shipments "
    "of S-400 systems to China had begun."
)
UNDER_WAY = (
    "A State Duma deputy said on Monday that the S-400 shipments to Beijing were already under way."
)
CORRECTION = (
    "The deputy later told reporters that the S-400 units were still being built, not shipped."
)
CONTRACT = "The agency said the S-400 contract with China was being carried out to the letter."
ON_TIME = "It added that the S-400 systems would reach China within the agreed deadlines."
DENIAL_TEXT = "Moscow rejects report of S-400 shipments to Beijing\n\n" + " ".join(
    [DENIED, UNDER_WAY, CORRECTION, CONTRACT, ON_TIME]
)

HALTED = (
    "Moscow has put off sending the remaining S-400 missiles to China, a Beijing daily reported."
)
FIRST_BATTALION = (
    "The first S-400 battalion reached China in 2018, an industry source told a Russian "
    "news agency."
)
SUSPEND_TEXT = "Russia halts S-400 missile shipments to China\n" + " ".join(
    [
        HALTED,
        FIRST_BATTALION,
        "Analysts said the pause showed how difficult it is to hand over a complex system, "
        "since crews must be trained and technicians sent to bring the weapons into service.",
        "Officials in Beijing played the decision down and said it would not harm relations "
        "between the two neighbours, which have grown closer since 2014 through joint "
        "exercises and energy deals.",
    ]
)


def seed_like() -> tuple[list[Article], list[Claim]]:
    """The S-400 RUS->CHN story: a March 2017 denial article, a July 2020 suspension article."""
    a1 = article("denial.txt", DENIAL_TEXT, "2017-03-08")
    a2 = article("suspend.txt", SUSPEND_TEXT, "2020-07-30")
    claims = [
        claim(a1, DENIED, "delivery", "denied", source="FSMTC"),
        claim(a1, UNDER_WAY, "delivery", "asserted", source="State Duma deputy", when="2017-03-06"),
        claim(a1, CORRECTION, "production", "asserted", source="State Duma deputy"),
        claim(a1, CONTRACT, "agreement", "asserted", source="FSMTC"),
        claim(a1, ON_TIME, "delivery", "expected", source="FSMTC"),
        *suspension_claims(a2),
    ]
    return [a1, a2], claims


def suspension_claims(art: Article) -> list[Claim]:
    """The two claims of the suspension article (or of a copy of it)."""
    return [
        claim(art, HALTED, "postponed", "asserted", source="Beijing daily", via=("Wire",)),
        claim(
            art,
            FIRST_BATTALION,
            "delivery",
            "asserted",
            when="2018",
            source="industry source",
            via=("TASS",),
        ),
    ]


def syndicated_copy(original: Article, doc: str, published: str) -> Article:
    """A reprint: a site banner, a footer and a couple of edited words; the claims' sentences
    survive unchanged."""
    body = original.text.replace("Analysts", "Experts").replace("neighbours", "countries")
    text = (
        "WORLD NEWS | Reprinted from a wire service\n"
        + body
        + "\nLike us on Facebook. Follow us for more defence news."
    )
    return article(doc, text, published)
