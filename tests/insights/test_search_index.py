"""The full-text index survives migrations that rebuild the contributions table on SQLite."""

import pytest
from django.db import connection

from samenspraak.insights import selectors
from samenspraak.insights.search import ensure_sqlite_index
from tests.factories import ContributionFactory, TrajectFactory

pytestmark = pytest.mark.django_db


def found(traject, query):
    return set(selectors.evidence(traject.municipality, raw=True, filters={"q": query}))


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's FTS5 triggers")
def test_lost_triggers_are_recreated_and_the_index_rebuilt(municipality):
    traject = TrajectFactory(municipality=municipality)
    before = ContributionFactory(traject=traject, text="De wachtlijst is lang.")
    with connection.cursor() as cursor:
        cursor.execute("DROP TRIGGER insights_contribution_fts_insert")
    missed = ContributionFactory(traject=traject, text="Geen wachtlijst meer.")
    assert found(traject, "wachtlijst") == {before}  # what a rebuilt table without triggers does
    assert ensure_sqlite_index(connection) is True
    assert found(traject, "wachtlijst") == {before, missed}
    later = ContributionFactory(traject=traject, text="Weer een wachtlijst.")
    assert found(traject, "wachtlijst") == {before, missed, later}
    assert ensure_sqlite_index(connection) is False  # nothing lost: nothing to do


def test_search_works_after_all_migrations(municipality):
    traject = TrajectFactory(municipality=municipality)
    contribution = ContributionFactory(traject=traject, text="Lange wachttijden.")
    assert found(traject, "wachttijd") == {contribution}
