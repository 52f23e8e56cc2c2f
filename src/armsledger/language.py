"""The language of a text, told from its letters: Russian (Cyrillic) or English (the default).

A script test, not a model: a news article in Russian is mostly Cyrillic letters even when it
quotes Latin designations ("F-16", "MiG-29"), and an English article almost never holds any.
Counting letters in the first ``SAMPLE_CHARS`` characters costs microseconds per article.
"""

from __future__ import annotations

ENGLISH = "en"
RUSSIAN = "ru"
LANGUAGES = (ENGLISH, RUSSIAN)
# How a language is named where it is shown (the web register).
LANGUAGE_NAMES = {ENGLISH: "English", RUSSIAN: "Russian"}
# Enough letters to be sure; an article's opening is in its own language.
SAMPLE_CHARS = 4000
# Share of Cyrillic among all letters from which a text counts as Russian. Russian news quoting
# Latin names stays far above it (~0.9); an English text quoting a Russian name stays far below.
CYRILLIC_SHARE = 0.4


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def detect_language(text: str) -> str:
    """``"ru"`` when Cyrillic letters make up at least ``CYRILLIC_SHARE`` of the letters."""
    letters = cyrillic = 0
    for ch in text[:SAMPLE_CHARS]:
        if ch.isalpha():
            letters += 1
            cyrillic += _is_cyrillic(ch)
    if letters and cyrillic / letters >= CYRILLIC_SHARE:
        return RUSSIAN
    return ENGLISH
