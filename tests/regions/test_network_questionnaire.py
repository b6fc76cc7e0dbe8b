"""The network questionnaire: a participant's links are checked on the server, saved all or
nothing, and replaced when they fill it in again."""

import pytest
from django.core.exceptions import ValidationError

from samenspraak.regions import network
from samenspraak.regions.models import NetworkLink
from samenspraak.regions.network import LinkAnswer
from tests.factories import NetworkAnalysisFactory, NetworkNodeFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def analysis(region):
    return NetworkAnalysisFactory(region=region)


@pytest.fixture
def nodes(analysis):
    return [
        NetworkNodeFactory(analysis=analysis, name=name)
        for name in ("Wmo-loket", "Welzijn", "Thuiszorg")
    ]


def test_a_link_to_itself_is_refused_and_nothing_is_saved(analysis, nodes):
    loket, welzijn, _thuiszorg = nodes
    with pytest.raises(ValidationError):
        network.save_answers(
            analysis=analysis,
            user=UserFactory(),
            answers=[
                LinkAnswer(loket, welzijn, "informeren", 2),
                LinkAnswer(loket, loket, "overleg", 3),
            ],
        )
    assert not NetworkLink.objects.exists()


def test_an_organisation_of_another_analysis_is_refused(region, analysis, nodes):
    other = NetworkNodeFactory(analysis=NetworkAnalysisFactory(region=region, moment="Najaar"))
    user = UserFactory()
    network.save_answers(
        analysis=analysis, user=user, answers=[LinkAnswer(nodes[0], nodes[1], "overleg", 2)]
    )
    with pytest.raises(ValidationError):
        network.save_answers(
            analysis=analysis,
            user=user,
            answers=[
                LinkAnswer(nodes[0], nodes[2], "overleg", 2),
                LinkAnswer(nodes[0], other, "overleg", 2),
            ],
        )
    # The earlier answer stays: nothing partial is saved, nothing is lost.
    assert [(link.to_node, link.strength) for link in NetworkLink.objects.all()] == [(nodes[1], 2)]


def test_strength_and_kind_are_checked_and_a_pair_counts_once(analysis, nodes):
    loket, welzijn, _thuiszorg = nodes
    for answers in (
        [LinkAnswer(loket, welzijn, "informeren", 4)],
        [LinkAnswer(loket, welzijn, "kletsen", 2)],
        [LinkAnswer(loket, welzijn, "informeren", 2), LinkAnswer(welzijn, loket, "overleg", 1)],
    ):
        with pytest.raises(ValidationError):
            network.save_answers(analysis=analysis, user=UserFactory(), answers=answers)
    assert not NetworkLink.objects.exists()


def test_filling_in_again_replaces_only_your_own_links(analysis, nodes):
    loket, welzijn, thuiszorg = nodes
    me, someone = UserFactory(), UserFactory()
    network.save_answers(
        analysis=analysis, user=someone, answers=[LinkAnswer(welzijn, thuiszorg, "overleg", 3)]
    )
    network.save_answers(
        analysis=analysis,
        user=me,
        answers=[
            LinkAnswer(loket, welzijn, "informeren", 1),
            LinkAnswer(loket, thuiszorg, "overleg", 1),
        ],
    )
    network.save_answers(
        analysis=analysis, user=me, answers=[LinkAnswer(loket, welzijn, "samenwerken", 3, True)]
    )
    mine = list(network.answers_of(analysis, me))
    assert [(link.to_node, link.kind, link.strength, link.should_be_stronger) for link in mine] == [
        (welzijn, "samenwerken", 3, True)
    ]
    assert NetworkLink.objects.filter(entered_by=someone).count() == 1


def form_data(own, rows):
    data = {"from_node": own.pk}
    for node, kind, strength, stronger in rows:
        data[f"kind_{node.pk}"] = kind
        data[f"strength_{node.pk}"] = strength
        if stronger:
            data[f"stronger_{node.pk}"] = "on"
    return data


def test_the_questionnaire_page_saves_and_shows_earlier_answers(
    client, region, region_client, analysis, nodes
):
    loket, welzijn, thuiszorg = nodes
    membership = region_client(region)
    url = f"/regio/{region.slug}/netwerk/{analysis.pk}/vragenlijst/"
    response = client.post(
        url, form_data(loket, [(welzijn, "doorverwijzen", "2", True), (thuiszorg, "", "", False)])
    )
    assert response.status_code == 302
    link = NetworkLink.objects.get()
    assert (link.from_node, link.to_node, link.strength, link.should_be_stronger) == (
        loket,
        welzijn,
        2,
        True,
    )
    assert link.entered_by == membership.user
    page = client.get(url).content.decode()
    assert f'<option value="{loket.pk}" selected>' in page
    assert '<option value="doorverwijzen" selected>' in page


def test_the_questionnaire_page_shows_errors_and_saves_nothing(
    client, region, region_client, analysis, nodes
):
    loket, welzijn, thuiszorg = nodes
    region_client(region)
    url = f"/regio/{region.slug}/netwerk/{analysis.pk}/vragenlijst/"
    response = client.post(
        url,
        form_data(
            loket,
            [
                (loket, "overleg", "2", False),  # a link with itself
                (welzijn, "", "3", False),  # strength without a way of working together
                (thuiszorg, "informeren", "", False),  # no strength
            ],
        ),
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert set(form.errors) == {
        f"kind_{loket.pk}",
        f"kind_{welzijn.pk}",
        f"strength_{thuiszorg.pk}",
    }
    assert "ss-error-summary" in response.content.decode()
    assert not NetworkLink.objects.exists()


def test_a_node_of_another_analysis_is_refused_by_the_page(
    client, region, region_client, analysis, nodes
):
    other = NetworkNodeFactory(analysis=NetworkAnalysisFactory(region=region, moment="Najaar"))
    region_client(region)
    url = f"/regio/{region.slug}/netwerk/{analysis.pk}/vragenlijst/"
    response = client.post(url, form_data(other, [(nodes[1], "overleg", "2", False)]))
    assert response.status_code == 200
    assert "from_node" in response.context["form"].errors
    assert not NetworkLink.objects.exists()
