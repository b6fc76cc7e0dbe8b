"""The daily maintenance command gives SQLite's planner its statistics."""

import pytest
from django.core.management import call_command
from django.db import connection

from tests.factories import ContributionFactory


@pytest.mark.django_db
def test_statistics_are_gathered(capsys):
    ContributionFactory()
    call_command("database_maintenance")
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'insights_contribution'")
            assert cursor.fetchone()[0] > 0
        assert "refreshed" in capsys.readouterr().out
    else:
        assert "kept by the database" in capsys.readouterr().out
