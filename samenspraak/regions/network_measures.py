"""Measures and the drawing of a network analysis, computed with networkx.

Pure functions on plain data, no database: ``build_graph`` takes nodes as ``(key, name, kind)``
and answers as ``Answer`` tuples, so tests can check the measures on small hand-made graphs.

How the participants' answers become one graph:

- the graph is undirected: "A refers to B" and "B refers to A" are answers about the same pair;
- a pair is a link when at least one participant names it; its ``weight`` is the mean strength
  (1–3) over every answer about the pair, ``reports`` the number of answers and ``kinds`` every
  way of working together that was named;
- ``wants_stronger`` counts the answers that say the link should be stronger: the links people
  miss.

Measures per organisation: the number of links, degree centrality (the share of the other
organisations it has a link with) and betweenness (how often it lies on the shortest route
between two others: a connecting link in the network). Both ignore strength: networkx reads a
weight as a distance, and a strong link is not a long one. Isolated organisations have no link.
"""

from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx

LAYOUT_SEED = 2026  # the same answers always give the same picture
WIDTH = 800
HEIGHT = 500
MARGIN_X = 170  # room for a label beside a circle at the edge
MARGIN_Y = 30
LABEL_LENGTH = 24


@dataclass(frozen=True)
class Answer:
    """One participant's answer about the cooperation between two organisations."""

    participant: object
    first: object
    second: object
    kind: str
    strength: int
    should_be_stronger: bool = False


@dataclass
class NodeMeasures:
    key: object
    name: str
    kind: str
    links: int
    degree: float
    betweenness: float
    central: bool = False


@dataclass
class LinkMeasures:
    first: str
    second: str
    weight: float
    reports: int
    kinds: list[str]
    wants_stronger: int


@dataclass
class Result:
    graph: nx.Graph
    nodes: list[NodeMeasures]
    links: list[LinkMeasures]
    isolated: list[str]
    missed: list[LinkMeasures]
    participants: int = 0

    @property
    def central(self) -> list[NodeMeasures]:
        return [node for node in self.nodes if node.central]


@dataclass
class Comparison:
    nodes_added: list[str] = field(default_factory=list)
    nodes_gone: list[str] = field(default_factory=list)
    links_added: list[tuple[str, str]] = field(default_factory=list)
    links_gone: list[tuple[str, str]] = field(default_factory=list)
    # (name, degree now, degree change, betweenness now, betweenness change)
    changes: list[tuple[str, float, float, float, float]] = field(default_factory=list)


def _pair(first: str, second: str) -> tuple[str, str]:
    return tuple(sorted((first, second), key=str.casefold))


def build_graph(nodes, answers) -> nx.Graph:
    """An undirected graph of ``nodes`` (``(key, name, kind)``) and the combined answers."""
    graph = nx.Graph()
    for key, name, kind in nodes:
        graph.add_node(key, name=name, kind=kind)
    pairs = defaultdict(list)
    for answer in answers:
        if answer.first == answer.second:
            continue
        if answer.first not in graph or answer.second not in graph:
            continue
        pairs[frozenset((answer.first, answer.second))].append(answer)
    for pair, given in pairs.items():
        first, second = sorted(pair, key=lambda key: graph.nodes[key]["name"].casefold())
        graph.add_edge(
            first,
            second,
            weight=sum(a.strength for a in given) / len(given),
            reports=len(given),
            kinds=sorted({a.kind for a in given}),
            wants_stronger=sum(1 for a in given if a.should_be_stronger),
        )
    return graph


