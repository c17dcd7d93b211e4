#!/usr/bin/env python3
"""A long session: N small snippets in one tutor session (scripts/tutor --run), measuring the
heap after a full GC and the time per snippet every 99 snippets. Prints two JSON rows for
scripts/bench: heap at the end against after the first 500 snippets, and the time per snippet of
the last 500 against snippets 401-500 (javac is warm by then).

usage: long_session.py N WORKDIR -- command args...
"""
import json, os, subprocess, sys, tempfile

def main():
    n = int(sys.argv[1])
    work = sys.argv[2]
    cmd = sys.argv[sys.argv.index("--") + 1:]
    lines = [
        "long[] LAST = {System.nanoTime()};",
        "void mark(int i) { long now = System.nanoTime(); System.gc(); Runtime r = Runtime.getRuntime();"
        " System.out.printf(\"MARK %d %.3f %d%n\", i, (now - LAST[0]) / 1e6 / 99, (r.totalMemory() - r.freeMemory()) >> 20);"
        " LAST[0] = System.nanoTime(); }",
    ]
    for i in range(1, n // 3 + 1):   # a variable, an expression, a string: what learners type
        lines += [f"int v{i} = {i} * 2;", f"v{i} + 1", f"String s{i} = \"x\" + v{i};"]
        if i % 33 == 0:
            lines.append(f"mark({i * 3});")
    fd, script = tempfile.mkstemp(suffix=".jsh", dir=work)
    with os.fdopen(fd, "w") as f:
        f.write("\n".join(lines) + "\n")
    env = dict(os.environ, DLTUTOR_HOME=tempfile.mkdtemp(dir=work))
    out = subprocess.run(cmd + ["--run", script], env=env, capture_output=True, text=True).stdout
    marks = [l.split() for l in out.splitlines() if l.startswith("MARK ")]
    marks = [(int(i), float(ms), int(mb)) for _, i, ms, mb in marks]
    if len(marks) < 8:
        print(json.dumps({"name": "long session: failed", "ours": 0, "peer": None, "unit": "-", "note": out[-300:]}))
        return
    early = [m for m in marks if 400 <= m[0] <= 500]
    late = [m for m in marks if m[0] > marks[-1][0] - 500]
    at500 = min(marks, key=lambda m: abs(m[0] - 500))
    ms = lambda ms_: sorted(x[1] for x in ms_)[len(ms_) // 2]
    print(json.dumps({"name": f"long session: heap after {marks[-1][0]} snippets vs after {at500[0]}",
                      "ours": marks[-1][2], "peer": at500[2], "unit": "MB",
                      "note": "used heap after System.gc(), in the session's JVM"}))
    print(json.dumps({"name": f"long session: ms per snippet, last 500 vs snippets 400-500",
                      "ours": ms(late), "peer": ms(early), "unit": "ms",
                      "note": "median of the per-99-snippet averages; variables, expressions and strings"}))

main()
