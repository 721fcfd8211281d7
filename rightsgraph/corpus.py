"""Build a corpus: many articles, in batches and processes, cached, into an on-disk store.

Each article's graph is cached as sorted N-Quads under a key made of the file's bytes, the
build options and the pipeline version (a hash of the package's code and data), so a rebuild
of a grown corpus processes only new or changed files, and files that are gone drop out. The
graphs meet in pyoxigraph's on-disk store (one named graph per article), which holds them
compactly; the outputs are streamed from it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

@dataclass
class BuildSummary:
    articles: int = 0
    built: int = 0
    cached: int = 0
    failures: list[str] = field(default_factory=list)
    triples: int = 0
    entities: int = 0


@dataclass(frozen=True)
class ArticleOptions:
    url: str | None = None
    date: str | None = None
    publisher: str | None = None
    max_bytes: int = 20_000_000


def pipeline_version() -> str:
    """A hash of everything that decides the output: code, data, ontology."""
    digest = hashlib.sha256()
    for package in ("rightsgraph", "rightsgraph.builders", "rightsgraph.graph", "rightsgraph.ontology"):
        root = resources.files(package)
        for entry in sorted(root.iterdir(), key=lambda item: item.name):
            if entry.name.endswith((".py", ".ttl", ".json")) and entry.is_file():
                digest.update(entry.name.encode())
                digest.update(entry.read_bytes())
        data = root.joinpath("data")
        if data.is_dir():
            for entry in sorted(data.iterdir(), key=lambda item: item.name):
                digest.update(entry.read_bytes())
    return digest.hexdigest()[:16]


class Cache:
    """Per-article N-Quads, keyed by content, options and pipeline version."""

    def __init__(self, folder: Path, options: ArticleOptions):
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.salt = json.dumps([pipeline_version(), options.url, options.date, options.publisher]).encode()

    def key(self, path: Path) -> str:
        digest = hashlib.sha256(self.salt)
        digest.update(path.read_bytes())
        return digest.hexdigest()[:32]

    def path(self, key: str) -> Path:
        return self.folder / f"{key}.nq"

    def keep_only(self, keys: set[str]) -> None:
        for entry in self.folder.glob("*.nq"):
            if entry.stem not in keys:
                entry.unlink()


@dataclass
class Built:
    """A built corpus: its per-article N-Quads files (in a stable order) and the store."""

    files: list[Path]
    store: object


def build_corpus(paths: list[Path], outdir: Path, options: ArticleOptions, jobs: int = 1,
                 progress: Callable[[int], None] | None = None, batch_size: int = 16) -> tuple[BuildSummary, Built]:
    """Build every article (or take it from the cache) into an on-disk store."""
    import pyoxigraph

    summary = BuildSummary(articles=len(paths))
    cache = Cache(outdir / ".rightsgraph-cache", options)
    keys: dict[Path, str] = {}
    for path in paths:
        try:
            keys[path] = cache.key(path)
        except OSError as error:
            summary.failures.append(f"{path}: cannot read file ({error.strerror or error})")
    todo = [path for path, key in keys.items() if not cache.path(key).exists()]
    summary.cached = len(keys) - len(todo)
    if progress and summary.cached:
        progress(summary.cached)
    for path, result in _process(todo, options, jobs, batch_size):
        if isinstance(result, str) and result.startswith("error:"):
            summary.failures.append(result[len("error:"):])
            keys.pop(path, None)
        else:
            _write(cache.path(keys[path]), result)
            summary.built += 1
        if progress:
            progress(1)
    cache.keep_only(set(keys.values()))

    store_folder = outdir / ".rightsgraph-store"
    if store_folder.exists():
        shutil.rmtree(store_folder)
    store = pyoxigraph.Store(str(store_folder))
    for key in sorted(set(keys.values())):
        store.bulk_load(path=str(cache.path(key)), format=pyoxigraph.RdfFormat.N_QUADS)
    vocabulary = _vocabulary(store, outdir / ".rightsgraph-cache" / "vocabulary.nquads")
    store.bulk_load(path=str(vocabulary), format=pyoxigraph.RdfFormat.N_QUADS)
    summary.triples = len(store)
    summary.entities = _count_entities(store)
    files = [cache.path(key) for key in sorted(set(keys.values()))] + [vocabulary]
    return summary, Built(files, store)


def _process(paths: list[Path], options: ArticleOptions, jobs: int, batch_size: int) -> Iterable[tuple[Path, str]]:
    batches = [paths[i : i + batch_size] for i in range(0, len(paths), batch_size)]
    if jobs <= 1 or len(batches) <= 1:
        for batch in batches:
            yield from zip(batch, _build_batch(batch, options))
        return
    import multiprocessing

    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        for batch, results in zip(batches, pool.map(_build_batch, batches, [options] * len(batches))):
            yield from zip(batch, results)


def _build_batch(paths: list[Path], options: ArticleOptions) -> list[str]:
    """In a worker: read, extract (the model over the batch at once), and write N-Quads."""
    from rdflib import Graph

    from rightsgraph.builders import ArticleError, article_from_path, extract_many
    from rightsgraph.graph.ids import article_iri
    from rightsgraph.graph.triples import to_graph

    articles, results = [], []
    for path in paths:
        try:
            articles.append(article_from_path(path, url=options.url, date=options.date, publisher=options.publisher,
                                              max_bytes=options.max_bytes))
            results.append(None)
        except ArticleError as error:
            results.append(f"error:{error}")
    extractions = iter(extract_many(articles))
    for index, result in enumerate(results):
        if result is not None:
            continue
        extraction = next(extractions)
        graph = to_graph(extraction, Graph(store="SimpleMemory"))  # no indexes needed to write it out
        name = article_iri(extraction.article)
        lines = [line for line in graph.serialize(format="nt").splitlines() if line.strip()]
        results[index] = "\n".join(sorted(f"{line[: line.rstrip().rfind('.')].rstrip()} <{name}> ." for line in lines)) + "\n"
    return results


def _write(path: Path, text: str) -> None:
    temporary = path.with_suffix(".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def _vocabulary(store, path: Path) -> Path:
    """The violation concepts the corpus uses, as N-Quads in a graph of their own."""
    from rightsgraph.graph.sources import VOCABULARY_GRAPH
    from rightsgraph.ontology import RG, load_violation_scheme

    used = {
        solution["c"].value
        for solution in store.query(
            f"SELECT DISTINCT ?c WHERE {{ GRAPH ?g {{ ?x <{RG.namesViolation}>|<{RG.documents}>|<{RG.alleges}> ?c }} }}"
        )
    }
    scheme = load_violation_scheme()
    lines = [f"{s.n3()} {p.n3()} {o.n3()} <{VOCABULARY_GRAPH}> ." for s, p, o in scheme if str(s) in used]
    _write(path, "\n".join(sorted(lines)) + "\n" if lines else "")
    return path


def _count_entities(store) -> int:
    from rightsgraph.ontology import RG

    classes = " ".join(f"<{cls}>" for cls in (RG.Person, RG.Organization, RG.UNBody, RG.UNMechanism, RG.CommissionOfInquiry,
                                              RG.FactFindingMission, RG.Government, RG.NGO, RG.MediaOrganization, RG.Court,
                                              RG.Country, RG.Place))
    query = f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ GRAPH ?g {{ ?e a ?c }} VALUES ?c {{ {classes} }} }}"
    return int(next(iter(store.query(query)))["n"].value)


#: Above this many triples the outputs are streamed from the on-disk store instead of being
#: assembled in memory, so a large corpus's build does not grow with its graph.
STREAM_ABOVE = 200_000


def write_outputs(built: Built, outdir: Path, title: str, write: Callable[[Path, str], None]) -> None:
    """graph.nq (one named graph per article), graph.ttl and graph.html.

    The files are read back with pyoxigraph's parser, not from the store, which would turn
    the offsets' xsd:nonNegativeInteger into xsd:integer. The Turtle is the union of the
    articles, each triple once, sorted, one preferred label per node, written by pyoxigraph's
    serializer (rdflib's takes seconds where this takes a fraction).
    """
    import pyoxigraph

    from rightsgraph.exports.html import to_html
    from rightsgraph.graph.triples import PREFIXES

    if len(built.store) > STREAM_ABOVE:
        return _write_streamed(built, outdir, title)
    # every text first, then the writes: a failure leaves the previous files as they were
    quads = "".join(path.read_text(encoding="utf-8") for path in built.files)
    triples = {
        pyoxigraph.Triple(quad.subject, quad.predicate, quad.object)
        for path in built.files for quad in pyoxigraph.parse(path=str(path), format=pyoxigraph.RdfFormat.N_QUADS)
    }
    triples = sorted(_one_value(_one_preferred_label(triples)), key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    # no prefix for minted IRIs: their local names hold "/" and "#", which Turtle would escape
    prefixes = {prefix: str(namespace) for prefix, namespace in PREFIXES.items() if prefix != "rgid"}
    turtle = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.TURTLE, prefixes=prefixes).decode("utf-8")
    page = to_html(_view_graph(triples), title)
    for name, text in (("graph.nq", quads), ("graph.ttl", turtle), ("graph.html", page)):
        write(outdir / name, text)


def _one_value(triples: set) -> set:
    """Where articles date a shared report differently, the most precise date stays."""
    date = "https://w3id.org/rightsgraph/ontology#date"
    dates: dict = {}
    for triple in triples:
        if triple.predicate.value == date:
            dates.setdefault(triple.subject, []).append(triple)
    for found in dates.values():
        if len(found) > 1:
            found.sort(key=lambda t: (-len(t.object.value), t.object.value))
            for extra in found[1:]:
                triples.discard(extra)
    return triples


def _one_preferred_label(triples: set) -> set:
    """Where articles name a shared node differently, the longest name stays preferred."""
    import pyoxigraph

    pref = pyoxigraph.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel")
    alt = pyoxigraph.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")
    labels: dict = {}
    for triple in triples:
        if triple.predicate == pref:
            labels.setdefault(triple.subject, []).append(triple)
    for subject, found in labels.items():
        if len(found) > 1:
            found.sort(key=lambda t: (-len(t.object.value), t.object.value))
            for extra in found[1:]:
                triples.discard(extra)
                triples.add(pyoxigraph.Triple(subject, alt, extra.object))
    return triples


def _view_graph(triples):
    """What the HTML view needs, as an rdflib graph: things, names, relations, dates and the
    sentences they come from; not mentions, annotations, reified statements or the text."""
    from rightsgraph.graph.store import to_rdflib
    from rightsgraph.graph.triples import new_graph

    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    skipped_types = {"http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement", "http://www.w3.org/ns/oa#Annotation",
                     "https://w3id.org/rightsgraph/ontology#Mention"}
    skipped = {t.subject for t in triples if t.predicate.value == rdf_type and t.object.value in skipped_types}
    graph = new_graph()
    for triple in triples:
        if triple.subject in skipped or triple.predicate.value == "https://schema.org/text" or "#position-" in str(triple.subject):
            continue
        graph.add((to_rdflib(triple.subject), to_rdflib(triple.predicate), to_rdflib(triple.object)))
    return graph


_SKOS = "http://www.w3.org/2004/02/skos/core#"
_RG = "https://w3id.org/rightsgraph/ontology#"
_UNIFY = [
    # one preferred label per node: the longest (then the first) stays, the others become alternatives
    f"""DELETE {{ GRAPH ?g {{ ?s <{_SKOS}prefLabel> ?l }} }} INSERT {{ GRAPH ?g {{ ?s <{_SKOS}altLabel> ?l }} }}
    WHERE {{ GRAPH ?g {{ ?s <{_SKOS}prefLabel> ?l }} GRAPH ?h {{ ?s <{_SKOS}prefLabel> ?o }}
             FILTER(STRLEN(?o) > STRLEN(?l) || (STRLEN(?o) = STRLEN(?l) && STR(?o) < STR(?l))) }}""",
    # one date per node: the most precise (then the first) stays
    f"""DELETE {{ GRAPH ?g {{ ?s <{_RG}date> ?d }} }}
    WHERE {{ GRAPH ?g {{ ?s <{_RG}date> ?d }} GRAPH ?h {{ ?s <{_RG}date> ?o }}
             FILTER(STRLEN(STR(?o)) > STRLEN(STR(?d)) || (STRLEN(STR(?o)) = STRLEN(STR(?d)) && STR(?o) < STR(?d))) }}""",
]
_OFFSETS = {"http://www.w3.org/ns/oa#start", "http://www.w3.org/ns/oa#end"}


def _write_streamed(built: Built, outdir: Path, title: str) -> None:
    """The outputs of a large corpus, streamed from the store: memory stays flat."""
    import tempfile

    import pyoxigraph

    from rightsgraph.exports.html import to_html
    from rightsgraph.graph.triples import PREFIXES

    store = built.store
    for update in _UNIFY:
        store.update(update)
    non_negative = pyoxigraph.NamedNode("http://www.w3.org/2001/XMLSchema#nonNegativeInteger")

    def union():
        for solution in store.query("SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"):
            obj = solution["o"]
            if solution["p"].value in _OFFSETS:
                # the store stores xsd:nonNegativeInteger as xsd:integer; the offsets are declared the former
                obj = pyoxigraph.Literal(obj.value, datatype=non_negative)
            yield pyoxigraph.Triple(solution["s"], solution["p"], obj)

    prefixes = {prefix: str(namespace) for prefix, namespace in PREFIXES.items() if prefix != "rgid"}
    temporary = {}
    try:
        for name in ("graph.nq", "graph.ttl", "graph.html"):
            handle, path = tempfile.mkstemp(dir=outdir, prefix=f".{name}.", suffix=".tmp")
            os.close(handle)
            temporary[name] = Path(path)
        with temporary["graph.nq"].open("w", encoding="utf-8") as stream:
            for path in built.files:
                stream.write(path.read_text(encoding="utf-8"))
        pyoxigraph.serialize(union(), output=str(temporary["graph.ttl"]), format=pyoxigraph.RdfFormat.TURTLE, prefixes=prefixes)
        things, shown, total = _things_graph(store)
        note = f"Showing the {shown:,} most connected of {total:,} things; export GraphML or CSV for all of them." if total > shown else ""
        temporary["graph.html"].write_text(to_html(things, title, note=note), encoding="utf-8")
        for name, path in temporary.items():
            os.chmod(path, 0o644)
            os.replace(path, outdir / name)
    finally:
        for path in temporary.values():
            path.unlink(missing_ok=True)


#: The page of a large corpus shows this many of its most connected things, so building
#: it takes the same memory whatever the size of the corpus.
PAGE_NODES = 5_000


def _things_graph(store, limit: int | None = None):
    """For the page of a large corpus: the most connected things, their names, dates and the
    relations among them; and how many things there are in all."""
    import pyoxigraph

    from rightsgraph.graph.store import to_rdflib
    from rightsgraph.graph.triples import new_graph

    degrees = f"""SELECT ?n (COUNT(*) AS ?d) WHERE {{ GRAPH ?g {{
        {{ ?n ?p ?o }} UNION {{ ?o ?p ?n }}
        FILTER(STRSTARTS(STR(?p), "{_RG}") && ?p NOT IN (<{_RG}inSentence>, <{_RG}namesViolation>) && isIRI(?o) && isIRI(?n))
        FILTER NOT EXISTS {{ ?n a <{_RG}Article> }}
      }} }} GROUP BY ?n ORDER BY DESC(?d) STR(?n)"""
    ranked = [solution["n"] for solution in store.query(degrees)]
    chosen = ranked[: limit or PAGE_NODES]
    wanted = {node.value for node in chosen}
    values = " ".join(f"<{node.value}>" for node in chosen)
    query = f"""SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?s {{ {values} }} GRAPH ?g {{ ?s ?p ?o }}
      FILTER(?p IN (<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>, <{_SKOS}prefLabel>, <{_SKOS}altLabel>,
                    <http://www.w3.org/2002/07/owl#sameAs>, <http://www.w3.org/ns/org#subOrganizationOf>)
             || STRSTARTS(STR(?p), "{_RG}"))
      FILTER(?p NOT IN (<{_RG}quote>, <{_RG}title>, <{_RG}inSentence>))
    }}"""
    graph = new_graph()
    for solution in store.query(query) if chosen else []:
        obj = solution["o"]
        if isinstance(obj, pyoxigraph.NamedNode) and obj.value not in wanted and solution["p"].value.startswith(_RG) \
                and not obj.value.startswith("https://w3id.org/rightsgraph/violation/"):
            continue  # a relation to something not shown
        graph.add((to_rdflib(solution["s"]), to_rdflib(solution["p"]), to_rdflib(obj)))
    return graph, len(chosen), len(ranked)
