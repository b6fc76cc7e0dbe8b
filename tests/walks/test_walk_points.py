"""Points of a schouw: photos lose their metadata, and each point joins the evidence pool."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from samenspraak.insights.models import Contribution
from samenspraak.walks import services
from samenspraak.walks.models import WalkPoint
from tests.factories import TrajectFactory, WalkFactory, photo_with_gps


@pytest.fixture
def walk(municipality):
    return WalkFactory(traject=TrajectFactory(municipality=municipality))


@pytest.mark.django_db
def test_point_with_photo_is_stored_without_metadata(walk):
    point = services.add_point(
        walk=walk,
        category="knelpunt",
        description="De ingang van het wijkteam is niet te vinden.",
        location_text="Lindeplein 3",
        photo=photo_with_gps(),
    )
    with Image.open(point.photo.path) as stored:
        assert max(stored.size) == services.PHOTO_SIDE
        assert not stored.getexif()
        assert stored.format == "JPEG"
    with Image.open(point.thumbnail.path) as small:
        assert max(small.size) == services.THUMBNAIL_SIDE
        assert not small.getexif()
    assert "Jansen" not in point.photo.name and "IMG" not in point.photo.name
    contribution = Contribution.objects.get()
    assert contribution.source_type == "schouwpunt"
    assert contribution.location == "Lindeplein 3"
    assert contribution.question_key == "knelpunt"
    assert contribution.walk_point == point


@pytest.mark.django_db
def test_not_a_picture_saves_nothing(walk):
    fake = SimpleUploadedFile("foto.jpg", b"%PDF-1.4 not a picture", "image/jpeg")
    with pytest.raises(ValidationError) as error:
        services.add_point(walk=walk, category="suggestie", description="Bankje", photo=fake)
    assert "photo" in error.value.message_dict
    assert not WalkPoint.objects.exists()
    assert not Contribution.objects.exists()


@pytest.mark.django_db
def test_coordinates_come_in_pairs_and_in_range(walk):
    with pytest.raises(ValidationError) as error:
        services.add_point(
            walk=walk, category="waardering", description="Goed", latitude=Decimal("52.1")
        )
    assert "longitude" in error.value.message_dict
    with pytest.raises(ValidationError):
        services.add_point(
            walk=walk,
            category="waardering",
            description="Goed",
            latitude=Decimal("95"),
            longitude=Decimal("5.1"),
        )
    point = services.add_point(
        walk=walk,
        category="waardering",
        description="Goed",
        latitude=Decimal("52.09071"),
        longitude=Decimal("5.12142"),
    )
    assert point.place == "52.09071, 5.12142"
    assert WalkPoint.objects.count() == 1


@pytest.mark.django_db
def test_closed_walk_takes_no_points(walk):
    walk.status = "gesloten"
    with pytest.raises(ValidationError):
        services.add_point(walk=walk, category="knelpunt", description="Drempel")
    assert not WalkPoint.objects.exists()


@pytest.mark.django_db
def test_response_is_dated_and_can_be_cleared(walk):
    point = services.add_point(walk=walk, category="knelpunt", description="Drempel")
    services.respond(point=point, response="  We maken in maart een oprit.  ")
    point.refresh_from_db()
    assert point.response == "We maken in maart een oprit."
    assert point.responded_on is not None
    services.respond(point=point, response="")
    point.refresh_from_db()
    assert (point.response, point.responded_on) == ("", None)


@pytest.mark.django_db
def test_failed_save_leaves_no_photo_on_disk(walk, monkeypatch, settings):
    from pathlib import Path

    from django.db import DatabaseError

    def broken_save(self, *args, **kwargs):
        raise DatabaseError("disk full")

    before = set(Path(settings.MEDIA_ROOT).rglob("*.jpg"))
    monkeypatch.setattr(WalkPoint, "save", broken_save)
    with pytest.raises(DatabaseError):
        services.add_point(
            walk=walk, category="knelpunt", description="Drempel", photo=photo_with_gps()
        )
    assert set(Path(settings.MEDIA_ROOT).rglob("*.jpg")) == before
    assert not Contribution.objects.exists()
