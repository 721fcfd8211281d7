"""The embedded store against rdflib's memory store, at about a million triples.

Builds the reference-style graph of one article, copies it under fresh IRIs until it holds
about N triples (default 1,000,000), then, each engine in its own process so peak memory is
its own: load time, peak RSS, and the time of every named query.

    python benchmarks/store.py [ARTICLE.txt] [--triples N]
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def make_data(article: Path, triples: int, out: Path) -> int:
    from rightsgraph import graph_of

    lines = graph_of(article).serialize(format="nt").splitlines()
    lines = [line for line in lines if line.strip()]
    copies = max(1, triples // len(lines))
    with out.open("w", encoding="utf-8") as stream:
        for copy in range(copies):
            # every copy is a different corpus: same shape, other IRIs
            stream.write("\n".join(line.replace("https://w3id.org/rightsgraph/id/", f"https://w3id.org/rightsgraph/id/c{copy}/") for line in lines))
            stream.write("\n")
    return copies * len(lines)


def run_engine(engine: str, data: Path) -> dict:
    from rightsgraph.graph.query import named_queries

    started = time.perf_counter()
    if engine == "pyoxigraph":
        import pyoxigraph

        store = pyoxigraph.Store()
        store.bulk_load(path=str(data), format=pyoxigraph.RdfFormat.N_TRIPLES)
        run = lambda text: len(list(store.query(text)))  # noqa: E731
    else:
        from rdflib import Graph

        store = Graph()
        store.parse(data, format="nt")
        run = lambda text: len(list(store.query(text)))  # noqa: E731
    result = {"engine": engine, "load_s": round(time.perf_counter() - started, 2)}
    for name, query in named_queries().items():
        started = time.perf_counter()
        rows = run(query.text)
        result[f"{name}_s"] = round(time.perf_counter() - started, 3)
        result[f"{name}_rows"] = rows
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("article", nargs="?", default=str(HERE.parent / "examples" / "dprk-accountability.txt"))
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--engine", help=argparse.SUPPRESS)
    parser.add_argument("--data", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.engine:
        print(json.dumps(run_engine(options.engine, Path(options.data))))
        return
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data.nt"
        count = make_data(Path(options.article), options.triples, data)
        print(f"{count} triples")
        rows = []
        for engine in ("pyoxigraph", "rdflib"):
            output = subprocess.run([sys.executable, __file__, "--engine", engine, "--data", str(data)],
                                    capture_output=True, text=True, check=True).stdout
            rows.append(json.loads(output))
    keys = list(rows[0])
    print(" | ".join(["measure"] + [row["engine"] for row in rows]))
    for key in keys[1:]:
        print(" | ".join([key] + [str(row.get(key)) for row in rows]))


if __name__ == "__main__":
    main()
