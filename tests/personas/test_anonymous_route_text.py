"""Anonymously, the route texts of other municipalities must not give their letter away: the
names of member municipalities in those texts give way to a neutral word, on the page and in
the card, while the viewer's own route and every route by name stay as written."""

from io import BytesIO

import pytest
from django.utils import translation
from pypdf import PdfReader

from samenspraak.organisations.roles import Role
from samenspraak.personas.comparison import TEXT_FIELDS, compare
from samenspraak.personas.models import PersonaStep
from samenspraak.personas.services import StepInput
from tests.factories import MembershipFactory
from tests.personas.factories import make_persona, record

pytestmark = pytest.mark.django_db

NAMES = ("lindewaard", "oosterbeemd", "marenveld")


@pytest.fixture
def persona(region, lindewaard, oosterbeemd, marenveld, lindewaard_staff, oosterbeemd_staff):
    persona = make_persona(region, name="Gerda")
    record(
        persona,
        lindewaard,
        lindewaard_staff.user,
        melding=StepInput(where_who="Wmo-loket Lindewaard", what_happens="Lindewaard belt terug."),
    )
    record(
        persona,
        oosterbeemd,
        oosterbeemd_staff.user,
        melding=StepInput(
            where_who="Wmo-loket Oosterbeemd",
            what_happens="Het WIJKTEAM van oosterbeemd komt langs, met Regio Waterland-Zuid.",
            goes_well="Snel in Oosterbeemd-Noord",
            gets_stuck="Doorverwezen naar Lindewaard en daarna naar MARENVELD",
        ),
    )
    marenveld_staff = MembershipFactory(municipality=marenveld, role=Role.MEDEWERKER)
    record(
        persona,
        marenveld,
        marenveld_staff.user,
        gesprek=StepInput(
            what_happens="Thuis.", gets_stuck="wijkteam Marenveld heeft een wachtlijst"
        ),
    )
    return persona


def _texts(found, index) -> str:
    return " ".join(
        getattr(step, name)
        for row in found.rows
        if (step := row.cells[index])
        for name in TEXT_FIELDS
    ).lower()


def test_other_columns_name_no_member_municipality(persona, lindewaard, oosterbeemd):
    with translation.override("en"):
        found = compare(persona, viewer_municipality_ids=[lindewaard.pk], anonymous=True)
    assert found.columns[0].own
    melding = found.rows[2].cells
    assert (melding[0].where_who, melding[0].what_happens) == (
        "Wmo-loket Lindewaard",
        "Lindewaard belt terug.",
    )
    for index in (1, 2):
        texts = _texts(found, index)
        assert texts and not any(name in texts for name in NAMES)
    # Letters are dealt by a keyed hash of the ids, so find Oosterbeemd's column by its id.
    index = next(i for i, c in enumerate(found.columns) if c.municipality_id == oosterbeemd.pk)
    oosterbeemd = melding[index]
    assert oosterbeemd.where_who == "Wmo-loket the municipality"
    assert oosterbeemd.what_happens == (
        "Het WIJKTEAM van the municipality komt langs, met Regio Waterland-Zuid."
    )
    assert oosterbeemd.goes_well == "Snel in the municipality-Noord"
    assert oosterbeemd.gets_stuck == (
        "Doorverwezen naar the municipality en daarna naar the municipality"
    )
    assert PersonaStep.objects.filter(where_who="Wmo-loket Oosterbeemd").exists()


def test_a_viewer_without_a_municipality_reads_every_column_neutrally(persona):
    found = compare(persona, viewer_municipality_ids=[], anonymous=True)
    for index in range(3):
        texts = _texts(found, index)
        assert texts and not any(name in texts for name in NAMES)


def test_by_name_the_texts_are_unchanged(persona, lindewaard):
    found = compare(persona, viewer_municipality_ids=[lindewaard.pk], anonymous=False)
    assert [c.label for c in found.columns] == ["Lindewaard", "Marenveld", "Oosterbeemd"]
    assert found.rows[2].cells[2].where_who == "Wmo-loket Oosterbeemd"
    assert found.rows[2].cells[2].gets_stuck == (
        "Doorverwezen naar Lindewaard en daarna naar MARENVELD"
    )
    assert found.rows[3].cells[1].gets_stuck == "wijkteam Marenveld heeft een wachtlijst"


def test_the_page_shows_the_own_text_and_no_other_name(client, persona, lindewaard_staff):
    client.force_login(lindewaard_staff.user)
    page = client.get(f"/regio/waterland-zuid/personas/{persona.pk}/").content.decode()
    assert "Wmo-loket Lindewaard" in page and "Lindewaard belt terug." in page
    assert "Wmo-loket " in page.replace("Wmo-loket Lindewaard", "")
    assert "oosterbeemd" not in page.lower() and "marenveld" not in page.lower()


def test_the_page_by_name_shows_the_texts_as_written(client, persona, region, lindewaard_staff):
    region.compare_anonymously = False
    region.save()
    client.force_login(lindewaard_staff.user)
    page = client.get(f"/regio/waterland-zuid/personas/{persona.pk}/").content.decode()
    assert "Wmo-loket Oosterbeemd" in page
    assert "wijkteam Marenveld heeft een wachtlijst" in page


def test_the_card_carries_no_route_of_another_municipality(client, persona, lindewaard_staff):
    client.force_login(lindewaard_staff.user)
    response = client.get(f"/regio/waterland-zuid/personas/{persona.pk}/kaart.pdf")
    reader = PdfReader(BytesIO(response.content))
    text = " ".join(page.extract_text() for page in reader.pages).replace("\n", " ").lower()
    assert "gerda" in text
    assert not any(name in text for name in ("oosterbeemd", "marenveld", "wijkteam"))
