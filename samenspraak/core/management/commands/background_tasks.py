"""`manage.py background_tasks run-due`: run from cron every minute (docs/background-tasks.md).

Embedded mode: runs the retries and deferred tasks that are due, here. Celery mode: sends again
what never reached a worker. In both: a task still "running" long after it started counts as a
failed attempt, and finished entries older than 30 days are deleted.
"""

from django.core.management.base import BaseCommand

from samenspraak.core import services
from samenspraak.core.task_backends import ledger_backends


class Command(BaseCommand):
    help = "Run (or send to the queue again) the background tasks that are due."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        run_due = sub.add_parser("run-due", help="Run the retries and deferred tasks that are due.")
        run_due.add_argument(
            "--limit", type=int, default=None, help="At most this many entries per run."
        )

    def handle(self, *args, action, limit=None, **options):
        ran = sent = interrupted = 0
        for backend in ledger_backends():
            report = backend.process_due(limit=limit)
            ran, sent = ran + report.ran, sent + report.sent
            interrupted += report.interrupted
        purged = services.purge_finished()
        self.stdout.write(
            f"{ran} run, {sent} sent to the queue, {interrupted} interrupted, "
            f"{purged} old entries deleted."
        )
