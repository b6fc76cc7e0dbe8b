"""Publishing is explicit: texts, a preview that saves nothing, then dated, frozen versions."""

import pytest
from django.core.exceptions import ValidationError

from samenspraak.feedback import services
from samenspraak.feedback.models import Publication
from samenspraak.organisations.roles import Role

from .conftest import page_url

pytestmark = pytest.mark.django_db


def staff_url(traject, suffix=""):
    return f"/werkruimte/lindewaard/trajecten/{traject.pk}/terugkoppeling/{suffix}"


def test_each_publication_is_a_new_dated_version(publish, traject):
    first = publish()
    second = publish(intro="Nieuwe uitleg.")
    assert (first.version, second.version) == (1, 2)
    assert second.published_at >= first.published_at
    first.refresh_from_db()
    assert first.content["intro"] == "We vroegen hoe het ging."
    assert second.content["intro"] == "Nieuwe uitleg."


def test_a_published_version_does_not_change_when_staff_edit(publish, traject, finding):
    publication = publish()
    finding.statement = "Een heel andere bevinding."
    finding.save()
    publication.refresh_from_db()
    assert publication.content["findings"][0]["statement"] == (
        "Inwoners weten niet waar ze heen moeten."
    )


def test_preview_saves_nothing(client, member_client, traject, finding, action):
    member_client(Role.MEDEWERKER)
    services.save_page(traject=traject, intro="Wat we vroegen.")
    page = client.get(staff_url(traject, "voorbeeld/"))
    assert page.status_code == 200
    assert "Inwoners weten niet waar ze heen moeten." in page.content.decode()
    assert page["X-Robots-Tag"] == "noindex"
    assert not Publication.objects.exists()
    assert client.get(page_url(traject)).status_code == 404


def test_publish_from_the_staff_page(client, member_client, traject, finding, action):
    member_client(Role.MEDEWERKER)
    response = client.post(
        staff_url(traject), {"intro": "Wat we vroegen.", "take_part": "Doe mee in mei."}
    )
    assert response.status_code == 302
    client.post(staff_url(traject, "publiceren/"))
    publication = Publication.objects.get()
    assert publication.content["take_part"] == "Doe mee in mei."
    overview = client.get(staff_url(traject)).content.decode()
    assert "/versie/1/" in overview


def test_the_introduction_is_required_and_kept_on_error(client, member_client, traject):
    member_client(Role.MEDEWERKER)
    page = client.post(staff_url(traject), {"intro": "  ", "take_part": "Doe mee in mei."})
    html = page.content.decode()
    assert page.status_code == 200
    assert "Doe mee in mei." in html
    assert "utrecht-form-field--invalid" in html


def test_nothing_to_tell_cannot_be_published(traject, staff):
    services.save_page(traject=traject, intro="Wat we vroegen.")
    with pytest.raises(ValidationError):
        services.publish(traject=traject, user=staff)
    assert not Publication.objects.exists()


def test_preview_needs_the_texts_first(client, member_client, traject, finding):
    member_client(Role.MEDEWERKER)
    response = client.get(staff_url(traject, "voorbeeld/"))
    assert response.status_code == 302


def test_the_advisory_council_cannot_publish(client, member_client, traject, finding, action):
    services.save_page(traject=traject, intro="Wat we vroegen.")
    member_client(Role.ADVIESRAAD)
    assert client.post(staff_url(traject, "publiceren/")).status_code == 403
    assert not Publication.objects.exists()


def test_the_pdf_and_the_announcement_run_in_the_background(
    publish, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        publication = publish()
    publication.refresh_from_db()
    assert publication.pdf_status == Publication.PdfStatus.READY
    assert bytes(publication.pdf).startswith(b"%PDF")
