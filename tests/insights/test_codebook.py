"""A codebook per traject: from the access template or empty, two levels, clear errors."""

import pytest
from django.core.exceptions import ValidationError

from samenspraak.insights import services
from samenspraak.insights.models import Code
from samenspraak.organisations.roles import Role
from tests.factories import TrajectFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def traject(municipality):
    return TrajectFactory(municipality=municipality)


def test_template_gives_two_levels_of_access_codes(traject):
    book = services.start_codebook(traject=traject, from_template=True)
    names = set(book.codes.filter(parent__isnull=True).values_list("name", flat=True))
    assert {"Wachttijd", "Bereikbaarheid", "Bejegening", "Informatie", "Deskundigheid"} <= names
    child = book.codes.get(name="Wachten op een besluit")
    assert child.parent.name == "Wachttijd"
    assert not Code.objects.filter(parent__parent__isnull=False).exists()


def test_a_codebook_with_codes_is_not_started_twice(traject):
    services.start_codebook(traject=traject, from_template=True)
    with pytest.raises(ValidationError):
        services.start_codebook(traject=traject, from_template=True)


def test_codes_go_only_one_level_deep(traject):
    book = services.start_codebook(traject=traject, from_template=True)
    child = book.codes.get(name="Wachten op een besluit")
    with pytest.raises(ValidationError) as error:
        services.save_code(codebook=book, name="Te diep", parent=child)
    assert "parent" in error.value.message_dict


def test_duplicate_name_is_a_clear_error(traject):
    book = services.start_codebook(traject=traject, from_template=False)
    services.save_code(codebook=book, name="Parkeren")
    with pytest.raises(ValidationError) as error:
        services.save_code(codebook=book, name="Parkeren")
    assert "name" in error.value.message_dict


def test_code_form_keeps_input_on_error(client, member_client, traject):
    member_client(Role.MEDEWERKER)
    book = services.start_codebook(traject=traject, from_template=False)
    services.save_code(codebook=book, name="Parkeren")
    url = f"/werkruimte/lindewaard/trajecten/{traject.pk}/codeboek/nieuw/"
    response = client.post(
        url, {"name": "Parkeren", "description": "Geen plek bij het loket", "colour": "#0072B2"}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Geen plek bij het loket" in page
    assert book.codes.count() == 1


def test_start_from_template_through_the_page(client, member_client, traject):
    member_client(Role.MEDEWERKER)
    url = f"/werkruimte/lindewaard/trajecten/{traject.pk}/codeboek/"
    client.post(url + "starten/", {"sjabloon": "1"})
    assert "Wachttijd" in client.get(url).content.decode()


def test_advisory_council_reads_but_cannot_change(client, member_client, traject):
    member_client(Role.ADVIESRAAD)
    url = f"/werkruimte/lindewaard/trajecten/{traject.pk}/codeboek/"
    assert client.get(url).status_code == 200
    assert client.post(url + "starten/", {"sjabloon": "1"}).status_code == 403
