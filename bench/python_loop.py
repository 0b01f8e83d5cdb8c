#!/usr/bin/env python3
"""The one-at-a-time floor predcheck is measured against (issue 9): a Python standard library loop.

usage: python_loop.py ENDPOINT GOLDEN_CSV SAMPLES_DIR | --noop

One keep-alive http.client connection; per sample: read SAMPLES_DIR/<id>.png, POST it as the raw
body with Content-Type image/png (as the plugin does), json.loads the answer, math.isclose each
golden value (rel_tol 1e-5, abs_tol 1e-8). --noop returns at once: the interpreter-start baseline
bench/run.sh subtracts. Exits 1 unless every value passed.
"""
import sys
import time

started = time.perf_counter()
if sys.argv[1:] == ["--noop"]:
    sys.exit(0)

import http.client  # noqa: E402  (after --noop: its import is part of the work measured)
import json  # noqa: E402
import math  # noqa: E402
import urllib.parse  # noqa: E402

if len(sys.argv) != 4:
    sys.exit(__doc__)
endpoint, golden_csv, samples = sys.argv[1:]

golden = {}
with open(golden_csv, encoding="utf-8") as f:
    next(f)
    for line in f:
        sample_id, value, name = line.rstrip("\n").split(",")
        golden.setdefault(sample_id, []).append((name, float(value)))

url = urllib.parse.urlsplit(endpoint)
conn = http.client.HTTPConnection(url.hostname, url.port)
headers = {"Content-Type": "image/png"}
passed = diverged = errors = 0
first_request = time.perf_counter()
for sample_id, values in golden.items():
    with open(f"{samples}/{sample_id}.png", "rb") as f:
        body = f.read()
    try:
        conn.request("POST", url.path, body, headers)
        response = conn.getresponse()
        text = response.read()
        answer = json.loads(text) if response.status == 200 else {}
    except (OSError, http.client.HTTPException, ValueError):
        conn.close()
        conn = http.client.HTTPConnection(url.hostname, url.port)
        answer = {}
    for name, expected in values:
        actual = answer.get(name)
        if not isinstance(actual, (int, float)):
            errors += 1
        elif math.isclose(actual, expected, rel_tol=1e-5, abs_tol=1e-8):
            passed += 1
        else:
            diverged += 1
ended = time.perf_counter()
print(f"python loop: {len(golden)} samples, {passed + diverged + errors} values: {passed} passed,"
      f" {diverged} diverged, {errors} errors; main {(ended - started) * 1000:.0f} ms,"
      f" first request to last answer {(ended - first_request) * 1000:.0f} ms")
sys.exit(0 if diverged + errors == 0 else 1)
