"""HTML pages, Markdown and PDF in, with offsets true to the text the graph keeps."""

from __future__ import annotations

import pytest
from rdflib.namespace import RDF

from rightsgraph.builders import ArticleError, article_from_path, extract
from rightsgraph.graph import build_graph
from rightsgraph.graph.prefixes import OA, SCHEMA
from rightsgraph.ontology import RG

PAGE = """<!DOCTYPE html><html><head><title>Experts alarmed by detentions in Eritrea</title>
<meta property="og:url" content="https://news.example.org/eritrea">
<script>document.write("Amnesty International tracker")</script><style>.x{}</style></head><body>
<nav><a href="/">Home</a> <a href="/world">Reporters Without Borders section</a></nav>
<article><h1>Experts alarmed by detentions in Eritrea</h1>
<p>On 4 May 2023 the Special Rapporteur on the situation of human rights in Eritrea, Hana Berhe, presented
her report <em>Nowhere to Turn</em> to the Human Rights Council.</p>
<p>Berhe said that forced labour and arbitrary detention remain widespread in Eritrea, and that the
government of Eritrea ignored her requests for access.</p></article>
<footer>Subscribe to the Freedom House newsletter</footer></body></html>"""


def _offsets_hold(graph) -> None:
    article = next(graph.subjects(RDF.type, RG.Article))
    text = str(graph.value(article, SCHEMA.text))
    checked = 0
    for sentence in graph.subjects(RDF.type, RG.Sentence):
        selectors = list(graph.objects(sentence, OA.hasSelector))
        exact = next(graph.value(s, OA.exact) for s in selectors if graph.value(s, OA.exact) is not None)
        start = next(int(graph.value(s, OA.start)) for s in selectors if graph.value(s, OA.start) is not None)
        end = next(int(graph.value(s, OA.end)) for s in selectors if graph.value(s, OA.end) is not None)
        assert text[start:end] == str(exact)
        checked += 1
    assert checked


def test_html_gives_its_main_text_only(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    article = article_from_path(path)
    assert article.title == "Experts alarmed by detentions in Eritrea"
    assert article.url == "https://news.example.org/eritrea"
    assert "tracker" not in article.text and "Subscribe" not in article.text and "Home" not in article.text
    x = extract(article)
    labels = {e.label for e in x.entities}
    assert "Amnesty International" not in labels and "Freedom House" not in labels
    assert any(r.title == "Nowhere to Turn" for r in x.reports)  # italics read as a title
    _offsets_hold(build_graph([x]))


def test_markdown_title_italics_and_links(tmp_path):
    path = tmp_path / "note.md"
    path.write_text(
        "# Council hears Eritrea report\n\nThe Special Rapporteur on the situation of human rights in Eritrea, "
        "Hana Berhe, presented her 2023 report *Nowhere to Turn* to the [Human Rights Council](https://example.org).\n\n"
        "- forced labour continues\n- arbitrary detention continues\n",
        encoding="utf-8",
    )
    article = article_from_path(path)
    assert article.title == "Council hears Eritrea report"
    assert "https://example.org" not in article.text
    x = extract(article)
    report = next(r for r in x.reports if r.title)
    assert report.title == "Nowhere to Turn" and report.date.value == "2023"
    assert {v.concept for v in x.violations} >= {"forced-labour", "arbitrary-detention"}
    _offsets_hold(build_graph([x]))


def _pdf(lines: list[str]) -> bytes:
    """A minimal one-page PDF with a text layer, written by hand for the test."""
    stream = "BT /F1 11 Tf 72 760 Td 14 TL " + " ".join(
        "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for line in lines
    ) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    return out.encode("latin-1")


def test_pdf_text_layer_with_wrapped_lines(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(_pdf([
        "Commission of Inquiry on Eritrea: findings",
        "",
        "The Commission of Inquiry on Eritrea found that forced labour and",
        "enforced disappearances were committed by the government of Eritrea.",
    ]))
    article = article_from_path(path)
    assert article.title.startswith("Commission of Inquiry on Eritrea")
    x = extract(article)
    assert {"forced-labour", "enforced-disappearance"} <= {v.concept for v in x.violations}
    _offsets_hold(build_graph([x]))


def test_unreadable_inputs_are_refused_with_the_file_name(tmp_path):
    empty_page = tmp_path / "empty.html"
    empty_page.write_text("<html><body><nav>Home</nav></body></html>", encoding="utf-8")
    with pytest.raises(ArticleError, match="empty.html: no main text"):
        article_from_path(empty_page)
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    with pytest.raises(ArticleError, match="broken.pdf"):
        article_from_path(broken)
