"""Who a Russian sentence's claim comes from, and through whom it reached us.

The same ``Attribution`` as ``attribution.find_attribution`` gives for English, read with the
rule table's Russian patterns ("attribution.ru.*"). Russian puts the speaker after the claim
as often as before it, and names the relay inside the phrase: "..., сообщил ТАСС
военно-дипломатический источник" -> source "военно-дипломатический источник", via ["ТАСС"];
"РИА сообщает со ссылкой на Дмитрия Шугаева" -> source "Дмитрий Шугаев" (the nominative, as
sources are listed), via ["РИА"]; "По его словам, ..." -> the last named speaker.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from armsledger.extract.attribution import Attribution
from armsledger.extract.gazetteer import MEDIA, load_gazetteer
from armsledger.extract.morphology import (
    nominative,
    not_in_noun_phrase,
    only_dative,
    opens_participle,
    opens_sentence_not_np,
    pronoun_gender,
)
from armsledger.extract.rules import rule_table
from armsledger.extract.sentences import SentenceIndex
from armsledger.language import RUSSIAN
from armsledger.models import Claim

_TABLE = rule_table()
ANY = _TABLE["attribution.ru.any"]
SAY = _TABLE["attribution.ru.say"]
CITING = _TABLE["attribution.ru.citing"]
ACCORDING_TO = _TABLE["attribution.ru.according_to"]
AS_REPORTED = _TABLE["attribution.ru.as_reported"]
INVERTED = _TABLE["attribution.ru.inverted"]
SUBJECT = _TABLE["attribution.ru.subject"]
ABOUT_THIS = _TABLE["attribution.ru.about_this"]
ABOUT_THIS_FORWARD = _TABLE["attribution.ru.about_this_forward"]
IMPERSONAL = _TABLE["attribution.ru.impersonal"]
QUOTES_OBJECT = _TABLE["attribution.ru.quotes_object"]
HEADLINE_DASH = _TABLE["attribution.ru.headline_dash"]
HEADLINE_COLON = _TABLE["attribution.ru.headline_colon"]
RELATIVE_BEFORE = _TABLE["attribution.ru.relative_before"]
ADDRESSEE = _TABLE["attribution.ru.addressee"]
ADDRESSEE_AFTER = _TABLE["attribution.ru.addressee_after"]
RELAY_NOUN = _TABLE["attribution.ru.relay_noun"]
SOURCE_NOUN = _TABLE["attribution.ru.source_noun"]
OUTLET_NOUN = _TABLE["attribution.ru.outlet_noun"]
DOCUMENT_NOUN = _TABLE["attribution.ru.document_noun"]
GERUND = _TABLE["attribution.ru.gerund"]
ASIDE = _TABLE["attribution.ru.aside"]
INSTITUTION_BY = _TABLE["attribution.ru.institution_by"]
STOP_WORDS = frozenset(_TABLE.by_id["attribution.ru.np_stop_words"].words)
PRONOUNS = frozenset(_TABLE.by_id["attribution.ru.pronouns"].words)
MAX_NP_TOKENS = 8
# How many sentences a quotation opened in a claim's sentence may run on before the one that
# closes it and names its speaker («... . ... », — сказал он): news quotes a speaker for two or
# three sentences at a time; a quote still open after this many is taken to be unbalanced.
MAX_QUOTED_SENTENCES = 4
_OPENING_QUOTES = "«“„"
_CLOSING_QUOTES = "»”"
QUOTES = " \t,.;:'\"«»“”„—–-"


class Recall(NamedTuple):
    """Who an anaphoric speaker stands for: "он", "собеседник агентства" the last named
    speaker; "издание", "газета" the last named outlet. ``person`` is the last person the
    sentence before names by first name and surname, with the name's gender: a "он" or "по
    её словам" of that gender stands for that person first ("Президент Сербии Александр Вучич
    осмотрел технику. Он заявил, что ...": no speaker was named before)."""

    speaker: str | None
    outlet: str | None
    person: tuple[str, str] | None = None


NO_RECALL = Recall(None, None)


def names_outlet(source: str, media: list[tuple[int, str]]) -> bool:
    """Is ``source`` an outlet ("газета Journal du Dimanche", "ТАСС"), not a person?"""
    return OUTLET_NOUN.match(source) is not None or any(name == source for _, name in media)


