"""The region page and a regional traject's page for a region of 30 municipalities.

Creates a region of 30 municipalities that each share three trajects with the region (with
questionnaires, a few hundred contributions and actions each) and run one regional traject
together, then reports, as one member's staff sees them through Django's test client:

- the number of database queries of each page, and of working out the lemniscaat state of all
  shared trajects one traject at a time (as the pages did before ``lemniscaat.overviews``);
- each page's median and 95th percentile over ``--runs`` views.

    .venv/bin/python benchmarks/region_page.py [--municipalities 30] [--runs 30]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/samenspraak_region .venv/bin/python ...
"""

import argparse
import os
import statistics
import tempfile

os.environ.setdefault("DATABASE_URL", f"sqlite:///{tempfile.mkdtemp()}/region.sqlite3")
from _setup import percentile, start_django, timed

TRAJECTS_EACH = 3
CONTRIBUTIONS_EACH = 300


def build_region(count: int):
    from django.contrib.auth import get_user_model

    from samenspraak.actions.models import Action
    from samenspraak.insights.models import Contribution
    from samenspraak.instruments import services as instrument_services
    from samenspraak.organisations.models import Membership, Municipality, Region
    from samenspraak.regions import regional
    from samenspraak.regions.models import SharingLevel
    from samenspraak.regions.services import set_sharing
    from samenspraak.trajects.services import create_traject

    region = Region.objects.create(name="Benchregio", slug="benchregio")
    user = get_user_model().objects.create_user(email="bench@example.org", password=None)
    together = regional.save_regional_traject(
        region=region,
        user=user,
        title="Samen meten",
        question="Weten inwoners de weg naar cliëntondersteuning?",
        goal="",
        plan="",
        template_keys=["ceo-wmo"],
    )
    for number in range(count):
        municipality = Municipality.objects.create(
            name=f"Benchgemeente {number + 1}",
            slug=f"benchgemeente-{number + 1}",
            cbs_code=f"GM{9000 + number}",
            region=region,
        )
        staff = get_user_model().objects.create_user(
            email=f"staff{number}@example.org", password=None
        )
        Membership.objects.create(user=staff, municipality=municipality, role="beheerder")
        if number == 0:
            Membership.objects.create(user=user, municipality=municipality, role="beheerder")
        joined = regional.join(regional=together, municipality=municipality, user=staff)
        trajects = [joined.traject]
        for index in range(TRAJECTS_EACH - 1):
            traject = create_traject(
                municipality=municipality,
                created_by=staff,
                title=f"Toegang {index + 1}",
                question="Hoe vinden inwoners de weg?",
            )
            instrument_services.create_questionnaire(
                traject=traject, template_key="toegangsscan", title="", user=staff
            )
            set_sharing(traject=traject, level=SharingLevel.AGGREGATEN, user=staff)
            trajects.append(traject)
        for traject in trajects:
            Contribution.objects.bulk_create(
                Contribution(
                    municipality=municipality,
                    traject=traject,
                    source_type=Contribution.SourceType.OPEN_ANSWER,
                    text=f"Ervaring {n}",
                    created_on=traject.created_at.date(),
                )
                for n in range(CONTRIBUTIONS_EACH)
            )
            Action.objects.bulk_create(
                Action(traject=traject, title=f"Actie {n}", description="-", owner="Team")
                for n in range(4)
            )
    return region, user, together


def count_queries(connection, run) -> int:
    """Counted at the cursor: the test client's request signals empty Django's query log."""
    executed = []

    def count(execute, *args):
        executed.append(1)
        return execute(*args)

    with connection.execute_wrapper(count):
        run()
    return len(executed)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--municipalities", type=int, default=30)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    start_django()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from samenspraak.regions.selectors import shared_trajects
    from samenspraak.trajects import lemniscaat

    call_command("flush", interactive=False, verbosity=0)
    region, user, together = build_region(args.municipalities)
    trajects = list(shared_trajects(region))
    print(
        f"{connection.vendor}: {args.municipalities} municipalities, "
        f"{len(trajects)} shared trajects"
    )

    with CaptureQueriesContext(connection) as one_by_one:
        for traject in trajects:
            lemniscaat.overviews([traject])
    with CaptureQueriesContext(connection) as batched:
        lemniscaat.overviews(trajects)
    print(
        f"lemniscaat state of {len(trajects)} trajects: {len(one_by_one)} queries one traject "
        f"at a time, {len(batched)} together"
    )

    client = Client()
    client.force_login(user)
    pages = {
        "region page": f"/regio/{region.slug}/",
        "regional traject": f"/regio/{region.slug}/regionale-trajecten/{together.pk}/",
    }
    print(f"{'page':18} {'queries':>8} {'median ms':>10} {'p95 ms':>8}")
    for name, url in pages.items():
        timed(client, url)  # warm up
        queries = count_queries(connection, lambda: timed(client, url))  # noqa: B023
        times = [timed(client, url) for _ in range(args.runs)]
        p95 = percentile(times, 0.95)
        print(f"{name:18} {queries:>8} {statistics.median(times):>10.0f} {p95:>8.0f}")


if __name__ == "__main__":
    main()
