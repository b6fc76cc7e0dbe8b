from django.core.management.base import BaseCommand

from samenspraak.diaries.services import daily


class Command(BaseCommand):
    help = (
        "Once a day: finish diaries whose period ended (entries join the evidence pool, reminder "
        "addresses are deleted) and queue today's reminders for participants who opted in."
    )

    def handle(self, *args, **options):
        finished, reminded = daily()
        self.stdout.write(f"Diaries finished: {finished}; reminders queued: {reminded}.")
