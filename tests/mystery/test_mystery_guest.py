"""Mystery guest rounds: guests see and report only their own visits; reports arrive whole."""

import csv
import datetime
import io

import pytest
from django.core.exceptions import ValidationError

from samenspraak.insights.models import Contribution
from samenspraak.mystery import services
from samenspraak.mystery.models import MysteryRound, Visit, VisitScore
from samenspraak.mystery.selectors import visit_matrix
from samenspraak.organisations.roles import Role
from samenspraak.responses.models import ExportRecord
from tests.factories import MembershipFactory, TrajectFactory

BASE = "/werkruimte/lindewaard/"


@pytest.fixture
def mystery_round(municipality):
    mystery_round = services.create_round(
        traject=TrajectFactory(municipality=municipality),
        title="Mystery guest najaar",
        instructions="Vraag het alsof het uw eigen vraag is.",
        scenarios=[("Respijtzorg", "U zorgt voor uw vader en wilt even rust.")],
        locations=["Balie wijkteam", "Telefoon"],
        criteria=["Vindbaarheid", "Bejegening"],
    )
    return services.set_status(mystery_round=mystery_round, status="open")


@pytest.fixture
def guest(municipality):
    return MembershipFactory(municipality=municipality, role=Role.MYSTERY_GUEST).user


def report(criteria, **overrides):
    data = {
        "visited_on": "2026-11-02",
        "channel": "balie",
        "what_happened": "Ik moest twintig minuten wachten. Daarna kreeg ik een folder.",
        "quotes": "“Daar gaan wij niet over.”",
    }
    for criterion in criteria:
        data[f"criterium_{criterion.pk}"] = "2"
    return {**data, **overrides}


@pytest.mark.django_db
def test_only_mystery_guests_can_be_assigned(mystery_round, municipality):
    staff = MembershipFactory(municipality=municipality, role=Role.MEDEWERKER).user
    scenario, location = mystery_round.scenarios.get(), mystery_round.locations.first()
    with pytest.raises(ValidationError) as error:
        services.assign(
            mystery_round=mystery_round, guest=staff, scenario=scenario, location=location
        )
    assert "guest" in error.value.message_dict


@pytest.mark.django_db
def test_guest_sees_and_reports_only_own_visits(client, mystery_round, guest, municipality):
    scenario = mystery_round.scenarios.get()
    balie, telefoon = mystery_round.locations.all()
    mine = services.assign(
        mystery_round=mystery_round, guest=guest, scenario=scenario, location=balie
    )
    other_guest = MembershipFactory(municipality=municipality, role=Role.MYSTERY_GUEST).user
    theirs = services.assign(
        mystery_round=mystery_round, guest=other_guest, scenario=scenario, location=telefoon
    )
    client.force_login(guest)
    assert client.get(BASE).status_code == 403  # no workspace for a guest
    assert client.get(BASE + "trajecten/").status_code == 403
    page = client.get(BASE + "mijn-bezoeken/").content.decode()
    assert "Balie wijkteam" in page and "Telefoon" not in page
    assert client.get(BASE + f"mijn-bezoeken/{theirs.pk}/").status_code == 404
    criteria = list(mystery_round.criteria.all())
    response = client.post(BASE + f"mijn-bezoeken/{mine.pk}/", report(criteria))
    assert response.status_code == 302
    visit = Visit.objects.get()
    assert sorted(VisitScore.objects.values_list("score", flat=True)) == [2, 2]
    texts = dict(Contribution.objects.values_list("question_key", "location"))
    assert texts == {"wat_gebeurde": "Balie wijkteam", "citaten": "Balie wijkteam"}
    assert visit.assignment == mine


@pytest.mark.django_db
def test_guest_lands_on_their_visits_after_login(client, guest):
    client.force_login(guest)
    assert client.get("/werkruimte/")["Location"] == BASE + "mijn-bezoeken/"


@pytest.mark.django_db
def test_report_needs_every_criterion_and_keeps_the_text(client, mystery_round, guest):
    assignment = services.assign(
        mystery_round=mystery_round,
        guest=guest,
        scenario=mystery_round.scenarios.get(),
        location=mystery_round.locations.first(),
    )
    client.force_login(guest)
    criteria = list(mystery_round.criteria.all())
    data = report(criteria)
    data.pop(f"criterium_{criteria[1].pk}")
    html = client.post(BASE + f"mijn-bezoeken/{assignment.pk}/", data).content.decode()
    assert "<title>Fout:" in html
    assert "Ik moest twintig minuten wachten." in html
    assert not Visit.objects.exists()
    data[f"criterium_{criteria[1].pk}"] = "nvt"
    data["visited_on"] = (datetime.date.today() + datetime.timedelta(days=2)).isoformat()
    html = client.post(BASE + f"mijn-bezoeken/{assignment.pk}/", data).content.decode()
    assert "toekomst" in html
    assert not Visit.objects.exists()


