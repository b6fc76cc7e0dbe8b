"""Quality and speed of theme discovery and assisted coding (issue 7).

On a labelled set of short Dutch feedback texts (default: benchmarks/data/toegang_feedback.csv,
240 texts in 8 themes, written for this benchmark) it reports:

- theme discovery: adjusted Rand index against the labels, with the number of themes given and
  chosen automatically, beside a plain TF-IDF + k-means baseline;
- assisted coding: macro-F1 on the rest after 5 coded examples per code, averaged over
  random draws, beside a plain TF-IDF + logistic regression baseline;
- speed: discovery on 100,000 texts (made by resampling the set's words), wall time and peak
  memory.

    .venv/bin/python benchmarks/themes.py [--data file.csv ...] [--draws 10] [--no-speed]
"""

import argparse
import csv
import random
import resource
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import adjusted_rand_score, f1_score

from samenspraak.insights.analysis import discovery, suggestion

DEFAULT_DATA = Path(__file__).with_name("data") / "toegang_feedback.csv"
EXAMPLES_PER_CODE = 5


def load(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return [(row["text"], row["label"]) for row in csv.DictReader(handle)]


def draws(rows, count):
    """Per draw: 5 coded examples per label, the rest to be suggested."""
    by_label = {}
    for text, label in rows:
        by_label.setdefault(label, []).append(text)
    for seed in range(count):
        rng = random.Random(seed)
        coded, rest = [], []
        for label, texts in sorted(by_label.items()):
            texts = texts[:]
            rng.shuffle(texts)
            coded += [(t, label) for t in texts[:EXAMPLES_PER_CODE]]
            rest += [(t, label) for t in texts[EXAMPLES_PER_CODE:]]
        yield coded, rest


def discovery_scores(rows):
    texts, labels = [t for t, _ in rows], [label for _, label in rows]
    k = len(set(labels))
    given = discovery.discover(texts, n_themes=k)
    auto = discovery.discover(texts)
    baseline = statistics.mean(
        adjusted_rand_score(
            labels,
            KMeans(k, n_init=10, random_state=seed).fit_predict(
                TfidfVectorizer().fit_transform(texts)
            ),
        )
        for seed in range(5)
    )
    return {
        "ari_k_given": adjusted_rand_score(labels, given.assignments),
        "ari_auto": adjusted_rand_score(labels, auto.assignments),
        "auto_themes": len(auto.themes),
        "ari_baseline": baseline,
        "k": k,
    }


def suggestion_scores(rows, count):
    ours, baseline = [], []
    for coded, rest in draws(rows, count):
        truth = [label for _, label in rest]
        predicted = suggestion.suggest(coded, [t for t, _ in rest])
        ours.append(f1_score(truth, [s.code for s in predicted], average="macro"))
        vectorizer = TfidfVectorizer()
        model = LogisticRegression(max_iter=1000).fit(
            vectorizer.fit_transform([t for t, _ in coded]), [label for _, label in coded]
        )
        guess = model.predict(vectorizer.transform([t for t, _ in rest]))
        baseline.append(f1_score(truth, guess, average="macro"))
    return statistics.mean(ours), min(ours), statistics.mean(baseline)


def speed(rows, size=100_000):
    rng = random.Random(1)
    texts = []
    for _ in range(size):
        words = [w for w in rng.choice(rows)[0].split() if rng.random() > 0.15]
        texts.append(" ".join(words))
    started = time.perf_counter()
    result = discovery.discover(texts)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return seconds, len(result.themes), peak


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", nargs="*", default=[str(DEFAULT_DATA)])
    parser.add_argument("--draws", type=int, default=10)
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args()
    for path in args.data:
        rows = load(path)
        labels = len({label for _, label in rows})
        print(f"## {Path(path).name}: {len(rows)} texts, {labels} labels")
        found = discovery_scores(rows)
        print(
            f"discovery ARI, {found['k']} themes given: {found['ari_k_given']:.3f} | "
            f"chosen ({found['auto_themes']} themes): {found['ari_auto']:.3f} | "
            f"baseline TF-IDF + k-means: {found['ari_baseline']:.3f}"
        )
        mean, worst, base = suggestion_scores(rows, args.draws)
        print(
            f"assisted coding macro-F1, {EXAMPLES_PER_CODE} examples per code, "
            f"{args.draws} draws: {mean:.3f} (worst draw {worst:.3f}) | "
            f"baseline TF-IDF + logistic regression: {base:.3f}"
        )
    if not args.no_speed:
        seconds, themes, peak = speed(load(args.data[0]))
        print(f"discovery on 100,000 texts: {seconds:.1f} s, {themes} themes, peak {peak:.0f} MB")


if __name__ == "__main__":
    main()
