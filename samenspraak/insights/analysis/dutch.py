"""Turning a Dutch text into comparable terms: accents, word forms, compounds and concepts.

Residents write "wachttijd", "wachten" and "lang gewacht" for one experience, and Dutch glues
words together ("telefoonnummer", "eigenbijdrage"). Terms are therefore Snowball stems, with
compounds also split into their known parts, plus the concepts of the domain word lists in
`lexicon_nl.yaml`.
"""

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import snowballstemmer
import yaml

DATA = Path(__file__).with_name("data")
LEXICON_FILE = DATA / "lexicon_nl.yaml"

STOPWORDS = frozenset((DATA / "stopwords_nl.txt").read_text(encoding="utf-8").split())

_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?")
_LINKING = ("s", "e", "en", "")


def normalise(text: str) -> str:
    """Lower case without accents: "cliëntondersteuning" and "clientondersteuning" are one."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(normalise(text))


@functools.cache
def _stemmer():
    return snowballstemmer.stemmer("dutch")


@functools.lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _stemmer().stemWord(word)


@dataclass(frozen=True)
class Concept:
    key: str
    label: str
    stems: frozenset[str]
    phrases: tuple[str, ...]


@functools.cache
def concepts() -> tuple[Concept, ...]:
    data = yaml.safe_load(LEXICON_FILE.read_text(encoding="utf-8"))
    result = []
    for key, entry in data.items():
        words = entry["words"].split()
        phrases = tuple(normalise(p) for p in entry.get("phrases") or ())
        result.append(
            Concept(
                key=key,
                label=entry["label"],
                stems=frozenset(stem(normalise(w)) for w in words),
                phrases=phrases,
            )
        )
    return tuple(result)


@functools.cache
def _concepts_by_stem() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for concept in concepts():
        for concept_stem in concept.stems:
            index.setdefault(concept_stem, []).append(concept.key)
    return {key: tuple(value) for key, value in index.items()}


@functools.cache
def compound_parts() -> frozenset[str]:
    """Common parts of Dutch compounds in this domain, so that "wijkteam" splits in any text."""
    text = (DATA / "compound_parts_nl.txt").read_text(encoding="utf-8")
    return frozenset(normalise(word) for word in text.split())


@functools.cache
def lexicon_stems() -> frozenset[str]:
    return frozenset(_concepts_by_stem())


class CompoundSplitter:
    """Splits a long word into two known parts, the most frequent pair winning (Koehn–Knight).

    Known parts are the domain word lists plus the words that occur at least twice in the texts
    at hand, so the splitter learns "wijk" and "team" from the texts themselves.
    """

    MIN_PART = 3
    MIN_WORD = 7

    def __init__(self, vocabulary: Counter):
        self.vocabulary = vocabulary

    @classmethod
    def for_texts(cls, token_lists) -> "CompoundSplitter":
        counts = Counter(word for words in token_lists for word in words)
        vocabulary = Counter({w: c for w, c in counts.items() if c >= 2 and len(w) >= 3})
        for known in lexicon_stems() | compound_parts():
            vocabulary[known] += 2
        return cls(vocabulary)

    def _known(self, part: str) -> int:
        return self.vocabulary.get(part, 0) or self.vocabulary.get(stem(part), 0)

    @functools.lru_cache(maxsize=100_000)  # noqa: B019 - one splitter per analysis run
    def split(self, word: str) -> tuple[str, ...]:
        if len(word) < self.MIN_WORD:
            return ()
        best, best_score = (), 0.0
        for cut in range(self.MIN_PART, len(word) - self.MIN_PART + 1):
            head, tail = word[:cut], word[cut:]
            tail_count = self._known(tail)
            if not tail_count:
                continue
            for link in _LINKING:
                if link and not head.endswith(link):
                    continue
                base = head[: len(head) - len(link)] if link else head
                if len(base) < self.MIN_PART:
                    continue
                head_count = self._known(base)
                if head_count and (score := (head_count * tail_count) ** 0.5) > best_score:
                    best, best_score = (base, tail), score
        return best


def terms(words: list[str], splitter: CompoundSplitter | None = None) -> list[str]:
    """Stems of the content words, with the parts of compounds added beside the whole."""
    result = []
    for word in words:
        if word in STOPWORDS or len(word) < 2:
            continue
        result.append(stem(word))
        if splitter is not None:
            result.extend(stem(part) for part in splitter.split(word) if part not in STOPWORDS)
    return result


def concept_counts(text_normalised: str, term_list: list[str]) -> Counter:
    """How often each domain concept is named in one text, by word or by phrase."""
    found = Counter()
    index = _concepts_by_stem()
    for term in term_list:
        for key in index.get(term, ()):
            found[key] += 1
    pattern, owners = _phrase_pattern()
    for match in pattern.finditer(text_normalised):
        for key in owners[match.group()]:
            found[key] += 1
    return found


@functools.cache
def _phrase_pattern() -> tuple[re.Pattern, dict[str, tuple[str, ...]]]:
    """All phrases in one expression, longest first, so a text is scanned once."""
    owners: dict[str, list[str]] = {}
    for concept in concepts():
        for phrase in concept.phrases:
            owners.setdefault(phrase, []).append(concept.key)
    ordered = sorted(owners, key=len, reverse=True)
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(p) for p in ordered) + r")\b")
    return pattern, {phrase: tuple(keys) for phrase, keys in owners.items()}


@functools.cache
def concept_labels() -> dict[str, str]:
    return {concept.key: concept.label for concept in concepts()}
