from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MeetingsConfig(AppConfig):
    name = "samenspraak.meetings"
    label = "meetings"
    verbose_name = _("Meeting reports")

    def ready(self):
        from samenspraak.core.storage import delete_files_with

        from .models import HarvestPhoto

        delete_files_with(HarvestPhoto, "image")
