from armsledger.extract.sentences import clause_bounds, split_sentences


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
    sentence = "They were not on the delivery phase but rather on the production stage."
    clauses = clause_bounds(sentence)
    assert clauses[0][0] == 0 and clauses[-1][1] == len(sentence)
    assert len(clauses) == 2
    assert "production" in sentence[clauses[1][0] : clauses[1][1]]
