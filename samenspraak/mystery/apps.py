from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MysteryConfig(AppConfig):
    name = "samenspraak.mystery"
    label = "mystery"
    verbose_name = _("Mystery guest")
