"""Role frames end to end, on sentences written here: the claim keys `extract` gives.

Each frame has its own sentences; a key is "system|supplier|recipient|stage|factuality".
"""

from __future__ import annotations

import pytest

from tests.conftest import claim_keys

FRAMES = [
    # Giving verbs other than "supply": give, lend.
    ("Slovakia gave its MiG-29 fleet to Ukraine.", "MiG-29|SVK|UKR|delivery|asserted"),
    ("Denmark will give F-16 jets to Ukraine.", "F-16|DNK|UKR|delivery|expected"),
    ("Slovakia did not give its MiG-29s to Ukraine.", "MiG-29|SVK|UKR|delivery|denied"),
    # A purchase made for another state: the buyer passes it on.
    ("Canada bought a NASAMS air defence system for Ukraine.", "NASAMS|CAN|UKR|agreement|asserted"),
    (
        "The Netherlands will buy 100 Switchblade drones for Ukraine.",
        "Switchblade|NLD|UKR|negotiation|asserted",
    ),
    (
        "Russian-made Mi-17 helicopters bought by the US for Afghanistan were delivered in 2014.",
        "Mi-17|RUS|AFG|delivery|asserted",
    ),
    # A passive transfer verb makes no seller of its subject.
    (
        "Ukraine was supplied with Leopard 2 tanks by Germany.",
        "Leopard 2|DEU|UKR|delivery|asserted",
    ),
    ("The Su-35 jets for Iran were delivered by Russia.", "Su-35|RUS|IRN|delivery|asserted"),
    # The other side of a deal supplies only facing a party of the sentence's own.
    ("The agreement with Iraq comprises 14 T-90 tanks.", "T-90|RUS|IRQ|agreement|asserted"),
    (
        "Peru signed a contract with South Korea for Type 209 submarines.",
        "Type 209|KOR|PER|agreement|asserted",
    ),
    # A consortium's system comes from the state the sentence names, else from none.
    (
        "Switzerland signed a contract for 30 Eurofighter jets.",
        "Eurofighter|None|CHE|agreement|asserted",
    ),
    (
        "Qatar ordered 24 Eurofighter Typhoons from the UK.",
        "Eurofighter|GBR|QAT|agreement|asserted",
    ),
    # A system due at a time is a scheduled delivery.
    (
        "Egypt ordered 24 Rafale jets from France. The first Rafale is due in 2016.",
        "Rafale|FRA|EGY|delivery|expected",
    ),
    # A time adverbial or an attribution between a party and its verb keeps the party's role.
    (
        "Poland in the next two to three weeks will provide 14 Leopard 2 tanks to Ukraine.",
        "Leopard 2|POL|UKR|delivery|expected",
    ),
    ("Spain on Monday sent six Leopard 2 tanks to Ukraine.", "Leopard 2|ESP|UKR|delivery|asserted"),
    ("Chile last year received two Type 23 frigates.", "Type 23|GBR|CHL|delivery|asserted"),
    (
        "Portugal, in the coming weeks, will deliver three Leopard 2 tanks to Ukraine.",
        "Leopard 2|PRT|UKR|delivery|expected",
    ),
    # Handing a system to a state is a delivery, with or without "over".
    ("Slovakia handed its MiG-29 fleet to Ukraine.", "MiG-29|SVK|UKR|delivery|asserted"),
    ("Germany handed two IRIS-T systems to Ukraine on Monday.", "IRIS-T|DEU|UKR|delivery|asserted"),
    # The state that pays for a system another receives supplies it.
    ("Kyiv received NASAMS launchers paid for by Canada.", "NASAMS|CAN|UKR|delivery|asserted"),
    # A list of parties the words around it put in a role holds that role whole.
    *(
        ("Pakistan has exported JF-17 jets to Myanmar, Nigeria and Azerbaijan.", key)
        for key in (
            "JF-17|PAK|MMR|delivery|asserted",
            "JF-17|PAK|NGA|delivery|asserted",
            "JF-17|PAK|AZE|delivery|asserted",
        )
    ),
    *(
        ("Turkey has sold its TB2 drones to Qatar, Libya, Morocco and Poland.", key)
        for key in (
            "Bayraktar TB2|TUR|QAT|agreement|asserted",
            "Bayraktar TB2|TUR|LBY|agreement|asserted",
            "Bayraktar TB2|TUR|MAR|agreement|asserted",
            "Bayraktar TB2|TUR|POL|agreement|asserted",
        )
    ),
    # A non-maker state's demonym before the system names its owner; with a receiver named,
    # the owner passes its systems on (second-hand) and supplies them.
    ("Argentina will receive 24 Danish F-16s next year.", "F-16|DNK|ARG|delivery|expected"),
    ("Ukraine has received the first Dutch F-16 jets.", "F-16|NLD|UKR|delivery|asserted"),
    ("Serbia received ex-Belarusian MiG-29s on Monday.", "MiG-29|BLR|SRB|delivery|asserted"),
    (
        "The former Qatari Mirage 2000 jets will be delivered to Indonesia.",
        "Mirage 2000|QAT|IDN|delivery|expected",
    ),
    # A relative clause between a party and its verb keeps the party the verb's subject.
    *(
        (
            "Ukraine, which had asked for Western jets for months, received its first F-16 "
            "jets from Denmark and the Netherlands on Wednesday.",
            key,
        )
        for key in ("F-16|DNK|UKR|delivery|asserted", "F-16|NLD|UKR|delivery|asserted")
    ),
]


@pytest.mark.parametrize(("text", "key"), FRAMES)
def test_frame_gives_the_claim(text: str, key: str) -> None:
    assert key in claim_keys(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # A state's own forces taking delivery at home is no transfer.
        ("Dassault resumed Rafale deliveries to France in December.", "Rafale|FRA|"),
        ("Canada bought a NASAMS air defence system for Ukraine.", "NASAMS|NOR|CAN|"),
        ("Dassault delivered two Rafale jets to the French Air Force.", "Rafale|FRA|"),
        ("The US Navy took delivery of two F-35C jets.", "F-35|USA|"),
        # Equipment abandoned in combat cancels no deal.
        (
            "Ukrainian troops abandoned two Leopard 2 tanks near Robotyne.",
            "Leopard 2|DEU|UKR|cancelled",
        ),
        # "due to" is a cause, no schedule.
        ("The delay is due to a shortage of K2 tanks for Poland.", "K2|KOR|POL|delivery|expected"),
    ],
)
def test_frame_gives_no_wrong_claim(text: str, wrong: str) -> None:
    assert not any(k.startswith(wrong) for k in claim_keys(text))
