import re
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone

from samenspraak.organisations.models import Invitation, Membership
from samenspraak.organisations.roles import Role
from tests.factories import MembershipFactory, UserFactory


def invite(client, email="nieuw@lindewaard.nl", role=Role.ANALIST):
    return client.post("/werkruimte/lindewaard/leden/", {"email": email, "role": role})


def invitation_link():
    return re.search(r"http://testserver(/uitnodiging/[^/\s]+/)", mail.outbox[-1].body).group(1)


@pytest.mark.django_db(transaction=True)
def test_invited_person_creates_account_and_joins(client, member_client, municipality):
    member_client(Role.BEHEERDER)
    assert invite(client).status_code == 302
    assert mail.outbox[-1].to == ["nieuw@lindewaard.nl"]
    link = invitation_link()
    client.logout()

    response = client.post(
        link,
        {
            "full_name": "Nieuwe Collega",
            "password1": "lang-en-veilig-77",
            "password2": "lang-en-veilig-77",
        },
    )
    assert response.status_code == 302
    user = get_user_model().objects.get(email="nieuw@lindewaard.nl")
    assert Membership.objects.get(user=user, municipality=municipality).role == Role.ANALIST
    assert user.password.startswith("md5$") or user.check_password("lang-en-veilig-77")
    # The link works only once.
    client.logout()
    assert client.get(link).status_code == 404


@pytest.mark.django_db(transaction=True)
def test_weak_or_mismatched_password_keeps_the_name(client, member_client):
    member_client(Role.BEHEERDER)
    invite(client)
    link = invitation_link()
    client.logout()
    response = client.post(
        link, {"full_name": "Nieuwe Collega", "password1": "12345678", "password2": "12345678"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="Nieuwe Collega"' in html
    assert not get_user_model().objects.filter(email="nieuw@lindewaard.nl").exists()


@pytest.mark.django_db
def test_expired_invitation_is_refused(client, municipality):
    invitation = Invitation.objects.create(
        municipality=municipality,
        email="laat@example.org",
        role=Role.MEDEWERKER,
        expires_at=timezone.now() - timedelta(minutes=1),
    )
    assert client.get(f"/uitnodiging/{invitation.token}/").status_code == 404


@pytest.mark.django_db(transaction=True)
def test_existing_account_joins_after_login(client, member_client, municipality):
    member_client(Role.BEHEERDER)
    existing = UserFactory(email="bestaand@example.org")
    invite(client, email="bestaand@example.org", role=Role.ADVIESRAAD)
    link = invitation_link()
    client.logout()
    assert 'href="/inloggen/?next=' in client.get(link).content.decode()
    client.force_login(existing)
    client.post(link)
    assert Membership.objects.get(user=existing, municipality=municipality).role == Role.ADVIESRAAD


@pytest.mark.django_db
def test_member_cannot_be_invited_twice(client, member_client, municipality):
    member_client(Role.BEHEERDER)
    MembershipFactory(municipality=municipality, user=UserFactory(email="al@example.org"))
    response = invite(client, email="al@example.org")
    assert response.status_code == 200
    assert Invitation.objects.count() == 0


@pytest.mark.django_db
def test_invalid_email_gives_dutch_error_and_keeps_input(client, member_client):
    member_client(Role.BEHEERDER)
    response = invite(client, email="geen-adres")
    html = response.content.decode()
    assert "<title>Fout:" in html
    assert 'value="geen-adres"' in html
    assert 'href="#id_email"' in html
