"""Shared set-up for benchmarks: Django against a dedicated database, and demo fixtures."""

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("SAMENSPRAAK_ALLOW_INSECURE_KEY", "1")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samenspraak.settings")
os.environ.setdefault("RATELIMIT_ENABLE", "0")
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
os.environ.setdefault("SECURE_COOKIES", "0")

BENCH_DEFINITION = {
    "key": "bench",
    "title": "Toegang tot hulp",
    "intro": "De gemeente wil weten hoe u de hulp ervaart. Het duurt vijf minuten.",
    "closing": "Dank u wel. In juni leest u wat de gemeente ermee doet.",
    "estimated_minutes": 5,
    "sections": [
        {
            "key": "s1",
            "title": "Contact",
            "questions": [
                {"key": "contact", "type": "yes_no", "text": "Had u contact?", "required": True},
                {
                    "key": "wachten",
                    "type": "number",
                    "text": "Dagen gewacht?",
                    "min": 0,
                    "max": 365,
                    "show_if": {"all": [{"question": "contact", "op": "equals", "value": "ja"}]},
                },
                {
                    "key": "stellingen",
                    "type": "matrix",
                    "text": "Hoe eens?",
                    "scale": "likert5",
                    "allow_unknown": True,
                    "statements": [{"key": f"st{n}", "text": f"Stelling {n}"} for n in range(1, 6)],
                },
                {"key": "cijfer", "type": "mark_1_10", "text": "Welk cijfer?"},
                {"key": "beter", "type": "text_long", "text": "Wat kan beter?"},
            ],
        }
    ],
}
BENCH_ANSWERS = {
    "contact": "ja",
    "wachten": 12,
    "st1": "4",
    "st2": "5",
    "st3": "2",
    "st4": "weet_niet",
    "st5": "3",
    "cijfer": "7",
    "beter": "Eerder terugbellen na de melding zou fijn zijn.",
}


def ensure_database(url: str):
    """Create the benchmark's own PostgreSQL database if it does not exist yet."""
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def setup_django():
    import django

    django.setup()


def start_django():
    """Django against the benchmark's database, migrated, with its static files collected."""
    if os.environ["DATABASE_URL"].startswith("postgres"):
        ensure_database(os.environ["DATABASE_URL"])
    setup_django()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


def percentile(samples, fraction):
    ordered = sorted(samples)
    return ordered[int(fraction * (len(ordered) - 1))]


def timed(client, url) -> float:
    """Milliseconds for one page through Django's test client, which must answer 200."""
    started = time.perf_counter()
    response = client.get(url)
    elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, response.status_code
    return elapsed


def create_instrument(code="bench0001"):
    from samenspraak.instruments.models import Instrument, QuestionnaireVersion, Round
    from samenspraak.organisations.models import Municipality
    from samenspraak.trajects.models import Traject

    municipality, _ = Municipality.objects.get_or_create(
        slug="benchstad", defaults={"name": "Benchstad", "cbs_code": "GM9990"}
    )
    traject, _ = Traject.objects.get_or_create(
        municipality=municipality, title="Benchmark", defaults={"question": "Meten."}
    )
    from samenspraak.responses.models import Response

    Response.objects.filter(instrument__public_code=code).delete()
    Instrument.objects.filter(public_code=code).delete()
    instrument = Instrument.objects.create(
        municipality=municipality,
        traject=traject,
        title="Bench",
        public_code=code,
        status=Instrument.Status.GEPUBLICEERD,
    )
    instrument.current_version = QuestionnaireVersion.objects.create(
        instrument=instrument, number=1, definition=BENCH_DEFINITION
    )
    instrument.current_round = Round.objects.create(
        instrument=instrument, number=0, name="0-meting"
    )
    instrument.save(update_fields=["current_version", "current_round"])
    return instrument
