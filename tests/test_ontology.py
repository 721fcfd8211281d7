from rdflib import OWL, RDF, RDFS
from rdflib.namespace import SKOS

from rightsgraph.ontology import RG, RGV, load_ontology, load_shapes, load_violation_labels, load_violation_scheme


def test_namespace_class_lists_exactly_the_terms_of_the_turtle_file():
    ontology = load_ontology()
    in_turtle = {str(s)[len(str(RG._NS)):] for s in ontology.subjects() if str(s).startswith(str(RG._NS))}
    in_python = set(RG.__annotations__)
    assert in_turtle == in_python


def test_misspelt_term_raises_instead_of_minting_an_iri():
    try:
        RG.Persn  # noqa: B018
    except AttributeError:
        return
    raise AssertionError("RG.Persn should not exist")


def test_every_term_has_label_and_comment_and_aligns_with_a_known_vocabulary():
    ontology = load_ontology()
    for term in RG.__annotations__:
        iri = RG[term]
        assert ontology.value(iri, RDFS.label), term
        assert ontology.value(iri, RDFS.comment), term
    external = {str(o) for o in ontology.objects(None, RDFS.subClassOf)} | {str(o) for o in ontology.objects(None, RDFS.subPropertyOf)}
    for vocabulary in ("https://schema.org/", "http://www.w3.org/ns/prov#", "http://www.w3.org/ns/org#",
                       "http://xmlns.com/foaf/0.1/", "http://purl.org/dc/terms/", "http://www.w3.org/ns/oa#"):
        assert any(iri.startswith(vocabulary) for iri in external), vocabulary
    assert (None, RDF.type, OWL.Ontology) in ontology


def test_violation_scheme_has_the_eleven_article_7_acts_under_crimes_against_humanity():
    scheme = load_violation_scheme()
    acts = [c for c in scheme.subjects(SKOS.broader, RGV["crime-against-humanity"]) if scheme.value(c, SKOS.notation)]
    assert len(acts) == 11
    assert {str(scheme.value(c, SKOS.notation))[-3:] for c in acts} == {f"({letter})" for letter in "abcdefghijk"}


def test_violation_labels_cover_the_wording_articles_use():
    labels = {label for names in load_violation_labels().values() for label in names}
    for wording in ("forced labour", "forced labor", "public execution", "arbitrary detention", "trafficking",
                    "forced marriage", "forced abortion", "starvation", "stress position", "denial of medical care"):
        assert wording in labels, wording


def test_shapes_parse_and_target_the_ontology_classes():
    shapes = load_shapes()
    targets = set(shapes.objects(None, URIRef("http://www.w3.org/ns/shacl#targetClass")))
    assert RG.Person in targets and RG.Report in targets and RG.Sentence in targets


from rdflib import URIRef  # noqa: E402


def test_the_ontology_page_in_docs_is_current():
    from pathlib import Path

    from rightsgraph.exports.ontology_docs import ontology_html

    page = Path(__file__).resolve().parents[1] / "docs" / "ontology.html"
    assert page.read_text(encoding="utf-8") == ontology_html(), "run: python -m rightsgraph.exports.ontology_docs > docs/ontology.html"
    assert "rg:Person" in ontology_html() and "forced labour" in ontology_html()
