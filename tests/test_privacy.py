"""``--pseudonymise``: no private person's name in any output or the cache, officials keep
theirs, the same person gets the same pseudonym under one salt (texts and names invented
for the test)."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal
from rdflib.compare import graph_diff, isomorphic
from rdflib.namespace import RDF, RDFS, SKOS

from rightsgraph.builders.records import Article, Entity, Extraction, Mention, PostHolding, Span
from rightsgraph.cli import cli
from rightsgraph.corpus import CACHE_FOLDER
from rightsgraph.graph.privacy import WITHHELD, private_persons, pseudonym_code, pseudonymise
from rightsgraph.graph.prefixes import OA, SCHEMA
from rightsgraph.ontology import ID, RG

ARTICLE = """UN expert alarmed by the detention of Dario Pellucci
GENEVA (4 May 2021) – The UN Special Rapporteur on torture, Ilse Varnhagen, said on Tuesday that Dario Pellucci, \
a farmer, was detained in March and beaten in custody in Belarus. His sister, Carla Pellucci, told the Special \
Rapporteur that Pellucci's lawyer had been denied access to him. "They took Dario at night and we have not seen him \
since," she said.
Ms Varnhagen urged the authorities of Belarus to release Mr Pellucci and to investigate the allegations of torture.
"""
SECOND = """Lawyers of a detained farmer appeal
Human Rights Watch said on Friday that Dario Pellucci was still held without charge in Belarus.
"""
#: every way the private names could be written into an output: as text, as a slug, in capitals
PRIVATE = re.compile(rb"dario|pellucci|carla", re.IGNORECASE)
OUTPUTS = ("graph.ttl", "graph.nq", "graph.html")


def built(tmp_path, *options, articles=(ARTICLE,), name="out", env=None):
    """Build the articles through the command; the output folder."""
    folder = tmp_path / f"{name}-articles"
    folder.mkdir(exist_ok=True)
    for number, text in enumerate(articles):
        (folder / f"article-{number}.txt").write_text(text, encoding="utf-8")
    outdir = tmp_path / name
    result = CliRunner().invoke(cli, ["build", str(folder), "-o", str(outdir), *options],
                                env={"SOURCE_DATE_EPOCH": None, "RIGHTSGRAPH_SALT": None, **(env or {})})
    assert result.exit_code == 0, result.output
    return outdir


def every_file(outdir):
    return sorted(path for path in outdir.rglob("*") if path.is_file() and not path.name.startswith(".rightsgraph.lock"))


def private_iris(outdir) -> set[str]:
    return set(re.findall(r"person/private-[0-9a-f]{10}", (outdir / "graph.nq").read_text(encoding="utf-8")))


def test_a_pseudonymised_build_holds_no_private_name_in_any_output_or_the_cache(tmp_path):
    outdir = built(tmp_path, "--pseudonymise", "--salt", "test salt")
    files = every_file(outdir)
    assert {path.name for path in files} >= set(OUTPUTS) and any(CACHE_FOLDER in path.parts for path in files)
    for path in files:
        assert not PRIVATE.search(path.read_bytes()), path
    for name in OUTPUTS:
        assert b"Ilse Varnhagen" in (outdir / name).read_bytes(), name  # the Special Rapporteur keeps her name
    assert len(private_iris(outdir)) == 2


def test_the_official_keeps_her_iri_and_the_private_persons_are_private_persons(tmp_path):
    outdir = built(tmp_path, "--pseudonymise", "--salt", "test salt")
    graph = Graph().parse(outdir / "graph.ttl")
    assert (ID["person/ilse-varnhagen"], RDF.type, RG.Person) in graph
    for iri in private_iris(outdir):
        code = iri.rsplit("-", 1)[1]
        assert (ID[iri], RG.holdsPost, None) not in graph
        assert set(graph.objects(ID[iri], RDFS.label)) == {Literal(f"Private person {code}", lang="en")}
        assert (ID[iri], SKOS.altLabel, None) not in graph


def test_every_selector_still_points_at_its_words_in_the_pseudonymised_text(tmp_path):
    graph = Graph().parse(built(tmp_path, "--pseudonymise", "--salt", "test salt") / "graph.ttl")
    (text,) = map(str, graph.objects(None, SCHEMA.text))
    assert "Private person" in text and "Ilse Varnhagen" in text
    positions = 0
    for target in set(graph.subjects(OA.hasSelector, None)):
        selectors = list(graph.objects(target, OA.hasSelector))
        (exact,) = (str(value) for selector in selectors for value in graph.objects(selector, OA.exact))
        (start,) = (int(value) for selector in selectors for value in graph.objects(selector, OA.start))
        (end,) = (int(value) for selector in selectors for value in graph.objects(selector, OA.end))
        assert text[start:end] == exact
        positions += 1
    assert positions > 10


def test_the_same_salt_gives_the_same_bytes(tmp_path):
    first = built(tmp_path, "--pseudonymise", "--salt", "test salt", name="first")
    second = built(tmp_path, "--pseudonymise", env={"RIGHTSGRAPH_SALT": "test salt"}, name="second")
    for name in OUTPUTS:
        assert (first / name).read_bytes() == (second / name).read_bytes(), name


def test_another_salt_gives_other_pseudonyms(tmp_path):
    first = built(tmp_path, "--pseudonymise", "--salt", "one salt", name="first")
    second = built(tmp_path, "--pseudonymise", "--salt", "another salt", name="second")
    assert private_iris(first) and not private_iris(first) & private_iris(second)


def test_the_same_person_in_two_articles_gets_one_pseudonym(tmp_path):
    outdir = built(tmp_path, "--pseudonymise", "--salt", "test salt", articles=(ARTICLE, SECOND))
    dario = f"person/private-{pseudonym_code('person:dario-pellucci', b'test salt')}"
    graphs = {line.rsplit(" ", 2)[-2] for line in (outdir / "graph.nq").read_text(encoding="utf-8").splitlines()
              if f"<{ID}{dario}>" in line.split(" ", 1)[0] and "/article/" in line.rsplit(" ", 2)[-2]}
    assert len(graphs) == 2
    assert b"Human Rights Watch" in (outdir / "graph.ttl").read_bytes()


VISIT = """Visit to the family of a detained farmer
Ilse Varnhagen met the family of Dario Pellucci in Minsk on Monday, his sister Carla Pellucci said.
"""


def test_a_person_public_in_one_article_keeps_her_name_in_the_others(tmp_path):
    alone = built(tmp_path, "--pseudonymise", "--salt", "test salt", articles=(VISIT,), name="alone")
    assert b"Varnhagen" not in (alone / "graph.nq").read_bytes()  # no post in this article: a private person
    outdir = built(tmp_path, "--pseudonymise", "--salt", "test salt", articles=(ARTICLE, VISIT))
    visit = [line for line in (outdir / "graph.nq").read_text(encoding="utf-8").splitlines() if "/article/visit-to" in line]
    assert any(f"<{ID}person/ilse-varnhagen>" in line for line in visit)
    assert not PRIVATE.search((outdir / "graph.nq").read_bytes())
    before = {name: (outdir / name).read_bytes() for name in OUTPUTS}
    built(tmp_path, "--pseudonymise", "--salt", "test salt", articles=(ARTICLE, VISIT))  # from the cache
    assert {name: (outdir / name).read_bytes() for name in OUTPUTS} == before
    plain = built(tmp_path, articles=(ARTICLE, VISIT), name="plain")
    turtle = exported(plain / "graph.ttl", tmp_path / "export.ttl", "--format", "ttl", "--pseudonymise", "--salt", "test salt")
    got, wanted = Graph().parse(turtle), Graph().parse(outdir / "graph.ttl")
    assert isomorphic(got, wanted), "\n".join(sorted(map(str, graph_diff(got, wanted)[1])))


def test_without_a_salt_one_is_kept_in_the_cache_and_never_written_into_the_outputs(tmp_path):
    outdir = built(tmp_path, "--pseudonymise")
    salt = (outdir / CACHE_FOLDER / "salt").read_bytes().strip()
    assert len(salt) >= 32 and (outdir / CACHE_FOLDER / "salt").stat().st_mode & 0o077 == 0
    before = {name: (outdir / name).read_bytes() for name in OUTPUTS}
    for entry in (outdir / CACHE_FOLDER).glob("*.nt"):
        entry.unlink()  # the rebuild makes every article's graph again, with the kept salt
    built(tmp_path, "--pseudonymise")
    for name in OUTPUTS:
        assert (outdir / name).read_bytes() == before[name], name
        assert salt not in before[name]
    assert private_iris(outdir) == private_iris(built(tmp_path, "--pseudonymise", "--salt", salt.decode(), name="given"))


def test_a_pseudonymised_rebuild_drops_the_cached_graphs_that_hold_names(tmp_path):
    outdir = built(tmp_path)
    assert PRIVATE.search((outdir / "graph.ttl").read_bytes())
    built(tmp_path, "--pseudonymise", "--salt", "test salt")
    for path in every_file(outdir):
        assert not PRIVATE.search(path.read_bytes()), path


def test_by_default_every_name_is_kept(tmp_path):
    data = (built(tmp_path) / "graph.ttl").read_bytes()
    assert b"Dario Pellucci" in data and b"person/dario-pellucci" in data and b"Private person" not in data


def exported(graph, output, *options, env=None):
    result = CliRunner().invoke(cli, ["export", str(graph), "-o", str(output), *options],
                                env={"RIGHTSGRAPH_SALT": None, **(env or {})})
    assert result.exit_code == 0, result.output
    return output


def test_export_pseudonymises_a_graph_built_with_names_as_a_pseudonymised_build_writes_it(tmp_path):
    plain = built(tmp_path, name="plain")
    turtle = exported(plain / "graph.ttl", tmp_path / "export.ttl", "--format", "ttl", "--pseudonymise",
                      "--salt", "test salt")
    page = exported(plain / "graph.ttl", tmp_path / "export.html", "--format", "html", "--pseudonymise",
                    env={"RIGHTSGRAPH_SALT": "test salt"})
    for path in (turtle, page):
        assert not PRIVATE.search(path.read_bytes()) and b"Ilse Varnhagen" in path.read_bytes(), path
    wanted = Graph().parse(built(tmp_path, "--pseudonymise", "--salt", "test salt") / "graph.ttl")
    got = Graph().parse(turtle)
    assert isomorphic(got, wanted), "\n".join(sorted(map(str, graph_diff(got, wanted)[1])))


def test_export_without_a_salt_takes_the_one_kept_beside_its_output(tmp_path):
    plain = built(tmp_path, name="plain")
    outdir = built(tmp_path, "--pseudonymise")
    turtle = exported(plain / "graph.ttl", outdir / "export.ttl", "--format", "ttl", "--pseudonymise")
    assert set(re.findall(r"person/private-[0-9a-f]{10}", turtle.read_text(encoding="utf-8"))) == private_iris(outdir)


def test_export_keeps_every_name_by_default(tmp_path):
    plain = built(tmp_path, name="plain")
    assert b"Dario Pellucci" in exported(plain / "graph.ttl", tmp_path / "export.ttl", "--format", "ttl").read_bytes()


# -- the rewriting, on records made by hand -------------------------------------------------

TEXT = "Ana Morales and Luis Morales met Jordan Vey. Morales's sister saw Jordan in Jordan. Dr Eva Lind spoke."


def span(text: str, word: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Span(start, start + len(word), word)


def person(key: str, label: str, *mentions: Span, aliases=()) -> Entity:
    return Entity(key=key, kind="person", label=label, mentions=tuple(Mention(m, 0) for m in mentions), aliases=aliases)


def extraction() -> Extraction:
    return Extraction(
        article=Article(text=TEXT, title="Ana Morales and Jordan Vey", name="ana-morales.txt"),
        sentences=(Span(0, 44, TEXT[:44]), Span(45, 83, TEXT[45:83]), Span(84, len(TEXT), TEXT[84:])),
        entities=(person("person:ana-morales", "Ana Morales", span(TEXT, "Ana Morales")),
                  person("person:luis-morales", "Luis Morales", span(TEXT, "Luis Morales")),
                  person("person:jordan-vey", "Jordan Vey", span(TEXT, "Jordan Vey")),
                  person("person:eva-lind", "Eva Lind", span(TEXT, "Eva Lind")),
                  Entity(key="jordan", kind="country", label="Jordan", mentions=(Mention(span(TEXT, "Jordan", 2), 1),))),
        posts=(PostHolding("person:eva-lind", "doctor", "Doctor", span(TEXT, "Dr"), 2),),
    )


def test_a_person_with_a_post_is_public_and_the_others_are_private():
    assert [entity.key for entity in private_persons(extraction())] == \
        ["person:ana-morales", "person:jordan-vey", "person:luis-morales"]


def test_a_name_part_two_private_people_share_is_withheld_and_one_a_public_thing_bears_is_kept():
    salt = b"test salt"
    rewritten = pseudonymise(extraction(), salt)
    ana, luis, jordan = (f"Private person {pseudonym_code(key, salt)}" for key in
                         ("person:ana-morales", "person:luis-morales", "person:jordan-vey"))
    assert rewritten.article.text == (f"{ana} and {luis} met {jordan}. {WITHHELD}'s sister saw Jordan in Jordan. "
                                      "Dr Eva Lind spoke.")
    assert rewritten.article.title == f"{ana} and {jordan}"
    assert rewritten.article.name == f"private-person-{pseudonym_code('person:ana-morales', salt)}.txt"
    for sentence in rewritten.sentences:
        assert rewritten.article.text[sentence.start : sentence.end] == sentence.text
    for entity in rewritten.entities:
        for mention in entity.mentions:
            assert rewritten.article.text[mention.span.start : mention.span.end] == mention.span.text
    keys = [entity.key for entity in rewritten.entities]
    assert "person:eva-lind" in keys and f"person:private-{pseudonym_code('person:jordan-vey', salt)}" in keys
    assert rewritten.posts[0].span.text == "Dr"


def test_an_extraction_with_no_private_person_is_left_as_it_is():
    record = extraction()
    public = Extraction(article=record.article, sentences=record.sentences, entities=record.entities[3:],
                        posts=record.posts)
    assert pseudonymise(public, b"test salt") is public


@pytest.mark.parametrize("salt", [b"one", b"two"])
def test_a_pseudonym_depends_on_the_salt_and_the_key_only(salt):
    assert pseudonym_code("person:ana-morales", salt) == pseudonym_code("person:ana-morales", salt)
    assert pseudonym_code("person:ana-morales", salt) != pseudonym_code("person:luis-morales", salt)
    assert re.fullmatch("[0-9a-f]{10}", pseudonym_code("person:ana-morales", salt))


def test_a_document_long_enough_to_stream_is_pseudonymised_whole(tmp_path, monkeypatch):
    """A text over the streaming length (a report of ten pages) but under the length one call
    of the model takes is read whole when names are to be withheld, and withholds them."""
    from rightsgraph import builders

    monkeypatch.setattr(builders, "STREAM_CHARS", len(ARTICLE) // 2)
    outdir = built(tmp_path, "--pseudonymise", "--salt", "test salt")
    for path in every_file(outdir):
        assert not PRIVATE.search(path.read_bytes()), path
    assert len(private_iris(outdir)) == 2


def test_a_document_too_long_to_pseudonymise_is_refused_with_one_line_and_nothing_written(tmp_path):
    from rightsgraph.builders import CHUNK_CHARS

    article = tmp_path / "long.txt"
    paragraph = ARTICLE.split("\n", 1)[1]
    article.write_text("A long report\n\n" + "\n\n".join([paragraph] * (CHUNK_CHARS // len(paragraph) + 2)), encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(article), "-o", str(tmp_path / "out"), "--pseudonymise", "--salt", "s"],
                                env={"SOURCE_DATE_EPOCH": None, "RIGHTSGRAPH_SALT": None})
    assert result.exit_code != 0
    assert "long.txt: too long to pseudonymise" in result.output and "Traceback" not in result.output
    assert not (tmp_path / "out" / "graph.ttl").exists()
