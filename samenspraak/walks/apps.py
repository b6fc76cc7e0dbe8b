from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WalksConfig(AppConfig):
    name = "samenspraak.walks"
    label = "walks"
    verbose_name = _("Neighbourhood walks")

    def ready(self):
        from samenspraak.core.storage import delete_files_with

        from .models import WalkPoint

        delete_files_with(WalkPoint, "photo", "thumbnail")
