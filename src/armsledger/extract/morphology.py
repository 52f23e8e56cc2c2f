"""Russian inflection for the gazetteer: every case form of a Cyrillic name.

Russian inflects names ("Индия", "Индии", "Индию", "Индией"), so a gazetteer of nominatives
misses most mentions. Rather than lemmatise every word of every article, the gazetteer is
expanded once: each Cyrillic name gets its case forms (pymorphy3 with its Russian dictionary,
measured in NOTES.md: 0.04 s to load), and the one Aho-Corasick scan finds them all. Words the
dictionary does not know, abbreviations ("ВВС", "ФСВТС") and designations ("С-400") stay as
they are.
"""

from __future__ import annotations

from functools import cache, lru_cache
from itertools import pairwise
from typing import Any

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
NUMBERS = ("sing", "plur")
# Word classes whose forms a name takes: nouns and full adjectives ("Южная Корея").
_INFLECTED = frozenset({"NOUN", "ADJF", "PRTF"})
# Shorter pieces are abbreviations or letters of a designation ("Су", "С1"): kept as written.
MIN_WORD = 3


@cache
def analyzer() -> Any:
    """The one morphological analyser of the process (loaded on first use)."""
    import pymorphy3  # imported here: English-only runs never pay for the dictionary

    return pymorphy3.MorphAnalyzer(lang="ru")


def has_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """The dictionary form of a Russian word, lower case ("перенесли" -> "перенести")."""
    return str(analyzer().parse(word)[0].normal_form)


@lru_cache(maxsize=65536)
def lemmas(word: str) -> tuple[str, ...]:
    """Every dictionary form a Russian word may have, likeliest first: "прошлого" is first
    read as the noun "прошлое", but in "прошлого года" it is the adjective "прошлый"."""
    return tuple(dict.fromkeys(str(p.normal_form) for p in analyzer().parse(word)))


def _yo(text: str) -> str:
    return text.replace("ё", "е").replace("Ё", "Е")


def _nominative_parse(word: str) -> Any | None:
    # A name is written in the nominative; a word with no nominative reading ("России" in
    # "Минобороны России") is a fixed genitive and keeps its form. A name is its own
    # dictionary form, so a reading whose dictionary form is another word ("Мардер" read as
    # a form of "мардёр") gives way to one that is the name itself, when there is one.
    readings = [
        p
        for p in analyzer().parse(word)
        if p.tag.POS in _INFLECTED and "nomn" in p.tag and "Fixd" not in p.tag
    ]
    own = [p for p in readings if _yo(p.normal_form) == _yo(word.lower())]
    return (own or readings or [None])[0]


# The plural ending a masculine noun takes after its last letter ("Пэтриоты", "Абрамсы").
_PLURAL_AFTER = {**dict.fromkeys("гкхжшщч", "и"), **dict.fromkeys("бвдзлмнпрстфц", "ы")}


def _foreign_noun(word: str) -> Any | None:
    # A foreign name the dictionary holds only as indeclinable ("Пэтриот", read as a fixed
    # organisation name) is declined by the press like any masculine noun ending in a
    # consonant ("Пэтриоты", "Пэтриотов"): its reading is found through that plural.
    ending = _PLURAL_AFTER.get(word[-1:].lower())
    if ending is None or not word[:1].isupper() or not word[1:].islower():
        return None  # abbreviations ("БМП", "ТОС") do not decline
    for p in analyzer().parse(word + ending):
        if (
            p.tag.POS == "NOUN"
            and {"plur", "nomn", "masc"} <= set(p.tag.grammemes)
            and _yo(p.normal_form) == _yo(word.lower())
            and "Fixd" not in p.tag
        ):
            single = p.inflect({"sing", "nomn"})
            return single if single is not None and single.word == word.lower() else None
    return None


def _styled(form: str, like: str) -> str:
    if like.isupper() and len(like) > 1:
        return form.upper()
    return form[:1].upper() + form[1:] if like[:1].isupper() else form


