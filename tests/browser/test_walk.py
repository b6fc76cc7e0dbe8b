"""A participant adds a schouw point on a 320 px phone with only the keyboard; axe everywhere."""

import pytest

from samenspraak.walks import services
from samenspraak.walks.models import WalkPoint
from tests.browser.conftest import assert_accessible, assert_error_page, assert_fits
from tests.browser.test_answering_flow import tab_to
from tests.factories import MunicipalityFactory, TrajectFactory, WalkFactory, photo_with_gps

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def walk(db):
    municipality = MunicipalityFactory(name="Lindewaard", slug="lindewaard")
    walk = WalkFactory(traject=TrajectFactory(municipality=municipality))
    point = services.add_point(
        walk=walk,
        category="waardering",
        description="Duidelijk bord naar het wijkteam.",
        photo=photo_with_gps((800, 600)),
    )
    services.respond(point=point, response="Fijn om te horen.")
    return walk


def check(phone):
    assert phone.locator("h1").count() == 1
    assert_accessible(phone)
    assert_fits(phone)


def test_add_a_point_by_keyboard_on_a_phone(phone, walk):
    phone.goto(f"/schouw/{walk.public_code}/")
    check(phone)
    tab_to(phone, "main a.utrecht-button-link")
    phone.keyboard.press("Enter")

    phone.wait_for_url("**/nieuw/")
    check(phone)
    tab_to(phone, "#id_description")
    phone.keyboard.type("Geen bordje bij de ingang.")
    tab_to(phone, "main form button[type=submit]")
    with phone.expect_navigation():
        phone.keyboard.press("Enter")
    assert_error_page(phone)  # no kind chosen
    check(phone)
    tab_to(phone, "input[name=category]")
    phone.keyboard.press("Space")  # the first: knelpunt
    tab_to(phone, "main form button[type=submit]")
    phone.keyboard.press("Enter")
    phone.wait_for_url(f"**/schouw/{walk.public_code}/")
    check(phone)
    assert WalkPoint.objects.filter(description="Geen bordje bij de ingang.").exists()

    tab_to(phone, "main form button[type=submit]")  # "Ik ben het ermee eens" on the first point
    with phone.expect_navigation():
        phone.keyboard.press("Enter")
    assert WalkPoint.objects.get(description="Duidelijk bord naar het wijkteam.").support_count == 1


def test_closed_walk_page_is_accessible(phone, walk):
    walk.status = "gesloten"
    walk.save()
    phone.goto(f"/schouw/{walk.public_code}/")
    check(phone)


def test_phone_location_fills_the_coordinates(browser, live_server, walk):
    context = browser.new_context(
        base_url=live_server.url,
        viewport={"width": 320, "height": 640},
        geolocation={"latitude": 52.090712, "longitude": 5.121421},
        permissions=["geolocation"],
        bypass_csp=True,  # axe is injected as an inline script; the page itself needs none
    )
    phone = context.new_page()
    phone.goto(f"/schouw/{walk.public_code}/nieuw/")
    phone.click("button:has-text('Gebruik de plek van mijn telefoon')")
    phone.wait_for_function("document.getElementById('id_latitude').value !== ''")
    assert phone.input_value("#id_latitude") == "52.09071"
    assert phone.input_value("#id_longitude") == "5.12142"
    assert_accessible(phone)
    context.close()