@pytest.mark.django_db
def test_closed_round_takes_no_reports(mystery_round, guest):
    assignment = services.assign(
        mystery_round=mystery_round,
        guest=guest,
        scenario=mystery_round.scenarios.get(),
        location=mystery_round.locations.first(),
    )
    services.set_status(mystery_round=mystery_round, status="gesloten")
    assignment.round.refresh_from_db()
    with pytest.raises(ValidationError):
        services.record_visit(
            assignment=assignment,
            visited_on=datetime.date(2026, 11, 2),
            channel="balie",
            what_happened="X",
            scores={},
        )


@pytest.mark.django_db
def test_staff_create_matrix_and_export(client, member_client, municipality, guest):
    member_client(Role.MEDEWERKER)
    traject = TrajectFactory(municipality=municipality)
    form = client.get(BASE + "mystery-guest/nieuw/").content.decode()
    assert "Respijtzorg voor een mantelzorger" in form
    html = client.post(
        BASE + "mystery-guest/nieuw/",
        {
            "traject": traject.pk,
            "title": "Ronde 1",
            "instructions": "Doe alsof.",
            "scenarios": "zonder dubbele punt",
            "locations": "Balie",
            "criteria": "Bejegening",
        },
    ).content.decode()
    assert "zonder dubbele punt" in html and "<title>Fout:" in html
    client.post(
        BASE + "mystery-guest/nieuw/",
        {
            "traject": traject.pk,
            "title": "Ronde 1",
            "instructions": "Doe alsof.",
            "scenarios": "Traplift: Ik kom de trap niet meer op.",
            "locations": "Balie\nWebsite",
            "criteria": "Bejegening",
        },
    )
    mystery_round = MysteryRound.objects.get()
    client.post(mystery_round.get_absolute_url() + "status/", {"status": "open"})
    scenario = mystery_round.scenarios.get()
    balie = mystery_round.locations.get(name="Balie")
    client.post(
        mystery_round.get_absolute_url(),
        {"guest": guest.pk, "scenario": scenario.pk, "location": balie.pk},
    )
    assignment = mystery_round.assignments.get()
    mystery_round.refresh_from_db()
    services.record_visit(
        assignment=assignment,
        visited_on=datetime.date(2026, 11, 2),
        channel="balie",
        what_happened="=1+1",
        scores={mystery_round.criteria.get().pk: 4},
    )
    matrix = visit_matrix(mystery_round)
    assert [(c["visits"], c["mean"]) for c in matrix["rows"][0]["cells"]] == [(1, 4.0), (0, None)]
    assert matrix["rows"][0]["cells"][1]["assigned"] is False
    assert "gemiddeld 4,0" in client.get(mystery_round.get_absolute_url()).content.decode()
    assert client.get(mystery_round.get_absolute_url() + "bezoeken.csv").status_code == 403
    member_client(Role.ANALIST)
    body = b"".join(
        client.get(mystery_round.get_absolute_url() + "bezoeken.csv").streaming_content
    ).decode()
    rows = list(csv.DictReader(io.StringIO(body.lstrip("\ufeff"))))
    assert rows[0]["Bejegening"] == "4" and rows[0]["wat_gebeurde"] == "'=1+1"
    assert rows[0]["gast"] == "gast 1"
    assert ExportRecord.objects.get().what == f"mystery-{mystery_round.pk}.csv"


@pytest.mark.django_db
def test_matrix_cells_carry_their_observations_masked_for_staff(
    client, member_client, mystery_round, guest
):
    scenario, location = mystery_round.scenarios.get(), mystery_round.locations.first()
    assignment = services.assign(
        mystery_round=mystery_round, guest=guest, scenario=scenario, location=location
    )
    services.record_visit(
        assignment=assignment,
        visited_on=datetime.date(2026, 11, 2),
        channel="balie",
        what_happened="Meneer Pietersen aan de balie stuurde me weg.",
        scores={c.pk: 2 for c in mystery_round.criteria.all()},
    )
    for contribution in Contribution.objects.filter(source_type="mysterybezoek"):
        contribution.masked_text = contribution.text.replace("Pietersen", "[naam]")
        contribution.mask_state = "automatisch"
        contribution.save()
    member_client(Role.MEDEWERKER)
    page = client.get(mystery_round.get_absolute_url()).content.decode()
    assert "<details" in page
    assert "Meneer [naam] aan de balie stuurde me weg." in page
    assert "Pietersen" not in page
