from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiariesConfig(AppConfig):
    name = "samenspraak.diaries"
    label = "diaries"
    verbose_name = _("Diaries")
