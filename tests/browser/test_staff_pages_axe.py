"""axe-core on the staff pages, logged in through the real login form."""

import pytest

from samenspraak.organisations.roles import Role
from tests.browser.conftest import assert_accessible, assert_error_page, login
from tests.factories import (
    PASSWORD,
    InstrumentFactory,
    JourneyFactory,
    MeetingSessionFactory,
    MembershipFactory,
    MethodFactory,
    MunicipalityFactory,
    StoryPointFactory,
    TrajectFactory,
    WalkFactory,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def staff(db):
    municipality = MunicipalityFactory(name="Lindewaard", slug="lindewaard")
    membership = MembershipFactory(municipality=municipality, role=Role.BEHEERDER)
    traject = TrajectFactory(municipality=municipality, title="Vindbare toegang")
    method = MethodFactory(slug="klantreis", name="Klantreis")
    from samenspraak.methods.services import add_to_plan

    add_to_plan(traject=traject, method=method, phase="ophalen", who="Cliënten", when="maart")
    instrument = InstrumentFactory(traject=traject)
    return membership, traject, instrument


@pytest.fixture
def meeting(staff):
    from samenspraak.meetings.services import add_item

    _membership, traject, _instrument = staff
    session = MeetingSessionFactory(traject=traject, title="Wereldcafé Noord")
    item = add_item(session=session, kind="citaat", text="Ik wist niet waar ik moest zijn.")
    return session, item


def test_staff_pages_have_no_axe_violations(page, staff):
    membership, traject, instrument = staff
    login(page, membership.user.email, PASSWORD)
    base = "/werkruimte/lindewaard/"
    paths = [
        base,
        base + "leden/",
        base + "huisstijl/",
        base + "trajecten/",
        base + "trajecten/nieuw/",
        base + f"trajecten/{traject.pk}/",
        base + "methoden/",
        base + "methoden/keuzehulp/?depths=verdiepend",
        base + "methoden/klantreis/",
        base + "methoden/nieuw/",
        base + "instrumenten/",
        base + f"instrumenten/{instrument.pk}/",
        base + f"instrumenten/{instrument.pk}/voorbeeld/",
        base + f"instrumenten/{instrument.pk}/vragen/",
        base + f"instrumenten/{instrument.pk}/vragen/contact/",
        base + f"instrumenten/{instrument.pk}/resultaten/",
        base + f"instrumenten/{instrument.pk}/export/",
        base + f"instrumenten/{instrument.pk}/papier/",
        base + f"instrumenten/{instrument.pk}/invoeren/",
    ]
    for path in paths:
        page.goto(path)
        assert page.locator("h1").count() == 1, path
        assert_accessible(page)


def test_members_error_state_is_accessible(page, staff):
    membership, _traject, _instrument = staff
    login(page, membership.user.email, PASSWORD)
    page.goto("/werkruimte/lindewaard/leden/")
    page.fill("#id_email", "geen-adres")
    page.click("button:has-text('Uitnodiging versturen')")
    assert_error_page(page)
    assert_accessible(page)


def test_meeting_report_pages_have_no_axe_violations(page, staff, meeting):
    membership, _traject, _instrument = staff
    session, item = meeting
    login(page, membership.user.email, PASSWORD)
    base = "/werkruimte/lindewaard/gespreksverslagen/"
    for path in [
        base,
        base + "nieuw/",
        base + f"{session.pk}/",
        base + f"{session.pk}/wijzigen/",
        base + f"{session.pk}/oogst/{item.pk}/wijzigen/",
        base + f"{session.pk}/verwijderen/",
    ]:
        page.goto(path)
        assert page.locator("h1").count() == 1, path
        assert_accessible(page)
    page.goto(base + f"{session.pk}/")
    page.fill("#id_text", "Een vaste contactpersoon")
    page.fill("#id_mentions", "0")
    page.click("button:has-text('Toevoegen')")
    assert_error_page(page)
    assert page.input_value("#id_text") == "Een vaste contactpersoon"
    assert_accessible(page)


def test_story_point_pages_have_no_axe_violations(page, staff):
    from samenspraak.stories.services import submit_story

    membership, traject, _instrument = staff
    point = StoryPointFactory(traject=traject)
    story = submit_story(
        story_point=point,
        draft={"text": "Ik wachtte lang.", "msc": "Nu weet ik de weg."},
        consent_public=False,
    )
    login(page, membership.user.email, PASSWORD)
    base = "/werkruimte/lindewaard/vertelpunten/"
    for path in [
        base,
        base + "nieuw/",
        base + f"{point.pk}/",
        base + f"{point.pk}/verhalen/{story.pk}/",
    ]:
        page.goto(path)
        assert page.locator("h1").count() == 1, path
        assert_accessible(page)
    page.check("input[name=decision][value=afgewezen]")
    page.click("button:has-text('Besluit opslaan')")
    assert_error_page(page)
    assert_accessible(page)


def test_client_journey_pages_have_no_axe_violations(page, staff):
    from samenspraak.journeys.services import submit_entry

    membership, traject, _instrument = staff
    journey = JourneyFactory(traject=traject)
    empty = JourneyFactory(traject=traject, title="Nog leeg")
    submit_entry(journey=journey, draft_phases={"zoeken": {"score": -1, "bejegening": 3}})
    login(page, membership.user.email, PASSWORD)
    base = "/werkruimte/lindewaard/klantreizen/"
    for path in [
        base,
        base + "nieuw/",
        base + f"{journey.pk}/",
        base + f"{empty.pk}/",
        base + f"{empty.pk}/fasen/",
        base + f"{journey.pk}/invoeren/",
    ]:
        page.goto(path)
        assert page.locator("h1").count() == 1, path
        assert_accessible(page)


def test_walk_pages_have_no_axe_violations(page, staff):
    from samenspraak.walks.services import add_point

    membership, traject, _instrument = staff
    walk = WalkFactory(traject=traject)
    point = add_point(walk=walk, category="knelpunt", description="Drempel bij de ingang")
    login(page, membership.user.email, PASSWORD)
    base = "/werkruimte/lindewaard/schouwen/"
    for path in [
        base,
        base + "nieuw/",
        base + f"{walk.pk}/",
        base + f"{walk.pk}/punten/{point.pk}/",
    ]:
        page.goto(path)
        assert page.locator("h1").count() == 1, path
        assert_accessible(page)


def test_mystery_guest_pages_have_no_axe_violations(page, staff):
    from samenspraak.mystery import services as mystery

    membership, traject, _instrument = staff
    guest = MembershipFactory(municipality=membership.municipality, role=Role.MYSTERY_GUEST)
    mystery_round = mystery.create_round(
        traject=traject,
        title="Ronde",
        instructions="Doe alsof.",
        scenarios=[("Traplift", "Ik kom de trap niet meer op.")],
        locations=["Balie", "Website"],
        criteria=["Bejegening", "Vindbaarheid"],
    )
    mystery.set_status(mystery_round=mystery_round, status="open")
    assignment = mystery.assign(
        mystery_round=mystery_round,
        guest=guest.user,
        scenario=mystery_round.scenarios.get(),
        location=mystery_round.locations.first(),
    )
    login(page, membership.user.email, PASSWORD)
    base = "/werkruimte/lindewaard/"
    for path in [
        base + "mystery-guest/",
        base + "mystery-guest/nieuw/",
        base + f"mystery-guest/{mystery_round.pk}/",
    ]:
        page.goto(path)
        assert page.locator("h1").count() == 1, path
        assert_accessible(page)
    page.context.clear_cookies()
    login(page, guest.user.email, PASSWORD)
    assert page.url.endswith("/mijn-bezoeken/")
    assert_accessible(page)
    page.goto(base + f"mijn-bezoeken/{assignment.pk}/")
    assert_accessible(page)
    page.click("button:has-text('Verslag opslaan')")
    assert_error_page(page)
    assert_accessible(page)


def test_diary_pages_have_no_axe_violations(page, staff):
    from samenspraak.diaries import services as diaries

    membership, traject, _instrument = staff
    diary = diaries.create_diary(
        traject=traject, title="Dagboek", intro="Schrijf.", days=7, prompts=["Hoe ging het?"]
    )
    diaries.set_status(diary=diary, status="open")
    login(page, membership.user.email, PASSWORD)
    base = "/werkruimte/lindewaard/dagboeken/"
    for path in [base, base + "nieuw/", base + f"{diary.pk}/"]:
        page.goto(path)
        assert page.locator("h1").count() == 1, path
        assert_accessible(page)
    page.click("button:has-text('Deelnemer toevoegen')")
    assert "/dagboek/" in page.content()
    assert_accessible(page)
