"""How easy a Dutch text is to read, for the B1 summary that residents get.

Flesch–Douma is the Dutch adaptation of the Flesch reading ease (Douma, 1960):
206.84 − 0.77 × syllables per 100 words − 0.93 × words per sentence. Syllables are counted as
vowel groups, with the Dutch diphthongs (ui, ei, ij, ou, au, eu, oe, ie, aa…) as one. The
writer also sees the sentences and words that make it hard: B1 wants short sentences (at most
about 15 words) and few long words.
"""

import re
from dataclasses import dataclass, field

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")
_WORD = re.compile(r"[A-Za-zÀ-ÿ]+(?:-[A-Za-zÀ-ÿ]+)*")
_VOWEL_GROUP = re.compile(
    r"(?:aai|ooi|oei|ieu|eeu|uw|ui|ei|ij|ou|au|eu|oe|ie|aa|ee|oo|uu|[aeiouyàáâäèéêëìíîïòóôöùúûü])",
    re.IGNORECASE,
)
LONG_SENTENCE = 15
LONG_WORD_SYLLABLES = 4
B1_MINIMUM = 60  # Flesch–Douma: 60–70 is plain, above 70 easy


def syllables(word: str) -> int:
    return max(1, len(_VOWEL_GROUP.findall(word)))


@dataclass
class Readability:
    score: float
    words: int
    sentences: int
    words_per_sentence: float
    long_sentences: list[str] = field(default_factory=list)
    long_words: list[str] = field(default_factory=list)

    @property
    def is_b1(self) -> bool:
        return self.score >= B1_MINIMUM and not self.long_sentences


def measure(text: str) -> Readability:
    sentences = [s.strip() for s in _SENTENCE.findall(text) if _WORD.search(s)]
    words = _WORD.findall(text)
    if not words:
        return Readability(0.0, 0, 0, 0.0)
    per_sentence = len(words) / max(len(sentences), 1)
    per_hundred = 100 * sum(syllables(w) for w in words) / len(words)
    score = 206.84 - 0.77 * per_hundred - 0.93 * per_sentence
    return Readability(
        score=round(score, 1),
        words=len(words),
        sentences=len(sentences),
        words_per_sentence=round(per_sentence, 1),
        long_sentences=[s for s in sentences if len(_WORD.findall(s)) > LONG_SENTENCE],
        long_words=sorted({w for w in words if syllables(w) >= LONG_WORD_SYLLABLES}, key=str.lower),
    )
