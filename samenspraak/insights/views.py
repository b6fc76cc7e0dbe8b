"""The evidence pool and coding, for staff. Text is shown raw only with the raw-data permission."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samenspraak.core.forms import apply_validation_error, posted
from samenspraak.core.pagination import CappedPaginator
from samenspraak.instruments.models import Instrument
from samenspraak.organisations.roles import Permission
from samenspraak.organisations.scoping import requires
from samenspraak.privacy import services as privacy_services
from samenspraak.privacy.selectors import may_read_raw, readable_text
from samenspraak.privacy.tasks import mask_pending
from samenspraak.trajects.selectors import traject_for, trajects_of

from . import selectors, services
from .forms import ApplyCodeForm, MaskCorrectionForm, PoolFilterForm
from .models import Coding, Contribution, MaskState

PAGE_SIZE = 50


def _contribution(request, pk):
    raw = may_read_raw(request.membership)
    queryset = Contribution.objects.filter(municipality=request.municipality)
    if not raw:
        queryset = queryset.exclude(mask_state=MaskState.PENDING)
    return get_object_or_404(queryset.select_related("traject", "instrument", "round"), pk=pk)


def _pool(request, traject=None):
    raw = may_read_raw(request.membership)
    municipality = request.municipality
    codes = selectors.codes_of(traject) if traject else []
    form = PoolFilterForm(
        request.GET or None,
        trajects=None if traject else trajects_of(municipality),
        instruments=Instrument.objects.filter(
            municipality=municipality, **({"traject": traject} if traject else {})
        ).order_by("title"),
        codes=codes,
        values={
            field: selectors.filter_values(municipality, traject, field)
            for field in ("channel", "respondent_group", "phase")
        },
        raw=raw,
    )
    contributions = selectors.evidence(
        municipality, traject=traject, raw=raw, filters=form.filters()
    )
    page = CappedPaginator(contributions, PAGE_SIZE).get_page(request.GET.get("pagina"))
    items = list(selectors.with_codes(page.object_list, traject))
    for item in items:
        item.shown_text = readable_text(item, raw=raw)
    can_code = bool(codes) and request.membership.has_perm(Permission.MANAGE_TRAJECTS)
    query = request.GET.copy()
    query.pop("pagina", None)
    return render(
        request,
        "insights/pool.html",
        {
            "traject": traject,
            "form": form,
            "page": page,
            "items": items,
            "raw": raw,
            "query": query.urlencode(),
            "apply_form": ApplyCodeForm(
                codes=selectors.codes_for_choice(traject), with_fragment=False
            )
            if can_code
            else None,
            "pending": Contribution.objects.filter(
                municipality=municipality, mask_state=MaskState.PENDING
            ).exists()
            if raw
            else False,
        },
    )


@requires(Permission.VIEW_RESULTS)
def pool(request, gemeente):
    return _pool(request)


@requires(Permission.VIEW_RESULTS)
def traject_pool(request, gemeente, traject_pk):
    return _pool(request, traject_for(request.municipality, traject_pk))


@require_POST
@requires(Permission.MANAGE_TRAJECTS)
def apply_to_selection(request, gemeente, traject_pk):
    """Bulk coding from the pool: the chosen code on every ticked contribution."""
    traject = traject_for(request.municipality, traject_pk)
    form = ApplyCodeForm(
        request.POST, codes=selectors.codes_for_choice(traject), with_fragment=False
    )
    back = reverse("insights:traject-pool", args=[gemeente, traject.pk])
    back += "?" + request.POST.get("terug", "") if request.POST.get("terug") else ""
    selected = request.POST.getlist("bijdrage")
    if not form.is_valid():
        messages.error(request, _("Choose a code."))
        return redirect(back)
    contributions = selectors.evidence(
        request.municipality, traject=traject, raw=may_read_raw(request.membership)
    ).filter(pk__in=[pk for pk in selected if pk.isdigit()])
    try:
        added = services.apply_code(
            contributions=contributions, code=form.cleaned_data["code"], coder=request.user
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("Code “%(code)s” added to %(count)s contributions.")
            % {"code": form.cleaned_data["code"], "count": added},
        )
    return redirect(back)


@requires(Permission.VIEW_RESULTS)
def contribution_detail(request, gemeente, pk):
    contribution = _contribution(request, pk)
    raw = may_read_raw(request.membership)
    codes = selectors.codes_for_choice(contribution.traject)
    can_code = codes.exists() and request.membership.has_perm(Permission.MANAGE_TRAJECTS)
    # Two forms on one page: only the one that was sent is bound, so only it can show errors.
    masking = request.method == "POST" and "masker" in request.POST
    apply_form = ApplyCodeForm(
        posted(request) if can_code and not masking else None, codes=codes, prefix="coderen"
    )
    mask_form = MaskCorrectionForm(
        request.POST if masking else None,
        initial={"masked_text": contribution.masked_text},
        prefix="masker",
    )
    if request.method == "POST":
        if "masker" in request.POST:
            if not raw:
                raise Http404
            if mask_form.is_valid():
                try:
                    privacy_services.correct_mask(
                        contribution=contribution,
                        masked_text=mask_form.cleaned_data["masked_text"],
                        user=request.user,
                    )
                except ValidationError as error:
                    apply_validation_error(mask_form, error)
                else:
                    messages.success(request, _("The masked text is saved."))
                    return redirect(request.path)
        elif can_code and apply_form.is_valid():
            try:
                services.apply_code(
                    contributions=[contribution],
                    code=apply_form.cleaned_data["code"],
                    coder=request.user,
                    fragment=apply_form.cleaned_data.get("fragment", ""),
                    raw=raw,
                )
            except ValidationError as error:
                apply_validation_error(apply_form, error)
            else:
                messages.success(request, _("The code is added."))
                return redirect(request.path)
    codings = contribution.codings.select_related("code__parent", "coder").order_by("coder", "code")
    return render(
        request,
        "insights/contribution.html",
        {
            "contribution": contribution,
            "shown_text": readable_text(contribution, raw=raw),
            "raw": raw,
            "codings": codings,
            "apply_form": apply_form if can_code else None,
            "mask_form": mask_form if raw and contribution.is_masked else None,
        },
    )


@require_POST
@requires(Permission.MANAGE_TRAJECTS)
def remove_coding(request, gemeente, pk, coding_pk):
    contribution = _contribution(request, pk)
    coding = get_object_or_404(Coding, contribution=contribution, pk=coding_pk)
    try:
        services.remove_coding(coding=coding, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The code is removed."))
    return redirect("insights:contribution", gemeente, contribution.pk)


@require_POST
@requires(Permission.VIEW_RAW_DATA)
def mask_now(request, gemeente):
    """Runs the personal-data check now (as a task); normally a scheduled job does this."""
    mask_pending.enqueue(request.municipality.pk)
    messages.success(
        request, _("The check for personal data has started. New texts appear when it is done.")
    )
    return redirect("insights:pool", gemeente)
