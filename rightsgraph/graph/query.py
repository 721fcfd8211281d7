"""SPARQL over graphs in the embedded store, and the named competency queries.

The named queries ship as ``.rq`` files in ``rightsgraph/queries``; their first comment
line says what they answer, and together they document how the ontology is meant to be read.
"""

from __future__ import annotations

import faulthandler
import json
import multiprocessing
import os
import re
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import NoReturn

from rightsgraph.errors import RightsGraphError
from rightsgraph.graph.prefixes import PREFIXES

#: Output formats and the pyoxigraph results format behind each.
RESULT_FORMATS = {"csv": "CSV", "tsv": "TSV", "json": "JSON", "xml": "XML"}


class QueryError(RightsGraphError, ValueError):
    """A query cannot be parsed or run."""


class UpdateRefused(QueryError):
    """The text is a SPARQL update (or LOAD), and only queries are run here."""


class ServiceRefused(QueryError):
    """The query holds a SERVICE pattern, which would reach another endpoint."""


class QueryTooDeep(QueryError):
    """The query nests deeper than the parser can safely follow."""


class QueryStopped(QueryError):
    """The query passed its time or memory limit and its process was stopped."""


#: Deepest nesting of { ( [ accepted. Oxigraph's recursive parser overflows its stack
#: somewhere between 2,000 and 5,000 levels; no real query comes near 100.
MAX_DEPTH = 100
QUERY_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
_UPDATE_FORMS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}

# The terminals of the SPARQL 1.1 grammar that can hold a bracket or a keyword's letters
# (strings, IRIs, comments, variables, prefixed names, blank nodes, language tags), so that
# what is left as a bare word is a keyword and what is left as a bracket nests.
_STRING = "|".join((
    r"'''(?:[^'\\]|\\.|'(?!''))*'''",
    r'"""(?:[^"\\]|\\.|"(?!""))*"""',
    r"'(?:[^'\\\r\n]|\\.)*'",
    r'"(?:[^"\\\r\n]|\\.)*"',
))
_TOKEN = re.compile("|".join((
    r"(?P<space>\s+)",
    r"(?P<comment>#[^\r\n]*)",
    f"(?P<string>{_STRING})",
    r'(?P<iri><[^<>"{}|^`\\\x00-\x20]*>)',
    r"(?P<var>[?$]\w+)",
    r"(?P<blank>_:(?:\w|[.\-](?=[\w\-]))*)",
    r"(?P<lang>@[A-Za-z]+(?:-[A-Za-z0-9]+)*)",
    r"(?P<pname>(?:[^\W\d_](?:\w|[.\-](?=[\w.\-]*:))*)?:(?:[\w\-:%]|\\.|\.(?=[\w\-:%\\]))*)",
    r"(?P<word>[^\W\d_]\w*)",
    r"(?P<number>\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)",
    r"(?P<open>[{(\[])",
    r"(?P<close>[})\]])",
    r"(?P<other>.)",
)), re.DOTALL)


def check_query(text: str, allow_service: bool = False, max_depth: int = MAX_DEPTH) -> str | None:
    """The form of a read-only query (SELECT, ASK, CONSTRUCT, DESCRIBE), read from its tokens
    without recursion; raises if it nests too deep, is an update or uses SERVICE.

    ``None`` when the form cannot be told: the SPARQL parser then says what is wrong.
    """
    form = None
    depth = 0
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind == "open":
            depth += 1
            if depth > max_depth:
                raise QueryTooDeep(f"the query nests deeper than {max_depth} levels of {{ ( [ and is not run")
        elif kind == "close":
            depth = max(0, depth - 1)
        elif kind == "word":
            word = match.group().upper()
            if form is None and word not in ("BASE", "PREFIX"):
                form = word
                if word in _UPDATE_FORMS:
                    raise UpdateRefused("only queries (SELECT, ASK, CONSTRUCT, DESCRIBE) are run here, not updates")
            if word == "SERVICE" and not allow_service:
                raise ServiceRefused("SERVICE is not allowed: nothing here reaches another endpoint")
    return form if form in QUERY_FORMS else None


@dataclass(frozen=True)
class NamedQuery:
    name: str
    description: str
    text: str


def named_queries() -> dict[str, NamedQuery]:
    found = {}
    for entry in sorted(resources.files("rightsgraph.queries").iterdir(), key=lambda item: item.name):
        if entry.name.endswith(".rq"):
            text = entry.read_text(encoding="utf-8")
            first = text.splitlines()[0] if text else ""
            found[entry.name[:-3]] = NamedQuery(entry.name[:-3], first.lstrip("# ").strip(), text)
    return found


def named_query(name: str) -> NamedQuery:
    """The named query called ``name`` (one of ``rightsgraph/queries/*.rq``)."""
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}; there are: {', '.join(queries)}")
    return queries[name]


def query_from_path(path: str | Path) -> str:
    """The text of a query file (UTF-8)."""
    try:
        return Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise QueryError(f"{path}: cannot read ({error.strerror or error})") from None
    except UnicodeDecodeError as error:
        raise QueryError(f"{path}: not UTF-8 text (byte {error.start}: {error.reason})") from None


def run_query(store, text: str, allow_service: bool = False):
    """Run a read-only query over the union of all graphs in ``store``."""
    check_query(text, allow_service)
    try:
        return store.query(text, use_default_graph_as_union=True)
    except SyntaxError as error:
        raise QueryError(f"not valid SPARQL: {str(error).strip().splitlines()[0]}") from None
    except (ValueError, OSError) as error:
        raise QueryError(str(error)) from None


