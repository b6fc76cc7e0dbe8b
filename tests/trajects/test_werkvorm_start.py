"""Starting a traject from a werkvorm: traject, plan and planned meeting together, or nothing."""

import pytest
from django.utils.html import escape

from samenspraak.meetings.models import MeetingSession
from samenspraak.methods.models import Method, PlanItem
from samenspraak.organisations.roles import Role
from samenspraak.trajects.models import Traject
from samenspraak.trajects.werkvormen import label_for, werkvorm_for

from .werkvorm_factories import werkvorm_methods

START = "/werkruimte/lindewaard/trajecten/werkvormen/{}/"


@pytest.fixture
def methods(db):
    return werkvorm_methods()


@pytest.mark.django_db
def test_list_offers_the_five(client, member_client, methods):
    member_client(Role.MEDEWERKER)
    page = client.get("/werkruimte/lindewaard/trajecten/werkvormen/").content.decode()
    for key in ("landkaart", "werkbezoek", "wereldcafe", "de-week-van", "kunst-en-cultuur"):
        assert START.format(key) in page
        assert werkvorm_for(key).summary in page
    assert (
        "/trajecten/werkvormen/" in client.get("/werkruimte/lindewaard/trajecten/").content.decode()
    )


@pytest.mark.django_db
def test_start_page_is_prefilled(client, member_client, methods):
    member_client(Role.MEDEWERKER)
    page = client.get(START.format("wereldcafe")).content.decode()
    template = werkvorm_for("wereldcafe")
    assert f'value="{template.title}"' in page
    assert template.question in page
    assert template.steps[1].text in page


@pytest.mark.django_db
@pytest.mark.parametrize(
    "key", ["landkaart", "werkbezoek", "wereldcafe", "de-week-van", "kunst-en-cultuur"]
)
def test_starting_creates_traject_plan_and_planned_session(
    client, member_client, municipality, methods, key
):
    membership = member_client(Role.MEDEWERKER)
    response = client.post(
        START.format(key), {"title": "Samen verder", "question": "Waar staan we samen?"}
    )
    traject = Traject.objects.get()
    session = MeetingSession.objects.get()
    assert response.status_code == 302
    assert response["Location"] == session.get_absolute_url()
    assert (traject.municipality, traject.werkvorm, traject.title) == (
        municipality,
        key,
        "Samen verder",
    )
    assert traject.created_by == membership.user
    items = list(PlanItem.objects.filter(plan__traject=traject).order_by("position"))
    template = werkvorm_for(key)
    assert [(i.phase, i.who, i.when) for i in items] == [
        (s.phase, s.who, s.when) for s in template.steps
    ]
    assert all(i.method == methods[template.method] for i in items)
    assert items[0].notes.endswith(template.steps[0].text)
    assert (session.traject, session.method, session.harvest_form) == (
        traject,
        methods[template.method],
        template.harvest_form,
    )
    assert session.is_planned and session.participant_count is None
    assert session.harvest_settings == template.harvest_settings
    page = client.get(traject.get_absolute_url()).content.decode()
    assert escape(label_for(key)) in page
    assert session.get_absolute_url() in page


@pytest.mark.django_db
def test_empty_title_keeps_question_and_saves_nothing(client, member_client, methods):
    member_client(Role.MEDEWERKER)
    page = client.post(
        START.format("landkaart"), {"title": "  ", "question": "Mijn eigen vraag over samenwerken?"}
    ).content.decode()
    assert "foutmeldingen" in page
    assert "Mijn eigen vraag over samenwerken?</textarea>" in page
    assert not Traject.objects.exists()


@pytest.mark.django_db
def test_missing_catalogue_method_leaves_nothing_behind(client, member_client, methods):
    member_client(Role.MEDEWERKER)
    Method.objects.filter(slug="werkbezoek").delete()
    page = client.post(
        START.format("werkbezoek"), {"title": "Bezoek", "question": "Wat leren we?"}
    ).content.decode()
    assert "foutmeldingen" in page
    assert not Traject.objects.exists()
    assert not PlanItem.objects.exists()


@pytest.mark.django_db
def test_failure_after_the_plan_rolls_everything_back(
    member_client, municipality, methods, monkeypatch
):
    from django.core.exceptions import ValidationError

    from samenspraak.meetings import services as meeting_services
    from samenspraak.trajects.services import start_from_werkvorm

    def broken(**kwargs):
        raise ValidationError("kapot")

    monkeypatch.setattr(meeting_services, "plan_session", broken)
    with pytest.raises(ValidationError):
        start_from_werkvorm(
            municipality=municipality,
            created_by=None,
            werkvorm="landkaart",
            title="Kaart",
            question="Waar staan we?",
        )
    assert not Traject.objects.exists()
    assert not PlanItem.objects.exists()


@pytest.mark.django_db
def test_unknown_werkvorm_is_not_found(client, member_client, methods):
    member_client(Role.MEDEWERKER)
    assert client.get(START.format("escaperoom")).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["", "landkaart/"])
def test_roles_without_manage_trajects_get_403(client, member_client, methods, path):
    member_client(Role.ADVIESRAAD)
    url = "/werkruimte/lindewaard/trajecten/werkvormen/" + path
    assert client.get(url).status_code == 403
    assert client.post(url, {"title": "x", "question": "y"}).status_code == 403
    assert not Traject.objects.exists()


@pytest.mark.django_db
def test_another_municipality_gets_404(client, member_client, other_municipality, methods):
    member_client(Role.BEHEERDER, target=other_municipality)
    assert client.get(START.format("landkaart")).status_code == 404
    assert (
        client.post(START.format("landkaart"), {"title": "x", "question": "y"}).status_code == 404
    )
    assert not Traject.objects.exists()
