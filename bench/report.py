#!/usr/bin/env python3
"""Turns bench/run.sh's results.tsv into the Markdown tables it prints (bench/README.md shows them).

usage: report.py RESULTS_TSV

results.tsv has one line per run, tab-separated: section, row, tool, jvm, samples, concurrency,
wall ms, CPU ms, baseline, status, note. Lines of section "baseline" are start-only runs; a run's
net time and CPU are its own minus the median of the baseline runs it names. Rate = samples ÷ net
wall time; CPU µs per sample = net CPU ÷ samples.
"""
import statistics
import sys
from collections import OrderedDict

FIELDS = ("section", "row", "tool", "jvm", "samples", "concurrency", "wall", "cpu", "baseline",
          "status", "note")


def number(text):
    try:
        value = float(text)
    except (TypeError, ValueError):
        return None
    return None if value != value else value


class Results:
    def __init__(self, path):
        with open(path, encoding="utf-8") as f:
            self.entries = [dict(zip(FIELDS, line.rstrip("\n").split("\t"))) for line in f]
        runs = {}
        for e in self.entries:
            if e["section"] == "baseline":
                runs.setdefault(e["row"], []).append((number(e["wall"]), number(e["cpu"])))
        self.baselines = {key: (statistics.median(w for w, _ in v), statistics.median(c for _, c in v),
                                min(w for w, _ in v), max(w for w, _ in v), len(v))
                          for key, v in runs.items()}

    def net(self, e, field):
        value = number(e[field])
        if value is None:
            return None
        if e["baseline"] in self.baselines:
            value -= self.baselines[e["baseline"]][0 if field == "wall" else 1]
        return value

    def rate(self, e):
        wall, n = self.net(e, "wall"), number(e["samples"])
        return n * 1000 / wall if e["status"] == "ok" and wall and wall > 0 and n else None

    def cpu_us(self, e):
        cpu, n = self.net(e, "cpu"), number(e["samples"])
        return cpu * 1000 / n if e["status"] == "ok" and cpu is not None and n else None

    def find(self, section, row, tool, jvm=None):
        return next((e for e in self.entries if (e["section"], e["row"], e["tool"]) == (section, row, tool)
                     and (jvm is None or e["jvm"] == jvm)), None)


def show(value, entry=None):
    if entry is not None and entry["status"] != "ok":
        return entry["status"]
    return "–" if value is None else f"{value:,.0f}"


def ratio(a, b):
    return "–" if a is None or b is None else f"{a / b:.2f}"


def table(header, rows):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    return "\n".join(lines + ["| " + " | ".join(r) + " |" for r in rows])


