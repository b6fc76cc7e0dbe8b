"""What Samenspraak already knows about the common access themes, from curated examples.

`data/domain_examples.csv` holds short feedback texts written for Samenspraak, each under one of
the common themes (wachttijd, bereikbaarheid, bejegening…). When a codebook's code means such a
theme — its name is the concept's key or one of its aliases — assisted coding learns from these
examples as well as from the few the coder gave, and theme discovery uses them to recognise the
common themes. Codes that match no theme are learned from the coder's examples alone.
"""

import csv
import functools

import numpy as np
from scipy.optimize import linear_sum_assignment
from sklearn.linear_model import LogisticRegression

from . import dutch

EXAMPLES_FILE = dutch.DATA / "domain_examples.csv"


@functools.cache
def examples() -> tuple[tuple[str, str], ...]:
    with EXAMPLES_FILE.open(newline="", encoding="utf-8") as handle:
        return tuple((row["text"], row["theme"]) for row in csv.DictReader(handle))


@functools.cache
def _aliases() -> dict[str, str]:
    """Normalised stem sequence of every key and alias → the concept key."""
    import yaml

    data = yaml.safe_load(dutch.LEXICON_FILE.read_text(encoding="utf-8"))
    index = {}
    for key, entry in data.items():
        names = [key, entry["label"], *str(entry.get("aliases", "")).split()]
        for name in names:
            index[_name_key(name)] = key
    return index


def _name_key(name: str) -> str:
    return " ".join(dutch.stem(word) for word in dutch.tokens(name.replace("_", " ")))


def theme_for_code(code: str) -> str | None:
    """The common theme a code's name stands for, if any ("Wachttijden" → "wachttijd")."""
    key = _name_key(code)
    if not key:
        return None
    if key in _aliases():
        return _aliases()[key]
    # "Lange wachttijd", "Bejegening door consulent": a known name among the code's words.
    words = key.split()
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size + 1):
            found = _aliases().get(" ".join(words[start : start + size]))
            if found:
                return found
    return None


def theme_probabilities(matrix, domain_rows: slice, other_rows: slice):
    """Fit on the domain examples' rows of `matrix`; probabilities per theme for the others."""
    themes = [theme for _, theme in examples()]
    model = LogisticRegression(C=5.0, max_iter=3000).fit(matrix[domain_rows], themes)
    return list(model.classes_), model.predict_proba(matrix[other_rows])


EXAMPLE_MATCH = 0.2  # mean probability at which a code's examples show it is a known theme


def _map_codes(codes, themes, example_probabilities, coded_codes) -> dict:
    """A known theme per code: by its name, else by what its coded examples are about.

    A code named "C3" whose examples are all about waiting is the theme wachttijd as far as the
    curated examples are concerned. Each theme goes to at most one code: the assignment that
    fits all codes' examples best.
    """
    mapped = {code: theme_for_code(code) for code in codes}
    open_codes = [code for code in codes if not mapped[code]]
    open_themes = [theme for theme in themes if theme not in set(mapped.values())]
    if open_codes and open_themes:
        fit = np.array(
            [
                example_probabilities[[i for i, c in enumerate(coded_codes) if c == code]].mean(0)
                for code in open_codes
            ]
        )[:, [themes.index(theme) for theme in open_themes]]
        for row, column in zip(*linear_sum_assignment(-fit), strict=True):
            if fit[row, column] >= EXAMPLE_MATCH:
                mapped[open_codes[row]] = open_themes[column]
    return mapped


def probabilities_for_codes(
    codes, matrix, domain_rows, coded_rows, other_rows, coded_codes
) -> np.ndarray | None:
    """Per text and code, the domain model's probability; None when no code is a known theme."""
    themes = [theme for _, theme in examples()]
    model = LogisticRegression(C=5.0, max_iter=3000).fit(matrix[domain_rows], themes)
    themes = list(model.classes_)
    mapped = _map_codes(codes, themes, model.predict_proba(matrix[coded_rows]), coded_codes)
    if not any(mapped.values()):
        return None
    probabilities = model.predict_proba(matrix[other_rows])
    result = np.zeros((probabilities.shape[0], len(codes)))
    for column, code in enumerate(codes):
        if mapped[code] in themes:
            result[:, column] = probabilities[:, themes.index(mapped[code])]
    totals = result.sum(axis=1, keepdims=True)
    return np.divide(result, totals, out=np.zeros_like(result), where=totals > 0)
