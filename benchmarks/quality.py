"""Extraction quality on the shared corpus, on each part of the split in `split.json`.

    python benchmarks/quality.py                          # both parts, a table each
    python benchmarks/quality.py --part develop --misses  # and every miss of the development part

The measured part is only scored: its misses are never printed, so that nothing is tuned on
the articles that stand in for the ones the tool is judged on.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from rightsgraph.evaluation import evaluate_articles
from rightsgraph.scores import format_table

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[0].parent / "shared"


def load_split() -> dict[str, list[str]]:
    """The article file names of each part: ``develop`` and ``measure``."""
    split = json.loads((HERE / "split.json").read_text(encoding="utf-8"))
    return {part: split[part] for part in ("develop", "measure")}


def pairs(part: str, shared: Path = SHARED) -> list[tuple[Path, Path]]:
    """(article, gold) paths of one part of the split."""
    return [(shared / "corpus" / name, shared / "gold" / f"{Path(name).stem}.json") for name in load_split()[part]]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=["develop", "measure", "both"], default="both")
    parser.add_argument("--misses", action="store_true", help="every miss and spurious item (develop part only)")
    options = parser.parse_args(argv)
    if not (SHARED / "gold").is_dir():
        print(f"{SHARED} not found: the shared corpus lives beside the checkout", file=sys.stderr)
        return 2
    if options.misses and options.part != "develop":
        print("--misses is for --part develop: the measured part is scored, never read", file=sys.stderr)
        return 2
    parts = ["develop", "measure"] if options.part == "both" else [options.part]
    for part in parts:
        scores, total = evaluate_articles(pairs(part))
        print(f"## {part} ({len(scores)} articles)\n")
        print(format_table(scores, total))
        print()
        if options.misses:
            for miss in total.misses:
                print(f"  {miss}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
