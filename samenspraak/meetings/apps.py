from django.apps import AppConfig
from django.db import transaction
from django.db.models.signals import post_delete
from django.utils.translation import gettext_lazy as _


def _remove_photo_file(sender, instance, **kwargs):
    """However a photo row goes (replaced, removed, or with its item, report or traject), its
    file goes too, but only once the deletion is committed."""
    storage, name = instance.image.storage, instance.image.name
    transaction.on_commit(lambda: storage.delete(name))


class MeetingsConfig(AppConfig):
    name = "samenspraak.meetings"
    label = "meetings"
    verbose_name = _("Meeting reports")

    def ready(self):
        from .models import HarvestPhoto

        post_delete.connect(
            _remove_photo_file,
            sender=HarvestPhoto,
            dispatch_uid="meetings-harvest-photo-remove",
        )
