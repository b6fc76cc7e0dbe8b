"""Storage for files that are never served as media, under ``PRIVATE_ROOT``, and the removal of
stored files together with their rows.

Views hand a private file only to the people allowed to see it. The location is read from the
settings on every use rather than once, so a changed ``PRIVATE_ROOT`` (another volume, a test's
own directory) applies without a restart.
"""

import os
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import transaction
from django.db.models.signals import post_delete
from django.utils.deconstruct import deconstructible


@deconstructible
class PrivateStorage(FileSystemStorage):
    def __init__(self, subdirectory: str):
        self.subdirectory = subdirectory
        super().__init__(base_url=None)

    @property
    def base_location(self):
        return Path(settings.PRIVATE_ROOT) / self.subdirectory

    @property
    def location(self):
        return os.path.abspath(self.base_location)


def delete_files_with(model, *fields: str) -> None:
    """However a row of ``model`` goes (removed, replaced, or with what it belongs to), its files
    in ``fields`` go too, once the deletion is committed: a photo must not outlive its record."""

    def remove(sender, instance, **kwargs):
        files = [(getattr(instance, f).storage, getattr(instance, f).name) for f in fields]
        transaction.on_commit(
            lambda: [storage.delete(name) for storage, name in files if name],
            robust=True,
        )

    post_delete.connect(remove, sender=model, weak=False, dispatch_uid=f"{model._meta.label}-files")
