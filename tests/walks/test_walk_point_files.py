"""A schouw point's photo and thumbnail leave the disk with the point, however it goes, and only
once that is committed."""

from pathlib import Path

import pytest

from samenspraak.walks import services
from samenspraak.walks.models import WalkPoint
from tests.factories import TrajectFactory, WalkFactory, photo_with_gps

pytestmark = pytest.mark.django_db


def point_with_photo(walk):
    point = services.add_point(
        walk=walk, category="knelpunt", description="Geen bankje.", photo=photo_with_gps()
    )
    return Path(point.photo.path), Path(point.thumbnail.path)


def test_files_go_with_the_point_and_its_walk(municipality, django_capture_on_commit_callbacks):
    walk = WalkFactory(traject=TrajectFactory(municipality=municipality))
    files = point_with_photo(walk)
    assert all(path.exists() for path in files)

    with django_capture_on_commit_callbacks(execute=True):
        walk.delete()
    assert not WalkPoint.objects.exists()
    assert not any(path.exists() for path in files)


def test_files_stay_while_the_deletion_is_not_committed(municipality):
    walk = WalkFactory(traject=TrajectFactory(municipality=municipality))
    files = point_with_photo(walk)
    WalkPoint.objects.all().delete()  # inside the test's transaction: nothing committed yet
    assert all(path.exists() for path in files)
