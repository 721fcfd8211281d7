"""The ``rightsgraph`` command: a thin click layer over the library.

Library errors become one clear line on stderr and a non-zero exit here, and only here.
Heavy libraries (spaCy, pyvis, pySHACL) are imported inside the commands that need them.
"""

from __future__ import annotations

import contextlib
import logging
import math
import sys
import traceback
from pathlib import Path

import click

from rightsgraph.cli_options import checked_date, privacy_options, progress_bar, provenance_options
from rightsgraph.errors import EXIT_BUG, EXIT_INPUT, EXIT_PROBLEMS, NotConformant, RightsGraphError
from rightsgraph.terminal import printable


class UsageError(click.ClickException):
    exit_code = EXIT_INPUT


class _Failed(click.ClickException):
    """A RightsGraphError, as click prints it: one line, the error's exit code."""

    def __init__(self, error: RightsGraphError) -> None:
        super().__init__(printable(str(error)))
        self.exit_code = error.exit_code


class _Bug(click.ClickException):
    exit_code = EXIT_BUG


class _Amount(click.ParamType):
    """A finite number above 0 (``float`` alone would take nan, inf and -1)."""

    def __init__(self, unit: str) -> None:
        self.name = unit

    def convert(self, value, param, ctx) -> float:
        try:
            number = float(value)
        except (TypeError, ValueError):
            number = math.nan
        if not math.isfinite(number) or number <= 0:
            self.fail(f"{value!r} is not a number of {self.name} above 0", param, ctx)
        return number


def _article_options(function):
    function = click.option("--max-size", default=20.0, show_default=True, type=_Amount("MB"),
                            help="Refuse article files larger than this many MB.")(function)
    function = click.option("--publisher", help="Publisher of the article(s), e.g. 'UN News'.")(function)
    function = click.option("--date", "date", callback=checked_date,
                            help="Publication date (YYYY-MM-DD); anchors 'on Tuesday', 'last month'.")(function)
    function = click.option("--url", help="URL of the article (overrides a Source:/Based on: line).")(function)
    return function


class _TimedOut(Exception):
    """The command ran past its --timeout."""


def _time_limited(function):
    """A ``--timeout SECONDS`` for a command that reads graphs of any size: past it the command
    stops with one line and exit 2, and the file it writes is left as it was (every output is
    written to a temporary file first)."""
    import functools
    import signal

    @functools.wraps(function)
    def run(*args, timeout: float, **kwargs):
        def stop(_signum, _frame):
            raise _TimedOut()

        previous = signal.signal(signal.SIGALRM, stop)
        signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            return function(*args, **kwargs)
        except _TimedOut:
            raise UsageError(f"stopped after {timeout:g} s (--timeout); nothing was written") from None
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)

    return click.option("--timeout", default=600.0, show_default=True, type=_Amount("seconds"),
                        help="Stop after this many seconds.")(run)


class _Group(click.Group):
    """Every failure is one line on stderr; a traceback only with --debug.

    A RightsGraphError exits with its own code (2 for input, 1 for problems found). Usage
    errors are one line too (click's own would add the usage and a hint), exit 2; an error
    naming a file the system refused is exit 2; anything else unexpected is a bug, exit 3.
    """

    def make_context(self, info_name, args, parent=None, **extra) -> click.Context:
        try:
            return super().make_context(info_name, args, parent, **extra)
        except click.exceptions.NoArgsIsHelpError:
            raise
        except click.UsageError as error:
            raise UsageError(_usage_line(error)) from None

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except click.exceptions.NoArgsIsHelpError:
            raise
        except click.UsageError as error:
            raise UsageError(_usage_line(error)) from None
        except click.ClickException as error:
            error.message = printable(error.message)
            raise
        except (click.exceptions.Exit, click.exceptions.Abort, SystemExit):
            raise
        except RightsGraphError as error:
            if not str(error):  # the command printed what went wrong (a validation report)
                raise click.exceptions.Exit(error.exit_code) from None
            raise _Failed(error) from None
        except KeyboardInterrupt:
            raise click.ClickException("interrupted; nothing half-written was left behind") from None
        except Exception as error:  # the CLI boundary: report, do not crash
            debug = ctx.meta.get("rightsgraph.debug")
            if debug:  # and still exit 3: a script must not read a crash as "does not conform"
                click.echo(traceback.format_exc(), err=True, nl=False)
            if isinstance(error, OSError) and error.filename is not None:
                raise UsageError(printable(f"{error.filename}: {error.strerror or error}")) from None
            message = str(error).strip().splitlines()[0] if str(error).strip() else ""
            hint = "report the traceback above" if debug else "run with --debug for the traceback"
            raise _Bug(printable(f"unexpected error: {type(error).__name__}: {message} "
                                 f"(a bug in rightsgraph; {hint})")) from None


