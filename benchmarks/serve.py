"""`serve` under load: many concurrent clients of small queries, and one stalled client.

Starts ``rightsgraph serve`` on loopback over GRAPH (by default a generated graph of about
3,000 triples), opens one client that sends a header line every 2 s and never finishes its
request, then runs CLIENTS threads that each send QUERIES small queries one after another.
Prints how many were answered (HTTP 200), the latency percentiles, the machine and the date.

    python benchmarks/serve.py [GRAPH] [--clients 50] [--queries 20]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import date
from pathlib import Path

SMALL_QUERIES = [
    "ASK { ?s ?p ?o }",
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "SELECT ?s ?o WHERE { ?s <http://example.org/knows> ?o } LIMIT 10",
    "SELECT ?label WHERE { <http://example.org/person/7> <http://www.w3.org/2000/01/rdf-schema#label> ?label }",
]


def make_graph(path: Path, people: int = 1000) -> None:
    with path.open("w", encoding="utf-8") as stream:
        for i in range(people):
            stream.write(f'<http://example.org/person/{i}> <http://www.w3.org/2000/01/rdf-schema#label> "Person {i}" .\n')
            stream.write(f"<http://example.org/person/{i}> <http://example.org/knows> <http://example.org/person/{(i * 7) % people}> .\n")
            stream.write(f"<http://example.org/person/{i}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/Person> .\n")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, server: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and server.poll() is None:
        try:
            urllib.request.urlopen(f"{url}?query=ASK%7B%7D", timeout=2).read()
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"{url} did not come up (server exit code {server.poll()})")


def stall(port: int, stop: threading.Event) -> int:
    """One client that sends a header line every 2 s and never ends its request."""
    lines = 0
    with socket.create_connection(("127.0.0.1", port)) as sock:
        sock.sendall(b"GET /query?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        while not stop.wait(2):
            try:
                sock.sendall(f"X-Slow-{lines}: 1\r\n".encode())
                lines += 1
            except OSError:  # the server cut it off at its deadline: open another
                return lines + stall(port, stop)
    return lines


def client(url: str, queries: int, offset: int, latencies: list[float], failures: list[str]) -> None:
    for i in range(queries):
        query = SMALL_QUERIES[(offset + i) % len(SMALL_QUERIES)]
        started = time.monotonic()
        try:
            with urllib.request.urlopen(f"{url}?{urllib.parse.urlencode({'query': query})}", timeout=30) as reply:
                reply.read()
                ok = reply.status == 200
        except (OSError, urllib.error.HTTPError) as error:
            ok = False
            failures.append(f"{type(error).__name__}: {error}")
        if ok:
            latencies.append(time.monotonic() - started)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def run(graph: Path, clients: int, queries: int) -> dict:
    port = free_port()
    url = f"http://127.0.0.1:{port}/query"
    server = subprocess.Popen([sys.executable, "-m", "rightsgraph.cli", "serve", str(graph), "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_until_up(url, server)
        stop = threading.Event()
        stalled = threading.Thread(target=stall, args=(port, stop), daemon=True)
        stalled.start()
        time.sleep(0.5)  # the stalled client is connected before the others start
        latencies: list[float] = []
        failures: list[str] = []
        threads = [threading.Thread(target=client, args=(url, queries, n, latencies, failures)) for n in range(clients)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.monotonic() - started
        stop.set()
    finally:
        server.terminate()
        server.wait(timeout=20)
    return {
        "clients": clients, "queries": clients * queries, "answered": len(latencies), "failed": len(failures),
        "p50_s": round(percentile(latencies, 0.50), 3) if latencies else None,
        "p99_s": round(percentile(latencies, 0.99), 3) if latencies else None,
        "max_s": round(max(latencies), 3) if latencies else None,
        "wall_s": round(elapsed, 2), "first_failures": failures[:3],
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, Python {platform.python_version()}",
        "date": date.today().isoformat(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graph", nargs="?", type=Path)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--queries", type=int, default=20, help="queries per client")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        graph = args.graph
        if graph is None:
            graph = Path(folder) / "people.nt"
            make_graph(graph)
        print(json.dumps(run(graph, args.clients, args.queries), indent=2))


if __name__ == "__main__":
    main()
