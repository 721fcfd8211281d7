"""A read-only SPARQL 1.1 Protocol endpoint over the embedded store.

GET or POST ``/query`` (``query=`` parameter, form body, or an ``application/sparql-query``
body); results by the Accept header. Updates are refused with 403, SERVICE with 400 (nothing
here may reach the network), bodies over the size limit with 413. Each query runs in a child
process that is killed when it passes the time limit (503), so one slow query cannot hold
the server. It binds to 127.0.0.1 unless told otherwise.
"""

from __future__ import annotations

import multiprocessing
import re
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse

from rightsgraph.graph.query import QueryError, _is_update

_RESULT_TYPES = {
    "application/sparql-results+json": "JSON",
    "application/json": "JSON",
    "application/sparql-results+xml": "XML",
    "application/xml": "XML",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
}
_GRAPH_TYPES = {"text/turtle": "TURTLE", "application/n-triples": "N_TRIPLES", "application/rdf+xml": "RDF_XML"}
_SERVICE = re.compile(r"\bSERVICE\b", re.IGNORECASE)


def make_server(store, host: str = "127.0.0.1", port: int = 7878, timeout: float = 10.0, max_body: int = 100_000) -> HTTPServer:
    handler = type("Handler", (_Handler,), {"store": store, "timeout": timeout, "max_body": max_body})
    # One request at a time: each query forks, and forking a process that runs other threads
    # is unsafe.
    return HTTPServer((host, port), handler)


class _Handler(BaseHTTPRequestHandler):
    store = None
    timeout = 10.0
    max_body = 100_000
    server_version = "rightsgraph"

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        url = urlparse(self.path)
        if url.path != "/query":
            return self._error(HTTPStatus.NOT_FOUND, "use /query")
        if len(url.query) > self.max_body:
            return self._error(HTTPStatus.REQUEST_URI_TOO_LONG, "query too long")
        params = parse_qs(url.query)
        if "update" in params:
            return self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only")
        self._answer(params.get("query", [""])[0])

    def do_POST(self) -> None:  # noqa: N802
        url = urlparse(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        if length > self.max_body:
            return self._error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"request body over {self.max_body} bytes")
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        kind = (self.headers.get("Content-Type") or "").split(";")[0].strip()
        if url.path != "/query" or kind == "application/sparql-update":
            return self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only")
        if kind == "application/sparql-query":
            return self._answer(body)
        params = parse_qs(body)
        if "update" in params:
            return self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only")
        self._answer(params.get("query", [""])[0])

    def do_PUT(self) -> None:  # noqa: N802
        self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only")

    do_DELETE = do_PUT
    do_PATCH = do_PUT

    def _answer(self, query: str) -> None:
        if not query.strip():
            return self._error(HTTPStatus.BAD_REQUEST, "no query given")
        if _is_update(query):
            return self._error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused")
        if _SERVICE.search(query):
            return self._error(HTTPStatus.BAD_REQUEST, "SERVICE is not allowed: this endpoint reaches no other endpoint")
        accept = self.headers.get("Accept") or "application/sparql-results+json"
        context = multiprocessing.get_context("fork")
        receiver, sender = context.Pipe(duplex=False)
        worker = context.Process(target=_run, args=(self.store, query, accept, sender), daemon=True)
        worker.start()
        sender.close()
        if not receiver.poll(self.timeout):
            worker.kill()
            worker.join()
            return self._error(HTTPStatus.SERVICE_UNAVAILABLE, f"query took longer than {self.timeout:g} s and was stopped")
        status, content_type, payload = receiver.recv()
        worker.join()
        self._send(status, content_type, payload)

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(int(status), "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))

    def _send(self, status: int, content_type: str, payload: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()
        self.wfile.write(payload)


def _run(store, query: str, accept: str, sender) -> None:
    """In the child process: run the query and send back (status, content type, bytes)."""
    import pyoxigraph

    from rightsgraph.graph.query import run_query

    try:
        results = run_query(store, query)
        if isinstance(results, pyoxigraph.QueryTriples):
            media = next((m for m in _GRAPH_TYPES if m in accept), "application/n-triples")
            payload = results.serialize(format=getattr(pyoxigraph.RdfFormat, _GRAPH_TYPES[media]))
        else:
            media = next((m for m in _RESULT_TYPES if m in accept), "application/sparql-results+json")
            payload = results.serialize(format=getattr(pyoxigraph.QueryResultsFormat, _RESULT_TYPES[media]))
        sender.send((200, f"{media}; charset=utf-8", payload))
    except QueryError as error:
        sender.send((400, "text/plain; charset=utf-8", (str(error) + "\n").encode("utf-8")))
    except Exception as error:  # a failure in the child must still answer the request
        sender.send((500, "text/plain; charset=utf-8", f"query failed: {error}\n".encode("utf-8")))
    finally:
        sender.close()