def find_attribution(
    sentence: str,
    *,
    media_names: list[tuple[int, str]],
    outlet: str | None,
    previous: Recall,
    is_headline: bool,
) -> Attribution:
    """The attribution of one Russian sentence; ``media_names`` are (offset, name) of media
    mentions (``outlet``, the article's address, is never its own relay)."""
    del outlet  # a Russian outlet names itself by its own name, not by address
    if is_headline and (m := HEADLINE_DASH.search(sentence)):
        return Attribution(_speaker(m.group("src"), previous), (), None)
    if is_headline and (m := HEADLINE_COLON.match(sentence)) and _names_someone(m.group("src")):
        return Attribution(_speaker(m.group("src"), previous), (), None)
    if not ANY.search(sentence):
        return Attribution(None, (), None)
    # "Со своей стороны источник сообщил": the aside is no part of the speaker (offsets hold).
    sentence = ASIDE.sub(lambda a: " " * len(a.group()), sentence)
    media = sorted(media_names)
    m = CITING.search(sentence)
    if m:
        return _citing(m, media, previous)
    for pattern, oblique in ((ACCORDING_TO, True), (AS_REPORTED, False)):
        m = pattern.search(sentence)
        if m:
            source, via = _split_relay(m.group("src"), m.start("src"), media)
            if (place := ADDRESSEE.match(source)) and place.group().split()[-1] in ("в", "во"):
                source, oblique = source[place.end() :], True  # "как уточнили в министерстве"
            elif place and not oblique and place.group().split()[-1] != "на":
                # "как рассказал журналистам глава компании": the addressee is no speaker.
                rest = m.start("src") + m.group("src").find(source) + place.end()
                source, more = _split_relay(source[place.end() :], rest, media)
                via = via + more
            if not via and (addressed := _addressed_outlet(source)) is not None:
                # "как заявил «Вечернему курьеру» источник": the outlet spoken to relays.
                via, source = (addressed[0],), source[addressed[1] :].strip()
            if not source and via:
                return Attribution(via[0], (), m.end())  # "по данным «Ъ»": the outlet speaks
            return Attribution(_speaker(source, previous, oblique=oblique), via, m.end())
    m = INVERTED.search(sentence)
    if m:
        found = _after_verb(m, media, previous)
        if found is not None:
            return found
    for m in SUBJECT.finditer(sentence):
        np = _tail_np(m.group("src"))
        if IMPERSONAL.fullmatch(m.group("verb")) and not DOCUMENT_NOUN.match(np.lower()):
            continue  # "сообщалось": nobody is named ("в заявлении X говорится": X is)
        if RELATIVE_BEFORE.search(sentence[: m.end("src") - len(np)].rstrip(QUOTES)):
            continue  # "соглашения, о котором президент объявил": not this sentence's speaker
        told_before: tuple[str, ...] = ()
        raw = m.group("src")
        tails = list(ADDRESSEE_AFTER.finditer(raw))
        tail = tails[-1] if tails else None
        if tail is not None and tail.start() > 0:
            # "Чемезов в интервью «Известиям» сообщил", "Коротченко в беседе с RT заявил": the
            # speaker is named before the phrase, and an outlet spoken to there relays.
            lo = m.start("src") + tail.start()
            told_before = tuple(dict.fromkeys(n for at, n in media if lo <= at < m.end("src")))
            np = _tail_np(raw[: tail.start()]) or np
        quoted_at = np.rfind("«")
        last_name = np[quoted_at:] if quoted_at >= 0 else ""
        spoken_to = _addressed_outlet(last_name)
        if spoken_to is not None and not last_name[spoken_to[1] :].strip():
            # "В ФСВТС «Правдивому слову» подтвердили": the outlet spoken to relays; with
            # no speaker before it ("«Вечернему курьеру» рассказал источник"), the speaker
            # follows the verb.
            told_before += (spoken_to[0],)
            np = np[:quoted_at].strip()
            if not _speaker(_place_that_speaks(np), previous):
                after = re.split(r"[,.;:!?()—–]", sentence[m.end("verb") :], maxsplit=1)[0]
                found = _speaker_after(
                    after,
                    m.end("verb"),
                    m.group("verb"),
                    m.end("verb"),
                    media,
                    previous,
                    told_before,
                )
                if found is not None and found.source:
                    return found
                continue
        np, told_in = _relay_inside(np, sentence.rfind(np, 0, m.end("src")), media)
        told_before += told_in
        speaker = _speaker(_place_that_speaks(np), previous)
        if speaker and QUOTES_OBJECT.fullmatch(m.group("verb").lower()):
            # "ТАСС цитирует Сергея Петрова: ...": the one quoted speaks, the subject relays.
            quoted = re.split(r"[,.;:!?«»\"—–]", sentence[m.end("verb") :], maxsplit=1)[0]
            if _speaker(quoted, NO_RECALL, oblique=True):
                return Attribution(_speaker(quoted, previous, oblique=True), (speaker,), m.end())
        if speaker:
            # "Источник рассказал ТАСС, что ...": the outlet spoken to relays.
            told = [name for at, name in media if m.end("verb") < at <= m.end("verb") + 2]
            return Attribution(speaker, told_before + tuple(told), m.end("verb"))
    return _apposed(sentence) or Attribution(None, (), None)


