"""Pages of the regional network analysis (docs/regions.md, Netwerkanalyse)."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samenspraak.core.forms import apply_validation_error, posted

from . import network, network_measures
from .models import NetworkNode
from .network_forms import NetworkAnalysisForm, NetworkNodeForm, NetworkQuestionnaireForm
from .roles import RegionPermission
from .scoping import requires_region


def _analysis_or_404(request, pk):
    analysis = network.analysis_in(request.region, pk)
    if analysis is None:
        raise Http404
    return analysis


def _network_list(request, form):
    return render(
        request,
        "regions/network_list.html",
        {"analyses": network.analyses_of(request.region), "form": form},
    )


def network_list(request, regio):
    return _network_list(
        request, NetworkAnalysisForm(earlier=network.earlier_analyses(request.region))
    )


@require_POST
@requires_region(RegionPermission.MANAGE_NETWORK)
def network_create(request, regio):
    form = NetworkAnalysisForm(request.POST, earlier=network.earlier_analyses(request.region))
    if form.is_valid():
        try:
            created = network.create_analysis(
                region=request.region, user=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            return redirect("regions:network-nodes", regio=regio, pk=created.pk)
    return _network_list(request, form)


def network_detail(request, regio, pk):
    analysis = _analysis_or_404(request, pk)
    result = network.result_of(analysis)
    comparison = None
    if analysis.previous_id and analysis.previous.region_id == request.region.pk:
        comparison = network_measures.compare(result, network.result_of(analysis.previous))
    return render(
        request,
        "regions/network.html",
        {
            "analysis": analysis,
            "result": result,
            "drawing": network_measures.drawing(result.graph),
            "comparison": comparison,
            "answered": network.answers_of(analysis, request.user).exists(),
        },
    )


def network_questionnaire(request, regio, pk):
    analysis = _analysis_or_404(request, pk)
    nodes = network.nodes_of(analysis)
    initial = NetworkQuestionnaireForm.initial_from(network.answers_of(analysis, request.user))
    form = NetworkQuestionnaireForm(posted(request), nodes=nodes, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            network.save_answers(analysis=analysis, user=request.user, answers=form.answers())
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("Thank you: your answers are saved."))
            return redirect("regions:network", regio=regio, pk=analysis.pk)
    return render(
        request, "regions/network_questionnaire.html", {"analysis": analysis, "form": form}
    )


@requires_region(RegionPermission.MANAGE_NETWORK)
def network_nodes(request, regio, pk):
    analysis = _analysis_or_404(request, pk)
    form = NetworkNodeForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            node = network.add_node(analysis=analysis, **form.cleaned_data)
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("%(name)s is added to the network.") % {"name": node.name})
            return redirect("regions:network-nodes", regio=regio, pk=analysis.pk)
    return render(
        request,
        "regions/network_nodes.html",
        {"analysis": analysis, "nodes": network.nodes_of(analysis), "form": form},
    )


@require_POST
@requires_region(RegionPermission.MANAGE_NETWORK)
def network_node_remove(request, regio, pk, node):
    analysis = _analysis_or_404(request, pk)
    item = get_object_or_404(NetworkNode, pk=node, analysis=analysis)
    network.remove_node(node=item)
    messages.success(request, _("%(name)s is removed from the network.") % {"name": item.name})
    return redirect("regions:network-nodes", regio=regio, pk=analysis.pk)
