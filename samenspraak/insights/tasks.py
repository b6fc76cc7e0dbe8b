"""Background work for the evidence pool, through Django's task interface."""

from django_tasks import task

from .models import ThemeRun


@task()
def discover_themes(run_pk: int) -> int:
    from .services import run_theme_discovery

    run = ThemeRun.objects.select_related("traject").get(pk=run_pk)
    return run_theme_discovery(run).themes.count()


@task()
def make_report(report_pk: int) -> str:
    from .findings import render_report
    from .models import Report

    report = Report.objects.select_related("traject__municipality").get(pk=report_pk)
    return render_report(report).status
