"""Dashboards at a million answers: SQL aggregation, then the cached page.

Creates an instrument with the benchmark questionnaire and 125,000 complete responses of eight
closed answers each (1,000,000 answers, spread over channels and two measurements), then
reports for each breakdown (everyone, measurement, channel) the time to compute every figure
from the database (cache empty) and the dashboard page's median and 95th percentile through
Django's test client once computed (the cache lasts until a new response comes in).

    .venv/bin/python benchmarks/dashboards.py [--responses 125000] [--runs 30]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/samenspraak_dash .venv/bin/python ...
"""

import argparse
import datetime
import os
import random
import statistics
import tempfile
import time

os.environ.setdefault("DATABASE_URL", f"sqlite:///{tempfile.mkdtemp()}/dash.sqlite3")
from _setup import create_instrument, ensure_database, setup_django

CHANNELS = ["online", "papier", "telefoon", "kiosk"]
SCALE = ["1", "2", "3", "4", "5", "weet_niet"]


def fill(instrument, count):
    from samenspraak.instruments.models import Round
    from samenspraak.responses.models import Answer, Response

    later = Round.objects.create(instrument=instrument, number=1, name="1-meting")
    rounds = [instrument.current_round, later]
    rng = random.Random(3)
    day = datetime.date(2026, 3, 1)
    for start in range(0, count, 5_000):
        responses = Response.objects.bulk_create(
            Response(
                instrument=instrument,
                version=instrument.current_version,
                round=rounds[n % 2],
                channel=CHANNELS[n % len(CHANNELS)],
                status=Response.Status.COMPLETE,
                submitted_on=day,
            )
            for n in range(start, min(start + 5_000, count))
        )
        answers = []
        for response in responses:
            answers.append(Answer(response=response, question_key="contact", value="ja"))
            for statement in range(1, 6):
                answers.append(
                    Answer(
                        response=response, question_key=f"st{statement}", value=rng.choice(SCALE)
                    )
                )
            answers.append(
                Answer(response=response, question_key="cijfer", value=str(rng.randint(1, 10)))
            )
            answers.append(
                Answer(response=response, question_key="wachten", value=rng.randint(0, 90))
            )
        Answer.objects.bulk_create(answers, batch_size=5_000)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--responses", type=int, default=125_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    if os.environ["DATABASE_URL"].startswith("postgres"):
        ensure_database(os.environ["DATABASE_URL"])
    setup_django()
    from django.contrib.auth import get_user_model
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    from samenspraak.insights import dashboards
    from samenspraak.organisations.models import Membership
    from samenspraak.responses.models import Answer

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    instrument = create_instrument("dash0001")
    started = time.perf_counter()
    fill(instrument, args.responses)
    loaded = time.perf_counter() - started
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE responses_answer; ANALYZE responses_response")
    answers = Answer.objects.filter(response__instrument=instrument).count()
    users = get_user_model().objects
    user = users.filter(email="bench@example.org").first() or users.create_user(
        email="bench@example.org", password=None
    )
    Membership.objects.get_or_create(
        user=user, municipality=instrument.municipality, role="adviesraad"
    )
    client = Client()
    client.force_login(user)
    print(f"{connection.vendor}: {answers:,} answers ({loaded:.0f} s to load)")
    print(f"{'breakdown':14} {'compute':>10} {'page median':>12} {'page p95':>10}")
    for breakdown in (None, "ronde", "kanaal"):
        computes = []
        for _ in range(3):
            cache.clear()
            started = time.perf_counter()
            dashboards.question_figures(instrument, breakdown)
            computes.append((time.perf_counter() - started) * 1000)
        url = f"/werkruimte/benchstad/instrumenten/{instrument.pk}/dashboard/"
        url += f"?uitsplitsing={breakdown}" if breakdown else ""
        assert client.get(url).status_code == 200
        samples = []
        for _ in range(args.runs):
            started = time.perf_counter()
            client.get(url)
            samples.append((time.perf_counter() - started) * 1000)
        samples.sort()
        p95 = samples[int(0.95 * (len(samples) - 1))]
        print(
            f"{breakdown or 'everyone':14} {statistics.median(computes):8.0f} ms "
            f"{statistics.median(samples):10.1f} ms {p95:8.1f} ms"
        )


if __name__ == "__main__":
    main()
