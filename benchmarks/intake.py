"""Intake under load: concurrent clients submit complete responses to a real server.

Starts gunicorn against PostgreSQL, lets `wrk` (a load generator written in C, `apt-get install
wrk`) send complete responses through the JSON intake endpoint over many connections on
loopback, and reports responses per second, p50/p99 latency and how many were lost (accepted but
not stored). The floor is a bare INSERT of the same rows (one transaction per response, psycopg,
no Django).

A load generator in Python took about a third of the two cores it shared with the server, so the
server was measured with one core's worth of CPU; wrk takes about 5%.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/samenspraak_bench \
        .venv/bin/python benchmarks/intake.py [--clients 16] [--seconds 30] [--workers 3]
"""

import argparse
import http.client
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/samenspraak_bench")
from _setup import BENCH_ANSWERS, ROOT, create_instrument, ensure_database, setup_django

PORT = 8765

# wrk's own summary at the end of a run, in one parseable line (latencies in microseconds).
WRK_SCRIPT = """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[%s]]
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %%d %%d %%d %%d %%d\\n", summary.requests, summary.duration,
    e.status, e.connect + e.read + e.write + e.timeout, latency:percentile(50)))
  io.write(string.format("P99 %%d\\n", latency:percentile(99)))
end
"""


def start_server(workers: int):
    """Synchronous workers: on two cores they beat threaded ones (no GIL contention)."""
    env = {**os.environ, "DEBUG": "0", "LOG_LEVEL": "WARNING"}
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "samenspraak.wsgi",
            "--bind",
            f"127.0.0.1:{PORT}",
            "--workers",
            str(workers),
            "--worker-class",
            "sync",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=env,
    )
    for _ in range(100):
        try:
            conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=1)
            conn.request("GET", "/gezondheid/")
            if conn.getresponse().status == 200:
                return server
        except OSError:
            time.sleep(0.1)
    server.terminate()
    raise SystemExit("server did not start")


def run_wrk(script: str, code: str, clients: int, seconds: float) -> dict:
    output = subprocess.run(
        [
            "wrk",
            "--threads",
            "2",
            "--connections",
            str(clients),
            "--duration",
            f"{seconds:g}s",
            "--timeout",
            "10s",
            "--script",
            script,
            f"http://127.0.0.1:{PORT}/api/v1/vragenlijsten/{code}/antwoorden/",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    lines = {line.split()[0]: line.split()[1:] for line in output.splitlines() if line}
    requests, duration_us, bad_status, socket_errors, p50 = map(int, lines["RESULT"])
    return {
        "sent": requests,
        "accepted": requests - bad_status,
        "refused": bad_status,
        "socket_errors": socket_errors,
        "seconds": duration_us / 1e6,
        "p50_ms": p50 / 1000,
        "p99_ms": int(lines["P99"][0]) / 1000,
    }


def bare_insert_floor(instrument, count):
    """The same rows, one transaction per response, straight through psycopg."""
    import psycopg
    from django.db import connection

    settings = connection.settings_dict
    dsn = (
        f"host={settings['HOST']} port={settings['PORT'] or 5432} "
        f"dbname={settings['NAME']} user={settings['USER']}"
    )
    version_id = instrument.versions.get().pk
    round_id = instrument.rounds.get().pk
    start = time.perf_counter()
    with psycopg.connect(dsn) as conn:
        for _ in range(count):
            with conn.transaction():
                response_id = conn.execute(
                    "INSERT INTO responses_response (instrument_id, version_id, round_id, channel,"
                    " respondent_group, status, started_on, submitted_on, draft, resume_token_hash)"
                    " VALUES (%s, %s, %s, 'online', '', 'compleet', CURRENT_DATE, CURRENT_DATE,"
                    " '{}', '') RETURNING id",
                    [instrument.pk, version_id, round_id],
                ).fetchone()[0]
                with conn.cursor() as cursor:
                    cursor.executemany(
                        "INSERT INTO responses_answer (response_id, question_key, value)"
                        " VALUES (%s, %s, %s)",
                        [(response_id, k, json.dumps(v)) for k, v in BENCH_ANSWERS.items()],
                    )
    return count / (time.perf_counter() - start)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--workers", type=int, default=3)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is needed: apt-get install wrk")
    ensure_database(os.environ["DATABASE_URL"])
    setup_django()
    from django.conf import settings
    from django.core.management import call_command

    from samenspraak.responses.models import Response

    call_command("migrate", verbosity=0)
    instrument = create_instrument()
    server = start_server(args.workers)
    with tempfile.NamedTemporaryFile("w", suffix=".lua") as script:
        script.write(WRK_SCRIPT % json.dumps({"antwoorden": BENCH_ANSWERS}))
        script.flush()
        try:
            run_wrk(script.name, instrument.public_code, args.clients, 5)  # warm-up
            before = Response.objects.filter(instrument=instrument).count()
            result = run_wrk(script.name, instrument.public_code, args.clients, args.seconds)
            stored = Response.objects.filter(instrument=instrument).count() - before
        finally:
            server.terminate()
            server.wait()
    rate = result["accepted"] / result["seconds"]
    floor = bare_insert_floor(instrument, 2000)
    health = settings.DATABASES["default"]["CONN_HEALTH_CHECKS"]
    print(
        f"{args.clients} connections, gunicorn {args.workers} sync workers, PostgreSQL, "
        f"connection health checks {'on' if health else 'off'}, "
        f"instrument cache {settings.INTAKE_INSTRUMENT_CACHE_SECONDS} s"
    )
    print(f"complete responses/s   {rate:8.0f}")
    print(f"latency p50            {result['p50_ms']:8.1f} ms")
    print(f"latency p99            {result['p99_ms']:8.1f} ms")
    # Requests still in flight when wrk stops are stored but not counted as accepted.
    lost = max(0, result["accepted"] - stored)
    print(
        f"sent {result['sent']}, accepted {result['accepted']}, refused {result['refused']}, "
        f"socket errors {result['socket_errors']}, stored {stored}, lost {lost}"
    )
    print(f"bare INSERT floor      {floor:8.0f} responses/s (ratio {floor / rate:.1f}x)")


if __name__ == "__main__":
    main()
