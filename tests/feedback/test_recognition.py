"""Herkent u zich hierin? Answers are counted for staff, remarks join the evidence pool."""

import pytest

from samenspraak.feedback import selectors
from samenspraak.feedback.models import Recognition
from samenspraak.feedback.services import recognise
from samenspraak.insights.models import Contribution
from samenspraak.organisations.roles import Role

from .conftest import page_url

pytestmark = pytest.mark.django_db


def url(traject, finding):
    return page_url(traject, f"bevindingen/{finding.pk}/herkenning/")


def test_an_answer_with_a_remark_becomes_evidence(client, publish, traject, finding):
    publish()
    prefix = f"b{finding.pk}"
    response = client.post(
        url(traject, finding),
        {f"{prefix}-answer": "deels", f"{prefix}-remark": "Bij mij ging het anders."},
    )
    assert response.status_code == 200
    recognition = Recognition.objects.get()
    assert recognition.answer == "deels"
    contribution = recognition.contribution
    assert contribution.source_type == Contribution.SourceType.RECOGNITION
    assert contribution.text == "Bij mij ging het anders."
    assert contribution.question_text == finding.statement
    assert contribution.mask_state == "wacht"  # checked for personal data like any text
    assert contribution.consent_public is False


def test_without_an_answer_the_remark_is_kept_and_nothing_saved(client, publish, traject, finding):
    publish()
    prefix = f"b{finding.pk}"
    response = client.post(url(traject, finding), {f"{prefix}-remark": "Mijn opmerking."})
    html = response.content.decode()
    assert "Mijn opmerking." in html
    assert "Kies ja, deels of nee." in html or "Choose yes, partly or no." in html
    assert not Recognition.objects.exists()
    assert not Contribution.objects.filter(source_type="herkenning").exists()


def test_a_finding_not_on_the_page_cannot_be_answered(client, publish, traject):
    from samenspraak.insights.findings import save_finding

    publish()
    later = save_finding(traject=traject, statement="Later toegevoegd.")
    response = client.post(url(traject, later), {f"b{later.pk}-answer": "ja"})
    assert response.status_code == 404


def test_the_public_form_is_rate_limited(client, publish, traject, finding):
    publish()
    data = {f"b{finding.pk}-answer": "ja"}
    statuses = [client.post(url(traject, finding), data).status_code for _ in range(31)]
    assert statuses[:30] == [200] * 30
    assert statuses[30] == 429 or statuses[30] == 403
    assert Recognition.objects.count() == 30


def test_a_finding_many_do_not_recognise_is_flagged(publish, traject, finding, settings):
    settings.SMALL_CELL_MINIMUM = 5
    publication = publish()
    for answer in ["ja", "ja", "deels", "nee"]:
        recognise(publication=publication, finding_pk=finding.pk, answer=answer)
    counts = selectors.recognition_counts(traject)[0]
    assert (counts.yes, counts.partly, counts.no, counts.total) == (2, 1, 1, 4)
    assert not counts.flagged  # fewer answers than the minimum
    recognise(publication=publication, finding_pk=finding.pk, answer="nee")
    counts = selectors.recognition_counts(traject)[0]
    assert counts.total == 5 and counts.no == 2
    assert counts.flagged  # 2 of 5 is at least a third


def test_staff_see_the_counts(client, member_client, publish, traject, finding):
    publication = publish()
    recognise(publication=publication, finding_pk=finding.pk, answer="nee", remark="Klopt niet.")
    member_client(Role.MEDEWERKER)
    html = client.get(
        f"/werkruimte/lindewaard/trajecten/{traject.pk}/terugkoppeling/"
    ).content.decode()
    assert finding.statement in html
    assert "source_type=herkenning" in html


def test_a_finding_deleted_after_publication_cannot_be_answered(client, publish, traject, finding):
    publish()
    finding_url, prefix = url(traject, finding), f"b{finding.pk}"
    finding.delete()
    response = client.post(finding_url, {f"{prefix}-answer": "ja"})
    assert response.status_code == 404
    assert not Recognition.objects.exists()
