"""A read-only SPARQL 1.1 Protocol endpoint over the embedded store.

GET, HEAD or POST ``/query`` (``query=`` parameter, form body, or an
``application/sparql-query`` body); results in the form the Accept header ranks highest (406
when it accepts none that the query's results can be written in). The query is read before it
runs: updates and LOAD are refused with 403, SERVICE with 400 (nothing here may reach the
network), nesting past a fixed depth with 400, bodies over the size limit with 413.

Requests are handled by a bounded pool of threads, and each must arrive whole within a deadline,
so a slow or stalled client holds one thread for a few seconds and no one else. Each query runs
in its own child process with a time and memory limit, so no query can hold, starve or crash
the server. It binds to 127.0.0.1 unless told otherwise, and sends no CORS header unless told.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, HTTPServer
from multiprocessing.connection import Connection
from urllib.parse import parse_qs, urlparse

from rightsgraph.graph.query import QueryError, QueryStopped, UpdateRefused, answer_in_child, check_query, receive_answer

#: What each kind of result can be written as, the server's preference first.
_RESULT_TYPES = {
    "application/sparql-results+json": "JSON",
    "application/sparql-results+xml": "XML",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
    "application/json": "JSON",
    "application/xml": "XML",
}
_GRAPH_TYPES = {"application/n-triples": "N_TRIPLES", "text/turtle": "TURTLE", "application/rdf+xml": "RDF_XML"}
_ALLOW = "GET, HEAD, POST, OPTIONS"
_STATUS = {UpdateRefused: HTTPStatus.FORBIDDEN, QueryStopped: HTTPStatus.SERVICE_UNAVAILABLE}
_log = logging.getLogger(__name__)


def make_server(store, host: str = "127.0.0.1", port: int = 7878, timeout: float = 10.0, max_body: int = 100_000,
                *, workers: int = 16, memory: int | None = 1_000_000_000, read_timeout: float = 5.0,
                cors: bool = False) -> HTTPServer:
    """A server ready for ``serve_forever``; ``server_close`` stops its query process.

    ``timeout`` and ``memory`` (bytes) limit each query, ``read_timeout`` each request's
    arrival, ``workers`` how many requests are handled at once.
    """
    settings = {"store": store, "query_timeout": timeout, "max_body": max_body, "memory": memory,
                "read_timeout": read_timeout, "cors": cors}
    handler = type("Handler", (_Handler,), settings)
    return _Server((host, port), handler, workers, _Forker(store, timeout, memory))


def choose_media(accept: str | None, offered) -> str | None:
    """The offered media type that the Accept header ranks highest, or None if it accepts none.

    A type's weight is the q of the most specific range that matches it (RFC 9110 12.5.1), so
    ``*/*;q=0.1, text/csv`` prefers CSV and ``text/*, text/csv;q=0`` refuses it; ties go to
    the order of ``offered``. No header accepts everything.
    """
    if accept is None or not accept.strip():
        return next(iter(offered))
    ranges = [_media_range(part) for part in accept.split(",") if part.strip()]
    best, best_weight = None, 0.0
    for media in offered:
        weight = _weight(media, ranges)
        if weight > best_weight:
            best, best_weight = media, weight
    return best


def _media_range(part: str) -> tuple[str, float]:
    kind, *parameters = part.split(";")
    weight = 1.0
    for parameter in parameters:
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "q":
            try:
                weight = float(value)
            except ValueError:
                weight = 0.0
            if not 0.0 <= weight <= 1.0:  # also NaN
                weight = 0.0
    return kind.strip().lower(), weight


def _weight(media: str, ranges: list[tuple[str, float]]) -> float:
    family = media.split("/")[0]
    weight, specificity = 0.0, -1
    for kind, q in ranges:
        level = 2 if kind == media else 1 if kind == f"{family}/*" else 0 if kind == "*/*" else -1
        if level > specificity:
            weight, specificity = q, level
    return weight


class _Server(HTTPServer):
    """Accepts on one thread and hands each connection to a bounded pool of threads.

    When every thread is busy, new connections wait in the listen queue (sized for many
    clients) rather than in memory; the read deadline frees a thread held by a slow client.
    """

    request_queue_size = 128

    def __init__(self, address, handler, workers: int, forker: _Forker):
        self.forker = forker
        try:
            super().__init__(address, handler)
        except BaseException:
            forker.close()
            raise
        self._pool = ThreadPoolExecutor(workers, thread_name_prefix="rightsgraph-serve")
        self._slots = threading.BoundedSemaphore(workers * 2)

    def process_request(self, request, client_address) -> None:
        self._slots.acquire()
        self._pool.submit(self._handle, request, client_address)

    def _handle(self, request, client_address) -> None:
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)
            self._slots.release()

    def handle_error(self, request, client_address) -> None:
        # a broken connection is the client's business: no traceback on the server's stderr
        _log.debug("request from %s failed", client_address, exc_info=True)

    def server_close(self) -> None:
        super().server_close()
        self._pool.shutdown(wait=False, cancel_futures=True)
        self.forker.close()


