from __future__ import annotations

import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared beside the checkout: skipped when absent, an error under CI."""
    if not (SHARED / "corpus").is_dir() or not (SHARED / "gold").is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{SHARED} is missing: CI must run with ../shared beside the checkout")
        pytest.skip(f"{SHARED} is absent: the development corpus and gold files are not on this machine")
    return SHARED


@pytest.fixture(scope="session")
def develop_texts(shared) -> list[str]:
    """The texts of the development articles (benchmarks/split.json's "develop" part)."""
    import json

    split = json.loads((Path(__file__).resolve().parents[1] / "benchmarks" / "split.json").read_text(encoding="utf-8"))
    return [(shared / "corpus" / name).read_text(encoding="utf-8") for name in split["develop"]]


@pytest.fixture(scope="session")
def shared_corpus_build(shared, tmp_path_factory) -> Path:
    """The whole shared corpus built as one corpus by `rightsgraph build`: its output folder."""
    from click.testing import CliRunner

    from rightsgraph.cli import cli

    out = tmp_path_factory.mktemp("shared-corpus")
    result = CliRunner().invoke(cli, ["build", str(shared / "corpus"), "-o", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="session")
def nlp():
    from rightsgraph.builders.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def build():
    """Build an extraction from article text written for a test."""
    from rightsgraph.builders import article_from_text, extract

    def run(text: str, **metadata):
        return extract(article_from_text(text, **metadata))

    return run
