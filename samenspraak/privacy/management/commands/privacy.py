"""`manage.py privacy mask`: run from cron (or a task worker) to mask what waits for it.

`manage.py privacy prepare` builds the masking lists once, at install time.
"""

from django.core.management.base import BaseCommand, CommandError

from samenspraak.organisations.models import Municipality
from samenspraak.privacy import detection, services


class Command(BaseCommand):
    help = "Mask personal data in contributions and suggest masks for stories that wait."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        mask = sub.add_parser("mask", help="Mask every contribution that is not yet masked.")
        mask.add_argument("--gemeente", help="Only this municipality (its slug).")
        sub.add_parser("prepare", help="Build the masking lists (about a minute, once).")

    def handle(self, *args, action, gemeente=None, **options):
        if action == "prepare":
            detection.prepare()
            self.stdout.write("Masking lists ready.")
            return
        municipality = None
        if gemeente:
            municipality = Municipality.objects.filter(slug=gemeente).first()
            if municipality is None:
                raise CommandError(f"No municipality with slug {gemeente!r}.")
        done = services.mask_pending(municipality=municipality)
        self.stdout.write(f"{done} contributions masked.")
