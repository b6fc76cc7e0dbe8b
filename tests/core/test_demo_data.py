import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from samenspraak.organisations.models import Membership, Municipality, Region
from samenspraak.organisations.roles import Role


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
