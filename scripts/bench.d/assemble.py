#!/usr/bin/env python3
"""Collects the benchmark's JSON lines into a table and target/bench/bench.json.

usage: assemble.py RESULTS.jsonl OUT.json
Each input line: {"name", "ours", "peer", "unit", "note"} (+ optional "kind").
"""
import json, sys

# name prefix -> (how ratio is computed, target description, predicate on (ours, peer, ratio))
TARGETS = [
    ("start-up to ready prompt", "ours/peer", "ratio <= 0.6 and ours < 1 s",
     lambda o, p, r: r is not None and r <= 0.6 and o < 1.0),
    ("start-up to the first answer", "ours/peer", "reported (the session loads behind the prompt)", lambda o, p, r: None),
    ("start-up, archive vs no archive", "ours/peer", "reported", lambda o, p, r: None),
    ("snippet 1+1, cold", "-", "reported (first 30 of a JVM)", lambda o, p, r: None),
    ("snippet small NDArray op, cold", "-", "reported (first 30 of a JVM)", lambda o, p, r: None),
    ("snippet", "-", "ours < 30 ms", lambda o, p, r: o < 30),
    ("fit vs hand loop", "median of per-round ratios", "ratio >= 0.95 (fit costs <= 5%)", lambda o, p, r: r is not None and r >= 1 / 1.05),
    ("fit vs raw NDArray loop", "median of per-round ratios", "ratio >= 0.9", lambda o, p, r: r is not None and r >= 0.9),
    ("compute floor", "ours/peer", "reported (fraction of the floor)", lambda o, p, r: None),
    ("fit rate vs the matmul peak", "ours/peer", "reported (fraction of the floor)", lambda o, p, r: None),
    ("matmul peak", "-", "reported", lambda o, p, r: None),
    ("fit vs PyTorch", "ours/peer", "reported (no target)", lambda o, p, r: None),
    ("self-check time: whole course", "-", "ours < 1200 s (20 min)", lambda o, p, r: o < 1200),
    ("self-check time", "-", "reported (JVM start included)", lambda o, p, r: None),
    ("lesson 19 char Transformer: training time", "-", "ours < 60 s", lambda o, p, r: 0 < o < 60),
    ("lesson 19 char Transformer: validation loss", "ours/peer", "ratio < 1 (beats the bigram)", lambda o, p, r: r is not None and r < 1),
    ("lesson 19 char Transformer: MFU", "-", "reported", lambda o, p, r: None),
    ("resume to the prompt", "-", "ours <= 3 s", lambda o, p, r: o <= 3.0),
    ("resume to the first answer", "-", "reported (the replay runs first)", lambda o, p, r: None),
    ("long session", "ours/peer", "reported (end vs after the first 500 snippets)", lambda o, p, r: None),
    ("resident memory", "ours/peer", "ratio <= 1.10", lambda o, p, r: r is not None and r <= 1.10),
    ("heap", "ours/peer", "ratio <= 1.10", lambda o, p, r: r is not None and r <= 1.10),
]


def main():
    rows = []
    for line in open(sys.argv[1]):
        line = line.strip()
        if not line.startswith("{"):
            continue
        row = json.loads(line)
        ours, peer = row["ours"], row.get("peer")
        ratio = row.get("ratio") or ((ours / peer) if peer else None)
        target, passed = "", None
        for prefix, _, desc, pred in TARGETS:
            if row["name"].startswith(prefix):
                target, passed = desc, pred(ours, peer, ratio)
                break
        rows.append({"name": row["name"], "ours": ours, "peer": peer, "ratio": ratio, "unit": row["unit"],
                     "target": target, "pass": passed, "note": row.get("note", "")})
    with open(sys.argv[2], "w") as f:
        json.dump(rows, f, indent=2)
    w = max(len(r["name"]) for r in rows) if rows else 10
    print(f"{'measurement':<{w}}  {'ours':>10}  {'peer':>10}  {'ratio':>6}  unit     target                          pass")
    for r in rows:
        peer = f"{r['peer']:.4g}" if r["peer"] is not None else "-"
        ratio = f"{r['ratio']:.2f}" if r["ratio"] is not None else "-"
        ok = {True: "yes", False: "NO", None: "-"}[r["pass"]]
        print(f"{r['name']:<{w}}  {r['ours']:>10.4g}  {peer:>10}  {ratio:>6}  {r['unit']:<7}  {r['target']:<30}  {ok}")


main()
