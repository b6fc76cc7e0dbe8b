"""The printable persona card: a tagged PDF with the name, the help question, the journey and
the mark of the group it was made with."""

from io import BytesIO

import pytest
from pypdf import PdfReader

from samenspraak.personas.services import PhaseInput
from tests.personas.factories import make_persona

pytestmark = pytest.mark.django_db


def test_the_card_is_a_tagged_pdf_with_the_persona(client, region, reader):
    persona = make_persona(
        region,
        name="Kevin",
        help_question="Hulp met de brieven.",
        made_with_group=True,
        group="mensen met een licht verstandelijke beperking",
        journey={"gesprek": PhaseInput("Veel moeilijke woorden.", -2)},
    )
    client.force_login(reader.user)
    response = client.get(f"/regio/waterland-zuid/personas/{persona.pk}/kaart.pdf")
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert 'filename="persona-kevin.pdf"' in response["Content-Disposition"]
    reader_ = PdfReader(BytesIO(response.content))
    text = " ".join(page.extract_text() for page in reader_.pages).replace("\n", " ")
    assert "Kevin" in text
    assert "Hulp met de brieven." in text
    assert "Veel moeilijke woorden." in text and "-2" in text.replace("−", "-")
    assert "licht verstandelijke beperking" in text
    assert "/StructTreeRoot" in reader_.trailer["/Root"]
    width, height = reader_.pages[0].mediabox.width, reader_.pages[0].mediabox.height
    assert (round(float(width)), round(float(height))) == (420, 595)  # A5 in points