def _citing(m: re.Match[str], media: list[tuple[int, str]], previous: Recall) -> Attribution:
    """ "X сообщает со ссылкой на Y", "ссылаясь на Y, X пишет": Y speaks, the outlet named
    before the phrase relays, or the one right after it; an outlet inside Y's phrase ("со
    ссылкой на источник в ведомстве «Вестник» пишет") ends Y and relays."""
    raw, start = m.group("src"), m.start("src")
    inside = [(at, name) for at, name in media if start < at < start + len(raw.rstrip())]
    if inside and SOURCE_NOUN.search(raw[: inside[0][0] - start]):
        raw = raw[: inside[0][0] - start]
    source = _speaker(raw, previous, oblique=True)
    before = [name for at, name in media if at < m.start()]
    after = [name for at, name in media if at >= start + len(raw)]
    relays = before[-1:] or after[:1]
    if source is None and relays:
        return Attribution(relays[0], (), m.end())  # "со ссылкой на свои источники"
    via: tuple[str, ...] = tuple(r for r in relays if r != source)
    return Attribution(source, via, m.end())


def _names_someone(np: str) -> bool:
    """ "Шугаев", "Минобороны Сербии", "СМИ", "Источник": a speaker, not a headline's topic
    ("Итоги года: ..."), which opens with a capital only because a headline does."""
    if np[:1] in '«"“„':
        return True  # a name in quotes: "«Вестник»: ..."
    return SOURCE_NOUN.search(np) is not None or all(w[:1].isupper() for w in np.split())


def _apposed(sentence: str) -> Attribution | None:
    """ "Источник, знакомый с ситуацией, рассказал ...": a phrase opened by a participle and
    set off by commas stands between the speaker and the verb."""
    for verb in SAY.finditer(sentence):
        before = sentence[: verb.start()].rstrip()
        parts = before[:-1].rsplit(",", 1) if before.endswith(",") else []
        phrase = parts[1].strip() if len(parts) == 2 else ""
        if not phrase or not opens_participle(phrase.split()[0]):
            continue
        head = _tail_np(parts[0])
        if head and _speaker(head, NO_RECALL) is not None:
            if GERUND.fullmatch(phrase.split()[0]):
                return Attribution(head, (), verb.end())  # "X, выступая в Думе, заявил"
            return Attribution(f"{head}, {phrase}", (), verb.end())
    return None


def _after_verb(
    m: re.Match[str], media: list[tuple[int, str]], previous: Recall
) -> Attribution | None:
    """The speaker named after a speech verb: "сообщил агентству ТАСС в четверг источник",
    "сообщили в Минобороны" (a place that speaks, in the nominative)."""
    return _speaker_after(
        m.group("src"), m.start("src"), m.group("verb"), m.end("verb"), media, previous
    )