def _word_forms(word: str, case: str, number: str, alone: bool = False) -> str:
    """``word`` (a word of a name, maybe hyphenated: "Панцирь-С1") in ``case`` and ``number``;
    ``alone``: the word is the whole name, so a foreign noun the dictionary holds as fixed
    declines (the first word of "Супер Хорнет" does not)."""
    parts = word.split("-")
    out = []
    for i, part in enumerate(parts):
        if len(part) < MIN_WORD or not part.isalpha() or not has_cyrillic(part):
            out.append(part)
            continue
        parse = _nominative_parse(part)
        if parse is None and alone and i == 0:
            parse = _foreign_noun(part)
        form = parse.inflect({case, number}) if parse is not None else None
        if form is None and parse is not None:
            form = parse.inflect({case})  # a singular-only noun ("Беларусь")
        out.append(_styled(form.word, part) if form is not None else part)
    return "-".join(out)


@lru_cache(maxsize=4096)
def inflections(name: str) -> tuple[str, ...]:
    """Every case form of ``name`` in both numbers, the words agreeing ("Южной Кореи"),
    ``name`` first. Adjective names ("российский") get every gender too."""
    words = name.split()
    if not has_cyrillic(name):
        return (name,)
    forms = [name]
    parse = _nominative_parse(name) if len(words) == 1 else None
    if parse is not None and parse.tag.POS == "ADJF":
        # A demonym adjective: all genders, cases and numbers ("российской", "российские").
        forms += [
            _styled(f.word, name)
            for f in parse.lexeme
            if f.tag.POS == "ADJF" and "Supr" not in f.tag and "Cmp2" not in f.tag
        ]
    else:
        for number in NUMBERS if len(words) == 1 else (_number_of(words),):
            for case in CASES:
                forms.append(" ".join(_word_forms(w, case, number, len(words) == 1) for w in words))
        # A compound place name declines its last part only ("Буэнос-Айресу", "Улан-Батора").
        head, _, last = name.rpartition("-")
        if len(words) == 1 and head and has_cyrillic(head) and len(last) >= MIN_WORD:
            forms += [f"{head}-{_word_forms(last, case, 'sing')}" for case in CASES]
    # The dictionary writes "ё" where the press mostly writes "е" ("Мардёры", "Мардеры"):
    # both spellings are found.
    forms += [_yo(f) for f in forms if "ё" in f.lower() and "ё" not in name.lower()]
    return tuple(dict.fromkeys(forms))


def _number_of(words: list[str]) -> str:
    # A name of several words keeps its number: "Соединенные Штаты" is plural in every case
    # ("Соединенных Штатов"), "Южная Корея" singular.
    for word in words:
        parse = _nominative_parse(word) if has_cyrillic(word) and word.isalpha() else None
        if parse is not None and parse.tag.POS == "NOUN":
            return str(parse.tag.number or "sing")
    return "sing"


@lru_cache(maxsize=65536)
def can_be_case(word: str, case: str) -> bool:
    """Whether some reading of ``word`` is in ``case`` ("Индию": accs; "Индии": not);
    a word the dictionary cannot inflect (abbreviations, foreign names) may be in any."""
    parses = analyzer().parse(word)
    if word[:1].isupper():
        # A capitalised word with a place-name reading is that place: "Индия" is no genitive
        # of "индий" (indium), so "У России Индия купила" keeps India the buyer.
        places = [p for p in parses if "Geox" in p.tag]
        parses = places or parses
    if not has_cyrillic(word) or any("Fixd" in p.tag or p.tag.case is None for p in parses[:1]):
        return True
    return any(p.tag.case == case for p in parses)


def only_dative(word: str) -> bool:
    """Whether every reading of ``word`` is a dative ("Известиям", "Вечернему"): a name so
    inflected is who was spoken to, never who speaks. Indeclinable words ("ТАСС") are not."""
    parses = analyzer().parse(word.lower()) if has_cyrillic(word) else []
    cases = {p.tag.case for p in parses if "Fixd" not in p.tag}
    return cases == {"datv"}


# The word classes of a noun phrase naming a kind of system ("зенитные ракетно-пушечные
# комплексы", "многоцелевых истребителей", "две батареи").
_KIND_WORDS = frozenset({"ADJF", "PRTF", "NOUN", "NUMR"})


def names_a_kind(word: str) -> bool:
    """Whether ``word`` may stand in a noun phrase between two listed Russian systems: a
    lower-case adjective, participle, noun or number, a designation's suffix or a quote mark;
    not a verb, a conjunction or a capitalised name."""
    core = word.strip('«»"“”„()')
    if not core or not has_cyrillic(core) or core.isupper():
        return True  # a quote mark, a Latin or numeral suffix ("СА", "Block III")
    return core[:1].islower() and word_class(core) in _KIND_WORDS


