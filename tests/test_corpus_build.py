"""Building a corpus: batches, processes, the cache, and a quick start."""

from __future__ import annotations

import pytest

import subprocess
import sys

from click.testing import CliRunner

from rightsgraph.cli import cli

pytestmark = pytest.mark.slow  # a real server, browser, corpus or many examples: run by CI, not between edits

ARTICLES = {
    "a.txt": "Eritrea report\n\nThe Special Rapporteur on the situation of human rights in Eritrea, Hana Berhe, said forced labour continues.\n",
    "b.txt": "Syria findings\n\nThe Commission of Inquiry on Syria found that torture and enforced disappearances continue.\n",
    "c.txt": "Iran executions\n\nAmnesty International’s 2022 report Death Rows documented public executions in Iran.\n",
}


def write_corpus(folder, articles=ARTICLES):
    folder.mkdir(exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")


def build(folder, out, *extra):
    result = CliRunner().invoke(cli, ["build", str(folder), "-o", str(out), *extra])
    assert result.exit_code == 0, result.output
    return result.output


def test_a_rebuild_processes_only_what_changed_and_drops_what_is_gone(tmp_path):
    corpus = tmp_path / "corpus"
    write_corpus(corpus)
    out = tmp_path / "out"
    assert "3 built, 0 from cache" in build(corpus, out)
    assert "0 built, 3 from cache" in build(corpus, out)
    (corpus / "b.txt").write_text(ARTICLES["b.txt"].replace("Syria", "Libya"), encoding="utf-8")
    (corpus / "d.txt").write_text("Myanmar note\n\nOHCHR said abductions continue in Myanmar.\n", encoding="utf-8")
    (corpus / "c.txt").unlink()
    output = build(corpus, out)
    assert "3 article(s): 2 built, 1 from cache" in output
    turtle = (out / "graph.ttl").read_text(encoding="utf-8")
    assert "Death Rows" not in turtle and "Libya" in turtle and "Syria findings" not in turtle
    assert len(list((out / ".rightsgraph-cache").glob("*.nt"))) == 3


def test_two_processes_give_the_same_bytes_as_one_and_as_one_batch(tmp_path):
    from rightsgraph.corpus import ArticleOptions, build_corpus
    from rightsgraph.corpus_outputs import write_outputs

    corpus = tmp_path / "corpus"
    write_corpus(corpus, {f"{i:02d}-{name}": text for i in range(12) for name, text in ARTICLES.items()})
    build(corpus, tmp_path / "one", "--jobs", "1")  # 36 articles: one batch in this process
    build(corpus, tmp_path / "two", "--jobs", "2")  # batches of 16 spread over two workers
    _summary, built = build_corpus(sorted(corpus.glob("*.txt")), tmp_path / "here", ArticleOptions(), batch_size=5)
    write_outputs(built, tmp_path / "here", "rightsgraph")  # eight batches, one after the other in this process
    for name in ("graph.ttl", "graph.nq", "graph.html"):
        expected = (tmp_path / "one" / name).read_bytes()
        assert (tmp_path / "two" / name).read_bytes() == expected, name
        assert (tmp_path / "here" / name).read_bytes() == expected, name


def test_one_named_graph_per_article_in_the_nquads(tmp_path):
    import pyoxigraph

    corpus = tmp_path / "corpus"
    write_corpus(corpus)
    build(corpus, tmp_path / "out")
    graphs = {quad.graph_name.value for quad in pyoxigraph.parse(path=str(tmp_path / "out" / "graph.nq"), format=pyoxigraph.RdfFormat.N_QUADS)}
    assert len([g for g in graphs if "/article/" in g]) == 3


def test_help_imports_neither_spacy_nor_pyvis_nor_pyoxigraph():
    code = ("import sys; from click.testing import CliRunner; from rightsgraph.cli import cli; "
            "CliRunner().invoke(cli, ['--help']); "
            "print(sorted(m for m in ('spacy', 'pyvis', 'pyoxigraph', 'rdflib') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = result.stdout.strip()
    assert "spacy" not in loaded and "pyvis" not in loaded and "pyoxigraph" not in loaded, loaded


def test_the_page_is_made_without_importing_pyvis(tmp_path):
    """Importing pyvis imports networkx and IPython (0.12 to 0.32 s of a build); the page
    reads only the vis-network files it ships."""
    corpus = tmp_path / "corpus"
    write_corpus(corpus)
    code = "import sys, rightsgraph; rightsgraph.build([sys.argv[1]], sys.argv[2]); print('pyvis' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code, str(corpus), str(tmp_path / "out")], capture_output=True,
                            text=True, check=True)
    assert result.stdout.strip().splitlines()[-1] == "False"
    assert "vis-network" in (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")


def test_the_command_gives_the_same_bytes_whatever_the_hash_seed(tmp_path):
    import os

    corpus = tmp_path / "corpus"
    write_corpus(corpus)
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / f"out-{seed}"
        subprocess.run([sys.executable, "-m", "rightsgraph.cli", "build", str(corpus), "-o", str(out), "--no-progress"],
                       check=True, capture_output=True, env=dict(os.environ, PYTHONHASHSEED=seed))
        outputs.append({name: (out / name).read_bytes() for name in ("graph.ttl", "graph.nq", "graph.html")})
    assert outputs[0] == outputs[1]


def test_a_large_corpus_page_shows_its_most_connected_things_with_a_note(tmp_path, monkeypatch):
    from rightsgraph import corpus_outputs as corpus

    monkeypatch.setattr(corpus, "WHOLE_PAGE_UP_TO", 100)  # take the large-corpus path on a small corpus
    monkeypatch.setattr(corpus, "PAGE_NODES", 3)
    folder = tmp_path / "corpus"
    write_corpus(folder)
    out = tmp_path / "out"
    build(folder, out)
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert "Showing the 3 most connected of" in page
    result = CliRunner().invoke(cli, ["validate", str(out / "graph.ttl")])
    assert result.exit_code == 0, result.output
