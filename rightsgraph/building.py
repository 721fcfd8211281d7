"""Building: article files in, graph.nq, graph.ttl and graph.html out.

This is the path ``rightsgraph build`` runs, and the one the public API (``rightsgraph.build``,
``rightsgraph.graph_of``) runs: the per-article graphs come from the cache or the builders,
their union is streamed into the three outputs, which replace the old ones together.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from rightsgraph.builders.article import ARTICLE_SUFFIXES
from rightsgraph.corpus import CACHE_FOLDER, ArticleOptions, Built, BuildSummary, build_corpus, build_folder, is_output_of
from rightsgraph.corpus_outputs import Written, write_outputs
from rightsgraph.errors import RightsGraphError


class InputError(RightsGraphError, ValueError):
    """An input that names no article: no such file, a folder with none, an -o that cannot
    hold the outputs."""


class NothingBuilt(RightsGraphError, ValueError):
    """Every article was refused; nothing was written."""

    def __init__(self, summary: BuildSummary):
        self.summary = summary
        first = summary.failures[0] if summary.failures else "no article"
        super().__init__(first if summary.articles == 1 else f"no article could be read ({summary.articles} failed): {first}")


@dataclass(frozen=True)
class BuildResult:
    summary: BuildSummary  # articles built, taken from the cache, refused (with why)
    written: Written  # what the outputs hold
    outdir: Path


def article_paths(inputs: Iterable[str | Path], outdir: Path) -> list[Path]:
    """The article files the inputs name: files as given, folders' articles in name order
    (never the build's own outputs or cache)."""
    paths: list[Path] = []
    for path in map(Path, inputs):
        if path.is_dir():
            # anything but a folder is kept, so that a FIFO or a symlink loop is reported, not passed over
            found = sorted(child for child in path.iterdir() if child.suffix.lower() in ARTICLE_SUFFIXES
                           and not child.is_dir() and not is_output_of(child, outdir))
            if not found:
                raise InputError(f"{path}: no articles in this folder ({', '.join(ARTICLE_SUFFIXES)})")
            paths += found
        elif path.is_file() or path.is_symlink() or path.exists():
            paths.append(path)  # a FIFO or a symlink loop too: the reader says what is wrong with it
        else:
            raise InputError(f"{path}: no such file or folder")
    return paths


def check_output_folder(outdir: Path) -> None:
    """Refuse an -o that cannot hold the outputs (under a file, read-only) before any work."""
    try:
        outdir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=outdir, prefix=".rightsgraph-probe."):
            pass
    except OSError as error:
        raise InputError(f"-o {outdir}: cannot write the outputs there ({error.strerror or error})") from None


def build(inputs: Iterable[str | Path], out_dir: str | Path, *, url: str | None = None, date: str | None = None,
          publisher: str | None = None, max_size: float = 20.0, jobs: int = 1,
          progress: Callable[[int], None] | None = None, license: str | None = None,
          record_time: bool = False, pseudonymise: bool = False, salt: str | None = None) -> BuildResult:
    """Build the graph of the articles (files, or folders of them) into ``out_dir``: graph.nq,
    graph.ttl and graph.html, as ``rightsgraph build`` does.

    ``max_size`` is in MB; ``progress`` is called with 1 as each article is done. ``license``
    (an IRI) becomes each article graph's ``dct:license``; the build's time is written only
    with ``record_time`` or from ``SOURCE_DATE_EPOCH`` (``graph.provenance``). With
    ``pseudonymise`` private persons are written under pseudonyms (``graph.privacy``) made
    with ``salt``, or else with the salt kept in the output folder's cache. Raises
    ``InputError`` for inputs that name no article, ``NothingBuilt`` when every article is
    refused (nothing is written then), ``BuildFolderBusy`` when another build holds the
    folder. Articles refused among others are in ``result.summary.failures``.
    """
    outdir = Path(out_dir)
    with _articles_built(inputs, outdir, url=url, date=date, publisher=publisher, max_size=max_size, jobs=jobs,
                         progress=progress, license=license, record_time=record_time, pseudonymise=pseudonymise,
                         salt=salt) as (paths, summary, built):
        title = "rightsgraph" if len(paths) > 1 else _first_title(built.files[0])
        written = write_outputs(built, outdir, title, jobs=jobs)
    return BuildResult(summary, written, outdir)


def graph_of(path: str | Path, **options):
    """The graph of one article, as an rdflib Graph: the triples ``build`` writes into its
    graph.ttl (``options`` as for ``build``), made by the same steps short of writing the
    three outputs. Raises as ``build`` does."""
    from itertools import chain

    from rightsgraph.corpus_outputs import graph_files
    from rightsgraph.graph.store import graph_from_lines
    from rightsgraph.graph.union import union

    with tempfile.TemporaryDirectory(prefix="rightsgraph-") as folder:
        outdir = Path(folder)
        with _articles_built([path], outdir, **options) as (_paths, _summary, built):
            return graph_from_lines(chain.from_iterable(union(graph_files(built), workdir=outdir)))


@contextmanager
def _articles_built(inputs: Iterable[str | Path], outdir: Path, *, url: str | None = None, date: str | None = None,
                    publisher: str | None = None, max_size: float = 20.0, jobs: int = 1,
                    progress: Callable[[int], None] | None = None, license: str | None = None,
                    record_time: bool = False, pseudonymise: bool = False,
                    salt: str | None = None) -> Iterator[tuple[list[Path], BuildSummary, Built]]:
    """The articles' graph files built (or taken from the cache) in ``outdir``, which the
    build holds meanwhile: the article paths, what became of them, and the files."""
    from rightsgraph.graph.privacy import salt_for
    from rightsgraph.graph.provenance import build_info

    info = build_info(license, record_time)  # a bad licence or epoch is refused before any work
    paths = article_paths(inputs, outdir)
    check_output_folder(outdir)
    with build_folder(outdir):
        # the salt is kept in the cache folder, which a build holds: two builds never draw one each
        options = ArticleOptions(url=url, date=date, publisher=publisher, max_bytes=int(max_size * 1e6), build=info,
                                 salt=salt_for(salt, outdir / CACHE_FOLDER) if pseudonymise else None)
        summary, built = build_corpus(paths, outdir, options, jobs=jobs, progress=progress)
        if summary.failures and len(summary.failures) == len(paths):
            raise NothingBuilt(summary)
        yield paths, summary, built


def _first_title(path: Path) -> str:
    """The title of the article whose graph file this is: its line found by bisection (the
    file is sorted, and a long document's sentences and mentions sort before its own lines)."""
    import pyoxigraph

    from rightsgraph.graph.union import graph_of_file, first_line_with

    line = first_line_with(path, f"{graph_of_file(path)} <https://w3id.org/rightsgraph/ontology#title> ")
    if line is None:
        return "rightsgraph"
    return next(pyoxigraph.parse(line.encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)).object.value
