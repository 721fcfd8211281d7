"""A built corpus's outputs: graph.nq, graph.ttl and graph.html.

Every output streams from the articles' graph files (sorted N-Triples, see `graph.union`),
so memory does not grow with the corpus: graph.nq is the files one after another, each line
in its article's named graph (then the violation concepts they use); graph.ttl is their
sorted union, turned into Turtle by pyoxigraph's serializer; the page of a large corpus
shows its most connected things, counted in the same pass that writes the union.

All three files are written beside their targets and renamed into place together at the
end: a failure leaves the previous outputs as they were, and an interrupt (Ctrl-C, SIGTERM,
SIGHUP) waits until all three are in place, so the three always come from one build.
"""

from __future__ import annotations

import os
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from rightsgraph.corpus import OUTPUT_NAMES, Built
from rightsgraph.files import temporary_beside, write_atomically

#: Up to this many triples the page shows everything worth seeing (with the source sentences);
#: above it, the PAGE_NODES most connected things.
WHOLE_PAGE_UP_TO = 200_000

#: The page of a large corpus shows this many of its most connected things, so building it
#: takes the same memory whatever the size of the corpus.
PAGE_NODES = 5_000

_SKOS = "http://www.w3.org/2004/02/skos/core#"
_RG = "https://w3id.org/rightsgraph/ontology#"
_ENTITY_CLASSES = ("Person", "Organization", "UNBody", "UNMechanism", "CommissionOfInquiry", "FactFindingMission",
                   "Government", "NGO", "MediaOrganization", "Court", "Country", "Place")


@dataclass(frozen=True)
class Written:
    """What the outputs hold: triples in the union, and the actors and places among them."""

    triples: int
    entities: int


def write_outputs(built: Built, outdir: Path, title: str, jobs: int = 1) -> Written:
    """Write graph.nq, graph.ttl and graph.html into ``outdir``.

    With ``jobs`` > 1 the merge's runs are made in parallel, and the Turtle is written by
    a second process while this one makes the page; so it is for a large union (a long
    document's) with one job, where a second processor is there to take it.
    """
    from rightsgraph.builders.model_ahead import second_process_pays
    from rightsgraph.graph.union import as_nquads, union

    outdir.mkdir(parents=True, exist_ok=True)
    temporary: dict[str, Path] = {}
    writer = None
    try:
        for name in (*OUTPUT_NAMES, "union.nt", "things.nt"):
            temporary[name] = temporary_beside(outdir / name)
        quads, used = _concatenate(built.files, temporary["graph.nq"])
        files = graph_files(built, used)
        with temporary["graph.nq"].open("ab") as stream:
            stream.write(as_nquads(files[-1].read_bytes()))

        with temporary["union.nt"].open("w", encoding="utf-8") as stream, \
                temporary["things.nt"].open("w", encoding="utf-8") as shown:
            things, pending = Things(shown), []
            for lines in union(files, workdir=outdir, jobs=jobs):
                things.see(lines)
                pending += lines
                if len(pending) > 10_000:  # fewer, larger writes
                    stream.writelines(pending)
                    pending.clear()
            stream.writelines(pending)
        # a small union is parsed once, for both the Turtle and the page
        triples = list(_parsed(temporary["union.nt"])) if quads <= WHOLE_PAGE_UP_TO else None
        turtle = (temporary["union.nt"] if triples is None else triples, temporary["graph.ttl"])
        if jobs > 1 or triples is None and second_process_pays():  # a large union: the Turtle takes seconds
            import multiprocessing

            writer = multiprocessing.get_context("fork").Process(target=_write_turtle_in_child, args=turtle)
            writer.start()
        else:
            _write_turtle(*turtle)
        temporary["graph.html"].write_text(_page(triples, temporary["things.nt"], things, title), encoding="utf-8")
        if writer is not None:
            writer.join()
            if writer.exitcode != 0:
                raise OSError(f"writing graph.ttl failed (exit code {writer.exitcode})")
        for name in OUTPUT_NAMES:
            os.chmod(temporary[name], 0o644)
        _replace_together([(temporary[name], outdir / name) for name in OUTPUT_NAMES])
    finally:
        if writer is not None and writer.is_alive():  # the page failed: stop the Turtle too
            writer.kill()
            writer.join()
        for path in temporary.values():
            path.unlink(missing_ok=True)
    return Written(things.triples, things.entities)


