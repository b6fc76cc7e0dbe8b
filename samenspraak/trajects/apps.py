from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrajectsConfig(AppConfig):
    name = "samenspraak.trajects"
    label = "trajects"
    verbose_name = _("Trajects")
