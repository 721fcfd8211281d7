"""Upload graphs to a SPARQL 1.1 Graph Store HTTP Protocol endpoint.

Oxigraph server, Apache Jena Fuseki, GraphDB, Virtuoso and Amazon Neptune all speak it. One
named graph per source document; large graphs go in batches (the first replaces the graph
with PUT, the rest add to it with POST); failed requests are retried with back-off, and a
server that refuses gets one clear error naming the status and what it said.
"""

from __future__ import annotations

import base64
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from urllib.parse import quote

from rdflib import Graph, URIRef


class PushError(RuntimeError):
    """The store refused or could not be reached."""


@dataclass(frozen=True)
class PushResult:
    graph: URIRef
    triples: int
    requests: int


def push_graph(graph: Graph, store_url: str, graph_iri: URIRef, *, batch_size: int = 50_000, retries: int = 3,
               auth: str | None = None, pause: float = 0.5) -> PushResult:
    """Replace ``graph_iri`` on the store with ``graph``, in batches of N-Triples."""
    lines = sorted(line for line in graph.serialize(format="nt").splitlines() if line.strip())
    batches = [lines[i : i + batch_size] for i in range(0, len(lines), batch_size)] or [[]]
    target = f"{store_url}{'&' if '?' in store_url else '?'}graph={quote(str(graph_iri), safe='')}"
    for number, batch in enumerate(batches):
        body = ("\n".join(batch) + "\n").encode("utf-8")
        _send("PUT" if number == 0 else "POST", target, body, retries, auth, pause)
    return PushResult(graph_iri, len(lines), len(batches))


def _send(method: str, url: str, body: bytes, retries: int, auth: str | None, pause: float) -> None:
    headers = {"Content-Type": "application/n-triples"}
    if auth:
        headers["Authorization"] = "Basic " + base64.b64encode(auth.encode("utf-8")).decode("ascii")
    for attempt in range(1, retries + 1):
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=60) as response:
                response.read()
            return
        except urllib.error.HTTPError as error:
            detail = error.read().decode("utf-8", errors="replace").strip().splitlines()
            message = f"{method} {url}: the store refused ({error.code} {error.reason}){': ' + detail[0] if detail else ''}"
            if error.code < 500 or attempt == retries:
                raise PushError(message) from None
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            if attempt == retries:
                raise PushError(f"{method} {url}: cannot reach the store ({reason})") from None
        time.sleep(pause * 2 ** (attempt - 1))
