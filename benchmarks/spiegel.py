"""The regional spiegel at scale: 30 municipalities, 50,000 CEO Wmo responses each.

Creates a region of 30 municipalities that each run the CEO Wmo from the template in a traject
they share with the region, with 50,000 complete responses each over a 0- and a 1-meting
(1,500,000 responses; the ten compared questions and the three background questions, 19.5
million answers), then reports for the spiegel page of one member municipality's staff:

- first: no stored tallies yet, every municipality's answers are counted (once, ever: after
  that the tallies are kept in the database);
- check: the tallies are older than ``ANSWER_TALLY_MAX_AGE`` (at most one view per period),
  so they are checked against the responses, and nothing changed;
- new answer: the same check, after one municipality received a new response, whose answers
  are counted and added;
- recount: the same check, after one municipality lost a response (retention, erasure), so its
  tally is counted again in full;
- warm: the page's median and 95th percentile within the period, as nearly every view is, in
  both the named and the anonymous mode.

The rows are written with the database's bulk path (``executemany`` on SQLite, ``COPY`` on
PostgreSQL) because the ORM would take an hour for 19.5 million answers; what is measured goes
through Django's test client like a browser request.

    .venv/bin/python benchmarks/spiegel.py [--municipalities 30] [--responses 50000] [--runs 30]
    DATABASE_URL=sqlite:////tmp/spiegel.sqlite3 .venv/bin/python ... --reuse   # measure again
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/samenspraak_spiegel .venv/bin/python ...
"""

import argparse
import datetime
import json
import os
import random
import statistics
import tempfile
import time

os.environ.setdefault("DATABASE_URL", f"sqlite:///{tempfile.mkdtemp()}/spiegel.sqlite3")
from _setup import percentile, start_django, timed

SCALE = ["1", "2", "3", "4", "5", "weet_niet"]
BACKGROUND = {
    "leeftijd": ["18_44", "45_64", "65_74", "75_plus"],
    "huishouden": ["alleen", "samen", "met_kinderen"],
    "ingevuld_door": ["zelf", "samen", "ander"],
}
CHUNK = 10_000


def build_region(count: int):
    """A region of ``count`` municipalities, each with a shared traject running the CEO Wmo."""
    from django.contrib.auth import get_user_model

    from samenspraak.instruments import services as instrument_services
    from samenspraak.instruments.models import Instrument, Round
    from samenspraak.organisations.models import Membership, Municipality, Region
    from samenspraak.regions.models import SharingLevel
    from samenspraak.regions.services import set_sharing
    from samenspraak.trajects.services import create_traject

    region = Region.objects.create(name="Benchregio", slug="benchregio")
    user = get_user_model().objects.create_user(email="bench@example.org", password=None)
    instruments = []
    for number in range(count):
        municipality = Municipality.objects.create(
            name=f"Benchgemeente {number + 1}",
            slug=f"benchgemeente-{number + 1}",
            cbs_code=f"GM{9000 + number}",
            region=region,
        )
        if number == 0:
            Membership.objects.create(user=user, municipality=municipality, role="beheerder")
        traject = create_traject(
            municipality=municipality,
            created_by=user,
            title="Cliëntervaring Wmo",
            question="Hoe ervaren cliënten de toegang?",
        )
        instrument = instrument_services.create_questionnaire(
            traject=traject, template_key="ceo-wmo", title="", user=user
        )
        instrument_services.publish(
            instrument=instrument, opens_on=None, closes_on=None, access=Instrument.Access.OPEN
        )
        instrument.refresh_from_db()
        later = Round.objects.create(instrument=instrument, number=1, name="1-meting")
        set_sharing(traject=traject, level=SharingLevel.AGGREGATEN, user=user)
        instruments.append((instrument, [instrument.current_round_id, later.pk]))
    return region, user, instruments


def existing_region():
    from django.contrib.auth import get_user_model

    from samenspraak.instruments.models import Instrument
    from samenspraak.organisations.models import Region

    region = Region.objects.get(slug="benchregio")
    instruments = [
        (instrument, list(instrument.rounds.order_by("number").values_list("pk", flat=True)))
        for instrument in Instrument.objects.filter(traject__municipality__region=region)
    ]
    return region, get_user_model().objects.get(email="bench@example.org"), instruments


def _answers(rng, keys, shift: float):
    for key in keys:
        if rng.random() < 0.04:
            continue  # a statement left open
        if rng.random() < shift:
            yield key, "4"
        else:
            yield key, rng.choice(SCALE)
    for key, values in BACKGROUND.items():
        yield key, rng.choice(values)


