"""Whole UN reports: pages, seconds, words per second and peak memory of `rightsgraph build`
on each report in ../shared/reports, side by side with spaCy's own nlp.pipe over the same
paragraphs (the text rightsgraph reads, split at its blank lines, through the same model).

    python benchmarks/reports.py [--reports ../shared/reports]

Each measurement is a fresh process (the model loaded in it, counted in its time and
memory); peak memory is that process's own peak RSS (``ru_maxrss``).
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_REPORTS = HERE.parent.parent / "shared" / "reports"


def measure(mode: str, path: Path) -> dict:
    """Run one mode on one report, here: its seconds and this process's peak RSS."""
    from rightsgraph.builders.article import article_from_path

    started = time.perf_counter()
    if mode == "build":
        import rightsgraph

        with tempfile.TemporaryDirectory() as folder:
            rightsgraph.build([path], folder)
    else:
        from rightsgraph.builders.nlp import load_nlp

        nlp = load_nlp()
        text = article_from_path(path).text
        for _doc in nlp.pipe([block for block in text.split("\n\n") if block.strip()], batch_size=32):
            pass
    seconds = time.perf_counter() - started
    words = len(article_from_path(path).text.split())
    return {"seconds": seconds, "words": words, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=Path, default=DEFAULT_REPORTS)
    parser.add_argument("--one", nargs=2, metavar=("MODE", "PDF"), help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.one:
        print(json.dumps(measure(options.one[0], Path(options.one[1]))))
        return
    with (options.reports / "index.tsv").open(encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream, delimiter="\t"))
    print("| report | pages | words | build s | build words/s | build peak MB | nlp.pipe s | nlp.pipe peak MB | build / pipe |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for row in rows:
        path = options.reports / row["file"]
        figures = {}
        for mode in ("build", "pipe"):
            done = subprocess.run([sys.executable, __file__, "--one", mode, str(path)], capture_output=True, text=True,
                                  check=True)
            figures[mode] = json.loads(done.stdout.strip().splitlines()[-1])
        build, pipe = figures["build"], figures["pipe"]
        print(f"| {row['symbol']} | {row['pages']} | {build['words']:,} | {build['seconds']:.1f} | "
              f"{build['words'] / build['seconds']:,.0f} | {build['peak_mb']:,.0f} | {pipe['seconds']:.1f} | "
              f"{pipe['peak_mb']:,.0f} | {build['seconds'] / pipe['seconds']:.1f}× |", flush=True)


if __name__ == "__main__":
    main()
