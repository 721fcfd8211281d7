"""Whole UN reports: pages, seconds, processor time and peak memory of `rightsgraph build`
on each report in ../shared/reports, side by side with spaCy's own nlp.pipe over the same
paragraphs (the text rightsgraph reads, split at its blank lines, through the same model).

    python benchmarks/reports.py [--reports ../shared/reports] [--repeat 3] [--wait-idle 0.8]
                                 [--variant LABEL=TREE ...]

Each measurement is a fresh process started from here, the runs of one report alternated
(build, nlp.pipe with OpenBLAS's threads, nlp.pipe with one BLAS thread, then again); a
figure is the median of ``--repeat`` runs. "s" is the wall time from the process's start to
its end as seen from here (Python's start and every import counted, and every process the
build starts); "in s" the time inside it from after importing rightsgraph's builders, as
measured before 3 December 2026; CPU the processor time of the process and every process it
started; peak memory the highest proportional set size of the process and its children,
sampled every 50 ms. nlp.pipe runs on one process (the model loaded in it, the PDF read in
it), 32 paragraphs a batch, with the BLAS threads OpenBLAS chooses and with one
(``threadpoolctl``); the ratio is against the quicker of the two. ``--variant LABEL=TREE``
also builds with the rightsgraph of another source tree (a worktree of another commit),
alternated with this one.
"""

from __future__ import annotations

import argparse
import csv
import resource
import statistics
import sys
import time
from pathlib import Path

from corpus import run, wait_idle

HERE = Path(__file__).resolve().parent
DEFAULT_REPORTS = HERE.parent.parent / "shared" / "reports"

BUILD = """
import json, sys, tempfile, time
from pathlib import Path
from rightsgraph.builders.article import article_from_path
start = time.perf_counter()
import rightsgraph
with tempfile.TemporaryDirectory() as folder:
    rightsgraph.build([Path(sys.argv[2])], folder)
print(json.dumps({"inside": time.perf_counter() - start}))
"""

PIPE = """
import json, sys, time
from rightsgraph.builders.article import article_from_path
start = time.perf_counter()
from contextlib import nullcontext
from threadpoolctl import threadpool_limits
from rightsgraph.builders.nlp import load_nlp
with threadpool_limits(1, user_api="blas") if sys.argv[3] == "1" else nullcontext():
    nlp = load_nlp()
    text = article_from_path(sys.argv[2]).text
    for _doc in nlp.pipe([block for block in text.split("\\n\\n") if block.strip()], batch_size=32):
        pass
print(json.dumps({"inside": time.perf_counter() - start}))
"""


def measure(code: str, path: Path, *arguments: str, variant: str | None = None) -> dict:
    """One fresh process: its result, wall time seen from here, CPU of it and its children."""
    def children_cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    started, cpu = time.perf_counter(), children_cpu()
    result = run(code, str(path.parent), str(path), *arguments, variant=variant)
    result["wall"] = time.perf_counter() - started
    result["cpu"] = children_cpu() - cpu
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=Path, default=DEFAULT_REPORTS)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--wait-idle", type=float, metavar="SHARE",
                        help="before each run, wait (up to 10 minutes) until the processors were this idle")
    parser.add_argument("--variant", action="append", default=[], metavar="LABEL=TREE",
                        help="also build with the rightsgraph of this source tree")
    options = parser.parse_args()
    from rightsgraph.builders.article import article_from_path

    builds = [("build", None), *((label, tree) for label, tree in (item.split("=", 1) for item in options.variant))]
    with (options.reports / "index.tsv").open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t"))
    print("| report | pages | words | build | s (in s) | CPU s | peak MB | nlp.pipe s (in s), BLAS threads / one | "
          "CPU s | peak MB | build / quicker pipe |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for row in rows:
        path = options.reports / row["file"]
        words = len(article_from_path(path).text.split())
        runs: dict[str, list[dict]] = {}
        for _round in range(options.repeat):
            for label, tree in builds:
                _wait(options.wait_idle)
                runs.setdefault(label, []).append(measure(BUILD, path, variant=tree))
            for threads in ("default", "1"):
                _wait(options.wait_idle)
                runs.setdefault(f"pipe {threads}", []).append(measure(PIPE, path, threads))
        pipes = {threads: _median(runs[f"pipe {threads}"]) for threads in ("default", "1")}
        quicker = min(pipes.values(), key=lambda figures: figures["wall"])
        for label, _tree in builds:
            build = _median(runs[label])
            print(f"| {row['symbol']} | {row['pages']} | {words:,} | {label} | {build['wall']:.2f} "
                  f"({build['inside']:.2f}) | {build['cpu']:.2f} | {build['tree_mb']:,.0f} | "
                  f"{pipes['default']['wall']:.2f} ({pipes['default']['inside']:.2f}) / {pipes['1']['wall']:.2f} "
                  f"({pipes['1']['inside']:.2f}) | {quicker['cpu']:.2f} | {quicker['tree_mb']:,.0f} | "
                  f"{build['wall'] / quicker['wall']:.2f}× ({build['inside'] / quicker['inside']:.2f}× inside) |",
                  flush=True)


def _median(runs: list[dict]) -> dict:
    return {key: statistics.median(run[key] for run in runs) for key in ("wall", "inside", "cpu", "tree_mb")}


def _wait(share: float | None) -> None:
    if share:
        wait_idle(idle=share)


if __name__ == "__main__":
    sys.exit(main())
