"""Background work for raw-data exports, through the task layer (see core.background)."""

from django.utils.translation import gettext_lazy
from django_tasks import task

from samenspraak.core.background import describe

from .models import ExportFile


def _municipality(export_pk: int):
    return (
        ExportFile.objects.filter(pk=export_pk)
        .values_list("instrument__municipality_id", flat=True)
        .first()
    )


# Writing the same data fails the same way again; three attempts are enough.
@describe(gettext_lazy("Raw-data export file"), municipality=_municipality, max_attempts=3)
@task()
def make_export_file(export_pk: int) -> str:
    from .export_files import write

    export = ExportFile.objects.select_related("instrument").filter(pk=export_pk).first()
    if export is None:
        return "verwijderd"  # replaced by a newer request, or expired, before it ran
    return write(export).status
