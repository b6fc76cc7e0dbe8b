"""Each role reaches exactly the staff pages its permissions allow."""

import pytest

from samenspraak.organisations.roles import Role

PAGES = {
    "dashboard": "/werkruimte/lindewaard/",
    "members": "/werkruimte/lindewaard/leden/",
    "theme": "/werkruimte/lindewaard/huisstijl/",
}
ALLOWED = {
    Role.BEHEERDER: {"dashboard", "members", "theme"},
    Role.ANALIST: {"dashboard"},
    Role.MEDEWERKER: {"dashboard"},
    Role.ADVIESRAAD: {"dashboard"},
    Role.VRIJWILLIGER: {"dashboard"},
    Role.MYSTERY_GUEST: set(),
}


@pytest.mark.django_db
@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("page", list(PAGES))
def test_role_reaches_only_its_pages(client, member_client, role, page):
    member_client(role)
    status = client.get(PAGES[page]).status_code
    assert status == (200 if page in ALLOWED[role] else 403)


@pytest.mark.django_db
def test_navigation_shows_only_permitted_links(client, member_client):
    member_client(Role.ADVIESRAAD)
    html = client.get(PAGES["dashboard"]).content.decode()
    assert PAGES["members"] not in html
    assert PAGES["theme"] not in html


@pytest.mark.django_db
def test_member_of_one_municipality_goes_straight_to_its_dashboard(client, member_client):
    member_client(Role.MEDEWERKER)
    response = client.get("/werkruimte/")
    assert response.status_code == 302
    assert response.url == PAGES["dashboard"]


@pytest.mark.django_db
def test_member_of_several_municipalities_chooses(client, member_client, other_municipality):
    membership = member_client(Role.MEDEWERKER)
    from tests.factories import MembershipFactory

    MembershipFactory(user=membership.user, municipality=other_municipality)
    html = client.get("/werkruimte/").content.decode()
    assert "/werkruimte/lindewaard/" in html
    assert "/werkruimte/oosterbeemd/" in html
