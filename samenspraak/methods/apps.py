from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MethodsConfig(AppConfig):
    name = "samenspraak.methods"
    label = "methods"
    verbose_name = _("Participation methods")
