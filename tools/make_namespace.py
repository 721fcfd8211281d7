"""Write rightsgraph/ontology/_namespace.py from rightsgraph.ttl: every rg: term, sorted.

    python tools/make_namespace.py
"""

from __future__ import annotations

import re
from pathlib import Path

from rdflib import Graph

ONTOLOGY = Path(__file__).resolve().parent.parent / "rightsgraph" / "ontology"
NS = "https://w3id.org/rightsgraph/ontology#"


def main() -> None:
    graph = Graph().parse(ONTOLOGY / "rightsgraph.ttl", format="turtle")
    terms = sorted({str(s)[len(NS):] for s in graph.subjects() if str(s).startswith(NS)})
    path = ONTOLOGY / "_namespace.py"
    text = path.read_text(encoding="utf-8")
    body = "".join(f"    {term}: URIRef\n" for term in terms)
    text = re.sub(r"(    _fail = True\n\n)(    \w+: URIRef\n)+", lambda m: m.group(1) + body, text)
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
