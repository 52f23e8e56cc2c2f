"""Byte decoding heuristics."""

from __future__ import annotations

import pytest

from armsledger.errors import IngestError
from armsledger.ingest.decode import (
    charset_from_content_type,
    charset_from_html,
    decode_bytes,
    looks_cyrillic,
)

RU = "Министерство обороны подписало контракт на поставку вертолетов."
FR = "Le ministère a confirmé la livraison de deux frégates à l'été."


def test_cyrillic_heuristic_tells_cp1251_from_cp1252() -> None:
    assert looks_cyrillic(RU.encode("cp1251"))
    assert not looks_cyrillic(FR.encode("cp1252"))
    assert decode_bytes(RU.encode("cp1251"), path="x") == RU
    assert decode_bytes(FR.encode("cp1252"), path="x") == FR


def test_utf16_without_bom_is_recognised() -> None:
    assert decode_bytes("Tanks were delivered.".encode("utf-16-le"), path="x") == (
        "Tanks were delivered."
    )


def test_declared_charset_wins_over_guessing() -> None:
    assert decode_bytes(RU.encode("koi8-r"), path="x", declared="koi8-r") == RU
    # An unknown or wrong declaration is ignored rather than fatal.
    assert decode_bytes(b"plain", path="x", declared="no-such-codec") == "plain"


def test_empty_and_binary_errors() -> None:
    with pytest.raises(IngestError, match="empty file"):
        decode_bytes(b"", path="a.txt")
    with pytest.raises(IngestError, match="binary file") as info:
        decode_bytes(b"\x00\x01\x02\x03\xff\xfe\x00\x10" * 8, path="a.txt")
    assert str(info.value).startswith("a.txt: binary file")


def test_charset_sniffers() -> None:
    assert charset_from_content_type("text/html; charset=Windows-1251") == "Windows-1251"
    assert charset_from_content_type("text/html") is None
    assert charset_from_html(b'<html><head><meta charset="utf-8"/>') == "utf-8"
    assert (
        charset_from_html(b'<meta http-equiv="Content-Type" content="text/html; charset=cp1252">')
        == "cp1252"
    )
