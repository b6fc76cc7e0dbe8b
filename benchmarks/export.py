"""Exports of one million answers: time and peak memory per format.

Fills PostgreSQL with complete responses (nine answers each, as in the intake benchmark) until
there are at least a million answers, then runs each export in a fresh child process, so every
peak memory figure (max RSS) belongs to that export alone. Target (issue 5): the export streams
and stays under 300 MB RSS.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/samenspraak_bench \
        .venv/bin/python benchmarks/export.py [--answers 1000000] [--formats csv xlsx sav]
"""

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/samenspraak_bench")
from _setup import BENCH_ANSWERS, ROOT, create_instrument, ensure_database, setup_django

CODE = "export01"
BATCH = 5000


def fill(answers_wanted: int):
    from django.core.management import call_command

    from samenspraak.instruments.models import Instrument
    from samenspraak.responses.models import Answer, Response

    call_command("migrate", verbosity=0)
    instrument = Instrument.objects.filter(public_code=CODE).first()
    if instrument and Answer.objects.filter(response__instrument=instrument).count() >= (
        answers_wanted
    ):
        return instrument
    instrument = create_instrument(CODE)
    per_response = len(BENCH_ANSWERS)
    responses_wanted = -(-answers_wanted // per_response)
    started = time.perf_counter()
    for offset in range(0, responses_wanted, BATCH):
        batch = Response.objects.bulk_create(
            Response(
                instrument=instrument,
                version=instrument.current_version,
                round=instrument.current_round,
                status=Response.Status.COMPLETE,
                submitted_on="2026-10-01",
            )
            for _ in range(min(BATCH, responses_wanted - offset))
        )
        Answer.objects.bulk_create(
            Answer(response=response, question_key=key, value=value)
            for response in batch
            for key, value in BENCH_ANSWERS.items()
        )
    print(
        f"filled {responses_wanted} responses, {responses_wanted * per_response} answers "
        f"in {time.perf_counter() - started:.0f} s"
    )
    return instrument


def run_one(fmt: str):
    """Child process: one export, then print seconds, size and this process's peak RSS."""
    from samenspraak.instruments.models import Instrument
    from samenspraak.responses import exports

    instrument = Instrument.objects.get(public_code=CODE)
    columns = exports.export_variables(instrument)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, f"export.{fmt}")
        if fmt == "csv":
            with open(path, "w", encoding="utf-8", newline="") as handle:
                for line in exports.csv_lines(instrument, columns):
                    handle.write(line)
        elif fmt == "xlsx":
            exports.write_xlsx(instrument, columns, path)
        else:
            exports.write_sav(instrument, columns, path)
        size = os.path.getsize(path)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{fmt:<5} {seconds:7.1f} s   {size / 1e6:7.1f} MB file   peak RSS {peak_mb:6.0f} MB")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--answers", type=int, default=1_000_000)
    parser.add_argument("--formats", nargs="+", default=["csv", "xlsx", "sav"])
    parser.add_argument("--only", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.only:
        setup_django()
        run_one(args.only)
        return
    ensure_database(os.environ["DATABASE_URL"])
    setup_django()
    fill(args.answers)
    for fmt in args.formats:
        subprocess.run(
            [sys.executable, __file__, "--only", fmt], check=True, cwd=ROOT, env=os.environ
        )


if __name__ == "__main__":
    main()
