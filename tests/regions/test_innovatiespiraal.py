"""The innovatiespiraal: phases in order, roles never names, evidence only from what member
municipalities share, and a drawing whose text version says the same."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from samenspraak.insights.findings import save_finding
from samenspraak.regions import innovation, spiral
from samenspraak.regions.models import InnovationPhase, ParticipantRole
from samenspraak.regions.roles import RegionRole
from tests.factories import TrajectFactory, TrajectSharingFactory

pytestmark = pytest.mark.django_db

DAY = datetime.date(2027, 2, 1)


@pytest.fixture
def item(region):
    return innovation.save_innovation(
        region=region, title="Vanzelfsprekend doorverwijzen", user=None
    )


def record(item, phase, **extra):
    fields = {"happened_on": DAY, "what_happened": "Een eerste gesprek.", **extra}
    return innovation.record_phase(
        innovation=item,
        phase=phase,
        participants=extra.pop("participants", ["beleid"]),
        findings=fields.pop("findings", ()),
        user=None,
        **{k: v for k, v in fields.items() if k != "participants"},
    )


def test_phases_are_recorded_in_order_and_cannot_be_skipped(item):
    with pytest.raises(ValidationError, match=r"fase 1|phase 1"):
        record(item, 2)
    record(item, 1)
    record(item, 2)
    with pytest.raises(ValidationError):
        record(item, 4)
    record(item, 1, what_happened="Beter beschreven.")  # going back to edit is allowed
    assert innovation.furthest_phase(item) == 2
    assert InnovationPhase.objects.get(phase=1).what_happened == "Beter beschreven."
    with pytest.raises(ValidationError):
        record(item, 8)


def test_participants_are_roles_from_the_list(item):
    with pytest.raises(ValidationError):
        record(item, 1, participants=[])
    with pytest.raises(ValidationError):
        record(item, 1, participants=["Jan de Vries"])
    saved = record(item, 1, participants=["inwoners", "beleid", "inwoners"])
    assert saved.participants == ["inwoners", "beleid"]
    assert saved.participant_labels == [
        str(ParticipantRole.INWONERS.label),
        str(ParticipantRole.BELEID.label),
    ]


def test_evidence_only_from_trajects_shared_with_the_region(item, lindewaard, oosterbeemd):
    shared = TrajectFactory(municipality=lindewaard)
    TrajectSharingFactory(traject=shared, level="aggregaten")
    kept_home = TrajectFactory(municipality=oosterbeemd)
    usable = save_finding(traject=shared, statement="Niemand kent de cliëntondersteuner.")
    private = save_finding(traject=kept_home, statement="Alleen voor Oosterbeemd.")
    assert list(innovation.evidence_choices(item.region)) == [usable]
    with pytest.raises(ValidationError):
        record(item, 1, findings=[private])
    saved = record(item, 1, findings=[usable])
    assert list(saved.findings.all()) == [usable]


def test_the_text_version_names_every_phase_and_where_it_is(item):
    record(item, 1)
    record(item, 2)
    rows = innovation.phase_overview(item)
    assert [row["phase"].number for row in rows] == [1, 2, 3, 4, 5, 6, 7]
    assert [row["reached"] for row in rows] == [True, True] + [False] * 5
    assert [row["current"] for row in rows].index(True) == 1
    assert rows[2]["next"]
    drawing = spiral.drawing(2)
    assert [dot["reached"] for dot in drawing["dots"]] == [True, True] + [False] * 5
    assert all(
        0 <= dot["x"] <= spiral.SIZE and 0 <= dot["y"] <= spiral.SIZE for dot in drawing["dots"]
    )


def test_readers_read_and_coordinators_record(client, region_client, region, item):
    base = f"/regio/{region.slug}/innovatiespiraal/"
    region_client(region, RegionRole.LEZER)
    assert client.get(base).status_code == 200
    page = client.get(f"{base}{item.pk}/").content.decode()
    assert "Vanzelfsprekend doorverwijzen" in page
    assert client.get(f"{base}{item.pk}/fasen/1/").status_code == 403
    assert client.post(f"{base}nieuw/", {"title": "Iets nieuws"}).status_code == 403
    region_client(region, RegionRole.COORDINATOR)
    response = client.post(
        f"{base}{item.pk}/fasen/1/",
        {
            "happened_on": "2027-02-01",
            "what_happened": "Gesprek met toegangsmedewerkers.",
            "participants": ["toegang", "clientondersteuning"],
        },
    )
    assert response.status_code == 302
    assert InnovationPhase.objects.get().participants == ["toegang", "clientondersteuning"]
    created = client.post(f"{base}nieuw/", {"title": "Informele cliëntondersteuners"})
    assert created.status_code == 302


def test_a_skipped_phase_gets_an_error_and_keeps_the_input(client, region_client, region, item):
    region_client(region, RegionRole.COORDINATOR)
    response = client.post(
        f"/regio/{region.slug}/innovatiespiraal/{item.pk}/fasen/3/",
        {"happened_on": "2027-02-01", "what_happened": "Te vroeg.", "participants": ["beleid"]},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Te vroeg." in html
    assert not InnovationPhase.objects.exists()


def test_another_region_cannot_see_the_innovation(client, region_client, other_region, item):
    region_client(other_region, RegionRole.COORDINATOR)
    url = f"/regio/{item.region.slug}/innovatiespiraal/{item.pk}/"
    assert client.get(url).status_code == 404
    own = f"/regio/{other_region.slug}/innovatiespiraal/{item.pk}/"
    assert client.get(own).status_code == 404
