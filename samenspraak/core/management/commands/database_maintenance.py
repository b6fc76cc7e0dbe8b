"""`manage.py database_maintenance`: run once a day, next to `diaries_daily`.

SQLite plans queries without statistics until ANALYZE has run; on a large evidence pool a
search then walks the wrong index (see docs/benchmarks.md: 181 ms instead of 56 ms). This
gathers the statistics, bounded so it takes seconds even at millions of rows. PostgreSQL
keeps its own statistics (autovacuum), so there is nothing to do there.
"""

from django.core.management.base import BaseCommand
from django.db import connection


class Command(BaseCommand):
    help = "Refresh the query planner's statistics (SQLite); run daily."

    def handle(self, *args, **options):
        if connection.vendor != "sqlite":
            self.stdout.write(f"{connection.vendor}: statistics are kept by the database itself.")
            return
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA analysis_limit=1000")
            cursor.execute("ANALYZE")
        self.stdout.write("SQLite statistics refreshed.")
