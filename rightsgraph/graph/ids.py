"""Deterministic IRIs, minted from what a thing is and its normalised name.

The same actor named in two articles gets the same IRI; the same input always gives the
same IRIs. Things that only exist inside one article (its sentences, mentions, untitled
reports, findings) live under the article's own IRI.
"""

from __future__ import annotations

import hashlib

from rdflib import URIRef

from rightsgraph.builders.names import slug
from rightsgraph.builders.records import Article, Entity, Span
from rightsgraph.ontology import ID

_FOLDERS = {"person": "person", "organization": "org", "country": "place", "place": "place", "group": "group",
            "instrument": "instrument", "case": "case", "happening": "event"}


def article_iri(article: Article) -> URIRef:
    digest = hashlib.sha256(article.text.encode("utf-8")).hexdigest()[:10]
    return ID[f"article/{slug(article.title, 60)}-{digest}"]


def entity_iri(entity: Entity) -> URIRef:
    local = entity.key.split(":", 1)[-1]
    return ID[f"{_FOLDERS[entity.kind]}/{local}"]


def post_iri(key: str) -> URIRef:
    return ID[f"post/{key}"]


def report_iri(key: str, title: str | None, article: URIRef, author: str | None = None) -> URIRef:
    local = key.split(":", 1)[-1]
    if title:
        # the same title from two authors is two reports
        return ID[f"report/{slug(author.split(':', 1)[-1], 40)}/{local}"] if author else ID[f"report/{local}"]
    # An untitled report is only known through this article's description of it.
    return URIRef(f"{article}/report/{local}")


def sentence_iri(article: URIRef, span: Span) -> URIRef:
    # RFC 5147 text fragment: the IRI itself says where the sentence is.
    return URIRef(f"{article}#char={span.start},{span.end}")


def mention_iri(article: URIRef, span: Span) -> URIRef:
    return URIRef(f"{article}#mention-{span.start}-{span.end}")


def selector_iri(article: URIRef, span: Span, kind: str) -> URIRef:
    return URIRef(f"{article}#{kind}-{span.start}-{span.end}")


def annotation_iri(article: URIRef, span: Span, body: URIRef) -> URIRef:
    digest = hashlib.sha256(str(body).encode("utf-8")).hexdigest()[:8]
    return URIRef(f"{article}#annotation-{span.start}-{span.end}-{digest}")


def finding_iri(article: URIRef, span: Span) -> URIRef:
    return URIRef(f"{article}#finding-{span.start}-{span.end}")


def event_iri(article: URIRef, key: str) -> URIRef:
    return URIRef(f"{article}#event-{slug(key, 120)}")


def statement_iri(subject: URIRef, predicate: URIRef, obj) -> URIRef:
    digest = hashlib.sha256(f"{subject} {predicate} {obj.n3()}".encode("utf-8")).hexdigest()[:16]
    return ID[f"statement/{digest}"]


def section_iri(symbol: str, ordinal: int, number: str) -> URIRef:
    """A section of a UN document, by the document's symbol, its place among the document's
    headings and its number (an unnumbered heading's is its parent's; a part restarts them)."""
    return URIRef(f"{document_iri(symbol)}/section-{ordinal + 1}" + (f"-{slug(number.replace('.', ' '), 40)}" if number else ""))


def document_iri(symbol: str) -> URIRef:
    """A UN document's own report, by its symbol: every build of it, and every article that
    names the symbol, meets on this IRI ("A/HRC/27/10" → report/un/a-hrc-27-10)."""
    return ID[f"report/un/{slug(symbol.replace('/', ' ').replace('.', ' '), 80)}"]
