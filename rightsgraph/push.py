"""Upload graphs to a SPARQL 1.1 Graph Store HTTP Protocol endpoint.

Oxigraph server, Apache Jena Fuseki, GraphDB, Virtuoso and Amazon Neptune all speak it. One
named graph per source document; large graphs go in batches (the first replaces the graph
with PUT, the rest add to it with POST); failed requests are retried with back-off, and a
server that refuses gets one clear error naming the status and what it said.

Credentials written into the store's URL (``http://user:password@host/store``) are taken out
of it and sent as HTTP basic authentication; every message shows the URL with the password
replaced by ``***``.
"""

from __future__ import annotations

import base64
import re
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import SplitResult, quote, unquote, urlsplit, urlunsplit

from rdflib import Graph, URIRef

from rightsgraph.errors import EXIT_PROBLEMS, RightsGraphError

# what a message quotes of a server's reply: enough to say why, never a whole page
_REPLY_CHARS = 200
# scheme://userinfo@ (the userinfo runs to the authority's last @, as urllib reads it)
_USERINFO = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*://)([^/?#]*)@")


class PushError(RightsGraphError, RuntimeError):
    """The store refused or could not be reached."""

    exit_code = EXIT_PROBLEMS  # the graph files were fine; the push did not finish


class StoreAddressError(RightsGraphError, ValueError):
    """The store's URL is not one that can be pushed to."""


@dataclass(frozen=True)
class Store:
    """A Graph Store endpoint: its URL without credentials, and the credentials apart."""

    url: str
    shown: str
    credentials: tuple[str, str] | None = field(default=None, repr=False)


@dataclass(frozen=True)
class PushResult:
    graph: URIRef
    triples: int
    requests: int


def store_from_url(url: str, user: str | None = None) -> Store:
    """The store at ``url``; ``user`` ('name:password') instead of credentials in the URL."""
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018 - parsing the port is what raises for a bad one
    except ValueError as error:
        raise StoreAddressError(f"{_shown(url)}: not a URL ({error})") from None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise StoreAddressError(f"{_shown(url)}: not an http:// or https:// URL with a host")
    in_url = (unquote(parts.username), unquote(parts.password or "")) if parts.username is not None else None
    if in_url and user:
        raise StoreAddressError(f"{_shown(url)}: give the credentials in the URL or with --user, not both")
    credentials = in_url or (_credentials(user) if user else None)
    bare = urlunsplit(parts._replace(netloc=_host(parts), fragment=""))
    return Store(bare, _shown(url), credentials)


def push_graph(graph: Graph, store: Store | str, graph_iri: URIRef, *, batch_size: int = 50_000, retries: int = 3,
               pause: float = 0.5) -> PushResult:
    """Replace ``graph_iri`` on the store with ``graph``, in batches of N-Triples.

    Each request is tried once and then up to ``retries`` more times (after a server error or
    no answer). Raises ``PushError`` naming the request that failed, and the batch if the graph
    on the store is left partly replaced.
    """
    if batch_size < 1 or retries < 0:
        raise ValueError("batch_size must be at least 1 and retries at least 0")
    store = store if isinstance(store, Store) else store_from_url(store)
    lines = sorted(line for line in graph.serialize(format="nt").split("\n") if line.strip())
    batches = [lines[i : i + batch_size] for i in range(0, len(lines), batch_size)] or [[]]
    query = f"graph={quote(str(graph_iri), safe='')}"
    for number, batch in enumerate(batches):
        body = ("\n".join(batch) + "\n").encode("utf-8")
        try:
            _send("PUT" if number == 0 else "POST", store, query, body, retries, pause)
        except PushError as error:
            if number:
                raise PushError(f"{error}; batch {number + 1} of {len(batches)}, so <{graph_iri}> on the store "
                                f"holds only the first {number * batch_size} of {len(lines)} triples") from None
            raise
    return PushResult(graph_iri, len(lines), len(batches))


def push_graphs(graph: Graph, store: Store, graph_iri: URIRef | None = None, *, batch_size: int = 50_000,
                retries: int = 3) -> Iterator[PushResult]:
    """Replace on the store one named graph per source article of ``graph`` (or all of it as
    ``graph_iri``), in the order of their IRIs, yielding each one's result once it is sent.

    Raises ``PushError`` when there is nothing to send, and when a graph fails, saying how
    many were sent before it.
    """
    from rightsgraph.graph.sources import graphs_by_article

    parts = {graph_iri: graph} if graph_iri else graphs_by_article(graph)
    if not len(graph) or not parts:
        raise PushError(f"nothing sent to {store.shown}: the graph files hold no triples")
    for sent, (name, part) in enumerate(sorted(parts.items())):
        try:
            result = push_graph(part, store, name, batch_size=batch_size, retries=retries)
        except PushError as error:
            before = f"{sent} of {len(parts)} graph(s) were sent before it" if sent else "nothing was sent"
            raise PushError(f"{error}; {before}") from None
        yield result


def _send(method: str, store: Store, query: str, body: bytes, retries: int, pause: float) -> None:
    url = _with_query(store.url, query)
    shown = _with_query(store.shown, query)
    headers = {"Content-Type": "application/n-triples"}
    if store.credentials:
        token = base64.b64encode(":".join(store.credentials).encode("utf-8")).decode("ascii")
        headers["Authorization"] = f"Basic {token}"
    for attempt in range(retries + 1):
        if attempt:
            time.sleep(pause * 2 ** (attempt - 1))
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with _OPENER.open(request, timeout=60) as response:
                response.read()
            return
        except urllib.error.HTTPError as error:
            message = f"{method} {shown}: the store refused ({error.code} {error.reason}){_reply(error)}"
            if error.code < 500 or attempt == retries:
                raise PushError(message) from None
        except (urllib.error.URLError, OSError) as error:
            if attempt == retries:
                reason = getattr(error, "reason", error)
                raise PushError(f"{method} {shown}: cannot reach the store ({reason})") from None


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    # a redirected POST becomes a GET without its triples, and credentials must not follow a
    # redirect to another host: a redirect is reported as the store's answer instead
    def redirect_request(self, *_arguments, **_keywords):
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def _reply(error: urllib.error.HTTPError) -> str:
    try:
        text = error.read(64_000).decode("utf-8", errors="replace").strip()
    except OSError:
        return ""
    first = text.splitlines()[0] if text else ""
    return f": {first[:_REPLY_CHARS]}{'…' if len(first) > _REPLY_CHARS else ''}" if first else ""


def _credentials(user: str) -> tuple[str, str]:
    name, _colon, password = user.partition(":")
    return name, password


def _host(parts: SplitResult) -> str:
    host = parts.hostname or ""
    host = f"[{host}]" if ":" in host else host
    return f"{host}:{parts.port}" if parts.port is not None else host


def _shown(url: str) -> str:
    """``url`` with any password in it replaced by ***, whether or not the rest parses."""
    return _USERINFO.sub(lambda match: f"{match.group(1)}{match.group(2).partition(':')[0]}:***@", url, count=1)


def _with_query(url: str, query: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}{query}"
