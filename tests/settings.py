"""Test settings: the real settings, with fast password hashing and throwaway storage."""

import os
import tempfile

os.environ.setdefault("SAMENSPRAAK_ALLOW_INSECURE_KEY", "1")
os.environ.setdefault("SECURE_COOKIES", "0")

from samenspraak.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = tempfile.mkdtemp(prefix="samenspraak-test-media-")
PRIVATE_ROOT = tempfile.mkdtemp(prefix="samenspraak-test-private-")
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STATIC_ROOT = tempfile.mkdtemp(prefix="samenspraak-test-static-")
# Tasks run at once in tests, even in a shell that names a Celery broker; the Celery tests
# switch to it themselves.
TASKS = {"default": {"BACKEND": "samenspraak.core.task_backends.EmbeddedBackend"}}
# Comparisons check their tallies on every view, so a test sees an answer at once; the
# waiting period itself is tested with its own setting.
ANSWER_TALLY_MAX_AGE = 0
