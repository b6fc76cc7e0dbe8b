"""The side-by-side comparison of a persona, checked by hand: phases as rows, municipalities as
columns, the totals and the summary in words, with and without anonymous mode."""

import pytest
from django.utils import translation

from samenspraak.personas.comparison import compare
from samenspraak.personas.services import StepInput
from tests.personas.factories import make_persona, record

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def persona(region, lindewaard, oosterbeemd, marenveld, lindewaard_staff, oosterbeemd_staff):
    persona = make_persona(region, name="Gerda")
    record(
        persona,
        lindewaard,
        lindewaard_staff.user,
        melding=StepInput(what_happens="Aan de telefoon.", waiting_days=3),
        gesprek=StepInput(what_happens="Thuis.", waiting_days=14, goes_well="Tijd genomen"),
    )
    record(
        persona,
        oosterbeemd,
        oosterbeemd_staff.user,
        melding=StepInput(what_happens="Formulier.", waiting_days=10),
        gesprek=StepInput(
            what_happens="Op het gemeentehuis.", waiting_days=28, gets_stuck="Geen ondersteuner"
        ),
        besluit=StepInput(what_happens="Brief.", gets_stuck="Brief onbegrijpelijk"),
    )
    return persona


def test_the_table_with_names(persona, lindewaard, marenveld, oosterbeemd):
    found = compare(persona, viewer_municipality_ids=[lindewaard.pk], anonymous=False)
    assert [c.label for c in found.columns] == ["Lindewaard", "Marenveld", "Oosterbeemd"]
    assert [c.own for c in found.columns] == [True, False, False]
    assert [c.recorded for c in found.columns] == [True, False, True]
    assert [row.phase.phase_key for row in found.rows][2:4] == ["melding", "gesprek"]
    melding = found.rows[2].cells
    assert (melding[0].what_happens, melding[1], melding[2].what_happens) == (
        "Aan de telefoon.",
        None,
        "Formulier.",
    )
    assert [c.total_waiting for c in found.columns] == [17, None, 38]
    assert found.columns[2].stuck_in == ["Het gesprek (keukentafelgesprek)", "Het besluit"]
    assert found.summary == [
        "2 of 3 municipalities have recorded how Gerda would get help.",
        "Lindewaard: no phase where it gets stuck. About 17 days of waiting in all.",
        "Oosterbeemd: it gets stuck in 2 phases (Het gesprek (keukentafelgesprek), Het besluit)."
        " About 38 days of waiting in all.",
        "Ik vraag om hulp: waiting from 3 days (Lindewaard) to 10 days (Oosterbeemd).",
        "Het gesprek (keukentafelgesprek): waiting from 14 days (Lindewaard) to 28 days "
        "(Oosterbeemd).",
    ]


def test_anonymous_mode_names_only_the_viewers_own_municipality(persona, lindewaard):
    found = compare(persona, viewer_municipality_ids=[lindewaard.pk], anonymous=True)
    labels = [c.label for c in found.columns]
    assert labels[0] == "Lindewaard"
    assert sorted(labels[1:]) == ["Municipality A", "Municipality B"]
    text = " ".join(found.summary)
    assert "Oosterbeemd" not in text and "Marenveld" not in text
    oosterbeemd_label = next(c.label for c in found.columns if c.recorded and not c.own)
    assert f"{oosterbeemd_label}: it gets stuck in 2 phases" in text


def test_a_reader_without_a_municipality_sees_only_letters(persona):
    found = compare(persona, viewer_municipality_ids=[], anonymous=True)
    assert sorted(c.label for c in found.columns) == [
        "Municipality A",
        "Municipality B",
        "Municipality C",
    ]
    assert not any(c.own for c in found.columns)


def test_the_page_shows_the_table_and_the_summary(client, persona, lindewaard_staff, region):
    region.compare_anonymously = False
    region.save()
    client.force_login(lindewaard_staff.user)
    page = client.get(f"/regio/waterland-zuid/personas/{persona.pk}/").content.decode()
    assert "Brief onbegrijpelijk" in page and "Aan de telefoon." in page
    assert 'scope="col"><strong>Lindewaard</strong></th>' in page
    assert 'scope="col">Marenveld</th>' in page and 'scope="col">Oosterbeemd</th>' in page
    assert "nog niet ingevuld" in page or "not recorded yet" in page  # Marenveld's cells