def measure(graph: nx.Graph, participants: int = 0) -> Result:
    degree = nx.degree_centrality(graph) if len(graph) > 1 else dict.fromkeys(graph, 0.0)
    betweenness = nx.betweenness_centrality(graph) if len(graph) else {}
    top = max(degree.values(), default=0.0)
    nodes = [
        NodeMeasures(
            key=key,
            name=data["name"],
            kind=data["kind"],
            links=graph.degree(key),
            degree=round(degree[key], 3),
            betweenness=round(betweenness.get(key, 0.0), 3),
            central=top > 0 and degree[key] == top,
        )
        for key, data in graph.nodes(data=True)
    ]
    nodes.sort(key=lambda n: (-n.degree, -n.betweenness, n.name.casefold()))
    links = [
        LinkMeasures(
            *_pair(graph.nodes[a]["name"], graph.nodes[b]["name"]),
            weight=round(data["weight"], 1),
            reports=data["reports"],
            kinds=data["kinds"],
            wants_stronger=data["wants_stronger"],
        )
        for a, b, data in graph.edges(data=True)
    ]
    links.sort(key=lambda link: (-link.weight, link.first.casefold(), link.second.casefold()))
    missed = sorted(
        (link for link in links if link.wants_stronger),
        key=lambda link: (-link.wants_stronger, link.weight, link.first.casefold()),
    )
    isolated = sorted((graph.nodes[key]["name"] for key in nx.isolates(graph)), key=str.casefold)
    return Result(graph, nodes, links, isolated, missed, participants)


def compare(current: Result, previous: Result) -> Comparison:
    """What changed since an earlier moment. Organisations are matched by name (ignoring case),
    because every analysis has its own list of organisations."""
    now = {node.name.casefold(): node for node in current.nodes}
    before = {node.name.casefold(): node for node in previous.nodes}
    links_now = {_pair(link.first, link.second) for link in current.links}
    links_before = {_pair(link.first, link.second) for link in previous.links}
    fold = {pair: tuple(name.casefold() for name in pair) for pair in links_now | links_before}
    folded_now = {fold[pair] for pair in links_now}
    folded_before = {fold[pair] for pair in links_before}
    changes = [
        (
            node.name,
            node.degree,
            round(node.degree - before[key].degree, 3),
            node.betweenness,
            round(node.betweenness - before[key].betweenness, 3),
        )
        for key, node in now.items()
        if key in before
    ]
    changes.sort(key=lambda row: (-abs(row[2]), row[0].casefold()))
    return Comparison(
        nodes_added=sorted((n.name for k, n in now.items() if k not in before), key=str.casefold),
        nodes_gone=sorted((n.name for k, n in before.items() if k not in now), key=str.casefold),
        links_added=sorted((p for p in links_now if fold[p] not in folded_before), key=fold.get),
        links_gone=sorted((p for p in links_before if fold[p] not in folded_now), key=fold.get),
        changes=changes,
    )


def _label(name: str) -> str:
    return name if len(name) <= LABEL_LENGTH else name[: LABEL_LENGTH - 1].rstrip() + "…"


def drawing(graph: nx.Graph) -> dict | None:
    """Coordinates for an SVG of the graph: a spring layout with a fixed seed, scaled into the
    view box. Decorative: the page shows the same in tables."""
    if not len(graph):
        return None
    positions = nx.spring_layout(graph, seed=LAYOUT_SEED)
    xs = [float(x) for x, _y in positions.values()]
    ys = [float(y) for _x, y in positions.values()]
    span_x = (max(xs) - min(xs)) or 1.0
    span_y = (max(ys) - min(ys)) or 1.0

    def place(key):
        x, y = positions[key]
        px = (
            WIDTH / 2
            if len(graph) == 1
            else MARGIN_X + (x - min(xs)) / span_x * (WIDTH - 2 * MARGIN_X)
        )
        py = (
            HEIGHT / 2
            if len(graph) == 1
            else MARGIN_Y + (y - min(ys)) / span_y * (HEIGHT - 2 * MARGIN_Y)
        )
        return round(float(px), 1), round(float(py), 1)

    points = {key: place(key) for key in graph}
    lines = [
        {
            "x1": points[a][0],
            "y1": points[a][1],
            "x2": points[b][0],
            "y2": points[b][1],
            "width": round(1 + 1.5 * data["weight"], 1),
            "dashed": data["wants_stronger"] > 0,
        }
        for a, b, data in graph.edges(data=True)
    ]
    circles = [
        {
            "x": points[key][0],
            "y": points[key][1],
            "label": _label(data["name"]),
            # Labels point away from the middle, where the picture is most crowded.
            "anchor": "end" if points[key][0] < WIDTH / 2 else "start",
            "dx": -14 if points[key][0] < WIDTH / 2 else 14,
            "isolated": graph.degree(key) == 0,
        }
        for key, data in graph.nodes(data=True)
    ]
    return {"width": WIDTH, "height": HEIGHT, "lines": lines, "circles": circles}
