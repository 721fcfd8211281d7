"""The union of many articles' graphs, streamed: each triple once, sorted, one name and one
date per node, in memory that does not grow with the corpus.

Each article's graph is a file of sorted N-Triples lines under a comment naming its graph
(``article_file``). Merging the sorted files line by line gives the union in order, so the
lines of one subject arrive together and the per-node choices (which name stays preferred,
which date stays) are made on that subject's lines alone. Files are merged at most
``fan_in()`` at a time (through sorted run files) so a corpus of any size stays under the
open-file limit. Lines keep their line break throughout: they are read and written as they
are.

    >>> lines = merge_sorted([iter(['<a> <p> "x" .\\n']), iter(['<a> <p> "x" .\\n', '<b> <p> "y" .\\n'])])
    >>> [[line.strip() for line in group] for group in subjects(lines)]
    [['<a> <p> "x" .'], ['<b> <p> "y" .']]
"""

from __future__ import annotations

import heapq
import re
import tempfile
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from itertools import chain, islice
from pathlib import Path

PREF_LABEL = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
ALT_LABEL = "<http://www.w3.org/2004/02/skos/core#altLabel>"
DATE = "<https://w3id.org/rightsgraph/ontology#date>"

_CONCEPT = re.compile(rb"<https://w3id\.org/rightsgraph/(?:violation|status)/[^>]*>")

#: The most files merged at once, whatever the open-file limit allows.
MOST_FILES = 4096
_GRAPH_COMMENT = "# graph "


def fan_in() -> int:
    """How many files to merge at once: as many as the open-file soft limit leaves room for,
    at most MOST_FILES. One pass over a corpus of up to that many articles, and read buffers
    of 8 KB a file. The limit is the process's owner's to raise (``ulimit -n``), not ours."""
    spare = 64  # for everything else the process has open
    try:
        import resource

        soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    except (ImportError, ValueError, OSError):
        return 256
    return MOST_FILES if soft == resource.RLIM_INFINITY else max(16, min(MOST_FILES, soft - spare))


def article_file(lines: Iterable[str], graph: str) -> str:
    """An article's graph as its cache file holds it: its triples as sorted N-Triples lines,
    under a comment naming the graph (an IRI in N-Triples form)."""
    return f"{_GRAPH_COMMENT}{graph}\n" + "".join(sorted(line + "\n" for line in lines))


def article_file_of(extraction, build=None) -> str:
    """The file of one article's extraction: the triples ``triples.to_graph`` writes for it
    (``build``: the build's ``provenance.BuildInfo``)."""
    from rightsgraph.graph.ids import article_iri
    from rightsgraph.graph.store import NTriplesLines
    from rightsgraph.graph.triples import to_graph

    return article_file(to_graph(extraction, NTriplesLines(), build).lines, f"<{article_iri(extraction.article)}>")


def write_document_file(extractions: Iterable, target: Path, build=None, workdir: Path | None = None) -> None:
    """A long document's graph file, from its pieces' extractions one after another
    (``builders.extract_pieces``), made as a corpus makes its union: each piece's triples as
    a sorted file of its own, then the union of those (each triple once, one preferred name
    and one date a node) under the document's graph comment. Memory holds one piece's
    triples at a time, and the file replaces ``target`` whole or not at all."""
    import os

    from rightsgraph.files import temporary_beside
    from rightsgraph.graph.ids import article_iri
    from rightsgraph.graph.store import NTriplesLines
    from rightsgraph.graph.triples import to_graph

    with tempfile.TemporaryDirectory(dir=workdir, prefix=".rightsgraph-merge-") as folder:
        files, graph = [], ""
        for number, extraction in enumerate(extractions):
            graph = graph or f"<{article_iri(extraction.article)}>"
            files.append(Path(folder) / f"piece-{number:06d}.nt")
            lines = to_graph(extraction, NTriplesLines(), build, first=number == 0).lines
            files[-1].write_text(article_file(lines, graph), encoding="utf-8")
            del lines
        temporary = temporary_beside(target)
        try:
            with temporary.open("w", encoding="utf-8") as stream:
                stream.write(f"{_GRAPH_COMMENT}{graph}\n")
                for lines in union(files, workdir=Path(folder)):
                    stream.writelines(lines)
            os.replace(temporary, target)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise


def graph_of_file(path: Path) -> str:
    """The graph an article's file names on its first line (an IRI in N-Triples form)."""
    with path.open(encoding="utf-8") as stream:
        header = stream.readline()
    if not header.startswith(_GRAPH_COMMENT):
        raise ValueError(f"{path}: not an article file: no graph comment on its first line")
    return header[len(_GRAPH_COMMENT) :].strip()


