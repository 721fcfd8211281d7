"""An HTML page documenting the ontology, the violation and the status schemes, generated from the Turtle.

pyLODE would be the usual tool, but its newest release installable here (3.4.1) fails on
import (it reads a pyproject.toml it does not ship), so this small generator renders the same
facts: every class and property with its label, comment and alignments, and the concept tree.

    python -m rightsgraph.exports.ontology_docs > docs/ontology.html
"""

from __future__ import annotations

import sys

from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS

from rightsgraph.graph.prefixes import PREFIXES
from rightsgraph.ontology import RG, RGST, RGV, load_ontology, load_status_scheme, load_violation_scheme

_TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; }
code { background: #f4f4f4; padding: 0 .2em; } dt { font-weight: bold; margin-top: 1rem; } dd { margin-left: 1.5rem; }
.meta { color: #555; font-size: .9em; } ul.tree { list-style: none; } h2 { border-bottom: 1px solid #ddd; }
</style></head><body>
<h1>{{ title }}</h1>
<p>{{ comment }}</p>
<p class="meta">Namespace <code>{{ namespace }}</code> (prefix <code>rg:</code>); version {{ version }}, <code>{{ version_iri }}</code>.
Generated from <code>rightsgraph/ontology/rightsgraph.ttl</code>, <code>violations.ttl</code> and <code>status.ttl</code>.</p>
<h2>Classes</h2><dl>
{% for term in classes %}<dt id="{{ term.local }}">rg:{{ term.local }} — {{ term.label }}</dt>
<dd>{{ term.comment }}{% if term.parents %}<div class="meta">subclass of {{ term.parents | join(", ") }}</div>{% endif %}</dd>
{% endfor %}</dl>
<h2>Properties</h2><dl>
{% for term in properties %}<dt id="{{ term.local }}">rg:{{ term.local }} — {{ term.label }}</dt>
<dd>{{ term.comment }}<div class="meta">{{ term.kind }}{% if term.domain %}; domain {{ term.domain }}{% endif %}{% if term.range %}; range {{ term.range }}{% endif %}{% if term.parents %}; subproperty of {{ term.parents | join(", ") }}{% endif %}</div></dd>
{% endfor %}</dl>
<h2>Violation types</h2>
<p>{{ scheme_comment }}</p>
{{ tree | safe }}
<h2>Epistemic statuses</h2>
<p>{{ status_comment }}</p>
{{ status_tree | safe }}
</body></html>
"""


def ontology_html() -> str:
    from jinja2 import Environment

    ontology = load_ontology()
    scheme = load_violation_scheme()
    statuses = load_status_scheme()
    head = URIRef("https://w3id.org/rightsgraph/ontology")
    terms = sorted({s for s in ontology.subjects() if str(s).startswith(str(RG._NS))}, key=str)
    classes = [_term(ontology, term) for term in terms if (term, RDF.type, OWL.Class) in ontology]
    properties = [_term(ontology, term) for term in terms if (term, RDF.type, OWL.Class) not in ontology]
    environment = Environment(autoescape=True)
    return environment.from_string(_TEMPLATE).render(
        title=str(ontology.value(head, RDFS.label)), comment=str(ontology.value(head, RDFS.comment)),
        namespace=str(RG._NS), version=str(ontology.value(head, OWL.versionInfo)),
        version_iri=str(ontology.value(head, OWL.versionIRI)),
        classes=classes, properties=properties,
        scheme_comment=str(scheme.value(RGV[""], RDFS.comment)), tree=_tree(scheme, environment),
        status_comment=str(statuses.value(RGST[""], RDFS.comment)),
        status_tree=_tree(statuses, environment, RGST, "rgst", SKOS.definition),
    )


def _term(graph: Graph, term: URIRef) -> dict:
    kind = "object property" if (term, RDF.type, OWL.ObjectProperty) in graph else "datatype property"
    parents = sorted(_curie(o) for p in (RDFS.subClassOf, RDFS.subPropertyOf) for o in graph.objects(term, p))
    return {
        "local": str(term)[len(str(RG._NS)):], "label": str(graph.value(term, RDFS.label)),
        "comment": str(graph.value(term, RDFS.comment)), "parents": parents, "kind": kind,
        "domain": _curie(graph.value(term, RDFS.domain)), "range": _curie(graph.value(term, RDFS.range)),
    }


_MORE = {"foaf": "http://xmlns.com/foaf/0.1/", "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/"}


def _curie(term) -> str:
    if term is None:
        return ""
    for prefix, namespace in sorted({**PREFIXES, **_MORE}.items(), key=lambda item: -len(str(item[1]))):
        if str(term).startswith(str(namespace)):
            return f"{prefix}:{str(term)[len(str(namespace)):]}"
    return str(term)


def _tree(scheme: Graph, environment, namespace=RGV, prefix: str = "rgv", gloss=None) -> str:
    escape = environment.filters["e"]

    def branch(concept) -> str:
        label = escape(str(scheme.value(concept, SKOS.prefLabel)))
        notation = scheme.value(concept, SKOS.notation)
        alts = sorted(str(a) for a in scheme.objects(concept, SKOS.altLabel))
        children = sorted(scheme.subjects(SKOS.broader, concept), key=lambda c: str(scheme.value(c, SKOS.prefLabel)))
        text = f"<li><strong>{label}</strong> <code>{prefix}:{escape(str(concept)[len(str(namespace)):])}</code>"
        if notation:
            text += f' <span class="meta">{escape(str(notation))}</span>'
        if alts:
            text += f' <span class="meta">also: {escape(", ".join(alts))}</span>'
        if gloss is not None and scheme.value(concept, gloss):
            text += f' <span class="meta">{escape(str(scheme.value(concept, gloss)))}</span>'
        if children:
            text += '<ul class="tree">' + "".join(branch(child) for child in children) + "</ul>"
        return text + "</li>"

    tops = sorted(scheme.objects(namespace[""], SKOS.hasTopConcept), key=str)
    return '<ul class="tree">' + "".join(branch(top) for top in tops) + "</ul>"


if __name__ == "__main__":  # pragma: no cover
    sys.stdout.write(ontology_html())