def _speaker_after(
    raw: str,
    src_start: int,
    verb: str,
    verb_end: int,
    media: list[tuple[int, str]],
    previous: Recall,
    told: tuple[str, ...] = (),
) -> Attribution | None:
    """The speaker in ``raw`` (at ``src_start``), the phrase after the speech verb ``verb``;
    ``told`` are outlets already known to have been spoken to."""
    if (addressed := _addressed_outlet(raw)) is not None:
        # "рассказал «Вечернему курьеру» источник": the outlet spoken to relays.
        rest = raw[addressed[1] :]
        src_start += len(raw) - len(rest.lstrip())
        told, raw = (*told, addressed[0]), rest.lstrip()
    # "заявил в интервью изданию X министр": the addressee opening the phrase ends no speaker.
    floor = lead.end() if (lead := ADDRESSEE.match(raw)) else 0
    if (tail := ADDRESSEE_AFTER.search(raw, floor)) and tail.start() > 0:
        # "заявил Михеев в интервью «Известиям»": the interviewing outlet relays the words.
        lo, hi = src_start + tail.start(), src_start + len(raw)
        told += tuple(dict.fromkeys(name for at, name in media if lo <= at < hi))
        raw = raw[: tail.start()]
    skip = ADDRESSEE.match(raw)
    start = src_start + (skip.end() if skip else 0)
    source, via = _split_relay(raw[skip.end() if skip else 0 :], start, media)
    if skip and not via and OUTLET_NOUN.match(skip.group().split()[-1]):
        # "в интервью изданию «Зеркало недели» министр": the outlet spoken to relays.
        source, told = _quoted_outlet(source, told)
    if via and (after_relay := ADDRESSEE.match(source)):
        skip, source = after_relay, source[after_relay.end() :]  # "ТАСС в четверг X"
    if skip and skip.group().split()[-1] in ("в", "во"):
        source = nominative(source)  # "сообщили в Минобороны", "в пресс-службе ..."
    if not source and not via:
        return None
    oblique = QUOTES_OBJECT.fullmatch(verb.lower()) is not None
    speaker = _speaker(source, previous, oblique=oblique) if source else via[0]
    return Attribution(speaker, told + via if source else told, verb_end)


def _addressed_outlet(phrase: str) -> tuple[str, int] | None:
    """A name in quotes in the dative opening ``phrase`` ("«Вечернему курьеру» источник"):
    the outlet spoken to (in the nominative) and where the rest of the phrase starts."""
    opening = len(phrase) - len(phrase.lstrip())
    if phrase[opening : opening + 1] not in '«"“„':
        return None
    ends = (phrase.find(q, opening + 1) for q in '»"”“')
    close = min((at for at in ends if at > 0), default=-1)
    inner = phrase[opening + 1 : close] if close > 0 else ""
    if not inner.split() or not only_dative(inner.split()[0]):
        return None
    return nominative(inner), close + 1


