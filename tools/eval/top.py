#!/usr/bin/env python3
"""The most connected actors of an N-Quads graph, for reading the top of a
corpus's actor list: rank, label, type, distinct neighbours, aliases.

usage: top.py GRAPH.nq [N]   (N defaults to 50)

Neighbours are counted over relation quads whose subject and object are both
labelled actors (vocabulary predicates and self-loops left out). It imports
the evaluation's score.py, which reads N-Quads as any RDF consumer would,
from ../shared/eval (or $ACTORGRAPH_EVAL).
"""
import os
import sys

sys.path.insert(0, os.environ.get("ACTORGRAPH_EVAL", os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared/eval")))
import score

quads, errors = score.parse_nquads(sys.argv[1])
labels, types, alts = {}, {}, {}
for s, p, o in quads:
    if p == score.RDFS_LABEL and o[0] == "lit":
        labels[s] = o[1]
    elif p == score.SKOS_ALT and o[0] == "lit":
        alts.setdefault(s, set()).add(o[1])
    elif p == score.RDF_TYPE and o[0] == "iri":
        types.setdefault(s, set()).add(score.norm_pred(o[1]))
nb = {}
for s, p, o in quads:
    if score.is_vocab(p) or s not in labels or o not in labels or s == o:
        continue
    nb.setdefault(s, set()).add(o)
    nb.setdefault(o, set()).add(s)
n = int(sys.argv[2]) if len(sys.argv) > 2 else 50
for i, k in enumerate(sorted(nb, key=lambda k: (-len(nb[k]), labels[k]))[:n], 1):
    print("%2d | %-40s | %-12s | %5d | %s" % (i, labels[k], ",".join(sorted(types.get(k, []))), len(nb[k]), "; ".join(sorted(alts.get(k, []))[:6])))
