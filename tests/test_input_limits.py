"""Bounded work and honest decoding for hostile or odd input (issue 20, items 2 and 7).

Each file is small and made here; the expensive cases are capped so that, before the limits
existed, the test still finished (and failed) instead of exhausting the machine.
"""

from __future__ import annotations

import os
import zlib

import pytest
from click.testing import CliRunner

from rightsgraph.builders import ArticleError, article_from_path
from rightsgraph.builders import formats
from rightsgraph.builders.article import decode
from rightsgraph.cli import cli

GOOD = "Council hears Eritrea report\n\nThe Special Rapporteur on the situation of human rights in Eritrea, Hana Berhe, spoke.\n"


def run(*arguments):
    return CliRunner().invoke(cli, [str(argument) for argument in arguments])


def _entity_bomb(levels: int) -> str:
    """Nested internal entities, each ten of the one before: 3 * 10**(levels-1) characters
    from a few hundred bytes (the "billion laughs" has levels=10)."""
    entities = ['<!ENTITY l0 "lol">'] + [f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, levels)]
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n' + "\n".join(entities) + "\n]>\n"
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">\n'
        f'<rdf:Description rdf:about="http://example.org/a"><ex:p>&l{levels - 1};</ex:p></rdf:Description>\n'
        "</rdf:RDF>\n"
    )


@pytest.mark.parametrize("command", [["validate"], ["export", "--format", "nt", "-o", "{out}"], ["merge", "-o", "{out}"]])
def test_an_entity_bomb_in_rdf_xml_is_refused_in_one_line_naming_the_file(tmp_path, command):
    # 3 MB once expanded (the 937-byte original expands to 30 GB); refused before expanding
    bomb = tmp_path / "laughs.rdf"
    bomb.write_text(_entity_bomb(7), encoding="utf-8")
    out = tmp_path / "out.nt"
    result = run(*[part.format(out=out) for part in command], bomb)
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and "laughs.rdf" in lines[0] and "entit" in lines[0], result.output
    assert not out.exists()


def test_rdf_xml_with_small_entities_for_namespaces_still_loads(tmp_path):
    path = tmp_path / "small.rdf"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [ <!ENTITY ex "http://example.org/"> ]>\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://example.org/">\n'
        '<rdf:Description rdf:about="&ex;a"><ex:p>one</ex:p></rdf:Description>\n</rdf:RDF>\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.nt"
    result = run("export", "--format", "nt", "-o", out, path)
    assert result.exit_code == 0, result.output
    assert "<http://example.org/a> <http://example.org/p> \"one\" ." in out.read_text(encoding="utf-8")


def _pdf_with_stream(data: bytes, compressed: bool) -> bytes:
    body = zlib.compress(data, 9) if compressed else data
    header = f"<< /Length {len(body)}{' /Filter /FlateDecode' if compressed else ''} >>\nstream\n".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        header + body + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + obj + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode() + b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def _text_pdf(title: str, body: str) -> bytes:
    return _pdf_with_stream(f"BT /F1 11 Tf 72 760 Td 14 TL ({title}) ' () ' ({body}) ' ET".encode("latin-1"), compressed=False)


