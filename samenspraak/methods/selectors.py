"""Reading the catalogue: which methods someone may see, facet filtering and counts."""

from dataclasses import dataclass, field

from django.db.models import Q

from . import search
from .facets import FACETS, Facet
from .models import Method


def methods_for(municipality=None):
    """The national catalogue plus, inside a workspace, that municipality's own methods."""
    visible = Q(municipality__isnull=True)
    if municipality is not None:
        visible |= Q(municipality=municipality)
    return Method.objects.filter(visible, is_retired=False).select_related("municipality")


def method_for(slug: str, municipality=None) -> Method | None:
    """Slugs are unique across the catalogue and all local methods (see services)."""
    return methods_for(municipality).filter(slug=slug).first()


@dataclass
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class FacetResult:
    facet: Facet
    options: list[FacetOption] = field(default_factory=list)

    @property
    def key(self):
        return self.facet.key

    @property
    def label(self):
        return self.facet.label


@dataclass
class CatalogueResult:
    methods: list[Method]
    facets: list[FacetResult]
    query: str
    total: int


def _matches(method: Method, selected: dict[str, set[str]], skip: str | None = None) -> bool:
    """AND across facets, OR within one facet."""
    for key, values in selected.items():
        if key != skip and values and not values.intersection(method.values(key)):
            return False
    return True


def search_catalogue(methods, *, selected: dict[str, set[str]], query: str = "") -> CatalogueResult:
    methods = list(methods)
    total = len(methods)  # the whole catalogue, whatever the search narrows it to
    query_terms = search.terms(query) if query.strip() else []
    if query_terms:
        scored = [(search.score(m.search_index, query_terms), m) for m in methods]
        methods = [m for s, m in sorted(scored, key=lambda p: (-p[0], p[1].name)) if s > 0]
    matching = [m for m in methods if _matches(m, selected)]
    facets = []
    for facet in FACETS:
        # Counts answer "how many would I get if I also ticked this option".
        pool = [m for m in methods if _matches(m, selected, skip=facet.key)]
        chosen = selected.get(facet.key, set())
        options = [
            FacetOption(
                value,
                str(label),
                sum(1 for m in pool if value in m.values(facet.key)),
                value in chosen,
            )
            for value, label in facet.options.items()
        ]
        facets.append(FacetResult(facet, options))
    return CatalogueResult(matching, facets, query, total)
