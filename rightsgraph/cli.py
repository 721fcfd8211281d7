"""The ``rightsgraph`` command: a thin click layer over the library.

Library errors become one clear line on stderr and a non-zero exit here, and only here.
Heavy libraries (spaCy, pyvis, pySHACL) are imported inside the commands that need them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import click

from rightsgraph.builders.article import ARTICLE_SUFFIXES

EXIT_PROBLEMS = 1
EXIT_ERROR = 2


class UsageError(click.ClickException):
    exit_code = EXIT_ERROR


def _article_options(function):
    function = click.option("--publisher", help="Publisher of the article(s), e.g. 'UN News'.")(function)
    function = click.option("--date", "date", help="Publication date (YYYY-MM-DD); anchors 'on Tuesday', 'last month'.")(function)
    function = click.option("--url", help="URL of the article (overrides a Source:/Based on: line).")(function)
    return function


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="rightsgraph")
def cli() -> None:
    """Turn articles about UN human-rights work into a cited, validated RDF graph."""


@cli.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", "outdir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write graph.ttl and graph.html into.")
@_article_options
def build(inputs: tuple[Path, ...], outdir: Path, url: str | None, date: str | None, publisher: str | None) -> None:
    """Build the graph of INPUT articles (files, or folders of them).

    Articles are plain text (.txt), HTML pages (main text only), Markdown or PDF. Writes
    OUTDIR/graph.ttl (Turtle) and OUTDIR/graph.html (an interactive view that opens with no
    network). In a text file the first line is the title; a 'Source:' or 'Based on:' line
    gives its URL.
    """
    from rightsgraph.builders import ArticleError, article_from_path, extract
    from rightsgraph.exports.html import to_html
    from rightsgraph.exports.turtle import to_turtle
    from rightsgraph.graph import build_graph

    paths = _article_paths(inputs)
    try:
        articles = [article_from_path(path, url=url, date=date, publisher=publisher) for path in paths]
    except ArticleError as error:
        raise UsageError(str(error)) from None
    graph = build_graph(extract(article) for article in articles)
    title = articles[0].title if len(articles) == 1 else f"rightsgraph: {len(articles)} articles"
    outdir.mkdir(parents=True, exist_ok=True)
    _write_atomically(outdir / "graph.ttl", to_turtle(graph))
    _write_atomically(outdir / "graph.html", to_html(graph, title))
    click.echo(f"{len(articles)} article(s), {len(graph)} triples → {outdir / 'graph.ttl'}, {outdir / 'graph.html'}", err=True)


@cli.command()
@click.argument("graphs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--quiet", "-q", is_flag=True, help="Print nothing; the exit code says it all.")
def validate(graphs: tuple[Path, ...], quiet: bool) -> None:
    """Check GRAPH files against the rightsgraph SHACL shapes.

    Exit code 0: conforms; 1: does not conform (the report says why); 2: error.
    """
    from rightsgraph.graph.validation import validate as validate_graph

    failed = False
    for path in graphs:
        graph = _load_graph(path)
        result = validate_graph(graph)
        if not result.conforms:
            failed = True
        if not quiet:
            click.echo(f"{path}: {'conforms' if result.conforms else 'does not conform'}")
            if not result.conforms:
                click.echo(result.text)
    if failed:
        sys.exit(EXIT_PROBLEMS)


@cli.command()
@click.argument("article", required=False, type=click.Path(path_type=Path))
@click.option("--gold", type=click.Path(path_type=Path), help="Gold annotation (JSON) for ARTICLE.")
@click.option("--gold-dir", type=click.Path(file_okay=False, path_type=Path), help="Folder of gold files, one per article.")
@click.option("--articles", "articles_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Folder holding the articles the gold files name.")
@click.option("--misses", is_flag=True, help="List what was missed and what is spurious.")
@_article_options
def evaluate(article: Path | None, gold: Path | None, gold_dir: Path | None, articles_dir: Path | None, misses: bool,
             url: str | None, date: str | None, publisher: str | None) -> None:
    """Build graphs and score them against gold annotations.

    Either ARTICLE with --gold GOLD.json, or --gold-dir DIR with --articles DIR. Prints
    recall and precision for entities, reports, violation types, relations and events, and
    their micro-averaged totals.
    """
    from rightsgraph.builders import ArticleError, article_from_path, extract
    from rightsgraph.evaluation import GoldError, Score, evaluate as score_graph, format_table, load_gold
    from rightsgraph.graph import build_graph

    if article and gold:
        pairs = [(article, gold)]
    elif gold_dir and articles_dir:
        pairs = []
        for gold_path in sorted(gold_dir.glob("*.json")):
            try:
                name = load_gold(gold_path)["article"]
            except GoldError as error:
                raise UsageError(str(error)) from None
            pairs.append((articles_dir / name, gold_path))
        if not pairs:
            raise UsageError(f"{gold_dir}: no gold files (*.json)")
    else:
        raise UsageError("give ARTICLE with --gold, or --gold-dir with --articles")
    scores = []
    total = Score("micro total")
    for article_path, gold_path in pairs:
        try:
            gold_data = load_gold(gold_path)
            built = build_graph([extract(article_from_path(article_path, url=url, date=date, publisher=publisher))])
        except (GoldError, ArticleError) as error:
            raise UsageError(str(error)) from None
        score = score_graph(built, gold_data, article_path.name)
        scores.append(score)
        total.add(score)
    click.echo(format_table(scores, total if len(scores) > 1 else None))
    if misses:
        click.echo("")
        for miss in total.misses if len(scores) > 1 else scores[0].misses:
            click.echo(f"  {miss}")


def _article_paths(inputs: tuple[Path, ...]) -> list[Path]:
    paths: list[Path] = []
    for path in inputs:
        if path.is_dir():
            found = sorted(child for child in path.iterdir() if child.suffix.lower() in ARTICLE_SUFFIXES and child.is_file())
            if not found:
                raise UsageError(f"{path}: no articles in this folder ({', '.join(ARTICLE_SUFFIXES)})")
            paths += found
        elif path.is_file():
            paths.append(path)
        else:
            raise UsageError(f"{path}: no such file or folder")
    return paths


def _load_graph(path: Path):
    from rdflib import Graph
    from rdflib.util import guess_format

    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    try:
        return Graph().parse(path, format=guess_format(str(path)) or "turtle")
    except Exception as error:  # rdflib raises many kinds for malformed input
        message = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise UsageError(f"{path}: not valid RDF ({message})") from None


def _write_atomically(path: Path, text: str) -> None:
    """Write to a temporary file beside ``path``, then rename: never a half-written file."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


if __name__ == "__main__":  # pragma: no cover
    cli()
