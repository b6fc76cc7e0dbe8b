"""Only staff who run trajects in the owning municipality decide what a traject shares."""

import pytest

from samenspraak.organisations.roles import Role
from samenspraak.regions import services
from samenspraak.regions.models import SharingLevel, TrajectSharing
from tests.factories import MembershipFactory, MunicipalityFactory, TrajectFactory


@pytest.fixture
def traject(lindewaard):
    return TrajectFactory(municipality=lindewaard, title="Vindbare toegang")


def url(traject):
    return f"/werkruimte/{traject.municipality.slug}/trajecten/{traject.pk}/delen-met-regio/"


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.BEHEERDER, Role.ANALIST, Role.MEDEWERKER])
def test_staff_who_run_trajects_set_the_level(client, staff_client, traject, role):
    membership = staff_client(traject.municipality, role)
    assert client.get(url(traject)).status_code == 200
    response = client.post(url(traject), {"level": SharingLevel.CITATEN})
    assert response.status_code == 302
    sharing = TrajectSharing.objects.get(traject=traject)
    assert sharing.level == SharingLevel.CITATEN
    assert sharing.changed_by == membership.user
    assert sharing.changed_at is not None


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.ADVIESRAAD, Role.VRIJWILLIGER, Role.MYSTERY_GUEST])
def test_other_roles_cannot_change_the_level(client, staff_client, traject, role):
    staff_client(traject.municipality, role)
    assert client.post(url(traject), {"level": SharingLevel.CITATEN}).status_code == 403
    assert not TrajectSharing.objects.exists()


@pytest.mark.django_db
def test_staff_of_another_municipality_in_the_region_cannot(
    client, staff_client, traject, oosterbeemd
):
    staff_client(oosterbeemd, Role.BEHEERDER)
    other_url = f"/werkruimte/oosterbeemd/trajecten/{traject.pk}/delen-met-regio/"
    assert client.post(other_url, {"level": SharingLevel.CITATEN}).status_code == 404
    assert client.post(url(traject), {"level": SharingLevel.CITATEN}).status_code == 404
    assert not TrajectSharing.objects.exists()


@pytest.mark.django_db
def test_a_municipality_without_a_region_cannot_share(client, staff_client):
    alone = MunicipalityFactory(slug="eiland", region=None)
    traject = TrajectFactory(municipality=alone)
    staff_client(alone, Role.BEHEERDER)
    response = client.post(url(traject), {"level": SharingLevel.AGGREGATEN})
    assert response.status_code == 200
    assert response.context["form"].errors["level"]
    assert not TrajectSharing.objects.exists()


@pytest.mark.django_db
def test_a_choice_is_required(client, staff_client, traject):
    staff_client(traject.municipality, Role.BEHEERDER)
    response = client.post(url(traject), {})
    assert response.context["form"].errors["level"]
    assert response.content.decode().count("Fout:") >= 1


@pytest.mark.django_db
def test_the_last_change_is_recorded_and_the_same_level_keeps_it(traject):
    first = MembershipFactory(municipality=traject.municipality, role=Role.BEHEERDER).user
    second = MembershipFactory(municipality=traject.municipality, role=Role.ANALIST).user
    sharing = services.set_sharing(traject=traject, level=SharingLevel.AGGREGATEN, user=first)
    changed_at = sharing.changed_at
    again = services.set_sharing(traject=traject, level=SharingLevel.AGGREGATEN, user=second)
    assert (again.changed_by, again.changed_at) == (first, changed_at)
    lowered = services.set_sharing(traject=traject, level=SharingLevel.NIETS, user=second)
    assert lowered.changed_by == second and lowered.changed_at > changed_at


@pytest.mark.django_db
def test_the_traject_page_links_to_the_sharing_form(client, staff_client, traject):
    staff_client(traject.municipality, Role.MEDEWERKER)
    page = client.get(traject.get_absolute_url()).content.decode()
    assert url(traject) in page
    staff_client(traject.municipality, Role.ADVIESRAAD)
    assert url(traject) not in client.get(traject.get_absolute_url()).content.decode()


@pytest.mark.django_db
def test_the_dashboard_links_to_the_region_space(client, staff_client, lindewaard):
    staff_client(lindewaard, Role.ADVIESRAAD)
    assert "/regio/waterland-zuid/" in client.get("/werkruimte/lindewaard/").content.decode()
    alone = MunicipalityFactory(slug="eiland", region=None)
    staff_client(alone, Role.BEHEERDER)
    assert "/regio/" not in client.get("/werkruimte/eiland/").content.decode()
