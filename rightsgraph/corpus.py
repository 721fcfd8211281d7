"""Build a corpus: many articles, in batches and processes, each article's graph cached.

Each article's graph is cached as sorted N-Triples naming its graph, under a key made of the
file's bytes, the build options and the pipeline version (a hash of the package's code and
data), so a rebuild of a grown corpus processes only new or changed files, and files that
are gone drop out. `corpus_outputs` streams the outputs from these files.

With pseudonyms (``graph.privacy``) the key holds the salt's hash, beside each graph is a
``.persons`` file (whom it made public, the pseudonyms it made), and the salt drawn for a
build without one given is kept in the cache folder as ``salt``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from rightsgraph.builders.article import ArticleError
from rightsgraph.errors import RightsGraphError
from rightsgraph.files import write_atomically
from rightsgraph.graph.provenance import BuildInfo

#: The folder, inside the output folder, that holds the per-article graphs.
CACHE_FOLDER = ".rightsgraph-cache"

#: What a build writes into its output folder; never read back as an article.
OUTPUT_NAMES = ("graph.nq", "graph.ttl", "graph.html")


@dataclass
class BuildSummary:
    articles: int = 0
    built: int = 0
    cached: int = 0
    failures: list[str] = field(default_factory=list)
    #: what the readers decided and the user should know (an encoding that was not UTF-8)
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ArticleOptions:
    url: str | None = None
    date: str | None = None
    publisher: str | None = None
    max_bytes: int = 20_000_000
    build: BuildInfo | None = None  # the licence and time the build's provenance gives (graph.provenance)
    #: with a salt, private persons are written under pseudonyms made with it (graph.privacy); never shown
    salt: bytes | None = field(default=None, repr=False)


def pipeline_version() -> str:
    """A hash of everything that decides the output: code, data, ontology."""
    digest = hashlib.sha256()
    for package in ("rightsgraph", "rightsgraph.builders", "rightsgraph.graph", "rightsgraph.ontology"):
        root = resources.files(package)
        for entry in sorted(root.iterdir(), key=lambda item: item.name):
            if entry.name.endswith((".py", ".ttl", ".json")) and entry.is_file():
                digest.update(entry.name.encode())
                digest.update(entry.read_bytes())
        _hash_folder(digest, root.joinpath("data"))
    return digest.hexdigest()[:16]


def _hash_folder(digest, folder) -> None:
    """Every file under the folder (the data files, the entity recogniser's weights), by name."""
    if not folder.is_dir():
        return
    for entry in sorted(folder.iterdir(), key=lambda item: item.name):
        digest.update(entry.name.encode())
        if entry.is_dir():
            _hash_folder(digest, entry)
        else:
            digest.update(entry.read_bytes())


class Cache:
    """Per-article graphs (``union.article_file``), keyed by content, options and pipeline version."""

    def __init__(self, folder: Path, options: ArticleOptions):
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        build = options.build
        # the pseudonyms' salt only as a hash: a cache file's name must not give it away
        pseudonyms = hashlib.sha256(options.salt).hexdigest() if options.salt is not None else None
        self.salt = json.dumps([pipeline_version(), options.url, options.date, options.publisher,
                                build.license if build else None, build.time if build else None, pseudonyms]).encode()

    def key(self, path: Path, max_bytes: int) -> str:
        """The file's key; its bytes are read as the reader would (a FIFO or a file over the
        size limit is refused here, before anything waits on it or holds it in memory)."""
        from rightsgraph.builders.article import read_bytes

        digest = hashlib.sha256(self.salt)
        digest.update(read_bytes(path, max_bytes))
        return digest.hexdigest()[:32]

    def path(self, key: str) -> Path:
        return self.folder / f"{key}.nt"

    def persons_path(self, key: str) -> Path:
        """The file saying whom the article's graph made public and which pseudonyms it made
        (``privacy.persons_record``), beside its graph in a pseudonymised build."""
        return self.folder / f"{key}.persons"

    @staticmethod
    def variant(key: str, also_public: tuple[str, ...]) -> str:
        """The key of the article's graph with these persons, public in other articles, public in it too."""
        return hashlib.sha256("\n".join((key, *also_public)).encode()).hexdigest()[:32]

    def keep_only(self, keys: set[str]) -> None:
        for entry in (*self.folder.glob("*.n[qt]"), *self.folder.glob("*.persons")):  # .nq: files of earlier versions
            if entry.stem not in keys:
                entry.unlink()


@dataclass
class Built:
    """A built corpus: its per-article graph files, in a stable order (cache key order)."""

    files: list[Path]
    cache: Path


class BuildFolderBusy(RightsGraphError, RuntimeError):
    """Another build holds the output folder."""


#: The lock file a build holds in its output folder.
LOCK_NAME = ".rightsgraph.lock"


@contextmanager
def build_folder(outdir: Path) -> Iterator[None]:
    """Hold the output folder for one build, and clear what interrupted builds left in it.

    A second build into the folder is refused instead of racing this one. The lock is
    flock's, which goes with the process, so even a build killed with SIGKILL leaves no
    stale lock; the temporary files such a build leaves are removed here, once the lock
    says no other build is writing them.
    """
    outdir.mkdir(parents=True, exist_ok=True)
    with (outdir / LOCK_NAME).open("a") as handle:
        try:
            import fcntl
        except ImportError:  # no flock (Windows): builds are not kept apart
            fcntl = None
        if fcntl is not None:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise BuildFolderBusy(f"{outdir}: another build is writing into this folder; "
                                      "wait for it to finish, or build into another -o") from None
        remove_leftovers(outdir)
        yield


def remove_leftovers(outdir: Path) -> None:
    """The temporary files and folders of interrupted builds (only names builds make)."""
    import shutil

    for name in (*OUTPUT_NAMES, "union.nt", "things.nt"):
        for entry in outdir.glob(f".{name}.*.tmp"):
            entry.unlink(missing_ok=True)
    for entry in outdir.glob(".rightsgraph-merge-*"):
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
    for entry in (outdir / CACHE_FOLDER).glob("*.tmp"):
        entry.unlink(missing_ok=True)


def is_output_of(path: Path, outdir: Path) -> bool:
    """Whether the file is one a build into ``outdir`` writes (its outputs, its cache)."""
    try:
        path, outdir = path.resolve(), outdir.resolve()
    except (OSError, RuntimeError):  # a symlink loop is no output of ours; reading it says what it is
        return False
    if path.parent == outdir and path.name in OUTPUT_NAMES:
        return True
    return path.is_relative_to(outdir / CACHE_FOLDER)


def build_corpus(paths: list[Path], outdir: Path, options: ArticleOptions, jobs: int = 1,
                 progress: Callable[[int], None] | None = None, batch_size: int | None = None) -> tuple[BuildSummary, Built]:
    """Build every article's graph (or take it from the cache) as a file.

    ``batch_size`` articles are read, extracted and written as one batch, the model going
    over them 32 at a time (its fastest, 11.2 ms an article against 11.7 at 16 and more at
    64 or 128): by default 128 in one process (over 400 articles 20.1 ms an article against
    20.6 with batches of 32, median of 4 runs) and 16 with workers, so that a small corpus
    still spreads over them.
    """
    batch_size = batch_size or (128 if jobs <= 1 else 16)
    summary = BuildSummary(articles=len(paths))
    cache = Cache(outdir / CACHE_FOLDER, options)
    keys: dict[Path, str] = {}
    for path in paths:
        if is_output_of(path, outdir):
            summary.failures.append(f"{path}: is an output of this build folder, not an article")
            continue
        try:
            keys[path] = cache.key(path, options.max_bytes)
        except ArticleError as error:
            summary.failures.append(str(error))
    todo = [path for path, key in keys.items() if not cache.path(key).exists()]
    summary.cached = len(keys) - len(todo)
    if progress and summary.cached:
        progress(summary.cached)
    try:
        for path, failure, notes in _process([(path, cache.path(keys[path]), ()) for path in todo], options, jobs, batch_size):
            summary.notes += notes
            if failure is not None:
                summary.failures.append(failure)
                keys.pop(path, None)
            else:
                summary.built += 1
            if progress:
                progress(1)
    except BaseException:  # Ctrl-C: a worker stopped mid-write leaves its temporary file
        for entry in cache.folder.glob("*.tmp"):
            entry.unlink(missing_ok=True)
        raise
    kept = set(keys.values())
    if options.salt is not None:
        keys = _public_elsewhere(keys, cache, options, jobs, batch_size, summary)
    cache.keep_only(kept | set(keys.values()))
    return summary, Built([cache.path(key) for key in sorted(set(keys.values()))], cache.folder)


def _public_elsewhere(keys: dict[Path, str], cache: Cache, options: ArticleOptions, jobs: int, batch_size: int,
                      summary: BuildSummary) -> dict[Path, str]:
    """With pseudonyms, a person one article makes public (a post, an organisation) is public
    in every article of the corpus: an article that made a pseudonym of such a person is
    built again with them public, its graph under a key of its own (``Cache.variant``). Each
    article's persons file says whom it made public and which pseudonyms it made, so that
    articles taken from the cache need not be read again."""
    import json

    from rightsgraph.graph.privacy import pseudonym_code

    records = {path: json.loads(cache.persons_path(key).read_text(encoding="utf-8")) for path, key in keys.items()}
    public = {person for record in records.values() for person in record["public"]}
    codes = {pseudonym_code(person, options.salt): person for person in public}
    chosen, again = dict(keys), []
    for path, key in keys.items():
        also = tuple(sorted(codes[code] for code in records[path]["private"] if code in codes))
        if also:
            chosen[path] = cache.variant(key, also)
            if not cache.path(chosen[path]).exists():
                again.append((path, cache.path(chosen[path]), also))
    for path, failure, _notes in _process(again, options, jobs, batch_size):
        if failure is not None:  # read once already: only a file changed meanwhile fails here
            summary.failures.append(failure)
            chosen.pop(path)
    return chosen


def _process(work: list[tuple[Path, Path, tuple[str, ...]]], options: ArticleOptions, jobs: int,
             batch_size: int) -> Iterable[tuple[Path, str | None, list[str]]]:
    """Build each (article, cache file, persons also public) graph file; yield each article with None, or
    with the line saying why it failed, and the reader's notes on it, in order. The graphs are written where they are
    built: workers send back only those lines.

    With one job the model runs here, batch after batch: a worker process would only add
    the cost of sending every graph back (about 0.6 ms an article). With more, it runs in
    ``jobs`` worker processes.
    """
    batches = [work[i : i + batch_size] for i in range(0, len(work), batch_size)]
    if not batches:
        return
    if jobs <= 1 or len(batches) <= 1:
        for batch in batches:
            for (path, *_rest), (failure, notes) in zip(batch, _build_batch(batch, options)):
                yield path, failure, notes
        return
    import multiprocessing
    from functools import partial

    _import_shared_modules()
    pool = multiprocessing.get_context("fork").Pool(jobs, initializer=_start_worker)
    try:
        for batch, results in zip(batches, pool.imap(partial(_build_batch, options=options), batches)):
            for (path, *_rest), (failure, notes) in zip(batch, results):
                yield path, failure, notes
    except BaseException:
        pool.terminate()  # Ctrl-C or a failure: stop the workers now, mid-batch
        raise
    else:
        pool.close()
    finally:
        pool.join()


def _import_shared_modules() -> None:
    """Import, before forking, what the workers and this process both use (numpy, rdflib,
    jinja2, the builders and graph modules): the workers start with them, instead of each
    importing them again (about 0.15 s a worker)."""
    import importlib

    for name in ("jinja2", "numpy", "rightsgraph.builders", "rightsgraph.graph.triples", "rightsgraph.graph.store",
                 "rightsgraph.graph.union"):
        importlib.import_module(name)


def _start_worker() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle, without tracebacks here
    try:
        _load_model()
    except Exception:  # raised again by the first batch, where the pool hands it back; here the pool would respawn us
        return


def _load_model() -> None:
    from rightsgraph.builders.nlp import load_nlp

    load_nlp()


def _build_batch(work: list[tuple[Path, Path, tuple[str, ...]]],
                 options: ArticleOptions) -> list[tuple[str | None, list[str]]]:
    """Read, extract (the model over the batch 32 articles at a time) and write each
    article's graph file; for each article None if written, or the line saying why it
    failed, with the reader's notes on it."""
    from rightsgraph.builders import CHUNK_CHARS, ArticleError, article_from_path, extract_many, extract_pieces, is_long
    from rightsgraph.builders.model_ahead import ModelProcessError
    from rightsgraph.graph.privacy import persons_record, pseudonymise
    from rightsgraph.graph.union import article_file_of, write_document_file

    articles, failures, notes, long = [], [], [], []
    for number, (path, *_rest) in enumerate(work):
        notes.append([])
        try:
            article = article_from_path(path, url=options.url, date=options.date, publisher=options.publisher,
                                        max_bytes=options.max_bytes, notes=notes[-1])
            failures.append(None)
        except ArticleError as error:
            failures.append(str(error))
            continue
        except MemoryError:
            failures.append(_out_of_memory(path))
            continue
        if len(article.text) > CHUNK_CHARS and options.salt is not None:
            # streamed, its pieces would each rewrite the text they share: refused rather than half protected
            failures[-1] = f"{path}: too long to pseudonymise (over {CHUNK_CHARS:,} characters); build it without --pseudonymise"
            continue
        # a long document streams through the model and the builders piece by piece (one to
        # pseudonymise is read whole)
        (long if is_long(article) and options.salt is None else articles).append((number, article))
    extractions = iter(extract_many([article for _number, article in articles]))
    for number, _article in articles:
        _path, target, also_public = work[number]
        extraction = next(extractions)
        if options.salt is not None:  # before any IRI is minted, so that none is made from a name
            if not also_public:  # written first: a graph in the cache always has its persons file
                write_atomically(target.with_suffix(".persons"), persons_record(extraction, options.salt))
            extraction = pseudonymise(extraction, options.salt, also_public)
        # two workers may build articles with the same bytes, so the same cache file, at once
        write_atomically(target, article_file_of(extraction, options.build))
    for number, article in long:
        path, target, _also_public = work[number]
        try:
            write_document_file(extract_pieces(article), target, options.build, workdir=target.parent.parent)
        except MemoryError:
            failures[number] = _out_of_memory(path)
        except ModelProcessError as error:  # killed, as the system does when memory runs out
            failures[number] = f"{path}: {error}; build it with more memory, or in smaller files"
    return list(zip(failures, notes))


def _out_of_memory(path: Path) -> str:
    return f"{path}: out of memory while building it; build it with more memory, or in smaller files"
