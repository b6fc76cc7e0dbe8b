"""Background work for the evidence pool, through Django's task interface."""

from django.utils.translation import gettext_lazy as _
from django_tasks import task

from samenspraak.core.background import describe

from .models import Report, ThemeRun


def _run_municipality(run_pk: int):
    return (
        ThemeRun.objects.filter(pk=run_pk)
        .values_list("traject__municipality_id", flat=True)
        .first()
    )


def _report_municipality(report_pk: int):
    return (
        Report.objects.filter(pk=report_pk)
        .values_list("traject__municipality_id", flat=True)
        .first()
    )


# Both take minutes of work and fail the same way again on a fault in the data: three attempts.
@describe(_("Suggest themes"), municipality=_run_municipality, max_attempts=3)
@task()
def discover_themes(run_pk: int) -> int:
    from .services import run_theme_discovery

    run = ThemeRun.objects.select_related("traject").get(pk=run_pk)
    return run_theme_discovery(run).themes.count()


@describe(
    _("Make a report version (web page and PDF)"), municipality=_report_municipality, max_attempts=3
)
@task()
def make_report(report_pk: int) -> str:
    from .findings import render_report

    report = Report.objects.select_related("traject__municipality").get(pk=report_pk)
    return render_report(report).status
