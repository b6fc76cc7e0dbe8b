import pytest

from samenspraak.organisations.roles import Role
from tests.factories import PASSWORD, MembershipFactory


@pytest.mark.django_db
def test_login_with_email_in_any_case(client, municipality):
    membership = MembershipFactory(municipality=municipality, role=Role.BEHEERDER)
    response = client.post(
        "/inloggen/", {"username": membership.user.email.upper(), "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.get(response.url, follow=True).request["PATH_INFO"] == "/werkruimte/lindewaard/"


@pytest.mark.django_db
def test_wrong_password_explains_in_dutch_and_keeps_email(client, municipality):
    membership = MembershipFactory(municipality=municipality)
    response = client.post("/inloggen/", {"username": membership.user.email, "password": "fout"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<title>Fout:" in html
    assert "Het e-mailadres of het wachtwoord klopt niet" in html
    assert f'value="{membership.user.email}"' in html


@pytest.mark.django_db
def test_empty_login_lists_each_problem_linked_to_its_field(client):
    html = client.post("/inloggen/", {}).content.decode()
    assert 'href="#id_username"' in html
    assert 'href="#id_password"' in html
    assert 'aria-describedby="id_username_error"' in html
    assert 'aria-invalid="true"' in html


@pytest.mark.django_db
def test_repeated_failed_logins_are_rate_limited(client, municipality):
    membership = MembershipFactory(municipality=municipality)
    statuses = [
        client.post("/inloggen/", {"username": membership.user.email, "password": "x"}).status_code
        for _ in range(11)
    ]
    assert statuses[:10] == [200] * 10
    assert statuses[10] == 429
    # Even the right password is refused while the limit holds.
    blocked = client.post("/inloggen/", {"username": membership.user.email, "password": PASSWORD})
    assert blocked.status_code == 429
    assert "Wacht even" in blocked.content.decode()


@pytest.mark.django_db
def test_logout_needs_post(client, member_client):
    member_client(Role.MEDEWERKER)
    assert client.get("/uitloggen/").status_code == 405
    assert client.post("/uitloggen/").status_code == 302
    assert client.get("/werkruimte/lindewaard/").status_code == 302


@pytest.mark.django_db
def test_passwords_are_hashed_with_argon2_in_production_settings(settings):
    from samenspraak import settings as production

    assert production.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")