def _replace_together(moves: list[tuple[Path, Path]]) -> None:
    """Rename each temporary file onto its target, the interrupts held back until all are
    in place: the renames take microseconds, and then the interrupt goes ahead."""
    with _interrupts_deferred():
        for source, target in moves:
            os.replace(source, target)


_INTERRUPTS = ("SIGINT", "SIGTERM", "SIGHUP")


@contextmanager
def _interrupts_deferred() -> Iterator[None]:
    """Record the interrupts that arrive meanwhile, then raise them again, in order, with
    their own handlers back (Ctrl-C becomes KeyboardInterrupt after the block, not in it).

    Python runs signal handlers in the main thread only, so only there can this hold
    them back; elsewhere the block runs as it is."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    arrived: list[int] = []
    previous = {}
    for name in _INTERRUPTS:
        number = getattr(signal, name, None)
        if number is not None and signal.getsignal(number) is not None:  # None: a handler not set from Python
            previous[number] = signal.signal(number, lambda signum, _frame: arrived.append(signum))
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        for number in arrived:
            signal.raise_signal(number)


def _write_turtle(union: Path | list, path: Path) -> None:
    """The union (its file, or its triples) as Turtle, by pyoxigraph's serializer (the lines
    are sorted, so each subject's triples come together)."""
    import pyoxigraph

    from rightsgraph.graph.prefixes import PREFIXES

    # no prefix for minted IRIs: their local names hold "/" and "#", which Turtle would escape
    prefixes = {prefix: str(namespace) for prefix, namespace in PREFIXES.items() if prefix != "rgid"}
    triples = _parsed(union) if isinstance(union, Path) else union
    pyoxigraph.serialize(triples, output=str(path), format=pyoxigraph.RdfFormat.TURTLE, prefixes=prefixes)


def _parsed(union: Path):
    """The union file's triples. Every line of it was written by pyoxigraph, which checked
    its terms as they were made, so the parser need not check the IRIs again (lenient: 0.46
    -> 0.18 s for 416,000 triples)."""
    import pyoxigraph

    return pyoxigraph.parse(path=str(union), format=pyoxigraph.RdfFormat.N_TRIPLES, lenient=True)


def _write_turtle_in_child(union: Path, path: Path) -> None:
    # the parent reports a failure as one line; the child must not print a traceback
    try:
        _write_turtle(union, path)
    except BaseException:
        os._exit(1)
    os._exit(0)


def _concatenate(files: list[Path], path: Path) -> tuple[int, set[bytes]]:
    """The articles' files as one N-Quads file; count the quads and collect the violation
    concepts they name."""
    from rightsgraph.graph.union import concepts_named, nquads_of

    quads, used = 0, set()
    with path.open("wb") as out:
        for source in files:
            for data in nquads_of(source):
                quads += data.count(b"\n")
                used |= concepts_named(data)
                out.write(data)
    return quads, used


def graph_files(built: Built, used: set[bytes] | None = None) -> list[Path]:
    """The files whose union graph.ttl holds: the articles' and, last, the file of the
    violation concepts they name (``used``, when the caller has collected them already)."""
    from rightsgraph.graph.union import concepts_named, vocabulary_file

    if used is None:
        used = set().union(*(concepts_named(path.read_bytes()) for path in built.files))
    path = built.cache / "vocabulary.graph"
    write_atomically(path, vocabulary_file(used))
    return [*built.files, path]


def _page(triples: list | None, shown: Path, things: Things, title: str) -> str:
    """The page: everything worth seeing of a small corpus (its union's ``triples``); the
    most connected things of a large one, with a note saying how many there are."""
    from rightsgraph.exports.html import view_to_html
    from rightsgraph.graph.network import oxigraph_triples, view_of

    if triples is not None:
        return view_to_html(view_of(oxigraph_triples(triples)), title)
    chosen = things.most_connected(PAGE_NODES)
    note = f"Showing the {len(chosen):,} most connected of {len(things.degree):,} things; export GraphML or CSV for all of them." \
        if len(things.degree) > len(chosen) else ""
    return view_to_html(_things_view(shown, chosen), title, note=note)


