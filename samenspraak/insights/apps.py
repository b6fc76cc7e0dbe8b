from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _repair_search_index(sender, using, **kwargs):
    from django.db import connections

    from .search import ensure_sqlite_index

    ensure_sqlite_index(connections[using])


class InsightsConfig(AppConfig):
    name = "samenspraak.insights"
    label = "insights"
    verbose_name = _("Insights")

    def ready(self):
        post_migrate.connect(_repair_search_index, sender=self)
