"""The Dutch readability measure (Flesch–Douma) shown to whoever writes the B1 summary."""

import pytest

from samenspraak.insights.readability import measure, syllables


@pytest.mark.parametrize(
    ("word", "count"),
    [("huis", 1), ("wachten", 2), ("gemeente", 3), ("ondersteuning", 4), ("cliënt", 2)],
)
def test_syllables(word, count):
    assert syllables(word) == count


def test_short_plain_text_scores_high():
    result = measure("U vertelde ons hoe het ging. Veel mensen wachtten lang.")
    # 10 words, 14 syllables (ver-tel-de), 2 sentences: 206.84 − 0.77·140 − 0.93·5 = 94.39
    assert result.score == pytest.approx(94.4, abs=0.1)
    assert result.is_b1


def test_long_official_sentence_is_flagged():
    result = measure(
        "De gemeentelijke toegangsprocedure voor maatwerkvoorzieningen vereist een zorgvuldige "
        "afstemming tussen verschillende ketenpartners en uitvoeringsorganisaties in de regio."
    )
    assert not result.is_b1
    assert len(result.long_sentences) == 1
    assert "maatwerkvoorzieningen" in result.long_words
