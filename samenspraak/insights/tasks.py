"""Background work for the evidence pool, through Django's task interface."""

from django_tasks import task

from .models import ThemeRun


@task()
def discover_themes(run_pk: int) -> int:
    from .services import run_theme_discovery

    run = ThemeRun.objects.select_related("traject").get(pk=run_pk)
    return run_theme_discovery(run).themes.count()
