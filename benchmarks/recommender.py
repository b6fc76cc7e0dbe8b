"""Recommender speed over the whole catalogue.

Measures (1) the ranking itself for random realistic questions, in-process, and (2) the full
request /methoden/keuzehulp/ with JSON output through Django's test client, which includes
reading the methods from the database. Target (issue 4): under 50 ms for the whole catalogue.

    .venv/bin/python benchmarks/recommender.py [--runs 500]
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("SAMENSPRAAK_ALLOW_INSECURE_KEY", "1")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samenspraak.settings")
os.environ.setdefault("RATELIMIT_ENABLE", "0")
os.environ.setdefault("ALLOWED_HOSTS", "testserver")

import django

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from samenspraak.methods.facets import (  # noqa: E402
    COST,
    DEPTH,
    GROUP_SIZES,
    LEAD_TIME,
    LEVELS,
    PHASES,
    QUESTION_FOCUS,
    REGIONAL_PURPOSES,
    TARGET_GROUPS,
)
from samenspraak.methods.recommender import RecommenderQuery, balanced_mix, recommend  # noqa: E402
from samenspraak.methods.selectors import methods_for  # noqa: E402

GOALS = [
    "",
    "",
    "waar lopen cliënten vast in de toegang",
    "jongeren bereiken met een korte vraag",
    "wachttijd voor het eerste gesprek",
    "verhalen van mantelzorgers over hun ervaringen ophalen",
]


def random_query(rng: random.Random) -> dict[str, list[str] | str]:
    def some(facet, most=2):
        return rng.sample(list(facet.options), rng.randint(0, most))

    return {
        "phases": some(PHASES),
        "focus": rng.choice(["", *QUESTION_FOCUS.options]),
        "depths": some(DEPTH),
        "target_groups": some(TARGET_GROUPS, 3),
        "channel": rng.choice(["", "online", "fysiek"]),
        "max_lead_time": rng.choice(["", *LEAD_TIME.options]),
        "max_cost": rng.choice(["", *COST.options]),
        "group_sizes": some(GROUP_SIZES),
        "regional_purposes": some(REGIONAL_PURPOSES, 1),
        "levels": some(LEVELS),
        "goal": rng.choice(GOALS),
    }


def percentile(samples, p):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def report(label, samples_ms):
    print(
        f"{label:<38} p50 {statistics.median(samples_ms):6.2f} ms   "
        f"p95 {percentile(samples_ms, 95):6.2f} ms   max {max(samples_ms):6.2f} ms"
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=500)
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    call_command("load_methods", verbosity=0)
    methods = list(methods_for())
    print(f"catalogue: {len(methods)} methods; {args.runs} random questions")
    rng = random.Random(2026)
    queries = [random_query(rng) for _ in range(args.runs)]

    ranking = []
    for params in queries:
        query = RecommenderQuery(
            **{k: frozenset(v) if isinstance(v, list) else v for k, v in params.items()}
        )
        start = time.perf_counter()
        ranked = recommend(methods, query)
        balanced_mix(ranked, query)
        ranking.append((time.perf_counter() - start) * 1000)
    report("ranking + mix (in process)", ranking)

    client = Client()
    requests = []
    for params in queries:
        start = time.perf_counter()
        response = client.get("/methoden/keuzehulp/", params, HTTP_ACCEPT="application/json")
        requests.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.status_code
    report("GET /methoden/keuzehulp/ (JSON)", requests)


if __name__ == "__main__":
    main()