def _quoted_outlet(source: str, told: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """A name in quotes opening ``source`` right after "изданию", "газете": the outlet (one
    relay more), and the speaker after it."""
    close = source.find("»") if source.startswith("«") else -1
    if close < 0 or not source[close + 1 :].strip(QUOTES):
        return source, told
    return source[close + 1 :].strip(QUOTES), (*told, source[1:close])


def about_this(sentence: str, media: list[tuple[int, str]], previous: Recall) -> Attribution | None:
    """The attribution an "Об этом сообщил X" sentence lends the sentence before it."""
    m = ABOUT_THIS.match(sentence)
    if m is None:
        return None
    media = sorted(media)
    # "Об этом Лукашенко заявил ...": a speaker before the verb; a relay there ("Об этом в
    # понедельник ТАСС сообщили в ...") is only the relay.
    # "Об этом, как передает РИА, сообщила газета X": the outlet inserted relays too.
    lo = m.start("relay") if m.group("relay") else m.start("pre")
    pre = [(at, name) for at, name in media if lo <= at < m.end("pre")]
    named = [w for w in m.group("pre").split() if w[:1].isupper()]
    if named and not pre:
        return Attribution(_speaker(_tail_np(m.group("pre")), previous), (), m.end("verb"))
    cited = CITING.search(sentence, m.start("src"))
    if cited:
        # "Об этом сообщает RT со ссылкой на источник": the one cited speaks, RT relays.
        relays = tuple(name for at, name in media if m.start("src") <= at < cited.start())
        source = _speaker(cited.group("src"), previous, oblique=True)
        return Attribution(source, relays, cited.end())
    found = _after_verb(m, media, previous)
    if found is not None and pre:
        relays = tuple(dict.fromkeys(name for _, name in pre if name not in found.via))
        found = Attribution(found.source, found.via + relays, found.verb_end)
    return found


def about_this_forward(
    sentence: str, media: list[tuple[int, str]], previous: Recall
) -> Attribution | None:
    """ "Об этом сообщил X: <claim>": the speaker of the claim after the colon, read from the
    part before it as an "Об этом" sentence is (the colon is where "этом" points)."""
    m = ABOUT_THIS_FORWARD.match(sentence)
    if m is None:
        return None
    head = m.group("head")
    return about_this(head, [(at, name) for at, name in media if at < len(head)], previous)


def _open_quotes(sentence: str) -> int:
    return sum(sentence.count(q) for q in _OPENING_QUOTES) - sum(
        sentence.count(q) for q in _CLOSING_QUOTES
    )


def quoted_speaker(
    text: str, start: int, end: int, media: list[tuple[int, str]], previous: Recall
) -> Attribution | None:
    """Who speaks a sentence (``text[start:end]``) inside a quotation that closes only in a
    later sentence, where the speaker is named («Мы поставили ... . Контракт выполнен», —
    сказал он): that later sentence's speaker. A quotation opens in the sentence or earlier in
    its paragraph; ``media`` are the article's (offset, name) outlet mentions."""
    depth = _open_quotes(text[text.rfind("\n", 0, start) + 1 : end])
    if depth <= 0:
        return None
    index = SentenceIndex(text, RUSSIAN)
    pos = end
    for _ in range(MAX_QUOTED_SENTENCES):
        nxt = next((i for i in range(pos, len(text)) if not text[i].isspace()), None)
        span = index.around(nxt) if nxt is not None else None
        if span is None:
            return None
        later = text[span[0] : span[1]]
        depth += _open_quotes(later)
        if depth <= 0:
            inside = [(at - span[0], name) for at, name in media if span[0] <= at < span[1]]
            found = find_attribution(
                later, media_names=inside, outlet=None, previous=previous, is_headline=False
            )
            # The speech verb stands in that later sentence: no date of this one is next to
            # it, so none is the report's (its offset would be read in the wrong sentence).
            return replace(found, verb_end=None) if found.source else None
        pos = span[1]
    return None


def lend_sources(text: str, claims: list[Claim]) -> list[Claim]:
    """Claims in the article's own voice take the source of an "Об этом сообщил X" sentence
    right after theirs (Russian news names its source in the next sentence)."""
    index = SentenceIndex(text, RUSSIAN)
    gaz = load_gazetteer(RUSSIAN)
    lent: dict[int, Attribution | None] = {}
    out = []
    for claim in claims:
        end = claim.evidence.end
        if claim.source is None and end not in lent:
            nxt = next((i for i in range(end, len(text)) if not text[i].isspace()), None)
            span = index.around(nxt) if nxt is not None else None
            sentence = text[span[0] : span[1]] if span else ""
            media = [(a, e.value) for a, _, _, e in gaz.scan(sentence) if e.kind == MEDIA]
            lent[end] = about_this(sentence, media, NO_RECALL) if sentence else None
        found = lent.get(end) if claim.source is None else None
        if found is not None and found.source:
            claim = replace(claim, source=found.source, via=found.via)
        out.append(claim)
    return out


def _relay_inside(np: str, start: int, media: list[tuple[int, str]]) -> tuple[str, tuple[str, ...]]:
    """An outlet spoken to inside a speaker phrase before the verb relays, and the rest speaks:
    "В интервью РИА Новости Дмитрий Шугаев заявил" (the outlet after where it was said),
    "В Рособоронэкспорте ТАСС сообщили" (the outlet after the place that speaks)."""
    if start < 0 or not np.strip():
        return np, ()
    lead = ADDRESSEE.match(np)
    if lead and lead.group().split()[-1].lower() not in ("в", "во", "на"):
        rest, via = _split_relay(np[lead.end() :], start + lead.end(), media)
        if via and rest.strip(QUOTES):
            return rest, via
    if np.split(maxsplit=1)[0].lower() in ("в", "во"):
        for at, name in media:
            tail = np[at - start :].strip(QUOTES) if start < at < start + len(np) else ""
            if tail and len(tail.split()) == len(name.split()):
                return np[: at - start].rstrip(QUOTES), (name,)
    return np, ()


def _place_that_speaks(np: str) -> str:
    """ "В ФСВТС опровергли", "В Минобороны заявили": the place itself speaks, named in the
    nominative as sources are ("ФСВТС", "Минобороны"); any other phrase as it is."""
    words = np.split(maxsplit=1)
    if len(words) == 2 and words[0].lower() in ("в", "во"):
        return nominative(words[1])
    return np


def _split_relay(
    text: str, start: int, media: list[tuple[int, str]]
) -> tuple[str, tuple[str, ...]]:
    """A speaker phrase that opens with an outlet ("ТАСС военно-дипломатический источник")
    names the relay first and the speaker after it; ``start`` is the phrase's offset."""
    lead = len(text) - len(text.lstrip(QUOTES))
    for at, name in media:
        if start <= at <= start + lead:
            # The outlet's own words (inflected or quoted): as many as its name has.
            words = text[at - start :].split()
            return " ".join(words[len(name.split()) :]), (name,)
    return text, ()


def _tail_np(text: str) -> str:
    """The speaker's noun phrase just before a speech verb: going left until a stop word."""
    text = re.split(r"[,;:—–(]", text)[-1]
    kept: list[str] = []
    tokens = text.split()
    for i in range(len(tokens) - 1, -1, -1):
        token = tokens[i]
        word = token.lower().strip(QUOTES)
        # A capitalised word is a name, whatever the dictionary guesses ("Суприяди").
        verbish = (token[:1].islower() and not_in_noun_phrase(word)) or (
            # "Отдельно источник сообщил" (not "Там уточнили", a place that speaks).
            i == 0 and bool(kept) and opens_sentence_not_np(token.strip(QUOTES))
        )
        # "Федеральная служба по военно-техническому сотрудничеству": "по" goes on a name.
        office = word == "по" and i > 0 and INSTITUTION_BY.fullmatch(tokens[i - 1].lower())
        if (word in STOP_WORDS and not office) or len(kept) >= MAX_NP_TOKENS or verbish:
            break
        kept.append(token)
    return " ".join(reversed(kept))


def _speaker(raw: str, previous: Recall, *, oblique: bool = False) -> str | None:
    np = raw.strip(QUOTES)
    if not np:
        return None
    for opening, closing in ("«»", "“”", "„“"):
        if opening in np and closing not in np[np.index(opening) :]:
            np += closing  # the strip took the name's closing quote: "газета «Вестник»"
    if np.count('"') % 2:
        np += '"'  # the same with straight quotes: 'газета "Звезда"'
    first = np.split()[0].lower()
    if first in PRONOUNS:
        # "сказал он", "по его словам": the person just named if the gender agrees.
        if previous.person and pronoun_gender(first) == previous.person[1]:
            return previous.person[0]
        return previous.speaker
    if RELAY_NOUN.fullmatch(np):
        if OUTLET_NOUN.match(np):
            # "сообщает издание": the outlet named last, not the last person quoted.
            return previous.outlet or previous.speaker
        if previous.speaker:
            return previous.speaker  # "собеседник агентства": the source already named
        # None named before (the lead named no one): the phrase itself is the source.
    if (doc := DOCUMENT_NOUN.match(np.lower())) and np[doc.end() :].strip(QUOTES):
        # "в заявлении министерства", "доклада института": the owner speaks.
        np, oblique = np[doc.end() :].strip(QUOTES), True
        # "в заявлении ведомства, опубликованном в среду": the owner ends at the comma.
        np = np.split(",", 1)[0].strip(QUOTES) or np
        if previous.speaker and RELAY_NOUN.fullmatch(nominative(np)):
            return previous.speaker  # "говорится в заявлении службы": the one named before
    if oblique:
        np = nominative(np)
    if not any(c.isupper() for c in np) and not SOURCE_NOUN.search(np):
        return None  # "по предварительным данным": no one speaks
    return np
