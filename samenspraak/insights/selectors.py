"""Reading the evidence pool and the codebook."""

from django.core.cache import cache
from django.db.models import Count, Prefetch, Q

from . import search
from .models import Code, Codebook, CodeSuggestion, Coding, Contribution, MaskState

CHOICES_CACHE_SECONDS = 300


def evidence(municipality, *, traject=None, raw: bool, filters: dict | None = None):
    """Contributions someone may see, newest first, narrowed by the pool's filters.

    Without the raw-data permission a contribution shows only once it is masked, so a search
    never runs over text that person may not read.
    """
    queryset = Contribution.objects.filter(municipality=municipality)
    if traject is not None:
        queryset = queryset.filter(traject=traject)
    if not raw:
        queryset = queryset.exclude(mask_state=MaskState.PENDING)
    filters = filters or {}
    exact = {
        "traject": "traject",
        "instrument": "instrument",
        "source_type": "source_type",
        "round_number": "round__number",
        "channel": "channel",
        "respondent_group": "respondent_group",
        "phase": "phase",
        "mask_state": "mask_state",
    }
    for key, lookup in exact.items():
        value = filters.get(key)
        if value not in (None, ""):
            queryset = queryset.filter(**{lookup: value})
    if filters.get("score") not in (None, ""):
        queryset = queryset.filter(score=int(filters["score"]))
    if filters.get("date_from"):
        queryset = queryset.filter(created_on__gte=filters["date_from"])
    if filters.get("date_to"):
        queryset = queryset.filter(created_on__lte=filters["date_to"])
    if filters.get("consent"):
        queryset = queryset.filter(consent_public=True)
    if code := filters.get("code"):
        queryset = queryset.filter(Q(codings__code=code) | Q(codings__code__parent=code)).distinct()
    if filters.get("uncoded"):
        queryset = queryset.filter(codings__isnull=True)
    if query := (filters.get("q") or "").strip():
        queryset = search.matching(queryset, query)
    return queryset.order_by("-created_on", "-pk")


def with_codes(contributions, traject):
    """The page's contributions with their codings, in one extra query."""
    codings = Coding.objects.select_related("code__parent", "coder").order_by("code__name")
    if traject is not None:
        codings = codings.filter(code__codebook__traject=traject)
    return contributions.select_related("instrument", "round").prefetch_related(
        Prefetch("codings", queryset=codings)
    )


def filter_values(municipality, traject, field: str) -> list[str]:
    """Distinct non-empty values of a tag, cached briefly: the pool may hold a million rows."""
    key = f"pool-values:{municipality.pk}:{traject.pk if traject else 0}:{field}"
    values = cache.get(key)
    if values is None:
        queryset = Contribution.objects.filter(municipality=municipality)
        if traject is not None:
            queryset = queryset.filter(traject=traject)
        values = sorted(
            queryset.exclude(**{field: ""}).values_list(field, flat=True).distinct()[:200]
        )
        cache.set(key, values, CHOICES_CACHE_SECONDS)
    return values


def codebook_of(traject) -> Codebook | None:
    return Codebook.objects.filter(traject=traject).first()


def codes_for_choice(traject):
    return Code.objects.filter(codebook__traject=traject).select_related("parent")


def codes_of(traject):
    """Top-level codes first, each followed by its children, with how often each was used."""
    codes = (
        Code.objects.filter(codebook__traject=traject)
        .select_related("parent")
        .annotate(uses=Count("codings__contribution", distinct=True))
    )
    top = [code for code in codes if code.parent_id is None]
    children = {}
    for code in codes:
        if code.parent_id:
            children.setdefault(code.parent_id, []).append(code)
    ordered = []
    for code in top:
        ordered.append(code)
        ordered.extend(children.get(code.pk, []))
    return ordered


def coders_of(traject):
    """Everyone who coded in this traject, with how many contributions each coded."""
    from django.contrib.auth import get_user_model

    return (
        get_user_model()
        .objects.filter(codings__code__codebook__traject=traject)
        .annotate(coded=Count("codings__contribution", distinct=True))
        .order_by("full_name", "email")
    )


def open_suggestions(traject, coder):
    return (
        CodeSuggestion.objects.filter(
            code__codebook__traject=traject, coder=coder, status=CodeSuggestion.Status.OPEN
        )
        .select_related("code__parent", "contribution")
        .order_by("-confidence")
    )