def _usage_line(error: click.UsageError) -> str:
    hint = f" (see '{error.ctx.command_path} --help')" if error.ctx is not None else ""
    return printable(" ".join(error.format_message().split()) + hint)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="rightsgraph")
@click.option("--debug", is_flag=True, help="Show the full traceback when something fails.")
@click.option("--verbose", is_flag=True, help="Show the libraries' log messages and warnings on stderr.")
@click.pass_context
def cli(ctx: click.Context, debug: bool, verbose: bool) -> None:
    """Turn articles about UN human-rights work into a cited, validated RDF graph.

    Exit codes: 0 done; 1 ran but found problems (a graph that does not conform, files that
    failed in a batch, a push that sent nothing or did not finish); 2 usage or input errors;
    3 a bug in rightsgraph (run again with --debug and report the traceback).
    """
    ctx.meta["rightsgraph.debug"] = debug
    ctx.with_resource(_library_messages(verbose))


@contextlib.contextmanager
def _library_messages(verbose: bool):
    """Libraries' log records and warnings go to logging: on stderr only with --verbose.

    Without a handler of its own, logging would print a library's warnings on stderr anyway
    (its last-resort handler), between rightsgraph's lines.
    """
    root = logging.getLogger()
    level = root.level
    handler: logging.Handler = logging.NullHandler()
    if verbose:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.setLevel(logging.INFO)
    root.addHandler(handler)
    logging.captureWarnings(True)
    try:
        yield
    finally:
        logging.captureWarnings(False)
        root.removeHandler(handler)
        root.setLevel(level)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", "outdir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write graph.ttl, graph.nq and graph.html into (its cache lives there too).")
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(1, 64), help="Processes to run the model in.")
@click.option("--progress/--no-progress", default=None, help="A progress bar; by default only on a terminal.")
@_article_options
@provenance_options
@privacy_options
def build(inputs: tuple[Path, ...], outdir: Path, url: str | None, date: str | None, publisher: str | None,
          max_size: float, jobs: int, progress: bool | None, **options) -> None:
    """Build the graph of INPUT articles (files, or folders of them).

    Articles are plain text (.txt), HTML pages (main text only), Markdown or PDF. Writes
    OUTDIR/graph.ttl (Turtle), OUTDIR/graph.nq (N-Quads, one named graph per article) and
    OUTDIR/graph.html (an interactive view that opens with no network). In a text file the
    first line is the title; a 'Source:' or 'Based on:' line gives its URL. A rebuild only
    processes new or changed files; removed ones drop out.
    """
    from rightsgraph.building import NothingBuilt, article_paths
    from rightsgraph.building import build as build_articles

    paths = article_paths(inputs, outdir)
    try:
        with progress_bar(len(paths), sys.stderr.isatty() if progress is None else progress) as advance:
            result = build_articles(paths, outdir, url=url, date=date, publisher=publisher, max_size=max_size,
                                    jobs=jobs, progress=advance, **options)
    except NothingBuilt as error:
        _warn(error.summary.notes)
        raise
    except OSError as error:
        raise UsageError(f"{outdir}: cannot write the outputs ({error.strerror or error})") from None
    summary, written = result.summary, result.written
    _warn(summary.notes)
    for failure in summary.failures:
        _say(f"skipped: {failure}")
    _say(f"{summary.articles} article(s): {summary.built} built, {summary.cached} from cache, {len(summary.failures)} failed; "
         f"{written.triples} triples, {written.entities} entities → {outdir / 'graph.ttl'}, {outdir / 'graph.html'}")
    if summary.failures:
        sys.exit(EXIT_PROBLEMS)


