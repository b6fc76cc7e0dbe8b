"""Photos of works at a kunst & cultuur meeting: cleaned of metadata, kept out of the public
media, shown only to the municipality's staff, required to say what they show, and removed
from disk with their item."""

from pathlib import Path

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image

from samenspraak.insights.models import Contribution
from samenspraak.meetings import exports, services
from samenspraak.meetings.models import HarvestItem, HarvestPhoto
from samenspraak.organisations.roles import Role
from tests.factories import TrajectFactory, photo_with_gps

from .werkvorm_harvest_factories import tailored_session


def work_with_photo(session):
    return services.add_item(
        session=session,
        kind="uitspraak",
        text="Wachten.",
        details={"werk": "Rij", "vorm": "beeld", "beschrijving": "Rij mensen."},
        photo=photo_with_gps(),
        photo_description="Een rij",
        maker_agrees=True,
    )


def stored_files() -> list[Path]:
    return [p for p in Path(settings.PRIVATE_ROOT, "oogstfotos").rglob("*") if p.is_file()]


def dutch(message: str) -> str:
    with translation.override("nl"):
        text = translation.gettext(message)
    assert text != message, "the message has a Dutch translation"
    return text


WORK = {
    "werk": "De lange rij",
    "vorm": "beeld",
    "beschrijving": "Een tekening van een rij mensen voor een dichte deur.",
    "toegang": "Wachten voelt als voor een dichte deur staan.",
}


@pytest.fixture(autouse=True)
def private_root(settings, tmp_path):
    settings.PRIVATE_ROOT = tmp_path


@pytest.fixture
def session(municipality):
    return tailored_session(TrajectFactory(municipality=municipality), "kunst-en-cultuur")


@pytest.fixture
def staff(client, member_client):
    member_client(Role.MEDEWERKER)
    return client


def post_work(client, session, **extra):
    return client.post(session.get_absolute_url(), {**WORK, **extra})


@pytest.mark.django_db
def test_photo_is_kept_privately_without_metadata_and_shown_to_staff(staff, session):
    response = post_work(
        staff,
        session,
        foto=photo_with_gps(),
        foto_beschrijving="Potloodtekening van een rij mensen",
        toestemming="on",
    )
    assert response.status_code == 302

    photo = HarvestPhoto.objects.get(item__session=session)
    path = Path(photo.image.path)
    assert path.is_relative_to(settings.PRIVATE_ROOT)
    assert not path.is_relative_to(settings.MEDIA_ROOT)
    assert "Jansen" not in photo.image.name and "IMG" not in photo.image.name
    with Image.open(path) as stored:
        assert not stored.getexif()
        assert max(stored.size) == services.PHOTO_SIDE
        assert (photo.width, photo.height) == stored.size

    page = staff.get(session.get_absolute_url()).content.decode()
    url = f"{session.get_absolute_url()}oogst/{photo.item.pk}/foto.jpg"
    assert f'src="{url}"' in page
    assert 'alt="Potloodtekening van een rij mensen"' in page
    served = staff.get(url)
    assert served.status_code == 200
    assert served["Content-Type"] == "image/jpeg"
    assert served["Cache-Control"] == "private, max-age=3600"
    assert b"".join(served.streaming_content) == path.read_bytes()


@pytest.mark.django_db
def test_photo_is_only_for_the_municipalitys_staff(
    client, member_client, session, other_municipality
):
    item = work_with_photo(session)
    url = f"{session.get_absolute_url()}oogst/{item.pk}/foto.jpg"

    assert client.get(url).status_code == 302  # to the login page
    member_client(Role.BEHEERDER, target=other_municipality)
    assert client.get(url).status_code in (403, 404)
    foreign = url.replace("/lindewaard/", "/oosterbeemd/")
    assert client.get(foreign).status_code == 404


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("extra", "field", "message"),
    [
        (
            {"foto_beschrijving": "", "toestemming": "on"},
            "foto_beschrijving",
            "Describe what the photo shows, for people who cannot see it.",
        ),
        (
            {"foto_beschrijving": "Een rij"},
            "toestemming",
            "Tick that the maker agrees, or leave out the photo.",
        ),
    ],
)
def test_a_photo_needs_a_description_and_consent(staff, session, extra, field, message):
    response = post_work(staff, session, foto=photo_with_gps(), **extra)

    assert response.status_code == 200
    page = response.content.decode()
    assert dutch(message) in page
    again = "A browser does not keep a chosen file after an error: choose the photo again."
    assert dutch(again) in page
    assert WORK["beschrijving"] in page and WORK["toegang"] in page  # nothing typed is lost
    assert not HarvestItem.objects.exists() and not Contribution.objects.exists()
    assert stored_files() == []


