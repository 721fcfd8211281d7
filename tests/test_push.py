"""push tells the truth, keeps the password out of every message and prints a server's reply inert.

Against a tiny HTTP server in a thread on loopback, or a loopback port where nothing listens.
"""

from __future__ import annotations

import base64
import http.server
import socket
import threading

import pytest
from click.testing import CliRunner

from rightsgraph.cli import cli

pytestmark = pytest.mark.slow  # a real server, browser, corpus or many examples: run by CI, not between edits

TURTLE = "@prefix ex: <http://example.org/> .\n" + "".join(f"ex:s{n} ex:p ex:o{n} .\n" for n in range(5))


def run(*arguments):
    return CliRunner().invoke(cli, [str(argument) for argument in arguments])


class _Store(http.server.ThreadingHTTPServer):
    """Records every request; ``answer(method, number)`` gives (status, reason, body) for each."""

    def __init__(self, answer):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.answer = answer
        self.requests: list[tuple[str, str, dict[str, str], bytes]] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_port}/store"


class _Handler(http.server.BaseHTTPRequestHandler):
    def _answer(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.server.requests.append((self.command, self.path, dict(self.headers), body))
        status, reason, reply = self.server.answer(self.command, len(self.server.requests))
        self.send_response(status, reason)
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    do_PUT = do_POST = _answer

    def log_message(self, *_arguments) -> None:
        pass


@pytest.fixture()
def store():
    servers = []

    def start(answer=lambda _method, _number: (204, None, b"")):
        server = _Store(answer)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


@pytest.fixture()
def graph_file(tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_text(TURTLE, encoding="utf-8")
    return path


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_retries_0_still_sends_once_and_a_push_that_reached_nothing_exits_1(graph_file):
    result = run("push", graph_file, "--store", f"http://127.0.0.1:{_closed_port()}/store", "--retries", "0")
    assert result.exit_code == 1
    assert result.output.count("\n") == 1
    assert "cannot reach the store" in result.output and "nothing was sent" in result.output


@pytest.mark.parametrize(("retries", "tries"), [("0", 1), ("1", 2)])
def test_retries_count_the_tries_after_the_first(store, graph_file, retries, tries):
    server = store(lambda _method, _number: (503, "Busy", b"try later"))
    result = run("push", graph_file, "--store", server.url, "--retries", retries)
    assert result.exit_code == 1
    assert len(server.requests) == tries
    assert "the store refused (503 Busy): try later" in result.output


def test_a_push_that_worked_sends_every_batch_and_exits_0(store, graph_file):
    server = store()
    result = run("push", graph_file, "--store", server.url, "--batch", "2", "--retries", "0")
    assert result.exit_code == 0, result.output
    assert [method for method, *_rest in server.requests] == ["PUT", "POST", "POST"]
    assert sum(body.count(b"\n") for *_rest, body in server.requests) == 5


def test_a_last_batch_that_failed_exits_1_and_says_what_the_store_holds(store, graph_file):
    server = store(lambda method, _number: (204, None, b"") if method == "PUT" else (500, "Broken", b"disk full"))
    result = run("push", graph_file, "--store", server.url, "--batch", "3", "--retries", "0")
    assert result.exit_code == 1
    assert result.output.count("\n") == 1
    assert "batch 2 of 2" in result.output and "holds only the first 3 of 5 triples" in result.output


def test_a_push_of_no_triples_sent_nothing_and_exits_1(store, tmp_path):
    server = store()
    empty = tmp_path / "empty.ttl"
    empty.write_text("@prefix ex: <http://example.org/> .\n", encoding="utf-8")
    result = run("push", empty, "--store", server.url)
    assert result.exit_code == 1
    assert "nothing sent" in result.output and result.output.count("\n") == 1
    assert server.requests == []


def test_credentials_in_the_store_url_are_sent_as_basic_auth_not_in_the_url(store, graph_file):
    server = store()
    url = server.url.replace("http://", "http://alice:s%40cret@")
    result = run("push", graph_file, "--store", url, "--retries", "0")
    assert result.exit_code == 0, result.output
    (_method, path, headers, _body), = server.requests
    assert path.startswith("/store?graph=")
    assert headers["Authorization"] == "Basic " + base64.b64encode(b"alice:s@cret").decode("ascii")
    assert "cret" not in result.output


def test_user_option_is_sent_as_basic_auth(store, graph_file):
    server = store()
    assert run("push", graph_file, "--store", server.url, "--user", "bob:pw", "--retries", "0").exit_code == 0
    assert server.requests[0][2]["Authorization"] == "Basic " + base64.b64encode(b"bob:pw").decode("ascii")


@pytest.mark.parametrize("where", ["refused", "unreachable"])
def test_a_password_in_the_store_url_is_never_printed(store, graph_file, where):
    if where == "refused":
        url = store(lambda _method, _number: (401, "Unauthorized", b"wrong password")).url
    else:
        url = f"http://127.0.0.1:{_closed_port()}/store"
    result = run("push", graph_file, "--store", url.replace("http://", "http://alice:hunter2@"), "--retries", "0")
    assert result.exit_code == 1
    assert "hunter2" not in result.output
    assert "http://alice:***@127.0.0.1:" in result.output


def test_a_password_in_a_bad_store_url_is_never_printed(graph_file):
    result = run("push", graph_file, "--store", "http://alice:hunter2@127.0.0.1:99999/store")
    assert result.exit_code == 2
    assert "hunter2" not in result.output and "alice:***@" in result.output


def test_the_servers_reply_is_printed_with_control_and_bidi_characters_escaped(store, graph_file):
    hostile = "\x1b[2J\x1b]0;owned\x07bad \u202egnp.exe\r\nsecond line".encode("utf-8")
    server = store(lambda _method, _number: (400, "Bad\x1b[31m", hostile))
    result = run("push", graph_file, "--store", server.url, "--retries", "0")
    assert result.exit_code == 1
    assert "\x1b" not in result.output and "\x07" not in result.output and "\u202e" not in result.output
    assert "\\x1b[2J\\x1b]0;owned\\x07bad \\u202egnp.exe" in result.output
    assert "Bad\\x1b[31m" in result.output
    assert result.output.count("\n") == 1


@pytest.mark.parametrize(
    ("store_url", "message"),
    [
        ("not a url", "--store not a url: not an http:// or https:// URL"),
        ("ftp://127.0.0.1/store", "--store ftp://127.0.0.1/store: not an http:// or https:// URL"),
        ("http:///store", "not an http:// or https:// URL with a host"),
        ("http://127.0.0.1:99999/store", "--store http://127.0.0.1:99999/store: not a URL"),
    ],
)
def test_a_store_that_is_not_an_http_url_is_a_usage_error(graph_file, store_url, message):
    result = run("push", graph_file, "--store", store_url)
    assert result.exit_code == 2
    assert message in result.output and result.output.count("\n") == 1
