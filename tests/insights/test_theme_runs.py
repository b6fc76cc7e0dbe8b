"""Theme discovery in the workspace: a background run, then a person decides per theme."""

import pytest
from django.core.exceptions import ValidationError

from samenspraak.insights import services
from samenspraak.insights.models import CodeSuggestion, Coding, DiscoveredTheme, ThemeRun
from samenspraak.organisations.roles import Role
from tests.factories import ContributionFactory, TrajectFactory, UserFactory
from tests.insights.test_themes_command import TEXTS

pytestmark = pytest.mark.django_db


@pytest.fixture
def traject(municipality):
    traject = TrajectFactory(municipality=municipality)
    for texts in TEXTS.values():
        for text in texts:
            ContributionFactory(traject=traject, text=text)
    return traject


def test_run_through_the_page_finds_themes_with_quotes(
    client, member_client, traject, django_capture_on_commit_callbacks
):
    member_client(Role.MEDEWERKER)
    url = f"/werkruimte/lindewaard/trajecten/{traject.pk}/themas/"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"n_themes": "3"})
    run = ThemeRun.objects.get()
    assert response.url.endswith(f"/themas/{run.pk}/")
    assert (run.status, run.progress, run.text_count) == ("klaar", 100, 18)
    themes = list(run.themes.all())
    assert len(themes) == 3
    assert sum(theme.size for theme in themes) == 18
    page = client.get(response.url).content.decode()
    assert themes[0].label in page
    assert "Ik wacht al drie maanden" in page or "eigen bijdrage" in page or "telefoon" in page
    assert 'http-equiv="refresh"' not in page


def test_too_few_texts_is_a_clear_error(municipality):
    traject = TrajectFactory(municipality=municipality)
    ContributionFactory(traject=traject)
    with pytest.raises(ValidationError):
        services.start_theme_run(traject=traject, user=UserFactory())


def run_for(traject):
    run = ThemeRun.objects.create(traject=traject, n_themes=3)
    return services.run_theme_discovery(run)


def test_accepting_a_theme_makes_a_code_and_suggestions_not_codings(traject):
    run = run_for(traject)
    theme = run.themes.first()
    user = UserFactory()
    code = services.accept_theme(theme=theme, name="Lang wachten", user=user)
    assert code.name == "Lang wachten"
    assert code.codebook.traject == traject
    assert CodeSuggestion.objects.filter(code=code, coder=user).count() == theme.size
    assert not Coding.objects.exists()
    theme.refresh_from_db()
    assert theme.status == DiscoveredTheme.Status.ACCEPTED
    with pytest.raises(ValidationError):
        services.accept_theme(theme=theme, name="Nog eens", user=user)


def test_merge_rename_and_reject(traject):
    run = run_for(traject)
    first, second, third = run.themes.all()
    services.merge_themes(target=first, others=[second])
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.size == 12 and len(first.members) == 12
    assert second.status == DiscoveredTheme.Status.MERGED
    services.rename_theme(theme=first, label="Bereikbaar en betaalbaar")
    first.refresh_from_db()
    assert first.label == "Bereikbaar en betaalbaar"
    with pytest.raises(ValidationError):
        services.rename_theme(theme=first, label="  ")
    services.reject_theme(theme=third)
    third.refresh_from_db()
    assert third.status == DiscoveredTheme.Status.REJECTED


def test_a_running_run_refreshes_itself(client, member_client, traject):
    member_client(Role.MEDEWERKER)
    run = ThemeRun.objects.create(traject=traject, status="bezig", progress=30, text_count=18)
    page = client.get(f"/werkruimte/lindewaard/trajecten/{traject.pk}/themas/{run.pk}/")
    assert 'http-equiv="refresh"' in page.content.decode()