class Things:
    """What one pass over the union learns about the things in it (the nodes the page
    shows): how many triples there are, how many actors and places, and how many relations
    each thing has with other things. Memory grows with the number of things, not triples.

    The things' lines the page could show go to ``shown``, a file much smaller than the
    union, for the page to pick from once it knows which things it shows."""

    def __init__(self, shown: TextIO | None = None):
        from rightsgraph.graph.network import thing_types

        self.types = {f"<{iri}>" for iri in thing_types()}
        self.entity_types = {f"<{_RG}{name}>" for name in _ENTITY_CLASSES}  # actors and places, all things
        self.triples = 0
        self.entities = 0
        self.degree: Counter[str] = Counter()
        self._objects: Counter[str] = Counter()
        self._shown = shown

    def see(self, lines: list[str]) -> None:
        """One subject's lines of the union (N-Triples lines: "S P O .", single spaces)."""
        self.triples += len(lines)
        subject = lines[0][: lines[0].index(" ")]
        predicate_at = len(subject) + 1
        type_at = predicate_at + len(_RDF_TYPE) + 1
        typed = f"{subject} {_RDF_TYPE} "
        types = set()
        at = bisect_left(lines, typed)  # the lines are sorted: a subject's types sit together
        while at < len(lines) and lines[at].startswith(typed):
            types.add(lines[at][type_at : lines[at].rindex(" .")])
            at += 1
        if not types & self.types:
            return
        self.entities += bool(types & self.entity_types)
        relations = 0
        for line in lines:
            predicate_end = line.index(" ", predicate_at)
            predicate = line[predicate_at:predicate_end]
            if predicate.startswith(_RG_PREFIX) and predicate not in _HIDDEN:
                obj = line[predicate_end + 1 : line.rindex(" .")]
                if obj.startswith("<") and obj != subject:
                    relations += 1
                    self._objects[obj] += 1
            elif predicate not in _SHOWN:
                continue
            if self._shown is not None:
                self._shown.write(line)
        self.degree[subject] = relations  # a subject's lines come together, once

    def most_connected(self, limit: int) -> set[str]:
        """The ``limit`` things with the most relations to other things (then by IRI)."""
        degree = {thing: count + self._objects.get(thing, 0) for thing, count in self.degree.items()}
        return set(sorted(degree, key=lambda thing: (-degree[thing], thing))[:limit])


def _things_view(shown: Path, chosen: set[str]):
    """For the page of a large corpus: the view of the chosen things, their names, dates
    and the relations among them, from the things' lines the pass over the union kept."""
    import pyoxigraph

    from rightsgraph.graph.network import oxigraph_triples, view_of
    from rightsgraph.graph.union import split_line

    kept = []
    with shown.open(encoding="utf-8") as stream:
        for line in stream:
            if line[: line.index(" ")] in chosen:
                _s, predicate, obj = split_line(line)
                if _shown(predicate, obj, chosen):
                    kept.append(line)
    return view_of(oxigraph_triples(pyoxigraph.parse("".join(kept).encode("utf-8"), format=pyoxigraph.RdfFormat.N_TRIPLES)))


_RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
_RG_PREFIX = f"<{_RG}"
_HIDDEN = {f"<{_RG}{name}>" for name in ("inSentence", "namesViolation", "quote", "title")}
_SHOWN = {f"<{iri}>" for iri in ("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", f"{_SKOS}prefLabel", f"{_SKOS}altLabel",
                                 "http://www.w3.org/2002/07/owl#sameAs", "http://www.w3.org/ns/org#subOrganizationOf")}
_CONCEPTS = "<https://w3id.org/rightsgraph/violation/"


def _shown(predicate: str, obj: str, chosen: set[str]) -> bool:
    if predicate in _SHOWN:
        return True
    if not predicate.startswith(f"<{_RG}") or predicate in _HIDDEN:
        return False
    # a relation to something not shown is left out; violation types are always named
    return not obj.startswith("<") or obj in chosen or obj.startswith(_CONCEPTS)
