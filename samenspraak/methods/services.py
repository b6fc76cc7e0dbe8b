"""State changes of the catalogue and of participation plans."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from . import search
from .catalogue import LOCAL_SOURCE, CatalogueEntry, read_entries, validate_entry
from .models import Method, ParticipationPlan, PlanItem


@dataclass(frozen=True)
class SyncReport:
    created: int
    updated: int
    retired: int


@transaction.atomic
def sync_catalogue(entries: list[CatalogueEntry] | None = None) -> SyncReport:
    """Make the national catalogue in the database equal to the data files.

    Methods that left the data are retired, not deleted: plans may still point at them.
    """
    entries = read_entries() if entries is None else entries
    existing = {m.slug: m for m in Method.objects.filter(municipality__isnull=True)}
    created = updated = 0
    for entry in entries:
        data = entry.data
        method = existing.pop(data["slug"], None)
        if method is None:
            Method.objects.create(
                slug=data["slug"],
                name=data["name"],
                data=data,
                search_index=search.build_index(data),
            )
            created += 1
        elif method.data != data or method.is_retired or method.name != data["name"]:
            method.name, method.data, method.is_retired = data["name"], data, False
            method.search_index = search.build_index(data)
            method.save()
            updated += 1
    retired = Method.objects.filter(pk__in=[m.pk for m in existing.values()], is_retired=False)
    retired_count = retired.update(is_retired=True)
    return SyncReport(created, updated, retired_count)


def _unique_slug(name: str, exclude_pk=None) -> str:
    base = slugify(name)[:80] or "methode"
    slug, counter = base, 2
    taken = Method.objects.exclude(pk=exclude_pk).values_list("slug", flat=True)
    taken_slugs = set(taken)
    while slug in taken_slugs:
        slug, counter = f"{base}-{counter}", counter + 1
    return slug


@transaction.atomic
def save_local_method(*, municipality, data: dict, user, method: Method | None = None) -> Method:
    """Create or update a municipality's own method; the data obeys the catalogue schema."""
    slug = method.slug if method else _unique_slug(data.get("name", ""))
    data = {**data, "slug": slug, "sources": [LOCAL_SOURCE]}
    problems = validate_entry(data, data.get("name", ""))
    if problems:
        raise ValidationError(
            _("The method could not be saved: %(problems)s") % {"problems": "; ".join(problems)}
        )
    if method is None:
        method = Method(municipality=municipality, slug=slug, created_by=user)
    method.name = data["name"]
    method.data = data
    method.search_index = search.build_index(data)
    method.save()
    return method


def plan_for(traject) -> ParticipationPlan:
    plan, _ = ParticipationPlan.objects.get_or_create(traject=traject)
    return plan


@transaction.atomic
def add_to_plan(*, traject, method: Method, phase: str, who="", when="", notes="") -> PlanItem:
    if method.municipality_id not in (None, traject.municipality_id):
        raise ValidationError(_("This method belongs to another municipality."))
    plan = plan_for(traject)
    position = plan.items.count()
    return PlanItem.objects.create(
        plan=plan, method=method, phase=phase, who=who, when=when, notes=notes, position=position
    )


@transaction.atomic
def update_plan_item(*, item: PlanItem, phase: str, who: str, when: str, notes: str) -> PlanItem:
    item.phase, item.who, item.when, item.notes = phase, who, when, notes
    item.full_clean()
    item.save()
    return item


@transaction.atomic
def remove_plan_item(*, item: PlanItem) -> None:
    item.delete()


@transaction.atomic
def set_checked_points(*, plan: ParticipationPlan, keys: list[str], known: set[str]) -> None:
    plan.checked_points = sorted(set(keys) & known)
    plan.save(update_fields=["checked_points", "updated_at"])
