from hypothesis import given, settings
from hypothesis import strategies as st

from armsledger.extract.sentences import SentenceIndex, clause_bounds, split_sentences


def test_offsets_slice_the_sentences() -> None:
    text = 'Headline here\n\nThe U.S. Army said so. "It will come," he said. Mr. Smith agreed!'
    spans = list(split_sentences(text))
    got = [text[s:e] for s, e in spans]
    assert got == [
        "Headline here",
        "The U.S. Army said so.",
        '"It will come," he said.',
        "Mr. Smith agreed!",
    ]


def test_clauses_cover_the_sentence_and_break_at_but() -> None:
    sentence = "The tanks are not in the delivery stage yet but rather still in production."
    clauses = clause_bounds(sentence)
    assert clauses[0][0] == 0 and clauses[-1][1] == len(sentence)
    assert len(clauses) == 2
    assert "production" in sentence[clauses[1][0] : clauses[1][1]]


def test_an_abbreviation_before_a_lowercase_word_ends_no_clause() -> None:
    sentence = "In May 2019, Thai and U.S. officials signed an agreement for the launchers."
    clauses = clause_bounds(sentence)
    assert [sentence[a:b] for a, b in clauses] == [sentence]


def test_an_abbreviation_before_a_capital_ends_no_clause() -> None:
    # the splitter keeps "U.S. F-35" and "Dr. Lee" in one sentence; the clauses keep them too
    for sentence in (
        "Ankara was dropped from the U.S. F-35 programme in 2019.",
        "The deal was signed by Dr. Lee for the ministry in May.",
    ):
        assert [sentence[a:b] for a, b in clause_bounds(sentence)] == [sentence]
    # a full stop after an ordinary word still ends one (a sentence the splitter left whole)
    sentence = "Lima bought the jets. Quito did not."
    assert len(clause_bounds(sentence)) == 2


def test_a_reaction_over_a_step_is_a_clause_of_its_own() -> None:
    sentence = "Lima said it would answer any sanctions over its purchase of the jets."
    clauses = clause_bounds(sentence)
    assert sentence[clauses[-1][0] : clauses[-1][1]] == "over its purchase of the jets."


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "The U.S. Army",
                "said so.",
                "Mr. Smith",
                "agreed!",
                "\n",
                " ",
                "2018.",
                '"It will."',
                "Why?",
                "W. Bush",
                "arrived",
                "A",
                "x.",
                "(Jets)",
            ]
        ),
        max_size=30,
    )
)
def test_the_index_finds_the_sentences_the_split_finds(parts: list[str]) -> None:
    text = " ".join(parts)
    spans = list(split_sentences(text))
    index = SentenceIndex(text)
    for start, end in spans:
        for pos in (start, (start + end) // 2, end - 1):
            assert index.around(pos) == (start, end)
