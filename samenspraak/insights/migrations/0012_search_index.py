"""Full-text search on the evidence pool: fill the terms, then index them per database."""

from django.db import migrations

SQLITE = [
    "CREATE VIRTUAL TABLE insights_contribution_fts USING fts5("
    "search_text, content='insights_contribution', content_rowid='id', tokenize='unicode61')",
    "CREATE TRIGGER insights_contribution_fts_insert AFTER INSERT ON insights_contribution BEGIN "
    "INSERT INTO insights_contribution_fts(rowid, search_text) VALUES (new.id, new.search_text); "
    "END",
    "CREATE TRIGGER insights_contribution_fts_delete AFTER DELETE ON insights_contribution BEGIN "
    "INSERT INTO insights_contribution_fts(insights_contribution_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER insights_contribution_fts_update AFTER UPDATE OF search_text "
    "ON insights_contribution BEGIN "
    "INSERT INTO insights_contribution_fts(insights_contribution_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO insights_contribution_fts(rowid, search_text) VALUES (new.id, new.search_text); "
    "END",
    "INSERT INTO insights_contribution_fts(insights_contribution_fts) VALUES ('rebuild')",
]
SQLITE_REVERSE = [
    "DROP TRIGGER IF EXISTS insights_contribution_fts_insert",
    "DROP TRIGGER IF EXISTS insights_contribution_fts_delete",
    "DROP TRIGGER IF EXISTS insights_contribution_fts_update",
    "DROP TABLE IF EXISTS insights_contribution_fts",
]
POSTGRESQL = [
    "CREATE INDEX insights_contribution_search ON insights_contribution "
    "USING gin (to_tsvector('simple', search_text))"
]
POSTGRESQL_REVERSE = ["DROP INDEX IF EXISTS insights_contribution_search"]


def fill_terms(apps, schema_editor):
    from samenspraak.insights.search import index_terms

    Contribution = apps.get_model("insights", "Contribution")
    batch = []
    for contribution in Contribution.objects.only("text", "masked_text", "mask_state").iterator():
        masked = contribution.mask_state != "wacht"
        contribution.search_text = index_terms(
            contribution.masked_text if masked else contribution.text
        )
        batch.append(contribution)
        if len(batch) == 1000:
            Contribution.objects.bulk_update(batch, ["search_text"])
            batch = []
    Contribution.objects.bulk_update(batch, ["search_text"])


def create_index(apps, schema_editor):
    statements = {"sqlite": SQLITE, "postgresql": POSTGRESQL}.get(schema_editor.connection.vendor)
    for statement in statements or []:
        schema_editor.execute(statement)


def drop_index(apps, schema_editor):
    vendor = schema_editor.connection.vendor
    statements = {"sqlite": SQLITE_REVERSE, "postgresql": POSTGRESQL_REVERSE}.get(vendor)
    for statement in statements or []:
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("insights", "0011_coding_and_search")]

    operations = [
        migrations.RunPython(fill_terms, migrations.RunPython.noop),
        migrations.RunPython(create_index, drop_index),
    ]
