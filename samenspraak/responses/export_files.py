"""Raw-data exports made in the background: asked for in a request, written by a task, fetched
once ready. CSV needs none of this, it streams; XLSX and SPSS of a large questionnaire take
longer than a web request may last.

The files live under ``PRIVATE_ROOT`` (never served as media; with Celery workers it must be
storage the web servers share), only their requester downloads them, and they are deleted when
they expire (``EXPORT_FILE_HOURS``), when a newer one of the same kind is asked for, or with
their instrument.
"""

import uuid
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import exports
from .models import ExportFile, ExportRecord

WRITERS = {"xlsx": exports.write_xlsx, "sav": exports.write_sav}


def path_of(export: ExportFile) -> Path:
    return Path(settings.PRIVATE_ROOT) / "exports" / export.name


def files_of(user, instrument):
    """The user's own files for this instrument, newest first: raw data is never shared."""
    return ExportFile.objects.filter(requested_by=user, instrument=instrument)


def downloadable(user, instrument, pk: int) -> ExportFile | None:
    return (
        files_of(user, instrument)
        .filter(pk=pk, status=ExportFile.Status.READY, expires_at__gt=timezone.now())
        .first()
    )


@transaction.atomic
def request_export(*, instrument, user, municipality, kind: str) -> ExportFile:
    """Record who exported what at once, as every export does, then make the file."""
    if kind not in WRITERS:
        raise ValidationError(_("Choose XLSX or SPSS."))
    for older in files_of(user, instrument).filter(kind=kind):
        older.delete()  # the file goes with it (see apps.py)
    ExportRecord.objects.create(
        user=user, municipality=municipality, instrument=instrument, what=kind
    )
    export = ExportFile.objects.create(
        instrument=instrument,
        requested_by=user,
        kind=kind,
        name=f"{uuid.uuid4().hex}.{kind}",
        expires_at=timezone.now() + timedelta(hours=settings.EXPORT_FILE_HOURS),
    )
    from .tasks import make_export_file

    transaction.on_commit(lambda: make_export_file.enqueue(export.pk))
    return export


def write(export: ExportFile) -> ExportFile:
    """Write to a temporary name first, so a half-written file is never offered."""
    path = path_of(export)
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(path.suffix + ".deel")
    instrument = export.instrument
    try:
        WRITERS[export.kind](instrument, exports.export_variables(instrument), str(partial))
        partial.replace(path)
    except Exception:
        partial.unlink(missing_ok=True)
        ExportFile.objects.filter(pk=export.pk).update(status=ExportFile.Status.FAILED)
        raise
    export.size = path.stat().st_size
    export.status = ExportFile.Status.READY
    export.save(update_fields=["size", "status"])
    return export


def remove_file(export: ExportFile) -> None:
    path_of(export).unlink(missing_ok=True)


def delete_expired(now=None) -> int:
    deleted, _detail = ExportFile.objects.filter(expires_at__lte=now or timezone.now()).delete()
    return deleted
