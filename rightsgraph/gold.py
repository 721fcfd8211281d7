"""Gold annotation files (their format is described beside the shared corpus): reading one,
and pairing a folder of them with the articles they name. ``evaluation`` scores graphs
against them."""

from __future__ import annotations

import json
from pathlib import Path

from rightsgraph.errors import RightsGraphError


class GoldError(RightsGraphError, ValueError):
    """The gold file cannot be read."""


def load_gold(path: str | Path) -> dict:
    path = Path(path)
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise GoldError(f"{path}: cannot read gold file ({error.strerror or error})") from error
    except json.JSONDecodeError as error:
        raise GoldError(f"{path}: line {error.lineno}: not valid JSON ({error.msg})") from error
    if not isinstance(gold, dict) or "article" not in gold:
        raise GoldError(f"{path}: not a rightsgraph gold file (no \"article\" key)")
    return gold


def gold_pairs(gold_dir: str | Path, articles_dir: str | Path) -> list[tuple[Path, Path]]:
    """``(article path, gold path)`` for each gold file in ``gold_dir`` (``*.json``, in name
    order), the article being the one it names in ``articles_dir``."""
    gold_dir, articles_dir = Path(gold_dir), Path(articles_dir)
    pairs = [(articles_dir / load_gold(path)["article"], path) for path in sorted(gold_dir.glob("*.json"))]
    if not pairs:
        raise GoldError(f"{gold_dir}: no gold files (*.json)")
    return pairs
