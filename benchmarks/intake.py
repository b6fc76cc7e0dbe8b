"""Intake under load: concurrent clients submit complete responses to a real server.

Starts gunicorn against PostgreSQL, sends complete responses through the JSON intake endpoint
from many concurrent keep-alive clients (bounded in count and time, loopback only), and reports
responses per second, p50/p99 latency and how many were lost (sent but not stored). The floor is
a bare INSERT of the same rows (one transaction per response, psycopg, no Django).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/samenspraak_bench \
        .venv/bin/python benchmarks/intake.py [--clients 32] [--responses 6000] [--workers 4]
"""

import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/samenspraak_bench")
from _setup import BENCH_ANSWERS, ROOT, create_instrument, ensure_database, setup_django

PORT = 8765


def start_server(workers: int, threads: int):
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
            "gthread",
            "--threads",
            "4",
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


def client_loop(code, count, deadline, latencies, failures, lock):
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
    body = json.dumps({"antwoorden": BENCH_ANSWERS}).encode()
    path = f"/api/v1/vragenlijsten/{code}/antwoorden/"
    for _ in range(count):
        if time.monotonic() > deadline:
            break
        start = time.perf_counter()
        try:
            conn.request("POST", path, body, {"Content-Type": "application/json"})
            response = conn.getresponse()
            response.read()
            ok = response.status == 201
        except OSError:
            ok = False
            conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
        elapsed = (time.perf_counter() - start) * 1000
        with lock:
            (latencies if ok else failures).append(elapsed)


def run_load(code, clients, responses, seconds):
    latencies, failures, lock = [], [], threading.Lock()
    per_client = responses // clients
    deadline = time.monotonic() + seconds
    start = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        for _ in range(clients):
            pool.submit(client_loop, code, per_client, deadline, latencies, failures, lock)
    return latencies, failures, time.perf_counter() - start


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
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--responses", type=int, default=6000)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    ensure_database(os.environ["DATABASE_URL"])
    setup_django()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    instrument = create_instrument()
    server = start_server(args.workers, args.threads)
    try:
        run_load(instrument.public_code, 8, 200, 10)  # warm-up
        from samenspraak.responses.models import Response

        before = Response.objects.filter(instrument=instrument).count()
        latencies, failures, elapsed = run_load(
            instrument.public_code, args.clients, args.responses, args.seconds
        )
        stored = Response.objects.filter(instrument=instrument).count() - before
    finally:
        server.terminate()
        server.wait()
    sent = len(latencies) + len(failures)
    ordered = sorted(latencies)
    rate = len(latencies) / elapsed
    floor = bare_insert_floor(instrument, 2000)
    print(
        f"clients {args.clients}, gunicorn {args.workers} workers x {args.threads} threads, "
        "PostgreSQL"
    )
    print(f"complete responses/s   {rate:8.0f}")
    print(f"latency p50            {statistics.median(ordered):8.1f} ms")
    print(f"latency p99            {ordered[int(0.99 * (len(ordered) - 1))]:8.1f} ms")
    print(f"sent {sent}, accepted {len(latencies)}, stored {stored}, lost {sent - stored}")
    print(f"bare INSERT floor      {floor:8.0f} responses/s (ratio {floor / rate:.1f}x)")


if __name__ == "__main__":
    main()
