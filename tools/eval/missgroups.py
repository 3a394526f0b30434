#!/usr/bin/env python3
"""Heuristic sort of the dev misses into issue 16's seven groups.

usage: missgroups.py PRED_DIR GOLD_DIR

PRED_DIR holds NAME.nq, the output of `actorgraph build NAME.txt`, for each
NAME.json of GOLD_DIR (as ../shared/eval/run.sh makes them). It imports the
evaluation's score.py from ../shared/eval (or $ACTORGRAPH_EVAL).

A missed gold edge is put in the first group whose test holds:
 1 entities    its subject or object was not found, or found twice
 7 inference   the gold marks it core: false
 P wording     the pair was found with another predicate (normalisation)
 2 roles       its predicate is a role (president-of, minister-of, envoy-to ...)
 5 speech      the sentence of its evidence reports speech or a complement
 3 events      its predicate carries a noun (held-talks-with, imposed-sanctions-on)
 4 in-NP       an actor appears only as a modifier (demonym, possessive) in the evidence
 6 other       the rest (parser errors, constructions no rule reads)
"""
import json, os, re, sys
sys.path.insert(0, os.environ.get("ACTORGRAPH_EVAL", os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../shared/eval")))
import score

ROLE = re.compile(r"(president|minister|secretary|ambassador|leader|head|chief|spokes\w*|official|"
                  r"envoy|governor|mayor|chair\w*|director|commander|king|queen|premier|delegate|"
                  r"representative|member|citizen|general|counsel\w*|judge|senator|deputy|adviser|"
                  r"advisor|officer|prince|emir|sultan|prosecutor|negotiator|diplomat|lawmaker|"
                  r"founder|ceo|executive|speaker|mp|candidate|nominee|aide|chancellor)")
SPEECH = re.compile(r"\b(said|says|say|told|called|accused|urged|warned|blamed|claimed|"
                    r"announced|demanded|asked|pledged|vowed|agreed|promised|denied|insisted|"
                    r"according to|charged|alleged|described|stated|added)\b", re.I)
EVENTNOUN = {"talks", "sanctions", "embargo", "visit", "aid", "war", "attack", "offensive",
             "agreement", "deal", "treaty", "ties", "relations", "support", "letter", "letters",
             "statement", "meeting", "strikes", "strike", "demand", "loan", "loans", "invasion",
             "pressure", "negotiations", "agreement", "blows", "report", "debt", "war", "troops"}


def group(g, res, ents, found, dups, pairs_found):
    s, o = g["s"], g["o"]
    if s not in found or o not in found or s in dups or o in dups:
        return "1"
    if g.get("core", True) is False:
        return "7"
    if (s, o) in pairs_found or (g.get("symmetric") and (o, s) in pairs_found):
        return "P"
    p0 = g["p"][0]
    if any(p.endswith(("-of", "-to", "-for")) and ROLE.search(p) for p in g["p"][:2]):
        return "2"
    ev = g.get("evidence", "")
    if SPEECH.search(ev):
        return "5"
    if any(set(p.split("-")) & EVENTNOUN for p in g["p"]):
        return "3"
    for name in (s, o):
        e = ents.get(name, {})
        for a in [name] + e.get("aliases", []):
            if re.search(r"\b" + re.escape(a) + r"(n|an|ian|ese|i|'s)?\s+[a-z]", ev) and not re.search(r"\b" + re.escape(a) + r"\s+(said|says|has|have|had|was|were|is|will|would)\b", ev):
                return "4"
    return "6"


def main():
    pred, gold = sys.argv[1], sys.argv[2]
    counts, total = {}, 0
    for name in sorted(os.listdir(gold)):
        if not name.endswith(".json"):
            continue
        gd = json.load(open(os.path.join(gold, name)))
        res = score.score_doc(gd, os.path.join(pred, name[:-5] + ".nq"))
        ents = {e["name"]: e for e in gd["entities"]}
        optional = {n for n, e in ents.items() if e.get("optional")}
        found = set(ents) - set(res["ent_missed"]) - optional
        dups = set()
        labels, types, rels, errors = score.load_system(os.path.join(pred, name[:-5] + ".nq"))
        index = score.build_gold_index(gd)
        seen = {}
        for node, names in labels.items():
            for n in names:
                t = index.get(score.norm_name(n))
                if t:
                    seen[t] = seen.get(t, 0) + 1
                    break
        dups = {t for t, c in seen.items() if c > 1}
        pairs_found = set()
        mapping = {}
        for node, names in labels.items():
            for n in names:
                t = index.get(score.norm_name(n))
                if t:
                    mapping[node] = t
                    break
        for s, p, o in rels:
            if s in mapping and o in mapping:
                pairs_found.add((mapping[s], mapping[o]))
        golds = [g for g in gd["relations"] if g["s"] not in optional and g["o"] not in optional]
        missed = {(m[0], m[1], m[2]) for m in res["rel_missed"]}
        for g in golds:
            if (g["s"], g["p"][0], g["o"]) in missed:
                k = group(g, res, ents, found, dups, pairs_found)
                counts[k] = counts.get(k, 0) + 1
                total += 1
    names = {"1": "entities", "2": "roles/titles/appositions", "3": "event nouns/light verbs",
             "4": "actors inside noun phrases", "5": "reported speech/complements",
             "6": "parser errors and other constructions", "7": "inference (core: false)",
             "P": "pair found, predicate worded otherwise"}
    print("missed gold edges: %d" % total)
    for k in ["1", "2", "3", "4", "5", "6", "7", "P"]:
        c = counts.get(k, 0)
        print("%-45s %4d  %5.1f%%" % (k + " " + names[k], c, 100.0 * c / total if total else 0))


main()
