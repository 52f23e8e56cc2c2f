import pytest

from armsledger.extract import extract
from armsledger.extract.attribution import find_attribution
from armsledger.models import Article


def attribute(
    sentence: str, media: tuple[str, ...] = (), outlet: str | None = None, headline: bool = False
) -> tuple[str | None, tuple[str, ...]]:
    names = [(sentence.find(m), m) for m in media if m in sentence]
    a = find_attribution(
        sentence, media_names=names, outlet=outlet, previous=None, is_headline=headline
    )
    return a.source, a.via


@pytest.mark.parametrize(
    ("sentence", "media", "source", "via"),
    [
        (
            'Citing the daily Izvestia, Interfax reported, "Deliveries will begin soon."',
            ("Izvestia", "Interfax"),
            "the daily Izvestia",
            ("Interfax",),
        ),
        (
            "Jets have arrived, a defence industry source told the TASS news agency.",
            ("TASS",),
            "a defence industry source",
            ("TASS",),
        ),
        (
            "The order was confirmed, the Greek ministry said on Monday, as Reuters reported.",
            ("Reuters",),
            "the Greek ministry",
            ("Reuters",),
        ),
        (
            "The Fars agency quoted Defence Minister Ali Rezaei as saying the deal was done.",
            ("Fars",),
            "Defence Minister Ali Rezaei",
            ("Fars",),
        ),
        (
            '"The tanks will be handed over in May," Anna Petrova, spokeswoman for the ministry, '
            "said.",
            (),
            "Anna Petrova, spokeswoman for the ministry",
            (),
        ),
        ("According to Bloomberg, the contract was signed.", ("Bloomberg",), "Bloomberg", ()),
        ("Delivery is on schedule, writes Kommersant.", ("Kommersant",), "Kommersant", ()),
        ("The frigates were delivered in 2018.", (), None, ()),
        ("It was reported in 2018 that a contract was signed.", (), None, ()),
        (
            "The talks came a day after a senior lawmaker told reporters that jets had arrived.",
            (),
            "a senior lawmaker",
            (),
        ),
    ],
)
def test_source_and_via(
    sentence: str, media: tuple[str, ...], source: str | None, via: tuple[str, ...]
) -> None:
    assert attribute(sentence, media) == (source, via)


def test_the_articles_own_outlet_is_no_relay() -> None:
    sentence = "The systems will arrive in May, Trend reported citing Sputnik."
    assert attribute(sentence, ("Sputnik",), outlet="https://en.trend.az/x") == ("Sputnik", ())


def test_headline_dash_names_the_source() -> None:
    assert attribute("Poland signs tank deal - Defence Ministry", headline=True) == (
        "Defence Ministry",
        (),
    )


def test_cites_as_saying_and_no_speaker_in_a_reported_sum() -> None:
    assert attribute(
        "The magazine cites a US official as saying the jets are on hold.",
    ) == ("a US official", ("The magazine",))
    # "a reported sum" and "the first two and reports" name no speaker.
    assert attribute("Oslo bought ten jets for a reported USD 1 billion.")[0] is None
    assert (
        attribute("Delivery waits until the maker checks the first two and reports back.")[0]
        is None
    )


def test_a_headline_closing_on_its_speaker() -> None:
    assert attribute("Ruritania to Buy Ten Jets, Defence Minister Says", headline=True)[0] == (
        "Defence Minister"
    )


@pytest.mark.parametrize(
    ("sentence", "headline", "source"),
    [
        ("Peru will buy two frigates from Korea, according to the embassy.", False, "the embassy"),
        ('"The second frigate arrived in May," wrote the ministry.', False, "the ministry"),
        (
            "Minister Anna Berg on Friday told MPs the jets had arrived.",
            False,
            "Minister Anna Berg",
        ),
        (
            "LIMA, May 3 (Reuters) - Minister Ana Ruiz said the jets had arrived.",
            False,
            "Minister Ana Ruiz",
        ),
        ("Timeline: Peru's path to buying the jets", True, None),
        ("The export agency hopes that the deal will be signed soon.", False, "The export agency"),
        ("Oslo pledged two frigates, though Moscow fears that more will follow.", False, None),
        (
            "Ana Ruiz, a member of the defence and security committee of the lower house of "
            "parliament, said the jets had arrived.",
            False,
            "Ana Ruiz, a member of the defence and security committee of the lower house of "
            "parliament",
        ),
        ("The video also claimed that the launchers had arrived.", False, None),
    ],
)
def test_speakers_are_named_without_what_surrounds_them(
    sentence: str, headline: bool, source: str | None
) -> None:
    assert attribute(sentence, headline=headline)[0] == source


def test_it_and_they_stand_for_the_previous_speaker() -> None:
    a = find_attribution(
        '"The sale will improve the army\'s airlift," it said.',
        media_names=[],
        outlet=None,
        previous="the export agency",
        is_headline=False,
    )
    assert a.source == "the export agency"


def test_a_relay_named_inside_a_phrase_is_the_via() -> None:
    aside = find_attribution(
        "The Oslo Times, quoting officials, said the launchers would arrive in May.",
        media_names=[],
        outlet=None,
        previous=None,
        is_headline=False,
    )
    assert (aside.source, aside.via) == ("officials", ("The Oslo Times",))
    own = find_attribution(
        "The Oslo Times, citing its own sources, said the launchers had arrived.",
        media_names=[],
        outlet=None,
        previous=None,
        is_headline=False,
    )
    assert (own.source, own.via) == ("The Oslo Times", ())
    cited = find_attribution(
        "According to a report by Sohu cited by UAWire, the deliveries were postponed.",
        media_names=[],
        outlet=None,
        previous=None,
        is_headline=False,
    )
    assert (cited.source, cited.via) == ("Sohu", ("UAWire",))


# A wire lead opening on a dateline, read as an article's first line (no title given): the
# text after the dash is the story, not an outlet closing a headline (a short one was read so).
DATELINE_LEADS = [
    ("WARSAW, May 4 (Reuters) - Poland ordered 96 K2 tanks.", "K2"),
    ("OSLO, 2 June (AFP) - Norway sent NASAMS to Ukraine.", "NASAMS"),
    ("CAIRO (AP) - Egypt signed for 30 Rafale jets.", "Rafale"),
]


@pytest.mark.parametrize(("text", "system"), DATELINE_LEADS)
def test_a_dateline_lead_is_no_headline_with_a_source(text: str, system: str) -> None:
    claims = extract(Article(doc="lead", text=text, published="2026-06-17"))
    assert [c.system for c in claims] == [system]
    assert claims[0].source is None
