#!/usr/bin/env python3
"""Prints the README tables from a JMH JSON result file (-rf json): extraction vs Lucene per corpus and
thread count, allocation per input byte, per-stage throughput and the scaling run."""
import json
import sys

rows = json.load(open(sys.argv[1]))


def sec(r, name):
    m = r.get("secondaryMetrics", {}).get(name)
    return m["score"] if m else None


extract = {}
for r in rows:
    b = r["benchmark"].rsplit(".", 1)
    p = r.get("params", {})
    if b[0].endswith("ExtractBenchmark"):
        bytes_s = sec(r, "bytes")
        norm = sec(r, "gc.alloc.rate.norm")
        alloc = norm * r["primaryMetric"]["score"] / bytes_s if norm is not None else float("nan")
        extract[(p["corpus"], r["threads"], b[1])] = (bytes_s / 1e6, alloc)
if extract:
    print("| corpus | threads | Khabar MB/s | Lucene MB/s | Khabar / Lucene | Khabar alloc B per input byte |")
    print("|---|---:|---:|---:|---:|---:|")
    for (corpus, threads) in sorted({(c, t) for (c, t, _) in extract}):
        k = extract.get((corpus, threads, "khabar"))
        l = extract.get((corpus, threads, "lucene"))
        if k and l:
            print(f"| {corpus} | {threads} | {k[0]:.2f} | {l[0]:.1f} | {k[0] / l[0]:.3f} | {k[1]:.0f} |")
for r in rows:
    if r["benchmark"].endswith("StageBenchmark.stages"):
        bytes_s = sec(r, "bytes")
        print(f"\nStages, corpus {r['params']['corpus']}, {r['threads']} thread(s): "
              f"{bytes_s / 1e6:.2f} MB/s in all")
        print("| stage | share of time | MB/s of the stage alone |")
        print("|---|---:|---:|")
        for s in ["screen", "text", "mentions", "actors", "events", "merge"]:
            ns = sec(r, s + "Ns")
            print(f"| {s} | {ns / 1e9 * 100:.1f} % | {bytes_s / ns * 1e3:.1f} |")
scale = [r for r in rows if r["benchmark"].endswith("ScaleBenchmark.corpus")]
if scale:
    print("\n| corpus size | ms per shot | × of 1× |")
    print("|---|---:|---:|")
    base = None
    for r in sorted(scale, key=lambda r: int(r["params"]["scale"])):
        s = r["primaryMetric"]["score"]
        base = base or s
        print(f"| {r['params']['scale']}× | {s:.0f} | {s / base:.2f} |")
