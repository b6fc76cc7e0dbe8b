"""Dutch search over the method catalogue, the same on SQLite and PostgreSQL.

The catalogue holds a few hundred entries at most, so each method carries a small precomputed
index (stem → weight) and matching happens in Python: accents and case are folded
("clientenraad" finds "cliëntenraad"), words are reduced with the Dutch Snowball stemmer
("verhalen" finds "verhaal"), and a query word of four letters or more also matches inside a
compound ("raad" finds "adviesraad").
"""

import re
import unicodedata
from functools import cache

import snowballstemmer

TOKEN = re.compile(r"[a-z0-9]+")
MIN_INFIX = 4
FIELD_WEIGHTS = {
    "name": 8,
    "aliases": 6,
    "summary": 3,
    "variants": 2,
    "when": 1,
    "with_whom": 1,
    "how": 1,
    "steps": 1,
    "tips": 1,
    "pitfalls": 1,
    "examples": 1,
}
STOPWORDS = frozenset(
    {
        "de",
        "het",
        "een",
        "en",
        "of",
        "in",
        "op",
        "aan",
        "van",
        "voor",
        "met",
        "te",
        "is",
        "zijn",
        "die",
        "dat",
        "dit",
        "je",
        "u",
        "jij",
        "ze",
        "we",
        "wij",
        "er",
        "om",
        "bij",
        "als",
        "ook",
        "naar",
        "dan",
        "tot",
        "door",
        "over",
        "uit",
        "wat",
        "hoe",
        "wie",
        "wel",
        "niet",
        "nog",
        "maar",
        "zo",
        "al",
    }
)


@cache
def _stemmer():
    return snowballstemmer.stemmer("dutch")


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def terms(text: str) -> list[str]:
    words = [word for word in TOKEN.findall(fold(text)) if word not in STOPWORDS]
    return _stemmer().stemWords(words)


def _texts(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [text for item in value for text in _texts(item)]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _texts(item)]
    return []


def build_index(data: dict) -> dict[str, int]:
    index: dict[str, int] = {}
    for field, weight in FIELD_WEIGHTS.items():
        for text in _texts(data.get(field)):
            for term in terms(text):
                index[term] = max(index.get(term, 0), weight)
    return index


def _term_weight(index: dict[str, int], term: str) -> float:
    best = index.get(term, 0)
    if len(term) >= MIN_INFIX:
        for token, weight in index.items():
            if weight / 2 > best and term in token:
                best = weight / 2
    return best


def partial_scores(
    indexes: list[dict[str, int]], query_terms: list[str]
) -> list[tuple[float, set[str]]]:
    """Per index: relevance when not every term has to match, and which terms did.

    The keuzehulp's free-text goal is a description, not a search: a method that matches
    half of its words still deserves to rank higher. Compound matches are looked up once in
    the shared vocabulary instead of once per method, which keeps this fast for many methods.
    """
    vocabulary = set().union(*indexes) if indexes else set()
    inside = {
        term: [token for token in vocabulary if term in token and token != term]
        for term in query_terms
        if len(term) >= MIN_INFIX
    }
    results = []
    for index in indexes:
        total, matched = 0.0, set()
        for term in query_terms:
            weight = max(
                [index.get(term, 0)] + [index[t] / 2 for t in inside.get(term, ()) if t in index]
            )
            if weight:
                total += weight
                matched.add(term)
        results.append((total, matched))
    return results


def score(index: dict[str, int], query_terms: list[str]) -> float:
    """Relevance of one indexed method; 0 unless every query term matches."""
    total = 0.0
    for term in query_terms:
        best = _term_weight(index, term)
        if not best:
            return 0.0
        total += best
    return total
