"""Theme discovery and code suggestions on CSV files, for batch use outside the workspace.

manage.py themes discover --input texts.csv --output themes.csv [--n-themes 8]
manage.py themes suggest --coded coded.csv --input texts.csv --output suggestions.csv
"""

import csv
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from samenspraak.insights.analysis import discovery, suggestion


def _read(path: str, columns: tuple[str, ...]) -> list[dict]:
    file = Path(path)
    if not file.is_file():
        raise CommandError(f"{path}: no such file.")
    with file.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in columns if c not in (reader.fieldnames or [])]
        if missing:
            raise CommandError(f"{path}: missing column(s) {', '.join(missing)}.")
        rows = [row for row in reader if (row.get("text") or "").strip()]
    if not rows:
        raise CommandError(f"{path}: no rows with text.")
    return rows


def _write(path: str, header: list[str], rows) -> None:
    with Path(path).open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


class Command(BaseCommand):
    help = "Suggest themes for texts, or codes for texts from coded examples (CSV in, CSV out)."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        discover = sub.add_parser("discover", help="Group texts into suggested themes.")
        discover.add_argument("--input", required=True, help="CSV with columns id,text.")
        discover.add_argument("--output", required=True, help="CSV with columns id,theme,label.")
        discover.add_argument("--n-themes", type=int, help="How many themes (default: chosen).")
        suggest = sub.add_parser("suggest", help="Suggest codes from coded examples.")
        suggest.add_argument("--coded", required=True, help="CSV with columns id,text,code.")
        suggest.add_argument("--input", required=True, help="CSV with columns id,text.")
        suggest.add_argument("--output", required=True, help="CSV with columns id,code,confidence.")

    def handle(self, *args, action, **options):
        if action == "discover":
            self._discover(options["input"], options["output"], options.get("n_themes"))
        else:
            self._suggest(options["coded"], options["input"], options["output"])

    def _discover(self, input_path, output_path, n_themes):
        if n_themes is not None and n_themes < 1:
            raise CommandError("--n-themes must be at least 1.")
        rows = _read(input_path, ("id", "text"))
        result = discovery.discover([row["text"] for row in rows], n_themes=n_themes)
        labels = {theme.number: theme.label for theme in result.themes}
        _write(
            output_path,
            ["id", "theme", "label"],
            (
                (row["id"], number, labels[number])
                for row, number in zip(rows, result.assignments, strict=True)
            ),
        )
        self.stdout.write(f"{len(rows)} texts in {len(result.themes)} themes → {output_path}")

    def _suggest(self, coded_path, input_path, output_path):
        coded = _read(coded_path, ("id", "text", "code"))
        coded = [(row["text"], row["code"].strip()) for row in coded if row["code"].strip()]
        if not coded:
            raise CommandError(f"{coded_path}: no coded rows.")
        rows = _read(input_path, ("id", "text"))
        suggestions = suggestion.suggest(coded, [row["text"] for row in rows])
        _write(
            output_path,
            ["id", "code", "confidence"],
            ((rows[item.index]["id"], item.code, f"{item.confidence:.3f}") for item in suggestions),
        )
        self.stdout.write(f"{len(rows)} suggestions → {output_path}")