def month_number(word: str) -> int:
    """The month (1-12) a Russian month name stands for ("января", "январе" -> 1, by the
    dictionary form and the rule table's "time.ru.months"); ValueError when it is none."""
    from armsledger.extract.rules import word_values  # the rule table loads this module

    months = word_values("time.ru.months")
    for p in analyzer().parse(word):
        if p.normal_form in months:
            return months[p.normal_form]
    raise ValueError(f"not a month: {word!r}")


def nominative(phrase: str) -> str:
    """A speaker's noun phrase in the nominative, as sources are listed ("госпожи Воробьевой"
    -> "госпожа Воробьева", "главы ФСВТС Дмитрия Шугаева" -> "глава ФСВТС Дмитрий Шугаев"):
    the head noun, the adjectives before it and the personal names after it follow; the
    dependent words ("министра обороны") keep their case."""
    if len(phrase) > 2 and phrase[0] in '«"“„' and phrase[-1] in '»"”“' and " " not in phrase:
        # A name in quotes ("в «Рособоронэкспорте»"): the name inside declines.
        return phrase[0] + nominative(phrase[1:-1]) + phrase[-1]
    words = phrase.split()
    head = next(
        (
            i
            for i, w in enumerate(words)
            if _oblique(w, None, {"NOUN"}) is not None and not _adjective_before(words, i)
        ),
        None,
    )
    if head is None:
        return _before_indeclinable(words) or phrase
    if any(_is_noun(w) for w in words[:head]):
        # An indeclinable head before it ("Минобороны Сербии"): the oblique noun depends on
        # it and keeps its case.
        return phrase
    noun = _oblique(words[head], None, {"NOUN"})
    assert noun is not None
    if head > 0 and (counted := _counted(words, head, noun)) is not None:
        return counted
    case, gender, number = noun.tag.case, noun.tag.gender, noun.tag.number
    out = []
    for i, word in enumerate(words):
        if i < head:
            parse = _oblique(word, case, {"ADJF", "PRTF"}, gender if number == "sing" else None)
        elif i == head:
            parse = noun
        elif word[:1].isupper():
            parse = _oblique(word, case, {"NOUN"}, names=True)
        else:
            parse = None
        form = parse.inflect({"nomn"}) if parse is not None else None
        text = _styled(form.word, word) if form is not None else word
        # The dictionary writes "ё" where the press mostly writes "е": keep the text's habit.
        out.append(text if "ё" in word else text.replace("ё", "е"))
    return " ".join(out)


def _before_indeclinable(words: list[str]) -> str | None:
    """ "турецких СМИ" -> "турецкие СМИ": the adjectives before an indeclinable head take the
    nominative of its number; None when the phrase is no such pair."""
    fixed = next((i for i, w in enumerate(words) if _indeclinable_noun(w)), None)
    if not fixed:  # none, or one opening the phrase ("СМИ"): no adjective before it to inflect
        return None
    number = "plur" if "plur" in analyzer().parse(words[fixed])[0].tag else "sing"
    out = []
    for word in words[:fixed]:
        parse = _oblique(word, None, {"ADJF", "PRTF"})
        form = parse.inflect({"nomn", number}) if parse is not None else None
        if form is None:
            return None
        out.append(_styled(form.word, word))
    return " ".join(out + words[fixed:])


def _indeclinable_noun(word: str) -> bool:
    top = analyzer().parse(word)[0].tag if has_cyrillic(word) else None
    return top is not None and top.POS == "NOUN" and "Fixd" in top


_PAUCAL = frozenset({"два", "три", "четыре", "оба", "полтора"})


def _counted(words: list[str], head: int, noun: Any) -> str | None:
    """ "двух собеседников" -> "два собеседника", "нескольких чиновников" -> "несколько
    чиновников": a number before the head takes the nominative and the rest the genitive it
    governs (the singular after two to four)."""
    number = next(
        (p for p in analyzer().parse(words[0]) if p.tag.POS == "NUMR" and p.tag.case != "nomn"),
        None,
    )
    if number is None:
        return None
    gender = {"femn": "femn"}.get(str(noun.tag.gender), "masc")
    paucal = number.normal_form in _PAUCAL
    nomn = number.inflect({"nomn", gender}) if paucal else None
    nomn = nomn or number.inflect({"nomn"})
    form = noun.inflect({"gent", "sing" if paucal else "plur"})
    if nomn is None or form is None:
        return None
    out = [_styled(nomn.word, words[0])]
    for word in words[1:head]:
        adj = _oblique(word, None, {"ADJF", "PRTF"})
        gent = adj.inflect({"gent", "plur"}) if adj is not None else None
        out.append(_styled(gent.word, word) if gent is not None else word)
    out.append(_styled(form.word, words[head]))
    return " ".join(out + words[head + 1 :])