def first_line_with(path: Path, prefix: str) -> str | None:
    """The first line of a sorted file (an article's, a run) that starts with ``prefix``,
    found by bisection over the file's bytes (UTF-8 sorts as the characters do)."""
    wanted = prefix.encode("utf-8")
    with path.open("rb") as stream:
        def line_from(offset: int) -> bytes:
            """The first line that starts at ``offset`` or after it."""
            stream.seek(max(0, offset - 1))
            if offset > 0:
                stream.readline()
            return stream.readline()

        low, high = 0, stream.seek(0, 2)
        while low < high:
            middle = (low + high) // 2
            line = line_from(middle)
            if line and line < wanted:
                low = middle + 1
            else:
                high = middle
        line = line_from(low)
    return line.decode("utf-8") if line.startswith(wanted) else None


def concepts_named(data: bytes) -> set[bytes]:
    """The violation and status concepts (IRIs in N-Triples form) that files' bytes name anywhere."""
    return set(_CONCEPT.findall(data))


def vocabulary_file(concepts: Iterable[bytes]) -> str:
    """The named violation and status concepts as their schemes describe them, as the file of
    a graph of their own (``sources.VOCABULARY_GRAPH``), so that a union of articles stands on
    its own."""
    from rightsgraph.graph.sources import VOCABULARY_GRAPH
    from rightsgraph.ontology import status_scheme_triples, violation_scheme_triples

    names = {concept.decode()[1:-1] for concept in concepts}
    lines = [f"{triple} ." for triple in (*violation_scheme_triples(), *status_scheme_triples())
             if triple.subject.value in names]
    return article_file(lines, f"<{VOCABULARY_GRAPH}>")


def triple_lines(path: Path, files: ExitStack) -> Iterator[str]:
    """The N-Triples lines of an article's file (or a run file), as they are: the open file
    itself past its comment lines (reading through a generator of our own cost a fifth of a
    merge), closed with ``files``."""
    stream = files.enter_context(path.open(encoding="utf-8"))
    for line in stream:
        if not line.startswith("#"):
            return chain((line,), stream)
    return iter(())


def as_nquads(data: bytes) -> bytes:
    """An article's file as N-Quads in its graph. Every N-Triples line ends in " .\\n" and
    holds no other line break, so the graph name goes before each of those."""
    header, _, body = data.partition(b"\n")
    if not header.startswith(_GRAPH_COMMENT.encode()):
        raise ValueError("not an article file: no graph comment on its first line")
    return body.replace(b" .\n", b" " + header[len(_GRAPH_COMMENT) :] + b" .\n")


def nquads_of(path: Path, block: int = 1 << 22) -> Iterator[bytes]:
    """An article's file as N-Quads in its graph (``as_nquads``), in blocks of whole lines of
    about ``block`` bytes: a long document's file is not read into memory at once."""
    with path.open("rb") as stream:
        header = stream.readline()
        rest = b""
        while True:
            data = stream.read(block)
            if not data:
                break
            data, _, tail = (rest + data).rpartition(b"\n")
            rest = tail
            if data:
                yield as_nquads(header + data + b"\n")
        if rest:
            yield as_nquads(header + rest)


def merge_sorted(sources: Iterable[Iterator[str]]) -> Iterator[str]:
    """Merge sorted streams of lines, none repeating a line of its own, into one sorted
    stream, each line once.

    A stream's lines come out in runs: all those up to the least first line of the other
    streams at once, found by bisection in the next ``_RUN`` lines read ahead. An article's
    own lines (its sentences, mentions, selectors) sort together and no other article has
    them, so most of a merge is runs, not a heap step a line: 2,000 articles' 1.8 million
    lines took 1.2 s against 1.8 s with ``heapq.merge``.
    """
    streams, heap = [], []
    for number, stream in enumerate(sources):
        ahead = list(islice(stream, _RUN))
        streams.append((ahead, stream))
        if ahead:
            heap.append((ahead[0], number, 0))
    heapq.heapify(heap)
    previous = None
    while heap:
        _line, number, at = heap[0]
        ahead, stream = streams[number]
        # the least first line of the other streams: a child of the heap's root
        limit = min(heap[1][0], heap[2][0]) if len(heap) > 2 else heap[1][0] if len(heap) > 1 else None
        while True:
            end = len(ahead) if limit is None else bisect_right(ahead, limit, at)
            if at < end and ahead[at] == previous:  # another stream gave it already
                at += 1
            if at < end:
                yield from ahead[at:end]
                previous = ahead[end - 1]
            if end < len(ahead):
                heapq.heapreplace(heap, (ahead[end], number, end))
                break
            ahead, at = list(islice(stream, _RUN)), 0
            streams[number] = (ahead, stream)
            if not ahead:
                heapq.heappop(heap)
                break


#: Lines read ahead from each stream of a merge (about 5 KB each; 2,000 articles: 10 MB).
_RUN = 32


def union(files: list[Path], workdir: Path | None = None, jobs: int = 1) -> Iterator[list[str]]:
    """The sorted union of the files' triples as N-Triples lines, one subject's lines at a
    time, with one preferred label and one date per subject. With ``jobs`` > 1 the runs of
    a large merge are made in that many processes."""
    with tempfile.TemporaryDirectory(dir=workdir, prefix=".rightsgraph-merge-") as folder, ExitStack() as opened:
        sources = [triple_lines(path, opened) for path in _runs(files, Path(folder), jobs, fan_in())]
        yield from subjects(merge_sorted(sources))


