"""The life of an instrument that residents reach by a link: made, open, closed."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OpenStatus(models.TextChoices):
    CONCEPT = "concept", _("Draft")
    OPEN = "open", _("Open")
    GESLOTEN = "gesloten", _("Closed")