def _warn(notes) -> None:
    for note in notes:
        _say(f"warning: {note}")


def _say(text: str, *, lines: bool = False, err: bool = True) -> None:
    """Print a line that may hold text from a document or a server, escaped for the terminal."""
    click.echo(printable(text, lines=lines), err=err)


@cli.command()
@click.argument("graphs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--quiet", "-q", is_flag=True, help="Print nothing; the exit code says it all.")
@_time_limited
def validate(graphs: tuple[Path, ...], quiet: bool) -> None:
    """Check GRAPH files against the rightsgraph SHACL shapes.

    Exit code 0: conforms; 1: does not conform (the report says why); 2: error.
    """
    from rightsgraph.graph.store import graph_from_files
    from rightsgraph.graph.validation import validate as validate_graph

    failed = False
    for path in graphs:
        graph = graph_from_files([path])
        result = validate_graph(graph)
        if not result.conforms:
            failed = True
        if not quiet:
            _say(f"{path}: {'conforms' if result.conforms else 'does not conform'}", err=False)
            if not result.conforms:
                _say(result.text, lines=True, err=False)
    if failed:
        raise NotConformant()


@cli.command()
@click.argument("article", required=False, type=click.Path(path_type=Path))
@click.option("--gold", type=click.Path(path_type=Path), help="Gold annotation (JSON) for ARTICLE or --graph.")
@click.option("--graph", "graph_file", type=click.Path(path_type=Path), help="Score this built graph of one article.")
@click.option("--gold-dir", type=click.Path(file_okay=False, path_type=Path), help="Folder of gold files, one per article.")
@click.option("--articles", "articles_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder holding the articles the gold files name.")
@click.option("--misses", is_flag=True, help="List what was missed and what is spurious.")
@_article_options
def evaluate(article: Path | None, gold: Path | None, graph_file: Path | None, gold_dir: Path | None,
             articles_dir: Path | None, misses: bool, url: str | None, date: str | None, publisher: str | None,
             max_size: float) -> None:
    """Build graphs and score them against gold annotations.

    Either ARTICLE with --gold GOLD.json, --graph GRAPH.ttl with --gold (a graph already
    built, scored as its article is), or --gold-dir DIR with --articles DIR. Prints recall and
    precision for entities, reports, violation types, relations and events, and their
    micro-averaged totals.
    """
    from rightsgraph.evaluation import evaluate_articles, evaluate_graphs
    from rightsgraph.scores import format_table
    from rightsgraph.gold import gold_pairs

    options = {"url": url, "date": date, "publisher": publisher, "max_size": max_size}
    if graph_file and gold and not article:
        scores, total = evaluate_graphs([(graph_file, gold)])
    elif graph_file:
        raise UsageError("give --graph with --gold, and no ARTICLE")
    elif article and gold:
        scores, total = evaluate_articles([(article, gold)], **options)
    elif gold_dir and articles_dir:
        scores, total = evaluate_articles(gold_pairs(gold_dir, articles_dir), **options)
    else:
        raise UsageError("give ARTICLE with --gold, --graph with --gold, or --gold-dir with --articles")
    click.echo(format_table(scores, total if len(scores) > 1 else None))
    if misses:
        click.echo("")
        for miss in total.misses if len(scores) > 1 else scores[0].misses:
            _say(f"  {miss}", err=False)


@cli.command()
@click.argument("graphs", nargs=-1, type=click.Path(path_type=Path))
@click.option("-e", "--execute", "text", help="The SPARQL query, given on the command line.")
@click.option("--named", help="One of the named queries (see --list).")
@click.option("--file", "query_file", type=click.Path(path_type=Path), help="A .rq file holding the query.")
@click.option("--format", "output_format", type=click.Choice(["table", "csv", "tsv", "json", "xml"]), default="table",
              show_default=True, help="table for a terminal; the W3C SPARQL results formats for scripts.")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries, a line each.")
