"""Reads kg's exports with networkx and compares them with the store.

Usage: check.py EXPECT.json FORMAT=FILE...

EXPECT.json is what the store holds, as the Go test that runs this wrote it
from its own reads: {"nodes": {id: {...}}, "edges": {factId: {...}}}.
Each FORMAT (graphml, gexf, cytoscape) is read with networkx's own reader,
and every node and edge must be there with the same attributes, and nothing
else. Exits 1 naming the first differences.
"""

import json
import sys

import networkx as nx


def read(fmt, path):
    if fmt == "graphml":
        return nx.read_graphml(path)
    if fmt == "gexf":
        return nx.read_gexf(path)
    if fmt == "cytoscape":
        with open(path, encoding="utf-8") as f:
            return nx.cytoscape_graph(json.load(f))
    raise SystemExit(f"unknown format {fmt!r}")


def edges_by_id(g):
    """Edge id -> (source, target, data), whatever graph class networkx chose."""
    out = {}
    if g.is_multigraph():
        items = g.edges(keys=True, data=True)
    else:
        items = ((u, v, d.get("id"), d) for u, v, d in g.edges(data=True))
    for u, v, k, d in items:
        eid = d.get("id", k)
        out[eid] = (u, v, d)
    return out


def aliases(value):
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return sorted(value)
    return sorted(value.split("; "))


def compare(fmt, g, want):
    faults = []
    if not g.is_directed():
        faults.append("graph is not directed")
    if g.number_of_nodes() != len(want["nodes"]):
        faults.append(f"{g.number_of_nodes()} nodes, store has {len(want['nodes'])}")
    if g.number_of_edges() != len(want["edges"]):
        faults.append(f"{g.number_of_edges()} edges, store has {len(want['edges'])}")
    for nid, w in want["nodes"].items():
        if nid not in g.nodes:
            faults.append(f"node {nid} missing")
            continue
        d = g.nodes[nid]
        got = {
            "type": d.get("type"),
            "name": d.get("name"),
            "aliases": aliases(d.get("aliases")),
            "documents": d.get("documents"),
        }
        exp = {"type": w["type"], "name": w["name"], "aliases": sorted(w["aliases"]), "documents": w["documents"]}
        if got != exp:
            faults.append(f"node {nid}: {got} != store {exp}")
    got_edges = edges_by_id(g)
    for eid, w in want["edges"].items():
        if eid not in got_edges:
            faults.append(f"edge {eid} missing")
            continue
        u, v, d = got_edges[eid]
        got = {
            "source": u,
            "target": v,
            "type": d.get("type"),
            "role": d.get("role", ""),
            "firstSeen": d.get("firstSeen", ""),
            "lastSeen": d.get("lastSeen", ""),
            "evidence": d.get("evidence"),
            "documents": d.get("documents"),
            "confidence": round(float(d.get("confidence", 0)), 6),
        }
        exp = dict(w, confidence=round(w["confidence"], 6))
        if got != exp:
            faults.append(f"edge {eid}: {got} != store {exp}")
    return faults


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    with open(sys.argv[1], encoding="utf-8") as f:
        want = json.load(f)
    failed = 0
    for arg in sys.argv[2:]:
        fmt, path = arg.split("=", 1)
        faults = compare(fmt, read(fmt, path), want)
        if faults:
            failed += 1
            print(f"{fmt} ({path}): {len(faults)} differences", file=sys.stderr)
            for x in faults[:20]:
                print("  " + x, file=sys.stderr)
        else:
            print(f"{fmt}: networkx {nx.__version__} read {len(want['nodes'])} nodes and "
                  f"{len(want['edges'])} edges, attributes as the store has them")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