def fill(instruments, per_municipality: int, keys):
    """Write the responses and answers with the database's bulk path, chunk by chunk."""
    from django.db import connection, transaction

    from samenspraak.responses.models import Answer, Response

    rng = random.Random(7)
    response_table = Response._meta.db_table
    answer_table = Answer._meta.db_table
    day = datetime.date(2026, 3, 2)
    for index, (instrument, rounds) in enumerate(instruments):
        shift = 0.05 + 0.01 * (index % 10)
        for start in range(0, per_municipality, CHUNK):
            size = min(CHUNK, per_municipality - start)
            with transaction.atomic(), connection.cursor() as cursor:
                first = _insert_responses(
                    cursor, response_table, instrument, rounds, size, day, start
                )
                rows = [
                    (first + offset, key, json.dumps(value))
                    for offset in range(size)
                    for key, value in _answers(rng, keys, shift)
                ]
                _insert_answers(cursor, answer_table, rows)


def _insert_responses(cursor, table, instrument, rounds, size, day, start) -> int:
    """Insert ``size`` complete responses with consecutive ids; returns the first id."""
    from samenspraak.responses.models import Response

    cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}")  # noqa: S608 - model table name
    first = cursor.fetchone()[0] + 1
    rows = [
        (
            first + offset,
            instrument.pk,
            instrument.current_version_id,
            rounds[(start + offset) % 2],
            "online",
            "",
            Response.Status.COMPLETE.value,
            day,
            day,
            "{}",
            "",
        )
        for offset in range(size)
    ]
    columns = (
        "id, instrument_id, version_id, round_id, channel, respondent_group, status, "
        "started_on, submitted_on, draft, resume_token_hash"
    )
    if cursor.db.vendor == "postgresql":
        with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        cursor.execute(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), {first + size - 1})"
        )
    else:
        cursor.executemany(
            f"INSERT INTO {table} ({columns}) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",  # noqa: S608
            rows,
        )
    return first


def _insert_answers(cursor, table, rows) -> None:
    columns = "response_id, question_key, value"
    if cursor.db.vendor == "postgresql":
        with cursor.cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
    else:
        cursor.executemany(
            f"INSERT INTO {table} ({columns}) VALUES (%s, %s, %s)",  # noqa: S608
            rows,
        )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--municipalities", type=int, default=30)
    parser.add_argument("--responses", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument(
        "--reuse", action="store_true", help="measure the region already in DATABASE_URL"
    )
    args = parser.parse_args()
    start_django()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.utils import timezone

    from samenspraak.instruments.templates_catalogue import templates
    from samenspraak.regions.spiegel import _parts
    from samenspraak.responses.models import Answer, AnswerTally, Response

    keys = list(_parts(templates()["ceo-wmo"].definition))
    started = time.perf_counter()
    if args.reuse:
        region, user, instruments = existing_region()
    else:
        call_command("flush", interactive=False, verbosity=0)
        region, user, instruments = build_region(args.municipalities)
        fill(instruments, args.responses, keys)
    loaded = time.perf_counter() - started
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE" if connection.vendor == "sqlite" else "ANALYZE responses_answer")
    responses = Response.objects.count()
    answers = Answer.objects.count()
    print(
        f"{connection.vendor}: {args.municipalities} municipalities, {responses:,} responses, "
        f"{answers:,} answers ({loaded:.0f} s to load)"
    )
    client = Client()
    client.force_login(user)
    url = f"/regio/{region.slug}/spiegel/ceo-wmo/"

    print(
        f"{'mode':10} {'first':>9} {'check':>9} {'new answer':>11} {'recount':>9} "
        f"{'warm median':>12} {'warm p95':>9}"
    )

    def expire():
        AnswerTally.objects.update(checked_at=timezone.now() - datetime.timedelta(days=1))

    for anonymous in (False, True):
        region.compare_anonymously = anonymous
        region.save(update_fields=["compare_anonymously"])
        firsts, checks, added, recounts = [], [], [], []
        for _ in range(3 if not anonymous else 1):
            AnswerTally.objects.all().delete()
            firsts.append(timed(client, url))
        for _ in range(3):
            expire()
            checks.append(timed(client, url))
        instrument, rounds = instruments[-1]
        for _ in range(3):
            response = Response.objects.create(
                instrument=instrument,
                version_id=instrument.current_version_id,
                round_id=rounds[1],
                status=Response.Status.COMPLETE,
                submitted_on=datetime.date(2026, 9, 1),
            )
            Answer.objects.create(response=response, question_key=keys[0], value="5")
            expire()
            added.append(timed(client, url))
        for _ in range(3):
            Response.objects.filter(instrument=instrument).order_by("pk").first().delete()
            expire()
            recounts.append(timed(client, url))
        warm = [timed(client, url) for _ in range(args.runs)]
        counted = sum(n for tally in AnswerTally.objects.all() for *_key, n in tally.counts)
        assert counted == Answer.objects.count(), "every answer must be in the comparison"
        print(
            f"{'anonymous' if anonymous else 'named':10} {statistics.median(firsts):7.0f} ms "
            f"{statistics.median(checks):7.0f} ms {statistics.median(added):9.0f} ms "
            f"{statistics.median(recounts):7.0f} ms {statistics.median(warm):10.1f} ms "
            f"{percentile(warm, 0.95):7.1f} ms"
        )


if __name__ == "__main__":
    main()