@click.option("--db", type=click.Path(file_okay=False, path_type=Path), help="Keep an on-disk store here between runs.")
@click.option("--timeout", default=60.0, show_default=True, type=click.FloatRange(0, min_open=True),
              help="Seconds the query may run before it is stopped.")
@click.option("--allow-service", is_flag=True, help="Let SERVICE patterns send requests to other endpoints.")
def query(graphs, text, named, query_file, output_format, list_queries, db, timeout, allow_service) -> None:
    """Run SPARQL 1.1 over GRAPH files (any RDF syntax), or a QUERY.rq given last.

    rightsgraph query out/graph.ttl --named reports
    rightsgraph query out/graph.ttl corpus.trig questions.rq --format csv
    """
    from functools import partial

    from rightsgraph.graph.query import named_queries, named_query, query_from_path, query_in_child
    from rightsgraph.graph.store import load_store

    if list_queries:
        for name, item in named_queries().items():
            click.echo(f"{name:12} {item.description}")
        return
    graphs = list(graphs)
    if query_file is None and graphs and graphs[-1].suffix == ".rq":
        query_file = graphs.pop()
    given = [value for value in (text, named, query_file) if value]
    if len(given) != 1:
        raise UsageError("give one query: QUERY.rq, -e 'SPARQL' or --named NAME (see --list)")
    if named:
        text = named_query(named).text
    elif query_file:
        text = query_from_path(query_file)
    if not graphs and db is None:
        raise UsageError("give at least one GRAPH file (or --db with a store built before)")
    store = load_store(graphs, db=db)
    render = partial(_rendered, output_format=output_format)
    sys.stdout.buffer.write(query_in_child(store, text, render, timeout, allow_service=allow_service))


def _rendered(results, output_format: str) -> bytes:
    """The results as bytes for stdout; the terminal's table with the documents' control and
    bidi characters escaped."""
    from rightsgraph.graph.query import results_table, serialize_results

    if output_format == "table":
        return (printable(results_table(results), lines=True) + "\n").encode("utf-8")
    return serialize_results(results, output_format)


@cli.command()
@click.argument("graphs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The merged graph: .trig or .nq keep one named graph per source; .ttl, .nt or .jsonld flatten.")
@_time_limited
def merge(graphs, output: Path) -> None:
    """Merge GRAPH files (any RDF syntax) into one, joining the same entities.

    The same actor is one node (deterministic IRIs), and nodes that sources name differently
    are joined by owl:sameAs when they share a Wikidata id or a name. Conflicts (one report
    with two dates, one IRI typed as a person and an organisation) are reported on stderr.
    """
    from rightsgraph.exports.formats import merged_text
    from rightsgraph.graph.merge import merge_files

    result = merge_files(graphs)
    text = merged_text(result.dataset, output)
    _write_atomically(output, text)
    for first, second in result.joined:
        _say(f"joined: {first} = {second}")
    for conflict in result.conflicts:
        _say(f"conflict: {conflict}")
    _say(f"{len(graphs)} file(s) merged → {output} ({len(result.joined)} joined, {len(result.conflicts)} conflicts)")


@cli.command()
@click.argument("graphs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "output_format", required=True,
              type=click.Choice(["ttl", "nt", "jsonld", "trig", "graphml", "csv", "html"]), help="What to write.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The file to write (csv writes NAME-nodes.csv and NAME-edges.csv).")
@privacy_options
@_time_limited
def export(graphs, output_format: str, output: Path, pseudonymise: bool, salt: str | None) -> None:
    """Export GRAPH files as Turtle, N-Triples, JSON-LD, TriG, GraphML, CSV tables or HTML.

    JSON-LD embeds its @context, so it parses offline; TriG has one named graph per source
    article; GraphML opens in Gephi; CSV is a node table and an edge table.
    """
    from rightsgraph.exports.formats import export as export_graph
    from rightsgraph.graph.store import graph_from_files

    graph = graph_from_files(graphs)
    if pseudonymise:
        from rightsgraph.corpus import CACHE_FOLDER
        from rightsgraph.graph.privacy import pseudonymise_graph, salt_for

        graph = pseudonymise_graph(graph, salt_for(salt, output.parent / CACHE_FOLDER))
    for path in export_graph(graph, output_format, output, _write_atomically):
        _say(f"wrote {path}")


