"""The union of many articles' graphs, streamed: each triple once, sorted, one name and one
date per node, in memory that does not grow with the corpus.

Each article's graph is a file of N-Quads lines sorted by their triple part (one graph name
per file). Merging the sorted files line by line gives the union in order, so the lines of
one subject arrive together and the per-node choices (which name stays preferred, which date
stays) are made on that subject's lines alone. Files are merged at most ``FAN_IN`` at a time
(through sorted run files) so a corpus of any size stays under the open-file limit.

    >>> lines = merge_sorted([iter(['<a> <p> "x" .']), iter(['<a> <p> "x" .', '<b> <p> "y" .'])])
    >>> list(subjects(lines))
    [['<a> <p> "x" .'], ['<b> <p> "y" .']]
"""

from __future__ import annotations

import heapq
import tempfile
from collections.abc import Iterable, Iterator
from itertools import groupby
from pathlib import Path

PREF_LABEL = "<http://www.w3.org/2004/02/skos/core#prefLabel>"
ALT_LABEL = "<http://www.w3.org/2004/02/skos/core#altLabel>"
DATE = "<https://w3id.org/rightsgraph/ontology#date>"

#: The most files merged at once; more go through sorted run files first.
FAN_IN = 256


def triple_part(line: str) -> str:
    """An N-Quads line without its graph name, as an N-Triples line.

    The graph name is the last term, and IRIs hold neither spaces nor "<", so it starts at
    the last " <" of the line.
    """
    body = line.rstrip()[:-1].rstrip()  # without the final "."
    return f"{body[: body.rfind(' <')]} ."


def quad_lines(path: Path) -> Iterator[str]:
    """The triples of an N-Quads file, as N-Triples lines, in file order."""
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            if line.strip():
                yield triple_part(line)


def merge_sorted(sources: Iterable[Iterator[str]]) -> Iterator[str]:
    """Merge sorted streams of lines into one sorted stream, each line once."""
    previous = None
    for line in heapq.merge(*sources):
        if line != previous:
            yield line
            previous = line


def union(files: list[Path], workdir: Path | None = None, jobs: int = 1) -> Iterator[list[str]]:
    """The sorted union of the files' triples as N-Triples lines, one subject's lines at a
    time, with one preferred label and one date per subject. With ``jobs`` > 1 the runs of
    a large merge are made in that many processes."""
    with tempfile.TemporaryDirectory(dir=workdir, prefix=".rightsgraph-merge-") as folder:
        sources = [quad_lines(path) for path in files] if len(files) <= FAN_IN else \
            [_lines(path) for path in _runs(files, Path(folder), jobs)]
        yield from subjects(merge_sorted(sources))


def subjects(sorted_lines: Iterable[str]) -> Iterator[list[str]]:
    """Sorted N-Triples lines grouped by subject, one preferred label and one date each."""
    for _subject, group in groupby(sorted_lines, key=_subject_of):
        lines = list(group)
        if len(lines) > 1 and sum(PREF_LABEL in line or DATE in line for line in lines) > 1:
            lines = _one_name_and_date(lines)
        yield lines


def _runs(files: list[Path], folder: Path, jobs: int = 1) -> list[Path]:
    """At most FAN_IN sorted N-Triples files holding the N-Quads files' triples: runs of
    FAN_IN files each (and runs of runs)."""
    level = 0
    while len(files) > FAN_IN:
        groups = [(files[start : start + FAN_IN], folder / f"run-{level}-{number:05d}.nt", level == 0)
                  for number, start in enumerate(range(0, len(files), FAN_IN))]
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


def _merge_run(group: tuple[list[Path], Path, bool]) -> Path:
    sources, run, quads = group
    write_lines(merge_sorted((quad_lines if quads else _lines)(path) for path in sources), run)
    return run


def _lines(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            yield line.rstrip("\n")


def split_line(line: str) -> tuple[str, str, str]:
    """An N-Triples line's subject, predicate and object, each in N-Triples form."""
    subject_end = line.index(" ")
    predicate_end = line.index(" ", subject_end + 1)
    return line[:subject_end], line[subject_end + 1 : predicate_end], line[predicate_end + 1 :].rstrip()[:-1].rstrip()


def _subject_of(line: str) -> str:
    return line[: line.index(" ")]


def _lexical(term: str) -> str:
    """The lexical form of an N-Triples literal, still escaped; an IRI as it is."""
    return term[1 : term.rindex('"')] if term.startswith('"') else term


def _one_name_and_date(lines: list[str]) -> list[str]:
    """One subject's lines: where articles named it differently, the longest name (then the
    first in order) stays preferred and the others become alternative labels; where they
    dated it differently, the most precise date (then the first) stays."""
    terms = {line: split_line(line) for line in lines}
    labels = [line for line in lines if terms[line][1] == PREF_LABEL]
    dates = [line for line in lines if terms[line][1] == DATE]
    if len(labels) < 2 and len(dates) < 2:
        return lines
    changed = set(lines)
    if len(labels) > 1:
        labels.sort(key=lambda line: (-len(_lexical(terms[line][2])), line))
        for extra in labels[1:]:
            subject, _predicate, name = terms[extra]
            changed.discard(extra)
            changed.add(f"{subject} {ALT_LABEL} {name} .")
    if len(dates) > 1:
        dates.sort(key=lambda line: (-len(_lexical(terms[line][2])), line))
        changed.difference_update(dates[1:])
    return sorted(changed)


def write_lines(lines: Iterable[str], path: Path) -> None:
    """Write lines to a file, one per line."""
    with path.open("w", encoding="utf-8") as stream:
        for line in lines:
            stream.write(line)
            stream.write("\n")
