"""Extraction quality on the development corpus: `rightsgraph evaluate` over ../shared.

    python benchmarks/quality.py            # the table, as in the README
    python benchmarks/quality.py --misses   # and every miss and spurious item
"""

from __future__ import annotations

import sys
from pathlib import Path

from click.testing import CliRunner

from rightsgraph.cli import cli

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def main(argv: list[str]) -> int:
    if not (SHARED / "gold").is_dir():
        print(f"{SHARED} not found: the development corpus lives beside the checkout", file=sys.stderr)
        return 2
    arguments = ["evaluate", "--gold-dir", str(SHARED / "gold"), "--articles", str(SHARED / "corpus"), *argv]
    result = CliRunner().invoke(cli, arguments)
    sys.stdout.write(result.output)
    return result.exit_code


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
