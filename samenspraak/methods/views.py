from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samenspraak.core.forms import apply_validation_error, posted
from samenspraak.instruments.templates_catalogue import templates_for_method
from samenspraak.meetings.selectors import is_conversation
from samenspraak.organisations.roles import Permission
from samenspraak.organisations.scoping import requires
from samenspraak.trajects.selectors import trajects_of
from samenspraak.trajects.werkvormen import werkvormen_for_method

from . import selectors, services
from .catalogue import attention_points
from .facets import FACETS_BY_KEY, PHASES
from .forms import (
    AddToPlanForm,
    AttentionPointsForm,
    CatalogueFilterForm,
    LocalMethodForm,
    PlanItemForm,
    RecommenderForm,
)
from .models import Method, PlanItem
from .recommender import balanced_mix, recommend


def _workspace(request):
    return request.municipality


def catalogue(request, gemeente=None):
    form = CatalogueFilterForm(request.GET or None)
    result = selectors.search_catalogue(
        selectors.methods_for(_workspace(request)),
        selected=form.selected() if form.is_bound else {},
        query=form.query() if form.is_bound else "",
    )
    return render(
        request,
        "methods/catalogue.html",
        {"form": form, "result": result, "in_workspace": gemeente is not None},
    )


def detail(request, slug, gemeente=None):
    method = selectors.method_for(slug, _workspace(request))
    if method is None:
        raise Http404
    context = {
        "method": method,
        "in_workspace": gemeente is not None,
        "questionnaire_templates": templates_for_method(method.slug),
        "records_meetings": is_conversation(method),
        "werkvormen": werkvormen_for_method(method.slug),
    }
    if gemeente is not None and request.membership.has_perm(Permission.MANAGE_TRAJECTS):
        context["add_form"] = AddToPlanForm(
            trajects=trajects_of(request.municipality), method=method
        )
    return render(request, "methods/detail.html", context)


def recommender(request, gemeente=None):
    form = RecommenderForm(request.GET or None)
    wants_json = request.get_preferred_type(["text/html", "application/json"]) == "application/json"
    ranked, mix = [], []
    if form.is_bound and form.is_valid():
        query = form.to_query()
        ranked = recommend(selectors.methods_for(_workspace(request)), query)
        mix = balanced_mix(ranked, query)
        if wants_json:
            return JsonResponse(recommendation_json(request, query, ranked, mix))
    elif form.is_bound and wants_json:
        return JsonResponse({"errors": form.errors.get_json_data()}, status=400)
    return render(
        request,
        "methods/recommender.html",
        {
            "form": form,
            "ranked": ranked[:12],
            "mix": mix,
            "in_workspace": gemeente is not None,
            "can_plan": gemeente is not None
            and request.membership.has_perm(Permission.MANAGE_TRAJECTS),
        },
    )


def _reason_json(reason):
    return {"text": reason.text, "judged": reason.judged}


def recommendation_json(request, query, ranked, mix):
    def item(rec):
        return {
            "slug": rec.method.slug,
            "name": rec.method.name,
            "score": rec.score,
            "fit": rec.fit,
            "url": request.build_absolute_uri(rec.method.get_absolute_url()),
            "reasons": [_reason_json(r) for r in rec.reasons],
            "watch_outs": [_reason_json(r) for r in rec.watch_outs],
            "local": rec.method.is_local,
        }

    return {
        "query": query.as_dict(),
        "results": [item(rec) for rec in ranked],
        "mix": [item(rec) for rec in mix],
    }


@requires(Permission.MANAGE_SETTINGS)
def local_method_create(request, gemeente):
    return _local_method_form(request, method=None)


@requires(Permission.MANAGE_SETTINGS)
def local_method_edit(request, gemeente, slug):
    method = get_object_or_404(Method, slug=slug, municipality=request.municipality)
    return _local_method_form(request, method=method)


