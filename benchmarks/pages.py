"""Do 100,000 contributions in the evidence pool slow down the instrument pages?

Loads the demo municipality into the benchmark database, times the staff and public pages of
every instrument, then adds contributions (spread over all source types, all in the demo
traject) until there are 100,000 and times the same pages again. Each page is requested 20
times through Django's test client (database, middleware and templates included, no network).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/samenspraak_pages \\
        .venv/bin/python benchmarks/pages.py [--contributions 100000]
"""

import argparse
import datetime
import os
import statistics
import time

os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/samenspraak_pages")
from _setup import ensure_database, setup_django

RUNS = 20


def pages():
    from samenspraak.instruments.models import Instrument
    from samenspraak.journeys.models import Journey
    from samenspraak.meetings.models import MeetingSession
    from samenspraak.stories.models import StoryPoint
    from samenspraak.walks.models import Walk

    ws = "/werkruimte/lindewaard/"
    scan = Instrument.objects.get(template_key="toegangsscan", municipality__slug="lindewaard")
    journey = Journey.objects.get(municipality__slug="lindewaard")
    point = StoryPoint.objects.get(municipality__slug="lindewaard")
    walk = Walk.objects.get(municipality__slug="lindewaard")
    meeting = MeetingSession.objects.filter(municipality__slug="lindewaard").first()
    return {
        "overview": ws,
        "questionnaire results": f"{ws}instrumenten/{scan.pk}/resultaten/",
        "journey (average curve)": f"{ws}klantreizen/{journey.pk}/",
        "story point": f"{ws}vertelpunten/{point.pk}/",
        "schouw (staff)": f"{ws}schouwen/{walk.pk}/",
        "meeting report": f"{ws}gespreksverslagen/{meeting.pk}/",
        "public: municipality page": "/gemeente/lindewaard/",
        "public: schouw": f"/schouw/{walk.public_code}/",
        "public: vertelpunt": f"/vertel/{point.public_code}/",
    }


def time_pages(client, urls) -> dict[str, float]:
    result = {}
    for name, url in urls.items():
        assert client.get(url).status_code == 200, url  # warm-up, and a sanity check
        samples = []
        for _ in range(RUNS):
            start = time.perf_counter()
            client.get(url)
            samples.append((time.perf_counter() - start) * 1000)
        result[name] = statistics.median(samples)
    return result


def fill(count):
    from samenspraak.insights.models import Contribution
    from samenspraak.trajects.models import Traject

    traject = Traject.objects.get(municipality__slug="lindewaard", title__startswith="Vindbare")
    types = list(Contribution.SourceType.values)
    missing = count - Contribution.objects.count()
    day = datetime.date(2026, 9, 1)
    for start in range(0, max(missing, 0), 10_000):
        Contribution.objects.bulk_create(
            [
                Contribution(
                    municipality_id=traject.municipality_id,
                    traject=traject,
                    source_type=types[n % len(types)],
                    channel="online",
                    text=f"Ervaring nummer {n}: het duurde lang voordat ik iemand sprak.",
                    created_on=day + datetime.timedelta(days=n % 80),
                )
                for n in range(start, min(start + 10_000, missing))
            ]
        )
    return Contribution.objects.count()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--contributions", type=int, default=100_000)
    args = parser.parse_args()
    ensure_database(os.environ["DATABASE_URL"])
    setup_django()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.test import Client

    from samenspraak.insights.models import Contribution
    from samenspraak.methods.services import sync_catalogue

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)  # pages render static URLs
    sync_catalogue()
    call_command("load_demo", verbosity=0)
    client = Client()
    client.force_login(get_user_model().objects.get(email="beheerder@lindewaard.example"))
    urls = pages()
    baseline_count = Contribution.objects.count()
    before = time_pages(client, urls) if baseline_count < args.contributions else None
    total = fill(args.contributions)
    after = time_pages(client, urls)
    print(f"contributions: {baseline_count} (demo) -> {total}")
    print(f"{'page':28} {'demo':>10} {'100k':>10}")
    for name in urls:
        demo = f"{before[name]:8.1f} ms" if before else "       n/a"
        print(f"{name:28} {demo} {after[name]:7.1f} ms")


if __name__ == "__main__":
    main()