def union_of_texts(texts: Iterable[str]) -> Iterator[list[str]]:
    """``union`` of files held in memory as their texts (``article_file``, ``vocabulary_file``)."""
    return subjects(merge_sorted(iter(_lines(text)[1:]) for text in texts))


def _lines(text: str) -> list[str]:
    """A file's lines, each with its newline. Only "\\n" ends an N-Triples line: a literal may
    hold U+2028 or U+0085, which ``str.splitlines`` would take for ends of lines."""
    return [line + "\n" for line in text.split("\n")[:-1]] + ([text.rsplit("\n", 1)[-1]] if not text.endswith("\n") else [])


def subjects(sorted_lines: Iterable[str]) -> Iterator[list[str]]:
    """Sorted N-Triples lines grouped by subject, one preferred label and one date each."""
    lines: list[str] = []
    prefix = ""  # the subject and the space after it (no subject holds a space)
    for line in sorted_lines:
        if lines and line.startswith(prefix):
            lines.append(line)
            continue
        if lines:
            yield _settled(lines, len(prefix))
        prefix = line[: line.index(" ") + 1]
        lines = [line]
    if lines:
        yield _settled(lines, len(prefix))


def _settled(lines: list[str], predicate_at: int) -> list[str]:
    """One subject's sorted lines, with one preferred label and one date. The lines of one
    predicate sit together, so a second label or date is the line after the first."""
    if len(lines) > 1:
        subject = lines[0][:predicate_at]
        for predicate in (PREF_LABEL, DATE):
            first = bisect_left(lines, subject + predicate)
            if first + 1 < len(lines) and lines[first + 1].startswith(predicate, predicate_at) \
                    and lines[first].startswith(predicate, predicate_at):
                return _one_name_and_date(lines)
    return lines


def _runs(files: list[Path], folder: Path, jobs: int, most: int) -> list[Path]:
    """At most ``most`` sorted files holding the files' triples: the files themselves, or
    runs of ``most`` files each (and runs of runs)."""
    level = 0
    while len(files) > most:
        groups = [(files[start : start + most], folder / f"run-{level}-{number:05d}.nt")
                  for number, start in enumerate(range(0, len(files), most))]
        if jobs > 1:
            import multiprocessing

            pool = multiprocessing.get_context("fork").Pool(jobs, initializer=_ignore_interrupt)
            try:
                files = pool.map(_merge_run, groups)
            except BaseException:
                pool.terminate()
                raise
            else:
                pool.close()
            finally:
                pool.join()
        else:
            files = [_merge_run(group) for group in groups]
        level += 1
    return files


def _ignore_interrupt() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle


def _merge_run(group: tuple[list[Path], Path]) -> Path:
    sources, run = group
    with ExitStack() as opened:
        write_lines(merge_sorted([triple_lines(path, opened) for path in sources]), run)
    return run


def split_line(line: str) -> tuple[str, str, str]:
    """An N-Triples line's subject, predicate and object, each in N-Triples form."""
    subject_end = line.index(" ")
    predicate_end = line.index(" ", subject_end + 1)
    return line[:subject_end], line[subject_end + 1 : predicate_end], line[predicate_end + 1 :].rstrip()[:-1].rstrip()


def _lexical(term: str) -> str:
    """The lexical form of an N-Triples literal, still escaped; an IRI as it is."""
    return term[1 : term.rindex('"')] if term.startswith('"') else term


def preference(term: str) -> tuple[int, str]:
    """The one rule for which of a node's names stays preferred and which of its dates
    stays, wherever graphs meet (a build's union, ``merge``): sorted by this key, the first
    wins. ``term`` is a literal in N-Triples form; the longest lexical form (the fullest
    name, the most precise date) comes first, then the first in order."""
    return -len(_lexical(term)), term


def _one_name_and_date(lines: list[str]) -> list[str]:
    """One subject's lines: where articles named it differently, the preferred name (see
    ``preference``) stays and the others become alternative labels; where they dated it
    differently, the preferred date stays and the others go."""
    terms = {line: split_line(line) for line in lines}
    labels = [line for line in lines if terms[line][1] == PREF_LABEL]
    dates = [line for line in lines if terms[line][1] == DATE]
    if len(labels) < 2 and len(dates) < 2:
        return lines
    changed = set(lines)
    if len(labels) > 1:
        labels.sort(key=lambda line: preference(terms[line][2]))
        for extra in labels[1:]:
            subject, _predicate, name = terms[extra]
            changed.discard(extra)
            changed.add(f"{subject} {ALT_LABEL} {name} .\n")
    if len(dates) > 1:
        dates.sort(key=lambda line: preference(terms[line][2]))
        changed.difference_update(dates[1:])
    return sorted(changed)


def write_lines(lines: Iterable[str], path: Path) -> None:
    """Write lines (each with its line break) to a file."""
    with path.open("w", encoding="utf-8") as stream:
        stream.writelines(lines)