def _adjective_before(words: list[str], i: int) -> bool:
    # "военного эксперта": "военного" may be the noun "военный" (a serviceman), but before a
    # noun in its own case it is that noun's adjective.
    if i + 1 >= len(words) or not words[i][:1].islower():
        return False
    following = _oblique(words[i + 1], None, {"NOUN"})
    return following is not None and (
        _oblique(words[i], following.tag.case, {"ADJF", "PRTF"}) is not None
    )


def _is_noun(word: str) -> bool:
    # The first reading: "Минобороны" (fixed), "ФСВТС" (an abbreviation).
    return has_cyrillic(word) and analyzer().parse(word)[0].tag.POS == "NOUN"


_NAME_TAGS = ("Name", "Surn", "Patr")


def _oblique(
    word: str,
    case: str | None,
    pos: set[str],
    gender: str | None = None,
    *,
    names: bool = False,
) -> Any | None:
    # A reading of a declinable word in an oblique case (``case`` and ``gender`` when given);
    # with ``names``, personal names only. A word in the nominative, or fixed, has none.
    if not has_cyrillic(word) or len(word) < 2:
        return None
    parses = analyzer().parse(word)
    if word[:1].isupper():
        # "Воробьевой" is a surname before it is an adjective.
        parses = sorted(parses, key=lambda p: not any(t in p.tag for t in _NAME_TAGS))
    for p in parses:
        if p.tag.POS not in pos or "Fixd" in p.tag or p.tag.case in (None, "nomn"):
            continue
        if names and not any(t in p.tag for t in _NAME_TAGS):
            continue
        if (case is None or p.tag.case == case) and (gender is None or p.tag.gender == gender):
            return p
    return None


# Word classes that end a speaker's noun phrase going left: verbs, adverbs, conjunctions.
_NOT_IN_NP = frozenset({"VERB", "INFN", "GRND", "PRTS", "ADVB", "CONJ", "PRCL", "PRED"})


@lru_cache(maxsize=65536)
def not_in_noun_phrase(word: str) -> bool:
    """Whether a lower-case Russian word is surely no part of a noun phrase ("приобрести",
    "неофициально"): its first reading is a verb, an adverb or a particle."""
    if not has_cyrillic(word):
        return False
    return analyzer().parse(word)[0].tag.POS in _NOT_IN_NP


# Word classes a sentence may open with before its subject ("Отдельно источник сообщил",
# "Также министр заявил"); capitalised there only because the sentence starts.
_OPENERS = frozenset({"ADVB", "CONJ", "PRCL"})


@lru_cache(maxsize=65536)
def opens_sentence_not_np(word: str) -> bool:
    """Whether a capitalised Russian word is a dictionary adverb, conjunction or particle
    ("Отдельно", "Также"), not a name the dictionary would only guess at ("Суприяди")."""
    lower = word.lower()
    if not has_cyrillic(word) or not analyzer().word_is_known(lower):
        return False
    return analyzer().parse(lower)[0].tag.POS in _OPENERS


@lru_cache(maxsize=65536)
def opens_participle(word: str) -> bool:
    """Whether a lower-case Russian word reads first as a full participle or adjective
    ("знакомый", "близкий") or as a gerund ("выступая", "отвечая"): it opens a phrase set off
    after a noun."""
    if not has_cyrillic(word) or not word[:1].islower():
        return False
    return analyzer().parse(word)[0].tag.POS in ("PRTF", "ADJF", "GRND")


@lru_cache(maxsize=4096)
def lexeme_forms(lemma: str, need: frozenset[str], avoid: frozenset[str]) -> tuple[str, ...]:
    """Every form of the dictionary word ``lemma`` ("поставить": "поставил", "поставлены",
    "поставив", "поставленных", ...), those whose tag holds all grammemes of ``need`` and none
    of ``avoid`` (pymorphy3's OpenCorpora tags: "futr", "PRTS", "past", "pssv", ...), lower
    case, with "е" written for "ё" too; empty when the dictionary does not know ``lemma``.
    A rule names a verb or a noun once and catches it in every tense, voice and case."""
    readings = [p for p in analyzer().parse(lemma) if _yo(str(p.normal_form)) == _yo(lemma)]
    forms: dict[str, None] = {}
    for parse in readings[:1]:
        for form in parse.lexeme:
            if need <= set(form.tag.grammemes) and not avoid & set(form.tag.grammemes):
                forms[str(form.word)] = None
                forms[_yo(str(form.word))] = None
    return tuple(forms)


