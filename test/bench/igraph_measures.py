#!/usr/bin/env python3
"""python3-igraph side of `npm run bench:analysis -- --compare-igraph`.

Usage: /usr/bin/python3 test/bench/igraph_measures.py DIR
DIR holds <view>.edges files written by analysis.bench.ts: first line the number
of nodes, then one tie per line "i j w" (0-based node indices in Netzatlas' node
order, w = tie weight). For every view it computes, exactly, the measures the
Netzatlas analysis computes, with the same reading of weights (paths count steps;
PageRank, eigenvector and constraint use the weights) and prints JSON: seconds
per measure, total seconds including reading, and the top 10 by betweenness.
"""
import json
import os
import sys
import time

import igraph as ig


def load(path):
    with open(path) as f:
        n = int(f.readline())
        edges = []
        weights = []
        for line in f:
            i, j, w = line.split()
            edges.append((int(i), int(j)))
            weights.append(float(w))
    g = ig.Graph(n=n, edges=edges, directed=False)
    g.es["weight"] = weights
    return g


def timed(out, name, fn):
    t = time.perf_counter()
    value = fn()
    out[name] = time.perf_counter() - t
    return value


def main():
    start = time.perf_counter()
    folder = sys.argv[1]
    result = {"igraph": ig.__version__, "views": {}}
    for name in sorted(f[:-6] for f in os.listdir(folder) if f.endswith(".edges")):
        t = time.perf_counter()
        g = load(os.path.join(folder, name + ".edges"))
        steps = {"read": time.perf_counter() - t}
        bc = timed(steps, "betweenness", lambda: g.betweenness(directed=False))
        timed(steps, "closeness", lambda: g.closeness())
        timed(steps, "diameter", lambda: g.diameter(directed=False, unconn=True))
        timed(steps, "pagerank", lambda: g.pagerank(weights="weight", damping=0.85))
        timed(steps, "eigenvector", lambda: g.eigenvector_centrality(weights="weight", scale=False))
        timed(steps, "constraint", lambda: g.constraint(weights="weight"))
        timed(steps, "louvain", lambda: g.community_multilevel(weights="weight"))
        top = sorted(range(g.vcount()), key=lambda v: (-bc[v], v))[:10]
        result["views"][name] = {"nodes": g.vcount(), "edges": g.ecount(), "seconds": steps, "top10": top, "top10Values": [bc[v] for v in top]}
    result["totalSeconds"] = time.perf_counter() - start
    json.dump(result, sys.stdout, sort_keys=True)


if __name__ == "__main__":
    main()
