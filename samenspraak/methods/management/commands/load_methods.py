from django.core.management.base import BaseCommand, CommandError

from samenspraak.methods.catalogue import CatalogueError, read_entries
from samenspraak.methods.services import sync_catalogue


class Command(BaseCommand):
    help = "Validate the method catalogue data files and load them into the database."

    def add_arguments(self, parser):
        parser.add_argument(
            "--check", action="store_true", help="Only validate the data files; change nothing."
        )

    def handle(self, *args, check=False, **options):
        try:
            entries = read_entries()
        except CatalogueError as error:
            raise CommandError(str(error)) from error
        if check:
            self.stdout.write(self.style.SUCCESS(f"{len(entries)} methods are valid."))
            return
        report = sync_catalogue(entries)
        self.stdout.write(
            self.style.SUCCESS(
                f"Method catalogue: {len(entries)} methods ({report.created} new, "
                f"{report.updated} updated, {report.retired} retired)."
            )
        )
