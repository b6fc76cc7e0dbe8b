"""Network measures on small hand-made graphs, checked against networkx itself."""

import networkx as nx
import pytest

from samenspraak.regions.network_measures import Answer, build_graph, drawing, measure

NODES = [(key, name, "anders") for key, name in enumerate(["Hub", "A", "B", "C", "Los"])]


def star(**extra):
    """The hub linked to A, B and C; "Los" has no link."""
    return [Answer("p1", 0, leaf, "informeren", 2) for leaf in (1, 2, 3)] + list(
        extra.get("more", [])
    )


def test_the_hub_of_a_star_is_central_and_matches_networkx():
    result = measure(build_graph(NODES, star()))
    expected = nx.star_graph(3)  # node 0 is the hub
    expected.add_node(4)
    by_name = {node.name: node for node in result.nodes}
    assert [node.name for node in result.central] == ["Hub"]
    assert by_name["Hub"].degree == pytest.approx(nx.degree_centrality(expected)[0], abs=1e-3)
    assert by_name["Hub"].betweenness == pytest.approx(
        nx.betweenness_centrality(expected)[0], abs=1e-3
    )
    assert by_name["A"].betweenness == 0
    assert (by_name["Hub"].links, by_name["A"].links) == (3, 1)
    assert result.nodes[0].name == "Hub"  # most central first


def test_an_organisation_without_links_is_listed_as_isolated():
    result = measure(build_graph(NODES, star()))
    assert result.isolated == ["Los"]
    assert {node.name: node.links for node in result.nodes}["Los"] == 0


def test_answers_about_one_pair_combine_into_one_undirected_link():
    answers = [
        Answer("p1", 0, 1, "informeren", 1, should_be_stronger=True),
        Answer("p2", 1, 0, "overleg", 3),  # the same pair, seen from the other side
        Answer("p3", 0, 1, "informeren", 2, should_be_stronger=True),
    ]
    result = measure(build_graph(NODES, answers), participants=3)
    assert len(result.links) == 1
    link = result.links[0]
    assert (link.first, link.second) == ("A", "Hub")
    assert link.weight == 2.0  # mean of 1, 3 and 2
    assert (link.reports, link.kinds) == (3, ["informeren", "overleg"])
    assert link.wants_stronger == 2


def test_links_people_miss_are_counted_and_sorted():
    answers = star(
        more=[
            Answer("p2", 0, 2, "informeren", 1, should_be_stronger=True),
            Answer("p3", 2, 0, "informeren", 1, should_be_stronger=True),
            Answer("p2", 3, 4, "overleg", 1, should_be_stronger=True),
        ]
    )
    result = measure(build_graph(NODES, answers))
    assert [(m.first, m.second, m.wants_stronger) for m in result.missed] == [
        ("B", "Hub", 2),
        ("C", "Los", 1),
    ]
    assert result.isolated == []


def test_self_links_and_unknown_organisations_are_ignored():
    answers = [Answer("p1", 0, 0, "overleg", 3), Answer("p1", 0, 99, "overleg", 3)]
    result = measure(build_graph(NODES, answers))
    assert result.links == []
    assert result.central == []


def test_the_drawing_is_deterministic_and_stays_in_the_view_box():
    graph = build_graph(NODES, star(more=[Answer("p1", 1, 2, "overleg", 3, True)]))
    first, second = drawing(graph), drawing(graph)
    assert first == second
    assert len(first["circles"]) == 5 and len(first["lines"]) == 4
    for circle in first["circles"]:
        assert 0 <= circle["x"] <= first["width"] and 0 <= circle["y"] <= first["height"]
    assert [line["dashed"] for line in first["lines"]].count(True) == 1
    widths = {line["width"] for line in first["lines"]}
    assert len(widths) == 2  # strength 2 and strength 3 draw differently
    assert drawing(nx.Graph()) is None
