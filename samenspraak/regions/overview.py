"""What the region page shows besides the members: what the region learns together.

Each part reads through the region's own selectors, so the overview shows nothing the pages
behind it would not: comparisons of shared trajects only, innovations and network analyses of
this region only.
"""

from dataclasses import dataclass

from . import innovation, network, network_measures
from .spiral import PHASES


@dataclass
class InnovationState:
    innovation: object
    phase: object | None  # the furthest phase reached, None before the first


@dataclass
class NetworkPicture:
    analysis: object
    result: network_measures.Result
    drawing: dict | None


def innovation_states(region) -> list[InnovationState]:
    by_number = {phase.number: phase for phase in PHASES}
    return [
        InnovationState(item, by_number.get(item.reached))
        for item in innovation.innovations_of(region)
    ]


def latest_network(region) -> NetworkPicture | None:
    """The newest analysis with its picture: the one that says most about the region now."""
    analysis = network.analyses_of(region).order_by("-created_at").first()
    if analysis is None:
        return None
    result = network.result_of(analysis)
    return NetworkPicture(analysis, result, network_measures.drawing(result.graph))
