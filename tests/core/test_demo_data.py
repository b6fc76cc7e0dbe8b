import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models import Count

from samenspraak.insights.models import Contribution
from samenspraak.instruments.models import Instrument
from samenspraak.organisations.models import Membership, Municipality, Region
from samenspraak.organisations.roles import Role
from samenspraak.responses.selectors import complete_responses, standard_indicators
from samenspraak.trajects.models import Traject


@pytest.mark.django_db
def test_demo_data_is_complete_and_idempotent(capsys):
    call_command("load_demo")
    counts = (Region.objects.count(), Municipality.objects.count(), Membership.objects.count())
    call_command("load_demo")
    assert (
        Region.objects.count(),
        Municipality.objects.count(),
        Membership.objects.count(),
    ) == counts
    assert Municipality.objects.filter(region__isnull=False).count() == 3
    for municipality in Municipality.objects.all():
        roles = set(municipality.memberships.values_list("role", flat=True))
        assert roles >= set(Role.values)
    output = capsys.readouterr().out
    assert "beheerder@lindewaard.example" in output
    assert "samenspraak-demo" in output


@pytest.mark.django_db
def test_demo_beheerder_can_log_in(client):
    call_command("load_demo")
    user = get_user_model().objects.get(email="beheerder@lindewaard.example")
    assert user.check_password("samenspraak-demo")
    response = client.post(
        "/inloggen/", {"username": user.email, "password": "samenspraak-demo"}, follow=True
    )
    assert response.request["PATH_INFO"] == "/werkruimte/lindewaard/"
    assert "Overzicht Lindewaard" in response.content.decode()


@pytest.mark.django_db
def test_demo_has_a_plan_and_answered_questionnaires():
    call_command("load_demo")
    call_command("load_demo")
    traject = Traject.objects.get(municipality__slug="lindewaard")
    planned = set(traject.plan.items.values_list("method__slug", flat=True))
    assert {"toegangsscan", "klantreis", "praat-met-mij", "ceo-wmo"} <= planned
    scan, ceo = (
        Instrument.objects.get(traject=traject, template_key=key)
        for key in ("toegangsscan", "ceo-wmo")
    )
    assert complete_responses(scan).count() == 164
    # A 0-meting of 118 letters answered, and a 1-meting of 104 after the first actions.
    per_round = dict(complete_responses(ceo).values_list("round__number").annotate(n=Count("pk")))
    assert per_round == {0: 118, 1: 104}
    assert ceo.codes.filter(used_on__isnull=False).count() == 118 + 104
    assert standard_indicators(ceo)["counted"] == 118 + 104
    assert Contribution.objects.filter(instrument=scan).exists()


@pytest.mark.django_db
def test_demo_has_two_meeting_harvests_in_the_pool():
    from samenspraak.meetings.models import MeetingSession
    from samenspraak.methods.services import sync_catalogue

    sync_catalogue()  # as `make run` does before the demo
    call_command("load_demo")
    call_command("load_demo")
    sessions = MeetingSession.objects.filter(traject__municipality__slug="lindewaard")
    assert sessions.count() == 2
    harvest = Contribution.objects.filter(
        source_type="gespreksoogst", municipality__slug="lindewaard"
    )  # Oosterbeemd's demo landkaart (a werkvorm traject) has a harvest of its own
    assert harvest.count() == sum(session.items.count() for session in sessions) > 10
    assert set(harvest.values_list("traject__title", flat=True)) == {"Vindbare toegang tot de Wmo"}
    assert set(harvest.values_list("method__slug", flat=True)) == {"wereldcafe", "dialoogtafel"}


@pytest.mark.django_db
def test_demo_story_point_shows_only_approved_masked_stories(client):
    from samenspraak.stories.models import Story, StoryPoint

    call_command("load_demo")
    call_command("load_demo")
    point = StoryPoint.objects.get(traject__municipality__slug="lindewaard")
    assert set(point.stories.values_list("status", flat=True)) == set(Story.Status.values)
    html = client.get(f"/vertel/{point.public_code}/").content.decode()
    assert "[medewerker] van het wijkteam" in html
    assert "Anja" not in html
    assert "buurman" not in html  # internal only
    stories = Contribution.objects.filter(source_type="verhaal")
    assert stories.count() == 4  # three used stories, one with its most important change
    assert not stories.filter(created_on__gte=datetime.date(2026, 11, 1)).exists()


@pytest.mark.django_db
def test_demo_has_twenty_client_journeys_with_a_dip_at_the_start():
    from samenspraak.journeys.models import Journey
    from samenspraak.journeys.selectors import average_curve

    call_command("load_demo")
    call_command("load_demo")
    journey = Journey.objects.get(traject__municipality__slug="lindewaard")
    assert journey.entries.count() == 20
    assert journey.entries.filter(kind="schaduwreis").count() == 4
    means = {row["name"]: row["mean"] for row in average_curve(journey)}
    assert means["Zoeken en eerste contact"] < 0 < means["Het gesprek (keukentafelgesprek)"]
    notes = Contribution.objects.filter(source_type="klantreisfase")
    assert notes.exists()
    assert not notes.filter(created_on__gte=datetime.date(2026, 11, 1)).exists()


@pytest.mark.django_db
def test_demo_schouw_has_points_support_and_answers(client):
    from samenspraak.walks.models import Walk

    call_command("load_demo")
    call_command("load_demo")
    walk = Walk.objects.get(traject__municipality__slug="lindewaard")
    assert walk.points.count() == 7
    assert walk.points.filter(support_count__gt=0).count() == 7
    html = client.get(f"/schouw/{walk.public_code}/").content.decode()
    assert "De bel is op 2 november gerepareerd." in html
    assert Contribution.objects.filter(source_type="schouwpunt").count() == 7


@pytest.mark.django_db
def test_demo_mystery_guest_sees_only_their_visits(client):
    from samenspraak.mystery.models import Visit

    call_command("load_demo")
    call_command("load_demo")
    assert Visit.objects.filter(assignment__round__municipality__slug="lindewaard").count() == 5
    assert Visit.objects.count() == 5 + 8 + 7  # Oosterbeemd and Marenveld, for the region
    guest = get_user_model().objects.get(email="mysteryguest@lindewaard.example")
    client.force_login(guest)
    assert client.get("/werkruimte/lindewaard/").status_code == 403
    page = client.get("/werkruimte/lindewaard/mijn-bezoeken/").content.decode()
    assert "Respijtzorg voor een mantelzorger" in page


@pytest.mark.django_db
def test_demo_diary_shares_only_finished_entries():
    from samenspraak.diaries.models import Diary, Entry

    call_command("load_demo")
    call_command("load_demo")
    diary = Diary.objects.get(traject__municipality__slug="lindewaard")
    assert diary.participants.count() == 3
    assert diary.participants.filter(finished_on__isnull=True).count() == 1
    assert Contribution.objects.filter(source_type="dagboekdeel").count() == Entry.objects.count()
