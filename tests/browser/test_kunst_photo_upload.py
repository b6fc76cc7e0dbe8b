"""A kunst & cultuur work with a photo, uploaded through the browser: the error state keeps what
was typed, the photo then shows with its description as alt text, also on a phone."""

import io

import pytest
from PIL import Image
from playwright.sync_api import expect

from samenspraak.meetings.models import HarvestPhoto
from samenspraak.organisations.roles import Role
from tests.browser.conftest import assert_accessible, assert_fits, login
from tests.factories import PASSWORD, MembershipFactory, MunicipalityFactory, TrajectFactory
from tests.meetings.werkvorm_harvest_factories import tailored_session

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def jpeg() -> dict:
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 900), "teal").save(buffer, format="JPEG")
    return {"name": "werk.jpg", "mimeType": "image/jpeg", "buffer": buffer.getvalue()}


@pytest.fixture
def session(db, settings, tmp_path):
    settings.PRIVATE_ROOT = tmp_path
    municipality = MunicipalityFactory(name="Lindewaard", slug="lindewaard")
    membership = MembershipFactory(municipality=municipality, role=Role.MEDEWERKER)
    session = tailored_session(TrajectFactory(municipality=municipality), "kunst-en-cultuur")
    return membership, session


def fill_work(page):
    page.fill("#id_werk", "De lange rij")
    page.check("input[name=vorm][value=beeld]")
    page.fill("#id_beschrijving", "Een tekening van een rij mensen voor een dichte deur.")
    page.fill("#id_toegang", "Wachten voelt als voor een dichte deur staan.")
    page.set_input_files("#id_foto", files=[jpeg()])


def test_work_with_photo_through_the_browser(page, phone, session):
    membership, meeting = session
    login(page, membership.user.email, PASSWORD)
    page.goto(meeting.get_absolute_url())
    fill_work(page)
    page.locator("form[action='#toevoegen'] button[type=submit]").click()

    expect(page.locator(".ss-error-summary")).to_be_visible()  # no description, no consent
    assert page.input_value("#id_toegang") == "Wachten voelt als voor een dichte deur staan."
    assert_accessible(page)
    assert not HarvestPhoto.objects.exists()

    page.set_input_files("#id_foto", files=[jpeg()])
    page.fill("#id_foto_beschrijving", "Tekening van een rij mensen voor een deur")
    page.check("#id_toestemming")
    page.locator("form[action='#toevoegen'] button[type=submit]").click()

    image = page.locator("img[alt='Tekening van een rij mensen voor een deur']")
    image.wait_for()
    assert image.evaluate("img => img.complete && img.naturalWidth") == 1200
    assert_accessible(page)

    login(phone, membership.user.email, PASSWORD)
    phone.goto(meeting.get_absolute_url())
    phone.locator("img.ss-photo").wait_for()
    assert_fits(phone)
