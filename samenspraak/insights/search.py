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


_SQLITE_TRIGGERS = {
    "insights_contribution_fts_insert": (
        "AFTER INSERT ON insights_contribution BEGIN "
        "INSERT INTO insights_contribution_fts(rowid, search_text) "
        "VALUES (new.id, new.search_text); END"
    ),
    "insights_contribution_fts_delete": (
        "AFTER DELETE ON insights_contribution BEGIN "
        "INSERT INTO insights_contribution_fts(insights_contribution_fts, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); END"
    ),
    "insights_contribution_fts_update": (
        "AFTER UPDATE OF search_text ON insights_contribution BEGIN "
        "INSERT INTO insights_contribution_fts(insights_contribution_fts, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); "
        "INSERT INTO insights_contribution_fts(rowid, search_text) "
        "VALUES (new.id, new.search_text); END"
    ),
}


def ensure_sqlite_index(connection) -> bool:
    """Recreate the FTS triggers when a migration rebuilt the table (SQLite drops them with it).

    Runs after every `migrate`. Returns whether the index had to be rebuilt.
    """
    if connection.vendor != "sqlite":
        return False
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE %s",
            ["insights_contribution_fts_%"],
        )
        present = {row[0] for row in cursor.fetchall()}
        cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'insights_contribution_fts'")
        if cursor.fetchone() is None or present == set(_SQLITE_TRIGGERS):
            return False  # before migration 0012, or nothing lost
        for name, body in _SQLITE_TRIGGERS.items():
            if name not in present:
                cursor.execute(f"CREATE TRIGGER {name} {body}")
        cursor.execute(
            "INSERT INTO insights_contribution_fts(insights_contribution_fts) VALUES ('rebuild')"
        )
    return True


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