# Word classes of a verb: finite, infinitive, participles full and short, gerund.
_VERB_FORMS = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND"})


@lru_cache(maxsize=65536)
def word_class(word: str) -> str:
    """The likeliest word class of a Russian word ("поставила": "VERB", "поставки": "NOUN",
    "поставленные": "PRTF"), "" for a word with no Cyrillic."""
    if not has_cyrillic(word):
        return ""
    return str(analyzer().parse(word.lower())[0].tag.POS or "")


def is_verb_form(word: str) -> bool:
    """Whether a Russian word reads first as a form of a verb, not a noun."""
    return word_class(word) in _VERB_FORMS


@lru_cache(maxsize=64)
def pronoun_gender(word: str) -> str | None:
    """The gender a singular third-person pronoun points to ("он", "его": "masc"; "она",
    "её": "femn"); None for a plural ("они", "их") or a word that is no such pronoun."""
    for p in analyzer().parse(word.lower()):
        if p.tag.POS == "NPRO":
            return str(p.tag.gender) if p.tag.number == "sing" and p.tag.gender else None
    return None


def last_person(text: str) -> tuple[str, str] | None:
    """The last person ``text`` names by first name and surname ("заместителем руководителя
    Романом Бабушкиным"), in the nominative ("Роман Бабушкин"), with the first name's gender
    ("masc" for a foreign name the dictionary does not know: "Милош Вучевич"). A "он" or "по
    его словам" in the next sentence most often stands for that person."""
    words = [w.strip('.,;:!?()«»"“”„') for w in text.split()]
    found: tuple[str, str] | None = None
    for first, last in pairwise(words):
        if not (_capitalised(first) and _capitalised(last)):
            continue
        parses = analyzer().parse(first)
        name = next((p for p in parses if "Name" in p.tag), None)
        if name is not None and name.tag.gender in ("masc", "femn"):
            found = (_person_nominative(name, first, last), str(name.tag.gender))
        elif not any(_place_or_body(w) for w in (first, last)) and all(
            _unknown(w) for w in (first, last)
        ):
            found = (f"{first} {last}", "masc")  # an undeclined foreign name, as written
    return found


def _capitalised(word: str) -> bool:
    # "Бабушкиным", not "ВМС" (an abbreviation) nor "Су-35".
    return (
        has_cyrillic(word)
        and len(word) > 2
        and word[0].isupper()
        and word[1:].isalpha()
        and word[1:].islower()
    )


def _place_or_body(word: str) -> bool:
    return any("Geox" in p.tag or "Orgn" in p.tag for p in analyzer().parse(word))


def _unknown(word: str) -> bool:
    # A word the dictionary only guesses at: a foreign name ("Раджнатх", "Вучевич").
    return not any(p.is_known for p in analyzer().parse(word))


def _person_nominative(name: Any, first: str, last: str) -> str:
    # The surname declines like the first name ("Марией Воробьевой" -> "Мария Воробьева");
    # a foreign surname that does not decline ("Вучич") stays as written.
    case = name.tag.case
    if case == "nomn":
        return f"{first} {last}"
    nom = name.inflect({"nomn"})
    first_nom = _styled(nom.word, first) if nom is not None else first
    surname = next(
        (
            p
            for p in sorted(analyzer().parse(last), key=lambda p: "Surn" not in p.tag)
            if p.tag.case == case
            and p.tag.POS in ("NOUN", "ADJF")
            and p.tag.number == "sing"
            and (p.tag.gender in (None, name.tag.gender) or "Surn" in p.tag)
        ),
        None,
    )
    form = surname.inflect({"nomn", name.tag.gender}) if surname is not None else None
    if form is None and surname is not None:
        form = surname.inflect({"nomn"})
    surname_nom = _styled(form.word, last) if form is not None else last
    # The dictionary writes "ё" where the press mostly writes "е": keep the text's habit.
    if "ё" not in last:
        surname_nom = surname_nom.replace("ё", "е")
    return f"{first_nom} {surname_nom}"
