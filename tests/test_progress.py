"""Progress on one long document counts its paragraphs, across a corpus its articles (issue
17, item 4). Texts written here."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from rightsgraph import progress
from rightsgraph.cli import cli

TEXT = "Rights update\n\nThe Office of the High Commissioner for Human Rights met in Geneva.\n\n" \
       "Hana Berhe said the Committee would meet again.\n"


class _Bar:
    """tqdm's interface, as much of it as a bar needs."""

    def __init__(self) -> None:
        self.total, self.n, self.unit = 1, 0, "article"

    def reset(self, total=None) -> None:
        self.total, self.n = total, 0

    def update(self, count=1) -> None:
        self.n += count


def test_a_document_bar_counts_paragraphs_and_is_full_once_built():
    bar = _Bar()
    document = progress.DocumentBar(bar)
    document.listen("start", 10)
    assert (bar.unit, bar.total, bar.n) == ("paragraph", 10, 0)
    document.listen("read", 4)
    document.listen("read", 9)  # never past the total
    assert bar.n == 10
    document(1)
    assert bar.n == 10


def test_a_long_text_is_read_piece_by_piece_and_said_so():
    from rightsgraph.builders import parse
    from rightsgraph.builders.nlp import load_nlp

    text = "\n\n".join(f"Paragraph {number} of the report names no one." for number in range(40))
    events = []
    with progress.reporting(lambda event, count: events.append((event, count))):
        parse(load_nlp(), text, chunk_chars=400)
    reads = [count for event, count in events if event == "read"]
    assert len(reads) > 3 and sum(reads) == progress.paragraphs_of(text)
    progress.paragraphs_read(5)  # no one listens now: nothing happens


@pytest.mark.slow
@pytest.mark.parametrize(("files", "unit"), [(1, "paragraph"), (2, "article")])
def test_the_build_bar_counts_paragraphs_of_one_document_and_articles_of_many(tmp_path, files, unit):
    for number in range(files):
        (tmp_path / f"{number}.txt").write_text(TEXT.replace("Hana", f"Hana{number}"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", *(str(tmp_path / f"{n}.txt") for n in range(files)), "-o",
                                      str(tmp_path / "out"), "--progress"])
    assert result.exit_code == 0, result.output
    lines = result.stderr.replace("\r", "\n")
    assert f"{unit}/s" in lines or f" {unit}" in lines or f"?{unit}" in lines, lines
    other = "article" if unit == "paragraph" else "paragraph"
    assert f"{other}/s]" not in lines.splitlines()[-2] if len(lines.splitlines()) > 1 else True
