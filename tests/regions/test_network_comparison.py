"""Comparing two moments: organisations and links added or gone, centrality change by name."""

import pytest
from django.core.exceptions import ValidationError

from samenspraak.regions import network, network_measures
from samenspraak.regions.network_measures import Answer, build_graph, measure
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def result(names, pairs):
    nodes = [(name, name, "anders") for name in names]
    return measure(build_graph(nodes, [Answer("p", a, b, "overleg", 2) for a, b in pairs]))


def test_compare_two_moments_by_name():
    spring = result(["Loket", "Welzijn", "Huisarts"], [("Loket", "Welzijn")])
    autumn = result(
        ["loket", "Welzijn", "Schuldhulp"], [("Welzijn", "Schuldhulp"), ("loket", "Schuldhulp")]
    )
    comparison = network_measures.compare(autumn, spring)
    assert comparison.nodes_added == ["Schuldhulp"]
    assert comparison.nodes_gone == ["Huisarts"]
    assert comparison.links_added == [("loket", "Schuldhulp"), ("Schuldhulp", "Welzijn")]
    assert comparison.links_gone == [("Loket", "Welzijn")]
    changes = {name: (degree, change) for name, degree, change, _b, _bc in comparison.changes}
    assert changes == {"loket": (0.5, 0.0), "Welzijn": (0.5, 0.0)}


def test_a_new_moment_starts_with_the_organisations_of_the_previous_one(region):
    spring = network.create_analysis(
        region=region, title="Netwerk", moment="Voorjaar 2026", user=None
    )
    loket = network.add_node(analysis=spring, name="Wmo-loket", kind="toegang")
    welzijn = network.add_node(analysis=spring, name="Welzijn", kind="welzijn")
    network.save_answers(
        analysis=spring,
        user=UserFactory(),
        answers=[network.LinkAnswer(loket, welzijn, "informeren", 1, True)],
    )
    autumn = network.create_analysis(
        region=region, title="Netwerk", moment="Najaar 2026", previous=spring, user=None
    )
    assert [n.name for n in network.nodes_of(autumn)] == ["Welzijn", "Wmo-loket"]
    assert not autumn.links.exists()  # answers are per moment
    comparison = network_measures.compare(network.result_of(autumn), network.result_of(spring))
    assert comparison.links_gone == [("Welzijn", "Wmo-loket")]
    changes = {name: change for name, _d, change, _b, _bc in comparison.changes}
    assert changes == {"Welzijn": -1.0, "Wmo-loket": -1.0}


def test_compare_only_with_an_analysis_of_the_same_region(region, other_region):
    elsewhere = network.create_analysis(
        region=other_region, title="Netwerk", moment="Voorjaar 2026", user=None
    )
    with pytest.raises(ValidationError) as error:
        network.create_analysis(
            region=region, title="Netwerk", moment="Najaar", previous=elsewhere, user=None
        )
    assert "previous" in error.value.message_dict
