#!/usr/bin/env python3
"""NetworkX reference values for the path kernels (src/analysis/kernels/).

Run from the repository root with Debian's Python (it has NetworkX):

    /usr/bin/python3 test/analysis/kernels/make_path_reference.py

Writes path-reference.json next to this script: seeded random graphs (connected
and disconnected, with and without integer weights 1-3), each with node list,
edge list and, for both the unweighted and the weighted reading, betweenness
(normalised), closeness (Wasserman-Faust) and diameter / average path length of
the largest component. The TypeScript test compares the kernels to 1e-9.
Deterministic: graphs come from seeded generators, output is sorted JSON.
"""
import json
import os
import random

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))


def graphs():
    out = []
    out.append(("gnp-40", nx.gnp_random_graph(40, 0.08, seed=1)))
    out.append(("ba-60", nx.barabasi_albert_graph(60, 2, seed=2)))
    out.append(("tree-30", nx.random_tree(30, seed=3) if hasattr(nx, "random_tree") else nx.path_graph(30)))
    u = nx.disjoint_union_all([nx.gnp_random_graph(15, 0.2, seed=4), nx.cycle_graph(7), nx.path_graph(3), nx.empty_graph(2)])
    out.append(("components-27", u))
    out.append(("grid-5x6", nx.convert_node_labels_to_integers(nx.grid_2d_graph(5, 6))))
    return out


def largest_component_figures(G, weight):
    if G.number_of_nodes() == 0:
        return None
    comp = max(nx.connected_components(G), key=lambda c: (len(c), -min(c)))
    if len(comp) < 2:
        return None
    H = G.subgraph(comp)
    lengths = dict(nx.all_pairs_dijkstra_path_length(H, weight=weight)) if weight else dict(nx.all_pairs_shortest_path_length(H))
    diameter = max(max(d.values()) for d in lengths.values())
    apl = nx.average_shortest_path_length(H, weight=weight)
    return {"diameter": diameter, "averagePathLength": apl, "nodes": len(comp)}


def main():
    rng = random.Random(7)
    fixtures = []
    for name, G in graphs():
        G = nx.Graph(G)
        for u, v in sorted(G.edges()):
            G[u][v]["weight"] = rng.randint(1, 3)
        nodes = sorted(G.nodes())
        entry = {
            "name": name,
            "nodes": [str(n) for n in nodes],
            "edges": [[str(u), str(v), G[u][v]["weight"]] for u, v in sorted((min(a, b), max(a, b)) for a, b in G.edges())],
        }
        for reading, weight in (("unweighted", None), ("weighted", "weight")):
            bc = nx.betweenness_centrality(G, normalized=True, weight=weight)
            cc = nx.closeness_centrality(G, distance=weight)
            entry[reading] = {
                "betweenness": {str(k): bc[k] for k in nodes},
                "closeness": {str(k): cc[k] for k in nodes},
                "largestComponent": largest_component_figures(G, weight),
            }
        fixtures.append(entry)
    doc = {
        "generator": {"networkx": nx.__version__, "script": "test/analysis/kernels/make_path_reference.py"},
        "calls": {
            "betweenness": "nx.betweenness_centrality(G, normalized=True, weight=None | 'weight')",
            "closeness": "nx.closeness_centrality(G, distance=None | 'weight')",
            "diameter": "max over all-pairs (Dijkstra) shortest path lengths in the largest component",
            "averagePathLength": "nx.average_shortest_path_length(largest component, weight=None | 'weight')",
        },
        "graphs": fixtures,
    }
    with open(os.path.join(HERE, "path-reference.json"), "w") as f:
        json.dump(doc, f, sort_keys=True, indent=1, allow_nan=False)
        f.write("\n")


if __name__ == "__main__":
    main()
