"""SPARQL over graphs in the embedded store, and the named competency queries.

The named queries ship as ``.rq`` files in ``rightsgraph/queries``; their first comment
line says what they answer, and together they document how the ontology is meant to be read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources

from rightsgraph.graph.triples import PREFIXES

#: Output formats and the pyoxigraph results format behind each.
RESULT_FORMATS = {"csv": "CSV", "tsv": "TSV", "json": "JSON", "xml": "XML"}


class QueryError(ValueError):
    """A query cannot be parsed or run."""


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    text: str


def named_queries() -> dict[str, NamedQuery]:
    found = {}
    for entry in sorted(resources.files("rightsgraph.queries").iterdir(), key=lambda item: item.name):
        if entry.name.endswith(".rq"):
            text = entry.read_text(encoding="utf-8")
            first = text.splitlines()[0] if text else ""
            found[entry.name[:-3]] = NamedQuery(entry.name[:-3], first.lstrip("# ").strip(), text)
    return found


def run_query(store, text: str):
    """Run a read-only query over the union of all graphs in ``store``."""
    if _is_update(text):
        raise QueryError("only queries (SELECT, ASK, CONSTRUCT, DESCRIBE) are run here, not updates")
    try:
        return store.query(text, use_default_graph_as_union=True)
    except SyntaxError as error:
        raise QueryError(f"not valid SPARQL: {str(error).strip().splitlines()[0]}") from None
    except (ValueError, OSError) as error:
        raise QueryError(str(error)) from None


def _is_update(text: str) -> bool:
    import re

    body = re.sub(r"#[^\n]*", "", text)
    body = re.sub(r"(?s)\"\"\".*?\"\"\"|'''.*?'''|\"(?:\\\\.|[^\"\\\\])*\"|'(?:\\\\.|[^'\\\\])*'|<[^>\\s]*>", "", body)
    return bool(re.search(r"\b(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD)\b", body, re.IGNORECASE))


def serialize_results(results, output_format: str) -> bytes:
    """SPARQL results in a W3C results format (csv, tsv, json, xml), or N-Triples for graphs."""
    import pyoxigraph

    if isinstance(results, pyoxigraph.QueryBoolean):
        if output_format == "json":
            return json.dumps({"head": {}, "boolean": bool(results)}).encode()
        return (b"true\n" if bool(results) else b"false\n")
    if isinstance(results, pyoxigraph.QueryTriples):
        return results.serialize(format=pyoxigraph.RdfFormat.N_TRIPLES)
    return results.serialize(format=getattr(pyoxigraph.QueryResultsFormat, RESULT_FORMATS[output_format]))


def results_table(results, width: int = 60) -> str:
    """A readable table for a terminal: IRIs shortened with the usual prefixes."""
    import pyoxigraph

    if isinstance(results, pyoxigraph.QueryBoolean):
        return "yes" if bool(results) else "no"
    if isinstance(results, pyoxigraph.QueryTriples):
        return "\n".join(" ".join(_short(term, width) for term in (t.subject, t.predicate, t.object)) for t in results)
    names = [variable.value for variable in results.variables]
    rows = [[_short(solution[name], width) if solution[name] is not None else "" for name in names] for solution in results]
    widths = [max([len(name), *(len(row[i]) for row in rows)]) for i, name in enumerate(names)]
    lines = [" | ".join(name.ljust(w) for name, w in zip(names, widths)), "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(cell.ljust(w) for cell, w in zip(row, widths)) for row in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def _short(term, width: int) -> str:
    import pyoxigraph

    if isinstance(term, pyoxigraph.NamedNode):
        text = term.value
        for prefix, namespace in sorted(PREFIXES.items(), key=lambda item: -len(str(item[1]))):
            if text.startswith(str(namespace)) and len(text) > len(str(namespace)):
                text = f"{prefix}:{text[len(str(namespace)):]}"
                break
    elif isinstance(term, pyoxigraph.Literal):
        text = term.value
    else:
        text = str(term)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
