"""Option sets the ``rightsgraph`` commands share, as plain decorators (sqlite-utils' habit),
kept apart so that ``cli.py`` stays a short list of commands."""

from __future__ import annotations

import datetime
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import click


def checked_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """YYYY-MM-DD, YYYY-MM or YYYY, and a day the calendar has."""
    if value is None:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value.strip())
    if match is None:
        raise click.BadParameter(f"{value!r} is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)", ctx, param)
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        datetime.date(year, month, day)
    except ValueError as error:
        raise click.BadParameter(f"{value!r} is not a date ({error})", ctx, param) from None
    return value.strip()


def provenance_options(function):
    """``--license IRI`` and ``--record-time``: what a build adds to each article graph's PROV
    (``rightsgraph.graph.provenance``). They reach the command as ``license`` and ``record_time``."""
    function = click.option("--record-time", is_flag=True, default=False,
                            help="Write the build's time into the provenance (SOURCE_DATE_EPOCH, when set, "
                                 "gives it instead); without it the same input gives the same bytes.")(function)
    function = click.option("--license", "license", metavar="IRI",
                            help="The licence of the output, an IRI (dct:license on each article's graph).")(function)
    return function


def privacy_options(function):
    """``--pseudonymise`` and ``--salt`` (or ``RIGHTSGRAPH_SALT``): private persons under stable
    pseudonyms (``rightsgraph.graph.privacy``). They reach the command as ``pseudonymise`` and ``salt``."""
    function = click.option("--salt", envvar="RIGHTSGRAPH_SALT", show_envvar=True, metavar="SECRET",
                            help="The secret the pseudonyms are made with; the same salt, the same pseudonyms. "
                                 "Without it, one kept in the output folder's cache.")(function)
    function = click.option("--pseudonymise", is_flag=True, default=False,
                            help="Write private persons (no post, organisation or report of their own) under "
                                 "pseudonyms, in every output; officials keep their names.")(function)
    return function


@contextmanager
def progress_bar(articles: int, show: bool) -> Iterator[Callable[[int], None] | None]:
    """The build's progress callback, drawing a bar on stderr while the block runs (None when
    not shown): across many articles it counts articles, on one document its paragraphs, as
    the builders read them (``rightsgraph.progress``)."""
    if not show:
        yield None
        return
    from tqdm import tqdm

    from rightsgraph.progress import DocumentBar, reporting

    bar = tqdm(total=articles, unit="article", file=sys.stderr, dynamic_ncols=True)
    try:
        if articles != 1:
            yield bar.update
            return
        document = DocumentBar(bar)
        with reporting(document.listen):
            yield document
    finally:
        bar.close()
