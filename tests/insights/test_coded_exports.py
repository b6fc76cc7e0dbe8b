"""Coded data leaves as CSV/XLSX and as a REFI-QDA project that passes the standard's schema."""

import csv
import io
import zipfile
from pathlib import Path

import pytest
import xmlschema

from samenspraak.insights import services
from samenspraak.insights.qdpx import project_xml
from samenspraak.organisations.roles import Role
from samenspraak.responses.models import ExportRecord
from tests.factories import ContributionFactory, TrajectFactory, UserFactory

pytestmark = pytest.mark.django_db
SCHEMA = Path(__file__).parent / "data" / "refi-qda-project-1.0.xsd"
NS = "{urn:QDA-XML:project:1.0}"


@pytest.fixture
def traject(municipality):
    traject = TrajectFactory(municipality=municipality, title="Toegang & wachttijd <2026>")
    book = services.start_codebook(traject=traject, from_template=True)
    wait = book.codes.get(name="Wachten op een besluit")
    info = book.codes.get(name="Informatie")
    first, second = UserFactory(full_name="Anna Analist"), UserFactory()
    contribution = ContributionFactory(
        traject=traject,
        text="Jan Smit wachtte acht weken op de brief.",
        masked_text="[naam] wachtte acht weken op de brief.",
        channel="online",
    )
    services.apply_code(contributions=[contribution], code=wait, coder=first, fragment="acht weken")
    services.apply_code(contributions=[contribution], code=info, coder=second)
    other = ContributionFactory(traject=traject, text="=SUM(A1) is geen formule")
    services.apply_code(contributions=[other], code=info, coder=first)
    return traject


def test_qdpx_is_valid_against_the_refi_schema(traject):
    xml = project_xml(traject)
    schema = xmlschema.XMLSchema(SCHEMA)
    schema.validate(xml.decode())
    root = xmlschema.XMLResource(xml.decode()).root
    codes = [code.get("name") for code in root.iter(f"{NS}Code")]
    assert "Wachttijd" in codes and "Wachten op een besluit" in codes
    # The sub-code sits inside its main code.
    main = next(c for c in root.iter(f"{NS}Code") if c.get("name") == "Wachttijd")
    assert any(c.get("name") == "Wachten op een besluit" for c in main.findall(f"{NS}Code"))
    texts = [t.text for t in root.iter(f"{NS}PlainTextContent")]
    assert "[naam] wachtte acht weken op de brief." in texts
    assert not any("Jan Smit" in (t or "") for t in texts)
    selections = {
        (s.get("startPosition"), s.get("endPosition")) for s in root.iter(f"{NS}PlainTextSelection")
    }
    assert ("15", "25") in selections  # "acht weken" in the masked text


def test_invalid_project_is_caught_by_the_schema():
    schema = xmlschema.XMLSchema(SCHEMA)
    bad = '<Project xmlns="urn:QDA-XML:project:1.0"><Users><User name="x"/></Users></Project>'
    assert not schema.is_valid(bad)


def test_downloads_are_recorded_and_safe(client, member_client, traject):
    member_client(Role.ANALIST)
    base = f"/werkruimte/lindewaard/trajecten/{traject.pk}/"
    response = client.get(base + "codering.csv")
    content = b"".join(response.streaming_content).decode().lstrip("\ufeff")
    rows = list(csv.reader(io.StringIO(content)))
    assert rows[0][0] == "bijdrage_id"
    assert len(rows) == 4
    assert any(cell.startswith("'=SUM") for row in rows for cell in row)
    archive = zipfile.ZipFile(io.BytesIO(client.get(base + "project.qdpx").content))
    assert archive.namelist() == ["project.qde"]
    assert ExportRecord.objects.count() == 2


def test_advisory_council_cannot_download(client, member_client, traject):
    member_client(Role.ADVIESRAAD)
    base = f"/werkruimte/lindewaard/trajecten/{traject.pk}/"
    assert client.get(base + "codering.csv").status_code == 403
    assert client.get(base + "project.qdpx").status_code == 403