def test_a_pdf_that_inflates_past_the_limit_is_skipped_by_name_and_the_rest_build(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    # 100 MB of content stream in 100 KB: over pypdf's own decompression limit
    (folder / "inflates.pdf").write_bytes(_pdf_with_stream(b"0 0 m " * 17_000_000, compressed=True))
    result = run("build", folder, "-o", tmp_path / "out")
    assert result.exit_code == 1, result.output
    assert "unexpected error" not in result.output
    skipped = [line for line in result.output.splitlines() if line.startswith("skipped: ")]
    assert len(skipped) == 1 and "inflates.pdf: refused, this PDF is over pypdf's limits" in skipped[0], result.output
    assert "Hana Berhe" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


def test_a_pdf_over_the_page_limit_is_refused_by_name(tmp_path, monkeypatch):
    path = tmp_path / "long.pdf"
    path.write_bytes(_text_pdf("Council hears Eritrea report", "Hana Berhe spoke."))
    assert "Hana Berhe" in article_from_path(path).text
    monkeypatch.setattr(formats, "PDF_MAX_PAGES", 0)
    with pytest.raises(ArticleError, match=r"long\.pdf: .*1 page.*over the limit of 0"):
        article_from_path(path)


def test_a_pdf_over_the_text_limit_is_refused_by_name(tmp_path, monkeypatch):
    path = tmp_path / "wordy.pdf"
    path.write_bytes(_text_pdf("Council hears Eritrea report", "Hana Berhe spoke."))
    monkeypatch.setattr(formats, "PDF_MAX_CHARS", 10)
    with pytest.raises(ArticleError, match=r"wordy\.pdf: .*more than 10 characters"):
        article_from_path(path)


def test_a_pdf_over_the_time_limit_is_refused_by_name(tmp_path, monkeypatch):
    path = tmp_path / "slow.pdf"
    path.write_bytes(_text_pdf("Council hears Eritrea report", "Hana Berhe spoke."))
    monkeypatch.setattr(formats, "PDF_MAX_SECONDS", 0)
    with pytest.raises(ArticleError, match=r"slow\.pdf: .*took longer than 0 s"):
        article_from_path(path)


def test_utf8_with_one_stray_windows_1252_byte_keeps_its_curly_quotes(tmp_path):
    raw = "Council hears “Eritrea” report\n\nThe Council’s report said it was “true”.".encode("utf-8") + b" Berhe\x92s words.\n"
    notes: list[str] = []
    text = decode(raw, "stray.txt", notes)
    assert "“Eritrea”" in text and "Council’s report" in text and "Berhe’s words" in text
    assert len(notes) == 1 and "stray.txt" in notes[0] and "Windows-1252" in notes[0] and "1 byte" in notes[0]


def test_a_legacy_file_is_decoded_by_detection_and_the_choice_is_said(tmp_path):
    notes: list[str] = []
    text = decode("Доклад Совета\n\nСовет заявил, что нарушения продолжаются и расследуются.".encode("cp1251"), "ru.txt", notes)
    assert "Совет заявил" in text
    assert notes == ["ru.txt: not UTF-8; decoded as cp1251 (detected)"]
    notes.clear()
    assert "Tomás said" in decode("Council’s report\n\nTomás said it was “true”.".encode("cp1252"), "w.txt", notes)
    assert notes == ["w.txt: not UTF-8; decoded as cp1252 (detected)"]
    notes.clear()
    assert decode(GOOD.encode("utf-8"), "good.txt", notes) == GOOD and notes == []


def test_the_build_prints_the_encoding_chosen_in_one_line(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("Council’s report on Eritrea\n\nTomás Ojea said it was “true”.\n".encode("cp1252"))
    result = run("build", path, "-o", tmp_path / "out")
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.output.splitlines() if line.startswith("warning: ")]
    assert warnings == [f"warning: {path}: not UTF-8; decoded as cp1252 (detected)"], result.output


@pytest.mark.parametrize("newline", ["\r", "\r\n|\r|\n"])
def test_cr_only_and_mixed_line_endings_keep_lines_and_offsets(tmp_path, newline):
    lines = ["Council hears Eritrea report", "", "The Special Rapporteur, Hana Berhe, spoke.", "", "She left."]
    endings = newline.split("|")
    source = "".join(line + endings[index % len(endings)] for index, line in enumerate(lines))
    path = tmp_path / "cr.txt"
    path.write_bytes(source.encode("utf-8"))
    article = article_from_path(path)
    assert article.title == "Council hears Eritrea report"
    assert len(article.text) == len(source)  # offsets into the file's characters stay true
    assert "\r" not in article.text.replace("\r\n", "")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_symlink_loops_and_fifos_in_a_folder_are_reported_not_skipped(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    os.symlink(folder / "loop.txt", folder / "loop.txt")
    os.mkfifo(folder / "pipe.txt")
    result = run("build", folder, "-o", tmp_path / "out")
    assert result.exit_code == 1, result.output
    skipped = sorted(line for line in result.output.splitlines() if line.startswith("skipped: "))
    assert len(skipped) == 2, result.output
    assert "loop.txt" in skipped[0] and "symbolic link" in skipped[0]
    assert "pipe.txt" in skipped[1] and "not a regular file" in skipped[1]
    assert "Hana Berhe" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