@cli.command()
@click.argument("graphs", nargs=-1, type=click.Path(path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind; 0.0.0.0 opens it to the network.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on; 0 picks a free one.")
@click.option("--timeout", default=10.0, show_default=True, type=_Amount("seconds"), help="Seconds a query may run.")
@click.option("--max-body", default=100_000, show_default=True, type=click.IntRange(min=1), help="Largest request accepted, in bytes.")
@click.option("--db", type=click.Path(file_okay=False, path_type=Path), help="Serve an on-disk store (and add GRAPHS to it).")
@click.option("--max-memory", default=1000, show_default=True, type=click.IntRange(1),
              help="MB of memory one query may use before it is stopped.")
@click.option("--workers", default=16, show_default=True, type=click.IntRange(1, 256), help="Requests handled at once.")
@click.option("--cors", is_flag=True, help="Let scripts on any web page read the answers (Access-Control-Allow-Origin: *).")
def serve(graphs, host: str, port: int, timeout: float, max_body: int, db, max_memory: int, workers: int, cors: bool) -> None:
    """Serve GRAPH files as a read-only SPARQL 1.1 Protocol endpoint at /query.

    Works with YASGUI, SPARQLWrapper and curl. Updates are refused, SERVICE is refused, each
    query has a time and memory limit, a slow client holds no one else, and it listens on
    127.0.0.1 unless told otherwise (give --cors for a web page on another origin).
    """
    from rightsgraph.graph.store import load_store
    from rightsgraph.server import make_server

    store = load_store(graphs, db=db)
    try:
        server = make_server(store, host, port, timeout, max_body, workers=workers, memory=max_memory * 1_000_000, cors=cors)
    except OSError as error:
        raise UsageError(f"cannot listen on {host}:{port} ({error.strerror or error})") from None
    click.echo(f"SPARQL endpoint: http://{host}:{server.server_port}/query ({len(store)} triples; Ctrl-C stops)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@cli.command()
@click.argument("graphs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--store", "store_url", required=True, help="Graph Store Protocol URL, e.g. http://localhost:7878/store.")
@click.option("--graph", "graph_iri", help="Put everything into this one named graph instead of one per source.")
@click.option("--batch", default=50_000, show_default=True, type=click.IntRange(min=1), help="Triples per request.")
@click.option("--retries", default=3, show_default=True, type=click.IntRange(0, 20),
              help="Tries after the first when the store errs or does not answer (0: try once).")
@click.option("--user", help="user:password for HTTP basic authentication (or write them into the --store URL).")
def push(graphs, store_url: str, graph_iri: str | None, batch: int, retries: int, user: str | None) -> None:
    """Upload GRAPH files to a SPARQL 1.1 Graph Store HTTP Protocol endpoint.

    One named graph per source article (or --graph IRI), replaced on each push, in batches,
    with retries. Works with Oxigraph, Fuseki, GraphDB, Virtuoso and Neptune. Exit 1 when
    nothing was sent or a request failed for good (the line says which, and what was sent).
    """
    from rdflib import URIRef

    from rightsgraph.graph.store import graph_from_files
    from rightsgraph.push import StoreAddressError, push_graphs, store_from_url

    try:
        store = store_from_url(store_url, user)
    except StoreAddressError as error:
        raise UsageError(f"--store {error}") from None
    graph = graph_from_files(graphs)
    for result in push_graphs(graph, store, URIRef(graph_iri) if graph_iri else None, batch_size=batch, retries=retries):
        _say(f"{result.triples} triples → <{result.graph}> ({result.requests} request(s))")


def _write_atomically(path: Path, text: str) -> None:
    from rightsgraph.files import write_atomically

    try:
        write_atomically(path, text)
    except OSError as error:
        raise UsageError(f"{path}: cannot write ({error.strerror or error})") from None


if __name__ == "__main__":  # pragma: no cover
    cli()
