"""A work's photo that is gone from disk answers "not found" instead of a server error."""

import io
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from samenspraak.meetings import services
from samenspraak.organisations.roles import Role
from tests.factories import TrajectFactory

from .werkvorm_harvest_factories import tailored_session


@pytest.fixture(autouse=True)
def private_root(settings, tmp_path):
    settings.PRIVATE_ROOT = tmp_path


def photo() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "navy").save(buffer, format="JPEG")
    return SimpleUploadedFile("werk.jpg", buffer.getvalue(), "image/jpeg")


@pytest.mark.django_db
def test_photo_missing_on_disk_is_not_found(client, member_client, municipality):
    member_client(Role.MEDEWERKER)
    session = tailored_session(TrajectFactory(municipality=municipality), "kunst-en-cultuur")
    item = services.add_item(
        session=session,
        kind="uitspraak",
        text="Wachten.",
        details={"werk": "Rij", "vorm": "beeld", "beschrijving": "Rij mensen."},
        photo=photo(),
        photo_description="Een rij",
    )
    url = f"{session.get_absolute_url()}oogst/{item.pk}/foto.jpg"
    assert client.get(url).status_code == 200

    Path(item.photo.image.path).unlink()
    assert client.get(url).status_code == 404
