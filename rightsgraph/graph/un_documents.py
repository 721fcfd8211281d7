"""A UN document's own triples: its report node (symbol, date, issuing body, title), its
sections, and what it cites, each citation derived from the sentence that cites it.

The functions take the article's writer (``triples._Writer``), whose labels, facts and
sentences they use, so that a UN document is written in the same terms as the article it is.
"""

from __future__ import annotations

from bisect import bisect_right
from urllib.parse import quote

from rdflib import RDF, RDFS, URIRef
from rdflib.namespace import DCTERMS, PROV, XSD

from rightsgraph.graph import ids
from rightsgraph.ontology import RG

_DATATYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}


def write_un_document(writer) -> None:
    """A UN document's own report node, from its cover: symbol, date, issuing body,
    title; and every sentence of its numbered paragraphs, each with its number."""
    document = writer.x.article.document
    iri = ids.document_iri(document.symbol)
    writer.g.add((iri, RDF.type, RG.Report))
    writer._labels(iri, document.title or document.symbol)
    if document.title:
        writer.g.add((iri, RG.title, writer.literal(document.title, lang="en")))
    writer.g.add((iri, RG.documentSymbol, writer.literal(document.symbol)))
    writer.g.add((iri, RDFS.seeAlso, URIRef(f"https://undocs.org/{document.symbol}")))
    if document.date:
        precision = {4: "year", 7: "month", 10: "day"}[len(document.date)]
        writer.g.add((iri, RG.date, writer.literal(document.date, datatype=_DATATYPES[precision])))
    if writer.x.sentences:
        writer.g.add((iri, PROV.wasDerivedFrom, writer._sentence(0)))
    authors = [entity.key for entity in writer.x.entities
               if document.author and (entity.label == document.author or document.author in entity.aliases)]
    if authors:
        writer.g.add((iri, RG.author, writer.entity_iris[authors[0]]))
    elif document.author:
        writer.g.add((iri, DCTERMS.creator, writer.literal(document.author)))
    _sections(writer, iri)
    write_un_document_piece(writer)


def write_un_document_piece(writer) -> None:
    """What every piece of a UN document writes, the first too: each sentence of its
    numbered paragraphs, with its number, and what its paragraphs cite."""
    for index, span in enumerate(writer.x.sentences):
        if writer._paragraph_of(span.start) is not None:
            writer._sentence(index)
    _citations(writer, ids.document_iri(writer.x.article.document.symbol))


def _sections(writer, report: URIRef) -> None:
    """Each heading of a UN document as a section of its report or of the section above."""
    for section, iri in zip(writer.x.article.sections, writer.section_iris):
        writer.g.add((iri, RDF.type, RG.Section))
        label = f"{section.number} {section.title}" if section.number else section.title
        writer._labels(iri, label)
        writer.g.add((iri, RG.sectionTitle, writer.literal(section.title)))
        if section.number:
            writer.g.add((iri, RG.sectionNumber, writer.literal(section.number)))
        parent = writer.section_iris[section.parent] if section.parent is not None else report
        writer.g.add((iri, DCTERMS.isPartOf, parent))


def _citations(writer, report: URIRef) -> None:
    """What a UN document cites, each citation derived from the sentence that cites it (in
    its words, or by the mark of the footnote that does)."""
    starts = [span.start for span in writer.x.sentences]
    if not starts:
        return
    for citation in writer.x.article.citations:
        if not starts[0] <= citation.start <= writer.x.sentences[-1].end + 8:
            continue  # another piece's, when a long document is written piece by piece
        cited = ids.document_iri(citation.symbol)
        writer.g.add((cited, RDF.type, RG.Document))
        if "/RES/" in citation.symbol:
            writer.g.add((cited, RDF.type, RG.Resolution))
        writer._labels(cited, citation.symbol)
        writer.g.add((cited, RG.documentSymbol, writer.literal(citation.symbol)))
        writer.g.add((cited, RDFS.seeAlso, URIRef("https://undocs.org/" + quote(citation.symbol, safe="/()."))))
        # a footnote's mark after a sentence's stop belongs to the sentence before it
        at = max(0, bisect_right(starts, citation.start) - 1)
        writer.g.add((cited, PROV.wasDerivedFrom, writer._sentence(at)))
        writer._fact(report, RG.cites, cited, [at])
