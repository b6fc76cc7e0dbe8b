import io

import pytest
from PIL import Image

from samenspraak.organisations.roles import Role


def jpeg_with_gps() -> io.BytesIO:
    image = Image.new("RGB", (1200, 400), "navy")
    exif = Image.Exif()
    exif[0x010F] = "CameraMaker"  # Make
    exif[0x8825] = {1: "N", 2: (52.0, 5.0, 0.0)}  # GPSInfo
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif)
    buffer.seek(0)
    buffer.name = "logo.jpg"
    return buffer


@pytest.mark.django_db
def test_theme_colours_are_saved_and_served_as_css(client, member_client, municipality):
    member_client(Role.BEHEERDER)
    response = client.post(
        "/werkruimte/lindewaard/huisstijl/",
        {"theme_primary_colour": "#123456", "theme_text_on_primary": "#ffffff"},
    )
    assert response.status_code == 302
    css = client.get("/gemeente/lindewaard/thema.css")
    assert css["Content-Type"].startswith("text/css")
    assert "--utrecht-button-primary-action-background-color: #123456" in css.content.decode()


@pytest.mark.django_db
def test_unreadable_colour_pair_is_refused(client, member_client, municipality):
    member_client(Role.BEHEERDER)
    response = client.post(
        "/werkruimte/lindewaard/huisstijl/",
        {"theme_primary_colour": "#ffff00", "theme_text_on_primary": "#ffffff"},
    )
    assert response.status_code == 200
    assert "contrast" in response.content.decode()
    municipality.refresh_from_db()
    assert municipality.theme_primary_colour != "#ffff00"


@pytest.mark.django_db
def test_logo_is_reencoded_without_metadata(client, member_client, municipality):
    member_client(Role.BEHEERDER)
    client.post(
        "/werkruimte/lindewaard/huisstijl/",
        {
            "theme_primary_colour": "#00689e",
            "theme_text_on_primary": "#ffffff",
            "logo": jpeg_with_gps(),
        },
    )
    municipality.refresh_from_db()
    with Image.open(municipality.logo.path) as stored:
        assert stored.format == "PNG"
        assert max(stored.size) <= 600
        assert not stored.getexif()
        assert "exif" not in stored.info


@pytest.mark.django_db
def test_non_image_upload_is_refused_with_dutch_message(client, member_client, municipality):
    member_client(Role.BEHEERDER)
    fake = io.BytesIO(b"<?php echo 'hi'; ?>")
    fake.name = "logo.png"
    response = client.post(
        "/werkruimte/lindewaard/huisstijl/",
        {"theme_primary_colour": "#00689e", "theme_text_on_primary": "#ffffff", "logo": fake},
    )
    assert response.status_code == 200
    assert "geen foto die wij kunnen lezen" in response.content.decode()
    municipality.refresh_from_db()
    assert not municipality.logo


@pytest.mark.django_db
def test_public_page_uses_the_municipality_theme(client, municipality):
    html = client.get("/gemeente/lindewaard/").content.decode()
    assert "/gemeente/lindewaard/thema.css" in html
    assert "Lindewaard" in html
