"""Times scipy's linear_sum_assignment (and networkx's max_weight_matching) on the
problems bench/run.ts wrote, so the bench can print our figures beside them.

Usage: python3 bench/scipy_compare.py MANIFEST.json  -> JSON on stdout.
Each manifest entry names a raw little-endian int32 score file (-1 = forbidden) and how
to read it; the objective is the engine's: most pairs, then the highest total, encoded as
the weight BIG + score. Exits 3 (and says why on stderr) when scipy is not installed.
"""
import json
import statistics
import sys
import time

try:
    import numpy as np
    from scipy.optimize import linear_sum_assignment
except ImportError as error:  # the bench reports the skip and carries on
    print(f"scipy not available: {error}", file=sys.stderr)
    sys.exit(3)

try:
    import networkx as nx
except ImportError:
    nx = None

SCORE_SCALE = 10_000


def timed(fn, runs):
    times, value = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        value = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times), value


def assignment(entry):
    rows, cols, expand = entry["rows"], entry["cols"], entry.get("expand", 1)
    score = np.fromfile(entry["file"], dtype="<i4").reshape(rows, cols)
    big = SCORE_SCALE * min(rows, cols * expand) + 1
    weight = np.where(score >= 0, big + score, 0).astype(np.float64)
    if expand > 1:
        weight = np.repeat(weight, expand, axis=1)  # mentor slots, as the engine sees them
    # Building the weight matrix is not timed: the engine's figure starts from scores too,
    # but its cost matrix is inside its time, so this favours scipy slightly.
    ms, (r, c) = timed(lambda: linear_sum_assignment(weight, maximize=True), entry.get("runs", 3))
    keep = weight[r, c] > 0
    total = int(score[r[keep], c[keep] // expand].sum())
    return {"ms": ms, "total": total, "pairs": int(keep.sum())}


def general(entry):
    if nx is None:
        return {"skipped": "networkx not installed"}
    n = entry["rows"]
    score = np.fromfile(entry["file"], dtype="<i4").reshape(n, n)
    big = SCORE_SCALE * (n // 2) + 1
    graph = nx.Graph()
    for i in range(n):
        for j in range(i + 1, n):
            if score[i, j] >= 0:
                graph.add_edge(i, j, weight=big + int(score[i, j]))
    ms, mate = timed(lambda: nx.max_weight_matching(graph, maxcardinality=False), 1)
    return {"ms": ms, "total": int(sum(score[i, j] for i, j in mate)), "pairs": len(mate)}


def main():
    manifest = json.load(open(sys.argv[1]))
    out = {}
    for entry in manifest:
        out[entry["name"]] = assignment(entry) if entry["kind"] == "assignment" else general(entry)
    json.dump({"python": sys.version.split()[0], "scipy": __import__("scipy").__version__,
               "networkx": None if nx is None else nx.__version__, "results": out}, sys.stdout)


if __name__ == "__main__":
    main()
