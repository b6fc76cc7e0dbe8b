"""The public page shows only what was published: masked, consented quotes, no staff names,
and nothing at all for a traject without a published version."""

import pytest

from samenspraak.actions import services as action_services
from samenspraak.feedback import services
from tests.factories import ContributionFactory, TrajectFactory

from .conftest import page_url

pytestmark = pytest.mark.django_db


def test_nothing_is_reachable_before_publication(client, traject, finding, action):
    services.save_page(traject=traject, intro="Nog geheim.")
    for suffix in (
        "",
        "versie/1/",
        "versie/1/afdrukken.pdf",
        "qr-code.svg",
        "nieuws.rss",
        "nieuws.atom",
        "op-de-hoogte-blijven/",
        f"bevindingen/{finding.pk}/herkenning/",
    ):
        assert client.get(page_url(traject, suffix)).status_code == 404, suffix


def test_only_masked_consented_quotes_are_shown(client, publish, traject):
    publish()
    html = client.get(page_url(traject)).content.decode()
    assert "Inwoners weten niet waar ze heen moeten." in html
    assert "Ik belde [NAAM] drie keer." in html
    assert "Jan de Vries" not in html
    assert "Niet openbaar verhaal." not in html


def test_a_quote_still_waiting_for_its_mask_is_not_shown(client, traject, finding, publish):
    waiting = ContributionFactory(
        traject=traject,
        text="Bel mij op 06-12345678.",
        masked_text="",
        mask_state="wacht",
        consent_public=True,
    )
    finding.quotes.add(waiting)
    publish()
    html = client.get(page_url(traject)).content.decode()
    assert "06-12345678" not in html


def test_actions_show_their_team_and_reasons_but_no_staff_names(
    client, publish, traject, finding, staff
):
    rejected = action_services.save_action(
        traject=traject,
        user=staff,
        title="Spreekuur op zaterdag",
        description="Op zaterdag open.",
        owner="Wijkteam",
        findings=[finding],
    )
    action_services.change_status(
        action=rejected,
        to_status="niet_overgenomen",
        reason="Bij een proef kwam bijna niemand.",
        user=staff,
        on=rejected.created_at.date(),
    )
    publish()
    html = client.get(page_url(traject)).content.decode()
    assert "Klantcontactcentrum" in html
    assert "Spreekuur op zaterdag" in html
    assert "Bij een proef kwam bijna niemand." in html
    assert staff.email not in html
    assert staff.full_name not in html


def test_unpublished_changes_stay_invisible(client, publish, traject, finding):
    publish()
    finding.statement = "Een nieuwe, nog niet gepubliceerde bevinding."
    finding.save()
    html = client.get(page_url(traject)).content.decode()
    assert "nog niet gepubliceerde" not in html


def test_older_versions_stay_readable_and_unknown_ones_do_not_exist(client, publish, traject):
    publish(intro="Eerste uitleg.")
    publish(intro="Tweede uitleg.")
    assert "Tweede uitleg." in client.get(page_url(traject)).content.decode()
    assert "Eerste uitleg." in client.get(page_url(traject, "versie/1/")).content.decode()
    assert client.get(page_url(traject, "versie/3/")).status_code == 404


def test_another_municipality_cannot_show_the_page(client, publish, traject, other_municipality):
    publish()
    other = f"/gemeente/{other_municipality.slug}/terugkoppeling/{traject.pk}/"
    assert client.get(other).status_code == 404


def test_the_municipality_pages_list_published_trajects(client, publish, traject, municipality):
    TrajectFactory(municipality=municipality, title="Nog niet gepubliceerd traject")
    publish()
    overview = client.get("/gemeente/lindewaard/terugkoppeling/").content.decode()
    home = client.get("/gemeente/lindewaard/").content.decode()
    for html in (overview, home):
        assert "Vindbare toegang" in html
        assert "Nog niet gepubliceerd traject" not in html


def test_the_page_says_whom_we_asked_and_how_many_took_part(client, publish, traject):
    from samenspraak.responses.models import Response
    from tests.factories import InstrumentFactory

    traject.target_groups = ["ouderen"]
    traject.save()
    instrument = InstrumentFactory(traject=traject, status="gepubliceerd", title="Toegangsscan")
    for _ in range(3):
        Response.objects.create(
            instrument=instrument,
            version=instrument.current_version,
            round=instrument.rounds.first(),
            status=Response.Status.COMPLETE,
        )
    ContributionFactory(traject=traject, source_type="verhaal")
    publish()
    html = client.get(page_url(traject)).content.decode()
    assert "Toegangsscan" in html and "3 mensen" in html
    assert "1 verhaal" in html
    assert "Ouderen" in html or "ouderen" in html
