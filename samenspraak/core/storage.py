"""Storage for files that are never served as media, under ``PRIVATE_ROOT``.

Views hand such a file only to the people allowed to see it. The location is read from the
settings on every use rather than once, so a changed ``PRIVATE_ROOT`` (another volume, a test's
own directory) applies without a restart.
"""

import os
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage
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
