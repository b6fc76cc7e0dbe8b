"""The public feedback page on a phone, by keyboard only, and axe on it and its staff pages."""

import pytest

from samenspraak.actions import services as action_services
from samenspraak.feedback import services
from samenspraak.feedback.models import Recognition
from samenspraak.insights.findings import save_finding
from samenspraak.organisations.roles import Role
from tests.browser.conftest import assert_accessible, assert_error_page, assert_fits, login
from tests.factories import (
    PASSWORD,
    ContributionFactory,
    MembershipFactory,
    MunicipalityFactory,
    TrajectFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def published(db):
    municipality = MunicipalityFactory(name="Lindewaard", slug="lindewaard")
    membership = MembershipFactory(municipality=municipality, role=Role.BEHEERDER)
    traject = TrajectFactory(municipality=municipality, title="Vindbare toegang tot de Wmo")
    quote = ContributionFactory(
        traject=traject, text="Ik werd drie keer doorverwezen.", consent_public=True
    )
    finding = save_finding(
        traject=traject,
        statement="Inwoners weten niet waar ze met hun hulpvraag terechtkunnen.",
        figures="6 van de 10 wisten het niet (n = 118).",
        quotes=[quote],
    )
    action = action_services.save_action(
        traject=traject,
        user=membership.user,
        title="Eén telefoonnummer voor alle vragen over ondersteuningsaanvragen",
        description="U belt één nummer en krijgt één mens aan de lijn.",
        owner="Klantcontactcentrum",
        findings=[finding],
    )
    action_services.change_status(
        action=action,
        to_status="niet_overgenomen",
        reason="Te duur.",
        user=None,
        on=action.created_at.date(),
    )
    goal = action_services.save_goal(traject=traject, title="Inwoners vinden snel hulp")
    indicator = action_services.save_indicator(
        goal=goal, name="Klachten over wachttijd", kind="geteld", direction="lager", target=10
    )
    action_services.add_counted_value(
        indicator=indicator, label="2025", value=31, source="Klachten", user=None
    )
    services.save_page(traject=traject, intro="We vroegen hoe het ging.", take_part="In mei.")
    services.publish(traject=traject, user=membership.user)
    return membership, traject, finding


def test_the_feedback_page_on_a_phone_by_keyboard(phone, published):
    _membership, traject, finding = published
    url = f"/gemeente/lindewaard/terugkoppeling/{traject.pk}/"
    phone.goto(url)
    assert_fits(phone)
    assert_accessible(phone)
    first = f"#id_b{finding.pk}-answer_0"
    for _ in range(60):
        phone.keyboard.press("Tab")
        if phone.evaluate("document.activeElement.name") == f"b{finding.pk}-answer":
            break
    assert phone.evaluate("document.activeElement.id") == first.lstrip("#")
    phone.keyboard.press("ArrowDown")  # radio group: "Deels"
    phone.keyboard.press("Tab")  # the remark
    phone.keyboard.type("Bij mij ging het net anders.")
    phone.keyboard.press("Tab")  # the send button
    phone.keyboard.press("Enter")
    phone.wait_for_selector("h1:has-text('Bedankt voor uw antwoord')")
    assert_fits(phone)
    assert_accessible(phone)
    recognition = Recognition.objects.get()
    assert recognition.answer == "deels"
    assert recognition.contribution.text == "Bij mij ging het net anders."


def test_error_and_subscription_pages_are_accessible(phone, published):
    _membership, traject, finding = published
    base = f"/gemeente/lindewaard/terugkoppeling/{traject.pk}/"
    phone.goto(base)
    phone.locator(f"#bevinding-{finding.pk} ~ form button[type=submit]").click()
    assert_error_page(phone)
    assert_accessible(phone)
    assert_fits(phone)
    phone.goto(base + "op-de-hoogte-blijven/")
    assert_accessible(phone)
    phone.fill("#id_email", "geen adres")
    phone.click("button[type=submit]:has-text('Houd mij op de hoogte')")
    assert_error_page(phone)
    assert_accessible(phone)
    phone.goto("/gemeente/lindewaard/terugkoppeling/")
    assert_accessible(phone)
    assert_fits(phone)


def test_staff_feedback_pages_have_no_axe_violations(page, published):
    membership, traject, _finding = published
    login(page, membership.user.email, PASSWORD)
    base = f"/werkruimte/lindewaard/trajecten/{traject.pk}/terugkoppeling/"
    for path in (base, base + "voorbeeld/"):
        page.goto(path)
        assert_accessible(page)
    page.goto(base)
    page.fill("#id_intro", " ")
    page.click("button:has-text('Teksten opslaan')")
    assert_error_page(page)
    assert_accessible(page)