def _local_method_form(request, method):
    initial = LocalMethodForm.initial_from(method.data) if method else None
    form = LocalMethodForm(posted(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            method = services.save_local_method(
                municipality=request.municipality,
                data=form.to_data(),
                user=request.user,
                method=method,
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The method %(name)s is saved.") % {"name": method.name})
            return redirect(method.get_absolute_url())
    return render(request, "methods/local_form.html", {"form": form, "method": method})


@require_POST
@requires(Permission.MANAGE_TRAJECTS)
def add_to_plan(request, gemeente, slug):
    method = selectors.method_for(slug, request.municipality)
    if method is None:
        raise Http404
    form = AddToPlanForm(request.POST, trajects=trajects_of(request.municipality), method=method)
    if form.is_valid():
        traject = form.cleaned_data["traject"]
        services.add_to_plan(
            traject=traject,
            method=method,
            phase=form.cleaned_data["phase"],
            who=form.cleaned_data["who"],
            when=form.cleaned_data["when"],
        )
        messages.success(
            request,
            _("%(method)s is added to the plan of %(traject)s.")
            % {"method": method.name, "traject": traject.title},
        )
        return redirect(traject.get_absolute_url())
    return render(
        request,
        "methods/detail.html",
        {"method": method, "in_workspace": True, "add_form": form, "form": form},
        status=200,
    )


def _plan_item(request, traject_pk, item_pk) -> PlanItem:
    return get_object_or_404(
        PlanItem.objects.select_related("plan__traject", "method"),
        pk=item_pk,
        plan__traject__pk=traject_pk,
        plan__traject__municipality=request.municipality,
    )


@requires(Permission.MANAGE_TRAJECTS)
def plan_item_edit(request, gemeente, pk, item_pk):
    item = _plan_item(request, pk, item_pk)
    form = PlanItemForm(
        posted(request),
        initial={"phase": item.phase, "who": item.who, "when": item.when, "notes": item.notes},
    )
    if request.method == "POST" and form.is_valid():
        services.update_plan_item(item=item, **form.cleaned_data)
        messages.success(request, _("The plan is updated."))
        return redirect(item.plan.traject.get_absolute_url())
    return render(request, "methods/plan_item_form.html", {"form": form, "item": item})


@require_POST
@requires(Permission.MANAGE_TRAJECTS)
def plan_item_remove(request, gemeente, pk, item_pk):
    item = _plan_item(request, pk, item_pk)
    services.remove_plan_item(item=item)
    messages.success(request, _("%(method)s is removed from the plan.") % {"method": item.method})
    return redirect(item.plan.traject.get_absolute_url())


@require_POST
@requires(Permission.MANAGE_TRAJECTS)
def plan_points(request, gemeente, pk):
    traject = get_object_or_404(trajects_of(request.municipality), pk=pk)
    points = attention_points()
    form = AttentionPointsForm(request.POST, points=points)
    if form.is_valid():
        services.set_checked_points(
            plan=services.plan_for(traject),
            keys=form.cleaned_data["points"],
            known={p.key for p in points},
        )
        messages.success(request, _("The points of attention are saved."))
    return redirect(traject.get_absolute_url() + "#aandachtspunten")


def plan_context(traject):
    plan = services.plan_for(traject)
    items = list(plan.items.select_related("method"))
    phases = [
        (key, label, [item for item in items if item.phase == key])
        for key, label in PHASES.options.items()
    ]
    points = attention_points()
    return {
        "traject": traject,
        "plan": plan,
        "plan_phases": phases,
        "points": points,
        "points_form": AttentionPointsForm(initial={"points": plan.checked_points}, points=points),
        "checked_points": set(plan.checked_points),
        "target_group_labels": [
            FACETS_BY_KEY["target_groups"].label_for(g) for g in traject.target_groups
        ],
    }


def plan_pdf(request, gemeente, pk):
    from weasyprint import HTML

    traject = get_object_or_404(trajects_of(request.municipality), pk=pk)
    html = render_to_string(
        "methods/plan_pdf.html",
        {**plan_context(traject), "municipality": request.municipality},
        request,
    )
    pdf = HTML(string=html, base_url=request.build_absolute_uri("/")).write_pdf(
        pdf_variant="pdf/ua-1"
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="participatieplan-{traject.pk}.pdf"'
    return response