@pytest.mark.django_db
def test_a_file_that_is_no_picture_saves_nothing(staff, session):
    fake = SimpleUploadedFile("werk.jpg", b"%PDF-1.4 not a picture", "image/jpeg")
    response = post_work(staff, session, foto=fake, foto_beschrijving="Een rij", toestemming="on")

    assert response.status_code == 200
    page = response.content.decode()
    assert dutch("This file is not a picture we can read.") in page
    assert WORK["toegang"] in page
    assert not HarvestItem.objects.exists() and not Contribution.objects.exists()
    assert stored_files() == []


@pytest.mark.django_db
def test_without_a_photo_the_work_is_harvested_as_before(staff, session):
    assert post_work(staff, session).status_code == 302
    item = HarvestItem.objects.get()
    assert not hasattr(item, "photo")
    assert item.details["werk"] == "De lange rij"


@pytest.mark.django_db
def test_replacing_and_removing_a_photo_removes_the_old_file(
    staff, session, django_capture_on_commit_callbacks
):
    item = work_with_photo(session)
    first = Path(item.photo.image.path)
    edit = f"{session.get_absolute_url()}oogst/{item.pk}/wijzigen/"
    assert 'name="foto_weghalen"' in staff.get(edit).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post(
            edit,
            {
                **WORK,
                "foto": photo_with_gps(),
                "foto_beschrijving": "Nieuwe foto",
                "toestemming": "on",
            },
        )
    assert response.status_code == 302
    item.refresh_from_db()
    second = Path(item.photo.image.path)
    assert not first.exists() and second.exists()
    assert item.photo.description == "Nieuwe foto"

    with django_capture_on_commit_callbacks(execute=True):
        staff.post(edit, {**WORK, "foto_beschrijving": "Andere woorden"})
    assert HarvestPhoto.objects.get().description == "Andere woorden"
    assert second.exists()

    with django_capture_on_commit_callbacks(execute=True):
        staff.post(edit, {**WORK, "foto_weghalen": "on"})
    assert not HarvestPhoto.objects.exists()
    assert stored_files() == []


@pytest.mark.django_db
def test_removing_the_item_removes_its_photo(staff, session, django_capture_on_commit_callbacks):
    item = work_with_photo(session)
    with django_capture_on_commit_callbacks(execute=True):
        staff.post(f"{session.get_absolute_url()}oogst/{item.pk}/verwijderen/")
    assert not HarvestItem.objects.exists()
    assert stored_files() == []


@pytest.mark.django_db
def test_only_kunst_sessions_take_photos(municipality):
    session = tailored_session(TrajectFactory(municipality=municipality), "werkbezoek")
    with pytest.raises(ValidationError):
        services.add_item(
            session=session,
            kind="uitspraak",
            text="Gezien.",
            details={"aspect": "gezien", "gemeente": ""},
            photo=photo_with_gps(),
            photo_description="Een gang",
            maker_agrees=True,
        )
    assert stored_files() == []


@pytest.mark.django_db
def test_the_service_itself_asks_for_the_makers_consent(session):
    with pytest.raises(ValidationError) as refused:
        services.add_item(
            session=session,
            kind="uitspraak",
            text="Wachten.",
            details={"werk": "Rij", "vorm": "beeld", "beschrijving": "Rij mensen."},
            photo=photo_with_gps(),
            photo_description="Een rij",
        )
    assert "toestemming" in refused.value.message_dict
    assert not HarvestItem.objects.exists() and stored_files() == []


@pytest.mark.django_db
def test_export_says_whether_a_work_has_a_photo_never_the_file(staff, session):
    work_with_photo(session)
    services.add_item(
        session=session,
        kind="uitspraak",
        text="Gedicht.",
        details={"werk": "Vers", "vorm": "tekst", "beschrijving": "Een gedicht."},
    )
    header, *rows = list(exports.rows(session))
    assert header[-2:] == ["foto", "foto_beschrijving"]
    assert [row[-2:] for row in rows] == [["ja", "Een rij"], ["nee", ""]]


@pytest.mark.django_db
def test_a_photo_missing_on_disk_is_not_found(staff, session):
    """A database restored without the private files: "not found", not a server error."""
    item = work_with_photo(session)
    url = f"{session.get_absolute_url()}oogst/{item.pk}/foto.jpg"
    assert staff.get(url).status_code == 200

    Path(item.photo.image.path).unlink()
    assert staff.get(url).status_code == 404
