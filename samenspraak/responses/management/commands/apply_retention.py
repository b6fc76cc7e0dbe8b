from django.core.management.base import BaseCommand
from django.utils import timezone

from samenspraak.responses.retention import apply_retention


class Command(BaseCommand):
    help = "Delete single answers whose retention period has ended (totals stay). Run daily."

    def handle(self, *args, **options):
        report = apply_retention(timezone.localdate())
        self.stdout.write(
            f"Deleted {report.responses_deleted} expired responses, "
            f"{report.unfinished_deleted} unfinished ones and "
            f"{report.contacts_deleted} feedback addresses."
        )