def query_in_child(store, text: str, render: Callable[[object], bytes], timeout: float,
                   memory: int | None = None, allow_service: bool = False) -> bytes:
    """The answer to a query, rendered by ``render`` in a forked child process that is stopped
    when it passes ``timeout`` seconds or ``memory`` more bytes than it started with.

    No query can crash or hold the caller this way, and Ctrl-C stops it at once: the child is
    killed on the way out, whatever happened.
    """
    check_query(text, allow_service)
    receiver, sender = multiprocessing.Pipe(duplex=False)
    pid = os.fork()
    if pid == 0:
        receiver.close()
        answer_in_child(sender, store, text, render, timeout, memory, allow_service)
    sender.close()
    try:
        return receive_answer(receiver, timeout, memory)
    finally:
        receiver.close()
        _stop(pid)


def answer_in_child(connection, store, text: str, render, timeout: float, memory: int | None,
                    allow_service: bool) -> NoReturn:
    """In a forked child: limit this process, run the query, send (kind, payload), exit."""
    try:
        try:
            _limit_process(timeout, memory)
            connection.send(("ok", render(run_query(store, text, allow_service))))
        except QueryError as error:
            connection.send((type(error).__name__, str(error)))
        except MemoryError:
            connection.send(("QueryStopped", _memory_message(memory)))
        except Exception as error:  # the child must answer whatever went wrong
            connection.send(("failed", f"{type(error).__name__}: {error}"))
    finally:
        os._exit(0)


def receive_answer(connection, timeout: float, memory: int | None) -> bytes:
    """What a child started by ``answer_in_child`` sent, or the reason it sent nothing."""
    started = time.monotonic()
    try:
        # the child's own timer ends it first; the second is a margin for the fork
        if not connection.poll(timeout + 1):
            raise QueryStopped(_time_message(timeout))
        kind, payload = connection.recv()
    except (EOFError, OSError):
        if time.monotonic() - started >= timeout:
            raise QueryStopped(_time_message(timeout)) from None
        raise QueryStopped(_memory_message(memory)) from None
    if kind == "ok":
        return payload
    if kind in _ERRORS:
        raise _ERRORS[kind](payload)
    raise RuntimeError(f"query failed: {payload}")


def _limit_process(timeout: float, memory: int | None) -> None:
    """Set this forked child's signals, timer and address-space limit. They are process-wide,
    but the process is the query's alone: the library forked it for the query and it ends
    with it (``os._exit``), so nothing of the caller's is changed."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    faulthandler.disable()  # an abort on running out of memory is expected here, not a crash to report
    # SIGALRM's default action ends the process even while the query runs inside Rust
    signal.signal(signal.SIGALRM, signal.SIG_DFL)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    # the parent reports what happened; Rust's out-of-memory backtrace would only be noise
    with open(os.devnull, "wb") as null:
        os.dup2(null.fileno(), 2)
    if memory is not None:
        import resource

        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = _address_space() + memory
        resource.setrlimit(resource.RLIMIT_AS, (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard))


def _address_space() -> int:
    """Bytes of address space this process holds now (the store it inherited included)."""
    with open("/proc/self/statm", encoding="ascii") as stream:
        return int(stream.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def _stop(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)


def _time_message(timeout: float) -> str:
    return f"the query took longer than {timeout:g} s and was stopped"


def _memory_message(memory: int | None) -> str:
    limit = f" (the limit is {memory / 1e6:g} MB)" if memory is not None else ""
    return f"the query's process ended without an answer: it ran out of memory{limit}"


_ERRORS = {cls.__name__: cls for cls in (QueryError, UpdateRefused, ServiceRefused, QueryTooDeep, QueryStopped)}


def serialize_results(results, output_format: str) -> bytes:
    """SPARQL results in a W3C results format (csv, tsv, json, xml), or N-Triples for graphs;
    ``table`` is the readable table for a terminal."""
    import pyoxigraph

    if output_format == "table":
        return (results_table(results) + "\n").encode("utf-8")

    if isinstance(results, pyoxigraph.QueryBoolean):
        if output_format == "json":
            return json.dumps({"head": {}, "boolean": bool(results)}).encode()
        return (b"true\n" if bool(results) else b"false\n")
    if isinstance(results, pyoxigraph.QueryTriples):
        return results.serialize(format=pyoxigraph.RdfFormat.N_TRIPLES)
    return results.serialize(format=getattr(pyoxigraph.QueryResultsFormat, RESULT_FORMATS[output_format]))


def results_table(results, width: int = 60) -> str:
    """A readable table for a terminal: IRIs shortened with the usual prefixes."""
    import pyoxigraph

    if isinstance(results, pyoxigraph.QueryBoolean):
        return "yes" if bool(results) else "no"
    if isinstance(results, pyoxigraph.QueryTriples):
        return "\n".join(" ".join(_short(term, width) for term in (t.subject, t.predicate, t.object)) for t in results)
    names = [variable.value for variable in results.variables]
    rows = [[_short(solution[name], width) if solution[name] is not None else "" for name in names] for solution in results]
    widths = [max([len(name), *(len(row[i]) for row in rows)]) for i, name in enumerate(names)]
    lines = [" | ".join(name.ljust(w) for name, w in zip(names, widths)), "-+-".join("-" * w for w in widths)]
    lines += [" | ".join(cell.ljust(w) for cell, w in zip(row, widths)) for row in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines)


def _short(term, width: int) -> str:
    import pyoxigraph

    if isinstance(term, pyoxigraph.NamedNode):
        text = term.value
        for prefix, namespace in sorted(PREFIXES.items(), key=lambda item: -len(str(item[1]))):
            if text.startswith(str(namespace)) and len(text) > len(str(namespace)):
                text = f"{prefix}:{text[len(str(namespace)):]}"
                break
    elif isinstance(term, pyoxigraph.Literal):
        text = term.value
    else:
        text = str(term)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
