import io

import pytest
from pypdf import PdfReader

from samenspraak.methods.models import PlanItem
from samenspraak.organisations.roles import Role
from tests.factories import MethodFactory, TrajectFactory


@pytest.fixture
def traject(municipality):
    return TrajectFactory(municipality=municipality, title="Vindbaarheid wijkteam")


@pytest.fixture
def method(db):
    return MethodFactory(slug="klantreis", name="Klantreis", data_overrides={"phases": ["ophalen"]})


def add(client, traject, method, **extra):
    return client.post(
        f"/werkruimte/lindewaard/methoden/{method.slug}/aan-plan-toevoegen/",
        {
            "traject": traject.pk,
            "phase": "ophalen",
            "who": "Tien cliënten",
            "when": "maart 2027",
            **extra,
        },
    )


@pytest.mark.django_db
def test_method_is_added_to_a_plan_and_shown_per_phase(client, member_client, traject, method):
    member_client(Role.MEDEWERKER)
    response = add(client, traject, method)
    assert response.url == f"/werkruimte/lindewaard/trajecten/{traject.pk}/"
    item = PlanItem.objects.get()
    assert (item.method, item.phase, item.who, item.when) == (
        method,
        "ophalen",
        "Tien cliënten",
        "maart 2027",
    )
    html = client.get(response.url).content.decode()
    assert "Klantreis" in html and "Tien cliënten" in html


@pytest.mark.django_db
def test_missing_phase_is_explained_and_nothing_saved(client, member_client, traject, method):
    member_client(Role.MEDEWERKER)
    response = add(client, traject, method, phase="")
    assert response.status_code == 200
    assert "Kies een fase." in response.content.decode()
    assert not PlanItem.objects.exists()


@pytest.mark.django_db
def test_cannot_add_to_a_traject_of_another_municipality(
    client, member_client, other_municipality, method
):
    foreign = TrajectFactory(municipality=other_municipality)
    member_client(Role.MEDEWERKER)
    response = add(client, foreign, method)
    assert response.status_code == 200  # the form refuses the unknown choice
    assert not PlanItem.objects.exists()


@pytest.mark.django_db
def test_plan_item_is_edited_and_removed(client, member_client, traject, method):
    member_client(Role.MEDEWERKER)
    add(client, traject, method)
    item = PlanItem.objects.get()
    base = f"/werkruimte/lindewaard/trajecten/{traject.pk}/plan/{item.pk}/"
    client.post(
        base, {"phase": "vertalen", "who": "Adviesraad", "when": "april", "notes": "Samen met CO"}
    )
    item.refresh_from_db()
    assert (item.phase, item.who, item.notes) == ("vertalen", "Adviesraad", "Samen met CO")
    client.post(base + "verwijderen/")
    assert not PlanItem.objects.exists()


@pytest.mark.django_db
def test_points_of_attention_are_ticked(client, member_client, traject):
    member_client(Role.MEDEWERKER)
    client.post(
        f"/werkruimte/lindewaard/trajecten/{traject.pk}/plan/aandachtspunten/",
        {"points": ["wie-bereiken", "terugkoppelen"]},
    )
    traject.refresh_from_db()
    assert traject.plan.checked_points == ["terugkoppelen", "wie-bereiken"]
    html = client.get(f"/werkruimte/lindewaard/trajecten/{traject.pk}/").content.decode()
    assert 'id="id_points_2" checked' in html


@pytest.mark.django_db
def test_plan_downloads_as_pdf_with_its_content(client, member_client, traject, method):
    member_client(Role.MEDEWERKER)
    add(client, traject, method)
    response = client.get(f"/werkruimte/lindewaard/trajecten/{traject.pk}/participatieplan.pdf")
    assert response["Content-Type"] == "application/pdf"
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    assert "Vindbaarheid wijkteam" in text
    assert "Klantreis" in text
    assert "Tien cliënten" in text


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.ADVIESRAAD, Role.VRIJWILLIGER])
def test_read_only_roles_cannot_change_the_plan(client, member_client, traject, method, role):
    member_client(role)
    assert add(client, traject, method).status_code == 403
    assert not PlanItem.objects.exists()


@pytest.mark.django_db
def test_adviesraad_reads_the_plan(client, member_client, traject, method):
    from samenspraak.methods.services import add_to_plan

    add_to_plan(traject=traject, method=method, phase="ophalen")
    member_client(Role.ADVIESRAAD)
    html = client.get(f"/werkruimte/lindewaard/trajecten/{traject.pk}/").content.decode()
    assert "Klantreis" in html
    assert "aandachtspunten opslaan" not in html.lower()


@pytest.mark.django_db
def test_local_method_of_another_municipality_cannot_enter_a_plan(traject, other_municipality):
    from django.core.exceptions import ValidationError

    from samenspraak.methods.services import add_to_plan

    foreign = MethodFactory(municipality=other_municipality)
    with pytest.raises(ValidationError):
        add_to_plan(traject=traject, method=foreign, phase="ophalen")


@pytest.mark.django_db
def test_municipality_with_local_methods_in_plans_can_be_deleted(traject, municipality):
    from samenspraak.methods.services import add_to_plan

    local = MethodFactory(municipality=municipality)
    add_to_plan(traject=traject, method=local, phase="ophalen")
    municipality.delete()
    assert not PlanItem.objects.exists()


@pytest.mark.django_db
def test_catalogue_method_used_in_a_plan_cannot_be_deleted(traject, method):
    from django.db.models import RestrictedError

    from samenspraak.methods.services import add_to_plan

    add_to_plan(traject=traject, method=method, phase="ophalen")
    with pytest.raises(RestrictedError):
        method.delete()
