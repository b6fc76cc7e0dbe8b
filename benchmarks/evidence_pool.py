"""The evidence pool at a million contributions: listing, filtering and Dutch search.

Fills a traject with 1,000,000 contributions (texts drawn from the labelled feedback set with
varied endings, spread over source types, channels, groups and dates), then requests the pool
pages through Django's test client as an analyst (database, middleware and templates
included, no network) and reports the median and 95th percentile per page.

    .venv/bin/python benchmarks/evidence_pool.py [--contributions 1000000] [--runs 30]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/samenspraak_pool .venv/bin/python ...
"""

import argparse
import csv
import datetime
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("DATABASE_URL", f"sqlite:///{tempfile.mkdtemp()}/pool.sqlite3")
from _setup import ensure_database, setup_django

DATA = Path(__file__).with_name("data") / "toegang_feedback.csv"
ENDINGS = ["", " Echt waar.", " Dat moet beter.", " Gelukkig is het nu goed.", " Tja."]
CHANNELS = ["online", "papier", "telefoon", "kiosk", "begeleid"]
GROUPS = ["cliënt", "mantelzorger", "ouder", "jongere", "professional"]


def fill(traject, count):
    from samenspraak.insights.models import Contribution

    texts = [row["text"] for row in csv.DictReader(DATA.open(encoding="utf-8"))]
    types = list(Contribution.SourceType.values)
    rng = random.Random(7)
    day = datetime.date(2025, 1, 1)
    have = Contribution.objects.filter(traject=traject).count()
    started = time.perf_counter()
    for start in range(have, count, 20_000):
        batch = []
        for n in range(start, min(start + 20_000, count)):
            text = rng.choice(texts) + rng.choice(ENDINGS)
            batch.append(
                Contribution(
                    municipality_id=traject.municipality_id,
                    traject=traject,
                    source_type=types[n % len(types)],
                    channel=CHANNELS[n % len(CHANNELS)],
                    respondent_group=GROUPS[(n // 7) % len(GROUPS)],
                    text=text,
                    masked_text=text,
                    mask_state="automatisch",
                    created_on=day + datetime.timedelta(days=n % 600),
                    consent_public=n % 3 == 0,
                )
            )
        Contribution.objects.bulk_create(batch)
    return time.perf_counter() - started


def measure(client, url, runs):
    assert client.get(url).status_code == 200, url
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        client.get(url)
        samples.append((time.perf_counter() - started) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(0.95 * (len(samples) - 1))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--contributions", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    if os.environ["DATABASE_URL"].startswith("postgres"):
        ensure_database(os.environ["DATABASE_URL"])
    setup_django()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from samenspraak.organisations.models import Membership, Municipality
    from samenspraak.trajects.models import Traject

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    municipality, _ = Municipality.objects.get_or_create(
        slug="benchstad", defaults={"name": "Benchstad", "cbs_code": "GM9990"}
    )
    traject, _ = Traject.objects.get_or_create(
        municipality=municipality, title="Pool", defaults={"question": "Meten."}
    )
    seconds = fill(traject, args.contributions)
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE insights_contribution")
    users = get_user_model().objects
    user = users.filter(email="bench@example.org").first() or users.create_user(
        email="bench@example.org", password=None
    )
    Membership.objects.get_or_create(user=user, municipality=municipality, role="analist")
    client = Client()
    client.force_login(user)
    base = f"/werkruimte/benchstad/trajecten/{traject.pk}/bewijs/"
    pages = {
        "first page, no filter": base,
        "page 40 (deepest under the count cap)": base + "?pagina=40",
        "channel + group": base + "?channel=papier&respondent_group=ouder",
        "date range + consent": base + "?date_from=2025-03-01&date_to=2025-04-30&consent=on",
        "search: one word": base + "?q=wachttijd",
        "search: word form + accent": base + "?q=clientondersteuner",
        "search: two words": base + "?q=telefoon+terugbellen",
        "search + filter": base + "?q=brief&channel=online",
        "search: rare word": base + "?q=scootmobiel",
        "municipality-wide pool": "/werkruimte/benchstad/bewijs/?q=wachten",
    }
    print(f"{connection.vendor}: {args.contributions:,} contributions ({seconds:.0f} s to load)")
    print(f"{'page':38} {'median':>10} {'p95':>10}")
    for name, url in pages.items():
        median, p95 = measure(client, url, args.runs)
        print(f"{name:38} {median:8.1f} ms {p95:7.1f} ms")


if __name__ == "__main__":
    main()
