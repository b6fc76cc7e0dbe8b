"""Dutch full-text search over the evidence pool, on SQLite and PostgreSQL alike.

Each contribution stores its search terms (`search_text`): accent-free Snowball stems, with the
known parts of compounds added, so "wachttijden" is found by "wachttijd" and by "wachten", and
"cliënt" by "client". Once a text is masked, its terms come from the masked text, so a search
never reveals a name that others may not read. The database matches the terms: PostgreSQL with
a GIN index on `to_tsvector('simple', search_text)`, SQLite with an FTS5 table kept in step by
triggers (see the migration).
"""

import functools

from django.db import connection
from django.db.models import BooleanField
from django.db.models.expressions import RawSQL

from .analysis import dutch


@functools.cache
def _splitter() -> dutch.CompoundSplitter:
    return dutch.CompoundSplitter.for_texts([])


def index_terms(text: str) -> str:
    return " ".join(dutch.terms(dutch.tokens(text), _splitter()))


def query_terms(query: str) -> list[str]:
    """The stems a query asks for; every one must occur (AND)."""
    return [dutch.stem(word) for word in dutch.tokens(query) if word not in dutch.STOPWORDS]


def matching(queryset, query: str):
    terms = query_terms(query)
    if not terms:
        return queryset
    if connection.vendor == "postgresql":
        match = RawSQL(
            "to_tsvector('simple', search_text) @@ to_tsquery('simple', %s)",
            [" & ".join(terms)],
            output_field=BooleanField(),
        )
        return queryset.alias(search_match=match).filter(search_match=True)
    if connection.vendor == "sqlite":
        expression = " AND ".join(f'"{term}"' for term in terms)
        matches = RawSQL(
            "SELECT rowid FROM insights_contribution_fts WHERE insights_contribution_fts MATCH %s",
            [expression],
        )
        return queryset.filter(pk__in=matches)
    for term in terms:  # other databases: correct, without an index
        queryset = queryset.filter(search_text__regex=rf"(^| ){term}( |$)")
    return queryset
