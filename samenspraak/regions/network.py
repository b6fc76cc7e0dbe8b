"""The regional network analysis: setting it up, the participants' answers, and reading the
results.

Coordinators (``manage_network``) make an analysis per moment and list its organisations and
teams; a new analysis that compares with an earlier one starts with that one's organisations.
Everyone who reads the region space answers the short questionnaire: for the organisation they
answer for, with which other organisations it works, how, how strongly, and whether that should
be stronger. Saving again replaces the participant's earlier answers; nothing is saved when one
answer is wrong. Results show the combined network, never who answered what.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from . import network_measures
from .models import LinkKind, NetworkAnalysis, NetworkLink, NetworkNode, NodeKind


@dataclass(frozen=True)
class LinkAnswer:
    """One answer as the questionnaire hands it to ``save_answers``."""

    from_node: NetworkNode
    to_node: NetworkNode
    kind: str
    strength: int
    should_be_stronger: bool = False


def analyses_of(region):
    return NetworkAnalysis.objects.filter(region=region).select_related("previous")


def analysis_in(region, pk) -> NetworkAnalysis | None:
    return analyses_of(region).filter(pk=pk).first()


def earlier_analyses(region, *, exclude=None):
    analyses = NetworkAnalysis.objects.filter(region=region)
    return analyses.exclude(pk=exclude.pk) if exclude is not None else analyses


def nodes_of(analysis: NetworkAnalysis):
    return NetworkNode.objects.filter(analysis=analysis)


def answers_of(analysis: NetworkAnalysis, user):
    return NetworkLink.objects.filter(analysis=analysis, entered_by=user).select_related(
        "from_node", "to_node"
    )


@transaction.atomic
def create_analysis(*, region, title: str, moment: str, previous=None, user) -> NetworkAnalysis:
    analysis = NetworkAnalysis(
        region=region,
        title=title.strip(),
        moment=moment.strip(),
        previous=previous,
        created_by=user,
    )
    analysis.full_clean()
    analysis.save()
    if previous is not None:
        NetworkNode.objects.bulk_create(
            NetworkNode(analysis=analysis, name=node.name, kind=node.kind)
            for node in nodes_of(previous)
        )
    return analysis


@transaction.atomic
def add_node(*, analysis: NetworkAnalysis, name: str, kind: str) -> NetworkNode:
    node = NetworkNode(analysis=analysis, name=" ".join(name.split()), kind=kind)
    node.full_clean()
    node.save()
    return node


@transaction.atomic
def remove_node(*, node: NetworkNode) -> None:
    """Remove an organisation, and with it every answer about its links."""
    node.delete()


@transaction.atomic
def save_answers(*, analysis: NetworkAnalysis, user, answers) -> list[NetworkLink]:
    """Replace the participant's answers in this analysis with ``answers``; all or nothing."""
    answers = list(answers)
    node_ids = set(nodes_of(analysis).values_list("pk", flat=True))
    seen = set()
    links = []
    for answer in answers:
        if answer.from_node.pk not in node_ids or answer.to_node.pk not in node_ids:
            raise ValidationError(_("Choose organisations from this network analysis."))
        if answer.from_node.pk == answer.to_node.pk:
            raise ValidationError(
                _("%(name)s cannot have a link with itself.") % {"name": answer.from_node.name}
            )
        pair = frozenset((answer.from_node.pk, answer.to_node.pk))
        if pair in seen:
            raise ValidationError(
                _("You described the link between %(first)s and %(second)s twice.")
                % {"first": answer.from_node.name, "second": answer.to_node.name}
            )
        seen.add(pair)
        link = NetworkLink(
            analysis=analysis,
            from_node=answer.from_node,
            to_node=answer.to_node,
            kind=answer.kind,
            strength=answer.strength,
            should_be_stronger=answer.should_be_stronger,
            entered_by=user,
        )
        link.full_clean()
        links.append(link)
    NetworkLink.objects.filter(analysis=analysis, entered_by=user).delete()
    return NetworkLink.objects.bulk_create(links)


def result_of(analysis: NetworkAnalysis) -> network_measures.Result:
    """The combined network of every participant's answers, with its measures."""
    nodes = [(node.pk, node.name, node.kind) for node in nodes_of(analysis)]
    rows = NetworkLink.objects.filter(analysis=analysis).values_list(
        "entered_by_id", "from_node_id", "to_node_id", "kind", "strength", "should_be_stronger"
    )
    answers = [network_measures.Answer(*row) for row in rows]
    graph = network_measures.build_graph(nodes, answers)
    participants = len({answer.participant for answer in answers})
    result = network_measures.measure(graph, participants=participants)
    node_labels, link_labels = dict(NodeKind.choices), dict(LinkKind.choices)
    for node in result.nodes:
        node.kind_label = str(node_labels.get(node.kind, node.kind))
    for link in result.links:
        link.kind_labels = [str(link_labels.get(kind, kind)) for kind in link.kinds]
    return result
