"""How far a build has gone, in the units its reader counts: articles across a corpus, and
paragraphs within one document (a 300-page report is one article for an hour).

The builders say when they start a document (its paragraphs) and as they read pieces of it;
whoever shows the progress listens with ``reporting``. Nothing is said when no one listens,
and a build in worker processes reports only its articles, by the build's own callback.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

#: The listener of this process: called with ("start", paragraphs) as a document is begun and
#: ("read", paragraphs) as each piece of it is read.
_listener: Callable[[str, int], None] | None = None


@contextmanager
def reporting(listener: Callable[[str, int], None]) -> Iterator[None]:
    """Send the builders' progress within documents to ``listener`` in the block."""
    global _listener
    previous, _listener = _listener, listener
    try:
        yield
    finally:
        _listener = previous


def paragraphs_of(text: str) -> int:
    """The paragraphs of an article's text, as the model reads them: blocks apart, not blank
    (the masked notes of a UN document are blanks)."""
    return sum(1 for block in text.split("\n\n") if block.strip())


def document_started(paragraphs: int) -> None:
    if _listener is not None:
        _listener("start", paragraphs)


def paragraphs_read(paragraphs: int) -> None:
    if _listener is not None:
        _listener("read", paragraphs)


class DocumentBar:
    """A progress bar (tqdm's interface) for one document, counted in paragraphs: its total
    is the document's once it is read, each piece moves it on, and the document built fills
    it. Called as the build's progress callback (one per article done) and as a listener."""

    def __init__(self, bar) -> None:
        self.bar = bar
        self.bar.unit = "paragraph"

    def listen(self, event: str, paragraphs: int) -> None:
        if event == "start":
            self.bar.reset(total=paragraphs)
        else:
            self.bar.update(min(paragraphs, (self.bar.total or 0) - self.bar.n))

    def __call__(self, _articles: int) -> None:
        if self.bar.total is None:
            self.bar.total = 1
        self.bar.update(self.bar.total - self.bar.n)
