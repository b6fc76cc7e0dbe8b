"""Findings backed by evidence, and report versions: HTML and PDF, a published one frozen."""

import io

import pytest
from django.core.exceptions import ValidationError
from pypdf import PdfReader

from samenspraak.insights import findings, services
from samenspraak.insights.models import Report
from samenspraak.organisations.roles import Role
from tests.factories import ContributionFactory, TrajectFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def setup(municipality):
    traject = TrajectFactory(municipality=municipality, title="Vindbare Wmo")
    book = services.start_codebook(traject=traject, from_template=True)
    info = book.codes.get(name="Informatie")
    letters = book.codes.get(name="Brieven en formulieren")
    coder = UserFactory()
    quoted = ContributionFactory(
        traject=traject,
        text="Jan Smit snapte de brief niet.",
        masked_text="[naam] snapte de brief niet.",
        consent_public=True,
        respondent_group="cliënt",
        source_type="verhaal",
    )
    other = ContributionFactory(traject=traject, respondent_group="mantelzorger")
    services.apply_code(contributions=[quoted], code=letters, coder=coder)
    services.apply_code(contributions=[other], code=info, coder=coder)
    finding = findings.save_finding(
        traject=traject,
        statement="Brieven zijn te moeilijk.",
        explanation="Mensen begrijpen de beschikking niet.",
        figures="4 van de 10 mensen",
        codes=[info],
        quotes=[quoted],
    )
    return traject, finding, quoted


def test_strength_counts_sub_codes_sources_and_groups(setup):
    _traject, finding, _quoted = setup
    result = findings.strength(finding)
    assert result.contributions == 2
    assert dict(result.groups) == {"cliënt": 1, "mantelzorger": 1}
    assert sum(n for _label, n in result.sources) == 2


def test_finding_needs_a_statement_and_own_codes(setup, municipality):
    traject, _finding, _quoted = setup
    with pytest.raises(ValidationError):
        findings.save_finding(traject=traject, statement="  ")
    elsewhere = services.start_codebook(
        traject=TrajectFactory(municipality=municipality), from_template=True
    ).codes.first()
    with pytest.raises(ValidationError):
        findings.save_finding(traject=traject, statement="Iets", codes=[elsewhere])


def test_report_version_has_html_and_a_readable_pdf(setup, django_capture_on_commit_callbacks):
    traject, _finding, _quoted = setup
    with django_capture_on_commit_callbacks(execute=True):
        report = findings.start_report(
            traject=traject, summary_b1="U vertelde ons veel. Dank u wel.", user=UserFactory()
        )
    report.refresh_from_db()
    assert report.status == Report.Status.DONE
    assert "Brieven zijn te moeilijk." in report.html
    assert "[naam] snapte de brief niet." in report.html
    assert "Jan Smit" not in report.html
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(report.pdf)).pages)
    assert "Brieven zijn te moeilijk." in text
    assert "U vertelde ons veel." in text
    assert "Jan Smit" not in text


def test_versions_count_up_and_published_ones_do_not_change(
    setup, django_capture_on_commit_callbacks
):
    traject, finding, _quoted = setup
    with django_capture_on_commit_callbacks(execute=True):
        first = findings.start_report(traject=traject, summary_b1="Eerste.", user=None)
    first.refresh_from_db()
    findings.publish_report(report=first)
    finding.statement = "Iets anders."
    finding.save()
    with pytest.raises(ValidationError):
        findings.render_report(first)
    first.refresh_from_db()
    assert "Brieven zijn te moeilijk." in first.html
    with django_capture_on_commit_callbacks(execute=True):
        second = findings.start_report(traject=traject, summary_b1="Tweede.", user=None)
    second.refresh_from_db()
    assert second.version == 2 and "Iets anders." in second.html


def test_report_without_findings_is_refused(municipality):
    with pytest.raises(ValidationError):
        findings.start_report(
            traject=TrajectFactory(municipality=municipality), summary_b1="Kort.", user=None
        )


def test_readability_check_is_shown_and_keeps_the_text(client, member_client, setup):
    traject, _finding, _quoted = setup
    member_client(Role.MEDEWERKER)
    url = f"/werkruimte/lindewaard/trajecten/{traject.pk}/rapport/"
    long_text = (
        "De gemeentelijke toegangsprocedure voor maatwerkvoorzieningen vereist een zorgvuldige "
        "afstemming tussen verschillende ketenpartners en uitvoeringsorganisaties in de regio."
    )
    page = client.post(url, {"summary_b1": long_text, "actie": "controleren"}).content.decode()
    assert "Flesch" in page
    assert "toegangsprocedure" in page
    assert not Report.objects.exists()


def test_report_pages_for_the_advisory_council(
    client, member_client, setup, django_capture_on_commit_callbacks
):
    traject, _finding, _quoted = setup
    with django_capture_on_commit_callbacks(execute=True):
        report = findings.start_report(traject=traject, summary_b1="Kort.", user=None)
    member_client(Role.ADVIESRAAD)
    base = f"/werkruimte/lindewaard/trajecten/{traject.pk}/rapport/{report.pk}/"
    page = client.get(base).content.decode()
    assert "Brieven zijn te moeilijk." in page and "Jan Smit" not in page
    assert client.get(base + "rapport.pdf")["Content-Type"] == "application/pdf"
    assert client.post(base + "publiceren/").status_code == 403
    findings_url = f"/werkruimte/lindewaard/trajecten/{traject.pk}/bevindingen/"
    assert client.get(findings_url).status_code == 200


def test_report_tells_what_residents_wish_for(setup, django_capture_on_commit_callbacks):
    from samenspraak.meetings.services import add_item
    from tests.factories import MeetingSessionFactory

    traject, _finding, _quoted = setup
    session = MeetingSessionFactory(traject=traject)
    item = add_item(session=session, kind="idee", text="Een vast telefoonnummer per wijk.")
    item.contribution.masked_text = item.contribution.text
    item.contribution.mask_state = "automatisch"
    item.contribution.save()
    with django_capture_on_commit_callbacks(execute=True):
        report = findings.start_report(traject=traject, summary_b1="Kort.", user=None)
    report.refresh_from_db()
    assert "Een vast telefoonnummer per wijk." in report.html
