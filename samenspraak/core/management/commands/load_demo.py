from importlib import import_module

from django.core.management.base import BaseCommand
from django.utils import translation

# Each domain app with demo content exposes ``demo.load()``, which returns lines to print.
# The order follows the dependencies between apps.
DEMO_MODULES = [
    "samenspraak.organisations.demo",
    "samenspraak.methods.demo",
    "samenspraak.responses.demo",
    "samenspraak.meetings.demo",
    "samenspraak.stories.demo",
    "samenspraak.journeys.demo",
    "samenspraak.walks.demo",
    "samenspraak.mystery.demo",
    "samenspraak.diaries.demo",
    "samenspraak.privacy.demo",
    "samenspraak.insights.demo",
    "samenspraak.actions.demo",
    "samenspraak.feedback.demo",
    "samenspraak.regions.demo",
    "samenspraak.personas.demo",
]


class Command(BaseCommand):
    help = "Create or refresh the demo region, municipalities, members and content (idempotent)."

    def handle(self, *args, **options):
        translation.activate("nl")
        for module_name in DEMO_MODULES:
            for line in import_module(module_name).load() or []:
                self.stdout.write(line)
        self.stdout.write(self.style.SUCCESS("Demo data is ready."))