def main(path):
    res = Results(path)
    out = []
    rows = OrderedDict()
    for e in res.entries:
        if e["section"] in ("load", "noinf", "single") and e["tool"] in ("predcheck", "minimal"):
            rows[(e["section"], e["row"], e["jvm"])] = e["concurrency"]
    if rows:
        rates, cpus = [], []
        for (section, row, jvm), c in rows.items():
            tools = {t: res.find(section, row, t, None if t in ("wrk", "python") else jvm)
                     for t in ("predcheck", "minimal", "wrk", "python")}
            r = {t: res.rate(e) if e else None for t, e in tools.items()}
            name = f"{row}, concurrency {c}"
            rates.append([name, jvm] + [show(r[t], tools[t]) if tools[t] else "–" for t in tools] + [
                ratio(r["predcheck"], r["minimal"]), ratio(r["predcheck"], r["wrk"]),
                ratio(r["minimal"], r["wrk"]), ratio(r["predcheck"], r["python"]),
                ratio(r["minimal"], r["python"])])
            cpus.append([name, jvm] + [show(res.cpu_us(e), e) if e else "–" for e in tools.values()])
        out.append("Samples per second and ratios (predcheck: net of a -Dpredcheck.skip run; minimal client"
                   " and Python: net of a start that does nothing; wrk: its own rate):\n")
        out.append(table(["run", "JVM", "predcheck/s", "minimal/s", "wrk/s", "Python/s",
                          "predcheck ÷ minimal", "predcheck ÷ wrk", "minimal ÷ wrk",
                          "predcheck ÷ Python", "minimal ÷ Python"], rates))
        out.append("\nCPU µs per sample (process CPU, user + system, net of the same start runs; wrk: per"
                   " request):\n")
        out.append(table(["run", "JVM", "predcheck", "minimal", "wrk", "Python"], cpus))

    conc = [e for e in res.entries if e["section"] == "conc" and e["tool"] == "predcheck"]
    if conc:
        out.append("\nConcurrency (model endpoint, default JVM):\n")
        best = max((res.rate(e) or 0) for e in conc)
        body = []
        for e in conc:
            wrk = res.find("conc", e["row"], "wrk")
            r, w = res.rate(e), res.rate(wrk) if wrk else None
            body.append([e["concurrency"], f"{int(e['samples']):,}", show(r, e), show(w, wrk) if wrk else "–",
                         ratio(r, w), ratio(r, best or None), show(res.cpu_us(e), e),
                         show(res.cpu_us(wrk), wrk) if wrk else "–"])
        out.append(table(["concurrency", "samples", "predcheck/s", "wrk/s", "predcheck ÷ wrk",
                          "of predcheck's best", "CPU µs predcheck", "CPU µs wrk"], body))
        within = [e for e in conc if best and (res.rate(e) or 0) >= 0.9 * best]
        if within:
            smallest = min(within, key=lambda e: int(e["concurrency"]))
            out.append(f"\nThe smallest concurrency within 10 % of predcheck's best rate here: {smallest['concurrency']}.")

    for e in res.entries:
        if e["section"] == "heap" and e["tool"] == "predcheck":
            wall = number(e["wall"])
            outcome = (f"passed, {show(res.rate(e))} samples/s" if e["status"] == "ok"
                       else "did not pass" + (f" after {wall / 1000:.0f} s" if wall else ""))
            out.append(f"\nHeap: {e['row']}, concurrency {e['concurrency']}: {outcome} ({e['note']}).")
        if e["section"] == "heap" and e["tool"] == "gc-log":
            out.append(f"Peak heap in use (the largest before a collection, Maven's own included): {e['note']};"
                       f" {e['status']}.")
    comparison = [e for e in res.entries if e["section"] == "comparison"]
    if comparison:
        out.append("\nComparisonBenchmark (" + comparison[0]["status"] + "):")
        out += [f"    {e['row']}" for e in comparison]
    for e in res.entries:
        if e["section"] == "newman":
            py, wrk = res.find("single", None, "python"), None
            single = [x for x in res.entries if x["section"] == "single"]
            py = next((x for x in single if x["tool"] == "python"), None)
            wrk = next((x for x in single if x["tool"] == "wrk"), None)
            r = res.rate(e)
            out.append(f"\nTorchServe's way: {e['row']}: {show(r, e)} samples/s"
                       f" ({ratio(r, res.rate(py) if py else None)} of the Python loop,"
                       f" {ratio(r, res.rate(wrk) if wrk else None)} of wrk at concurrency 1;"
                       f" the run's own time, Node's start not counted). {e['note']}")

    if res.baselines:
        out.append("\nStart-only runs subtracted (median, range, count): " + "; ".join(
            f"{key} {m:,.0f} ms wall ({lo:,.0f}–{hi:,.0f}, {n}), {c:,.0f} ms CPU"
            for key, (m, c, lo, hi, n) in res.baselines.items()) + ".")
    failed = [e for e in res.entries if e["section"] != "heap" and e["status"] not in ("ok", "skipped")]
    if failed:
        out.append("\nFailed runs (no figures shown for them):")
        out += [f"- {e['tool']} {e['row']} {e['jvm']}: {e['note']}" for e in failed]
    print("\n".join(out))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
