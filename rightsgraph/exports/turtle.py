"""Readable, stable Turtle: prefixes bound, subjects and predicates in sorted order."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph


def to_turtle(graph: Graph) -> str:
    # rdflib's Turtle serializer sorts subjects, predicates and objects: same graph, same bytes.
    return graph.serialize(format="turtle")


def write_turtle(graph: Graph, path: str | Path) -> None:
    Path(path).write_text(to_turtle(graph), encoding="utf-8")
