"""Theme discovery: groups of texts about one experience, each with a label, words and quotes.

The texts' features (words and domain concepts, see `features`) are reduced with truncated SVD
and grouped with k-means. A person then accepts, renames, merges or rejects each theme; nothing
here becomes a code by itself.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse
from sklearn.cluster import KMeans, MiniBatchKMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.metrics import silhouette_score
from sklearn.preprocessing import normalize

from . import domain
from . import features as feature_module

DOMAIN_FEATURE_WEIGHT = 2.0
MAX_AUTO_THEMES = 12
MIN_AUTO_THEMES = 3
LABEL_SHARE = 0.4  # a theme takes a concept's label when this share of its texts name it
REPRESENTATIVES = 12  # the most typical texts; pages show the first few that differ


@dataclass
class Theme:
    number: int
    label: str
    words: list[str]
    size: int
    representatives: list[int] = field(default_factory=list)  # indexes into the texts


@dataclass
class Discovery:
    assignments: list[int]  # theme number per text
    themes: list[Theme]


def _reduce(matrix, random_state):
    components = min(60, matrix.shape[0] - 1, matrix.shape[1] - 1)
    if components < 2:
        return matrix.toarray()
    reduced = TruncatedSVD(components, random_state=random_state).fit_transform(matrix)
    return normalize(reduced)


def _cluster(points, k, random_state, seeds=None):
    init = seeds if seeds is not None and len(seeds) == k else "k-means++"
    n_init = 1 if seeds is not None and len(seeds) == k else (3 if len(points) > 20_000 else 10)
    if len(points) > 20_000:
        model = MiniBatchKMeans(
            k, init=init, random_state=random_state, n_init=n_init, batch_size=4096
        )
    else:
        model = KMeans(k, init=init, random_state=random_state, n_init=n_init)
    return model.fit_predict(points)


def _concept_seeds(feats, points, k):
    """Starting centres from the domain concepts that most texts name above all others.

    k-means from random starts often splits one big experience in two and merges two small
    ones; starting from the concepts gives stable themes that people recognise. Themes the
    concepts do not cover still form when there are fewer such concepts than themes asked.
    """
    concepts = feats.concept_columns().toarray()
    named = concepts.max(axis=1) > 0
    dominant = concepts.argmax(axis=1)
    counts = np.bincount(dominant[named], minlength=concepts.shape[1])
    order = [c for c in np.argsort(-counts) if counts[c] >= max(3, len(points) // 100)]
    seeds = [points[named & (dominant == c)].mean(axis=0) for c in order[:k]]
    if len(seeds) < k:
        rest = points[~named] if (~named).sum() >= k - len(seeds) else points
        picks = KMeans(k - len(seeds), n_init=3, random_state=0).fit(rest).cluster_centers_
        seeds.extend(picks)
    return normalize(np.vstack(seeds))


def _choose_k(points, random_state) -> int:
    """The number of themes with the best silhouette, on a sample for large sets."""
    upper = min(MAX_AUTO_THEMES, len(points) // 5)
    if upper <= MIN_AUTO_THEMES:
        return max(1, min(MIN_AUTO_THEMES, len(points)))
    rng = np.random.default_rng(random_state)
    sample = points[rng.choice(len(points), min(len(points), 3000), replace=False)]
    scores = {}
    for k in range(MIN_AUTO_THEMES, upper + 1):
        labels = _cluster(sample, k, random_state)
        scores[k] = silhouette_score(sample, labels, metric="cosine")
    return max(scores, key=scores.get)


def _describe(number, members, feats, points, centre, labels_used) -> Theme:
    block = feats.matrix[members]
    weights = np.asarray(block[:, : feats.word_count].mean(axis=0)).ravel()
    words = [feats.names[i] for i in np.argsort(-weights)[:8] if weights[i] > 0]

    concepts = feats.concept_columns()[members]
    share = np.asarray((concepts > 0).mean(axis=0)).ravel()
    label = ""
    if share.size and share.max() >= LABEL_SHARE:
        best = int(share.argmax())
        label = feats.names[feats.word_count + best]
    if not label or label in labels_used:
        extra = ", ".join(words[:2]) or str(number + 1)
        label = f"{label} ({extra})" if label else extra.capitalize()
    labels_used.add(label)

    closeness = points[members] @ centre
    representatives = [int(members[i]) for i in np.argsort(-closeness)[:REPRESENTATIVES]]
    return Theme(number, label, words, len(members), representatives)


def discover(
    texts: list[str],
    *,
    n_themes: int | None = None,
    random_state: int = 0,
    progress: Callable[[int], None] | None = None,
    use_domain: bool = True,
) -> Discovery:
    """Suggested themes for `texts`; `progress` hears a percentage as the work goes on."""
    report = progress or (lambda percent: None)
    if not texts:
        return Discovery([], [])
    known = [text for text, _ in domain.examples()] if use_domain else []
    feats = feature_module.build(list(texts) + known)
    matrix = feats.matrix[: len(texts)]
    if known:
        _, likely = domain.theme_probabilities(
            feats.matrix, slice(len(texts), None), slice(0, len(texts))
        )
        matrix = normalize(sparse.hstack([matrix, DOMAIN_FEATURE_WEIGHT * likely]).tocsr())
    feats = feats.first(len(texts))
    report(30)
    points = _reduce(matrix, random_state)
    report(50)
    k = n_themes or _choose_k(points, random_state)
    k = max(1, min(k, len(texts)))
    seeds = _concept_seeds(feats, points, k) if k > 1 else None
    assignments = _cluster(points, k, random_state, seeds) if k > 1 else np.zeros(len(texts), int)
    report(85)

    themes, labels_used = [], set()
    for number in sorted(set(assignments), key=lambda n: -(assignments == n).sum()):
        members = np.flatnonzero(assignments == number)
        centre = normalize(points[members].mean(axis=0, keepdims=True)).ravel()
        themes.append(_describe(int(number), members, feats, points, centre, labels_used))
    # Number themes by size: theme 1 is the largest.
    renumber = {theme.number: i + 1 for i, theme in enumerate(themes)}
    for theme in themes:
        theme.number = renumber[theme.number]
    report(100)
    return Discovery([renumber[int(n)] for n in assignments], themes)