class _Forker:
    """Forks one child process per query, from a process that runs no threads.

    The server's own process runs a pool of threads, and a child forked from it could inherit
    a lock that another thread held at that moment; this process is forked once, before any
    of those threads start, and only ever forks. Each query gets a socket of its own, passed
    here with the request; the child answers on it and this process closes its copy.
    """

    def __init__(self, store, timeout: float, memory: int | None):
        self._socket, theirs = socket.socketpair()
        self._lock = threading.Lock()
        self.pid = os.fork()
        if self.pid == 0:
            self._socket.close()
            _fork_queries(theirs, store, timeout, memory)
        theirs.close()

    def connect(self) -> Connection:
        """A connection to a new child process that waits for (query, media type)."""
        mine, theirs = socket.socketpair()
        try:
            with self._lock:
                socket.send_fds(self._socket, [b"q"], [theirs.fileno()])
        finally:
            theirs.close()
        return Connection(mine.detach())

    def close(self) -> None:
        if self._socket.fileno() >= 0:
            self._socket.close()
            os.waitpid(self.pid, 0)


def _fork_queries(requests: socket.socket, store, timeout: float, memory: int | None):
    """The forking process's loop; it ends when the server closes its side."""
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the server, which closes us
        signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the kernel reaps the children
        while True:
            message, fds, _flags, _address = socket.recv_fds(requests, 1, 1)
            if not message or not fds:
                break
            if os.fork() == 0:
                requests.close()
                connection = Connection(fds[0])
                text, media = connection.recv()
                answer_in_child(connection, store, text, partial(_payload, media=media), timeout, memory, False)
            os.close(fds[0])
    finally:
        os._exit(0)


def _payload(results, media: str) -> bytes:
    import pyoxigraph

    if media in _GRAPH_TYPES:
        return results.serialize(format=getattr(pyoxigraph.RdfFormat, _GRAPH_TYPES[media]))
    return results.serialize(format=getattr(pyoxigraph.QueryResultsFormat, _RESULT_TYPES[media]))


class _RequestReader:
    """The request's bytes, read against one deadline for the whole request.

    A socket timeout alone starts again with every byte, so a client that sends a header line
    every two seconds would hold its thread for as long as it liked.
    """

    def __init__(self, connection: socket.socket, seconds: float):
        self._connection = connection
        self._deadline = time.monotonic() + seconds
        self._buffer = bytearray()

    def readline(self, limit: int = -1) -> bytes:
        while True:
            end = self._buffer.find(b"\n")
            if end >= 0 and (limit < 0 or end < limit):
                return self._take(end + 1)
            if 0 <= limit <= len(self._buffer) or not self._fill():
                return self._take(len(self._buffer) if limit < 0 else limit)

    def read(self, size: int) -> bytes:
        while len(self._buffer) < size and self._fill():
            pass
        return self._take(size)

    def close(self) -> None:
        pass

    def _fill(self) -> bool:
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("the request did not arrive in time")
        self._connection.settimeout(remaining)
        chunk = self._connection.recv(65536)
        self._buffer += chunk
        return bool(chunk)

    def _take(self, size: int) -> bytes:
        taken = bytes(self._buffer[:size])
        del self._buffer[:size]
        return taken


class _Handler(BaseHTTPRequestHandler):
    store = None
    query_timeout = 10.0
    max_body = 100_000
    memory: int | None = None
    read_timeout = 5.0
    cors = False
    server_version = "rightsgraph"

    def setup(self) -> None:
        super().setup()
        self.rfile.close()
        self.rfile = _RequestReader(self.connection, self.read_timeout)
        self._head = False

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

    def do_HEAD(self) -> None:  # noqa: N802
        self._head = True
        self.do_GET()

    def do_OPTIONS(self) -> None:  # noqa: N802
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Allow", _ALLOW)
        if self.cors:
            self.send_header("Access-Control-Allow-Methods", _ALLOW)
            self.send_header("Access-Control-Allow-Headers", "Accept, Content-Type")
        self._end_headers()

    def do_POST(self) -> None:  # noqa: N802
        url = urlparse(self.path)
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0:
            return self._error(HTTPStatus.BAD_REQUEST, "Content-Length is not a number of bytes")
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
        try:
            form = check_query(query)
        except QueryError as error:
            return self._refuse(error)
        offered = _GRAPH_TYPES if form in ("CONSTRUCT", "DESCRIBE") else _RESULT_TYPES
        media = choose_media(self.headers.get("Accept"), offered)
        if media is None:
            return self._error(HTTPStatus.NOT_ACCEPTABLE, f"this query's results can be sent as: {', '.join(offered)}")
        try:
            payload = self._run(query, media)
        except QueryError as error:
            return self._refuse(error)
        except RuntimeError as error:
            return self._error(HTTPStatus.INTERNAL_SERVER_ERROR, str(error))
        self._send(HTTPStatus.OK, f"{media}; charset=utf-8", payload)

    def _run(self, query: str, media: str) -> bytes:
        connection = self.server.forker.connect()
        try:
            connection.send((query, media))
            return receive_answer(connection, self.query_timeout, self.memory)
        finally:
            connection.close()

    def _refuse(self, error: QueryError) -> None:
        status = next((code for kind, code in _STATUS.items() if isinstance(error, kind)), HTTPStatus.BAD_REQUEST)
        self._error(status, str(error))

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))

    def _send(self, status: int, content_type: str, payload: bytes) -> None:
        # the reply may not take longer to send than the request took to arrive
        self.connection.settimeout(self.read_timeout)
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self._end_headers()
        if not self._head:
            self.wfile.write(payload)

    def _end_headers(self) -> None:
        if self.cors:
            self.send_header("Access-Control-Allow-Origin", "*")
        self.end_headers()

