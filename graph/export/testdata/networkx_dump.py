"""Reads a GraphML or GEXF file with networkx and prints what it read as
JSON: {"multigraph": bool, "directed": bool, "nodes": {id: data},
"edges": [[source, target, data], ...]}, the data of
an edge of a multigraph with its key as "_key". Used by the tests of graph/export.

Usage: python3 networkx_dump.py graphml|gexf FILE
"""
import json
import sys

import networkx as nx


def main():
    kind, path = sys.argv[1], sys.argv[2]
    if kind == "graphml":
        g = nx.read_graphml(path)
    elif kind == "gexf":
        g = nx.read_gexf(path)
    else:
        sys.exit("unknown format " + kind)
    if g.is_multigraph():
        edges = [[u, v, dict(d, _key=k)] for u, v, k, d in g.edges(keys=True, data=True)]
    else:
        edges = [[u, v, d] for u, v, d in g.edges(data=True)]
    out = {
        "multigraph": g.is_multigraph(),
        "directed": g.is_directed(),
        "nodes": {n: d for n, d in g.nodes(data=True)},
        "edges": edges,
    }
    json.dump(out, sys.stdout, ensure_ascii=True, default=str)


main()
