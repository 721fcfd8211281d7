"""The scorer reads gold wordings of violations the way the builder reads the text."""

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SKOS, XSD

from rightsgraph.evaluation import evaluate
from rightsgraph.ontology import RG, RGV

ARTICLE = URIRef("https://example.org/article")
GOLD = {"persons": [], "organizations": [], "places": [], "reports": [], "events": [], "relations": []}


def _named(graph: Graph, name: str, cls, label: str) -> URIRef:
    """A node of ``cls`` called ``label`` in ``graph``."""
    node = URIRef(f"https://example.org/{name}")
    graph.add((node, RDF.type, cls))
    graph.add((node, SKOS.prefLabel, Literal(label)))
    return node


def _graph_naming(*concepts: str) -> Graph:
    graph = Graph()
    for concept in concepts:
        graph.add((ARTICLE, RG.namesViolation, RGV[concept]))
    return graph


def test_a_hyphenated_gold_wording_matches_its_concept():
    score = evaluate(_graph_naming("extrajudicial-killing"), {**GOLD, "violations": ["shoot-to-kill policy"]})
    assert (score.violation_recall.found, score.violation_precision.found) == (1, 1)


def test_a_gold_wording_that_names_two_types_credits_both():
    graph = _graph_naming("repression", "discrimination")
    score = evaluate(graph, {**GOLD, "violations": ["crackdown and discrimination against religious minorities"]})
    assert (score.violation_recall.found, score.violation_recall.total) == (1, 1)
    assert (score.violation_precision.found, score.violation_precision.total) == (2, 2)


def test_a_type_no_gold_wording_names_is_still_spurious():
    score = evaluate(_graph_naming("torture", "genocide"), {**GOLD, "violations": ["torture"]})
    assert (score.violation_precision.found, score.violation_precision.total) == (1, 2)
    assert "spurious violation: genocide" in score.misses


def test_an_undated_gold_report_does_not_take_the_dated_report_another_asks_for():
    graph, author = Graph(), URIRef("https://example.org/amnesty")
    graph.add((author, RDF.type, RG.NGO))
    graph.add((author, SKOS.prefLabel, Literal("Amnesty International")))
    dated, undated = URIRef("https://example.org/report-a"), URIRef("https://example.org/report-b")
    for report in (dated, undated):
        graph.add((report, RDF.type, RG.Report))
        graph.add((report, RG.author, author))
    graph.add((dated, RG.date, Literal("2011", datatype=XSD.gYear)))
    gold = {**GOLD, "organizations": [{"name": "Amnesty International", "kind": "NGO"}], "violations": [],
            "reports": [{"title": None, "description": "its new report", "author": "Amnesty International", "date": None},
                        {"title": None, "description": "its 2011 analysis", "author": "Amnesty International", "date": "2011"}]}
    score = evaluate(graph, gold)
    assert (score.untitled_reports.found, score.untitled_reports.total) == (2, 2)


@pytest.mark.parametrize("words", ["authored by", "issued by", "published by", "written by"])
def test_a_relation_worded_as_who_issued_a_report_is_met_by_its_author(words):
    graph, report = Graph(), URIRef("https://example.org/statement")
    author = _named(graph, "ohchr", RG.UNBody, "UN human rights office")
    graph.add((report, RDF.type, RG.Statement))
    graph.add((report, RG.author, author))
    gold = {**GOLD, "organizations": [{"name": "UN human rights office", "kind": "UN body"}], "violations": [],
            "reports": [{"title": None, "description": "its statement", "author": "UN human rights office", "date": None}],
            "relations": [["its statement", words, "UN human rights office"], ["its statement", "criticised", "UN human rights office"]]}
    score = evaluate(graph, gold)
    assert (score.relations.found, score.relations.total) == (1, 2)


def test_a_gold_event_s_country_is_met_by_where_the_event_happened():
    graph, event = Graph(), URIRef("https://example.org/killing")
    country = _named(graph, "malawi", RG.Country, "Malawi")
    graph.add((event, RDF.type, RG.Attack))
    graph.add((event, RG.place, country))
    graph.add((event, RG.date, Literal("2019", datatype=XSD.gYear)))
    gold = {**GOLD, "places": [{"name": "Malawi", "aliases": []}], "violations": [],
            "events": [{"description": "activists killed in Malawi", "date": "2019", "actors": ["Malawi"]},
                       {"description": "activists killed in Malawi", "date": "2018", "actors": ["Malawi"]}]}
    score = evaluate(graph, gold)
    assert (score.events.found, score.events.total) == (1, 2)


def test_a_gold_membership_is_met_by_org_member_of():
    from rdflib.namespace import ORG

    graph = Graph()
    state, body = _named(graph, "eritrea", RG.Country, "Eritrea"), _named(graph, "hrc", RG.UNBody, "Human Rights Council")
    graph.add((state, ORG.memberOf, body))
    gold = {**GOLD, "places": [{"name": "Eritrea", "aliases": []}], "violations": [],
            "organizations": [{"name": "Human Rights Council", "kind": "UN body"}],
            "relations": [["Eritrea", "is a member of", "Human Rights Council"], ["Eritrea", "criticised", "Human Rights Council"]]}
    score = evaluate(graph, gold)
    assert (score.relations.found, score.relations.total) == (1, 2)


def test_a_gold_relation_in_the_passive_is_met_by_the_action_its_object_did():
    graph = Graph()
    leader, army = _named(graph, "haft", RG.Person, "Tomas Haft"), _named(graph, "army", RG.ArmedGroup, "Northern Army")
    graph.add((leader, RG.leads, army))
    gold = {**GOLD, "persons": [{"name": "Tomas Haft", "roles": [], "affiliation": None}], "violations": [],
            "organizations": [{"name": "Northern Army", "kind": "other"}],
            "relations": [["Northern Army", "led by", "Tomas Haft"], ["Northern Army", "leads", "Tomas Haft"]]}
    score = evaluate(graph, gold)
    assert (score.relations.found, score.relations.total) == (1, 2)


def _speaker_and_finding(alleged: str) -> Graph:
    """A person and a finding she states that alleges ``alleged``."""
    graph = Graph()
    speaker = _named(graph, "ruiz", RG.Person, "Ana Ruiz")
    finding = URIRef("https://example.org/finding")
    graph.add((finding, RDF.type, RG.Finding))
    graph.add((finding, RG.statedBy, speaker))
    graph.add((finding, RG.alleges, RGV[alleged]))
    graph.add((ARTICLE, RG.namesViolation, RGV[alleged]))
    return graph


def test_a_finding_joins_whoever_states_it_and_the_violation_it_alleges():
    gold = {**GOLD, "persons": [{"name": "Ana Ruiz"}], "violations": ["torture"],
            "relations": [["Ana Ruiz", "said must end at once", "torture"]]}
    assert evaluate(_speaker_and_finding("torture"), gold).relations.found == 1
    assert evaluate(_speaker_and_finding("genocide"), {**gold, "violations": ["torture", "genocide"]}).relations.found == 0


def test_a_gold_role_is_held_where_the_persons_post_is_named_with_its_words():
    graph = Graph()
    minister = _named(graph, "nivyabandi", RG.Person, "Martin Nivyabandi")
    post = _named(graph, "post", RG.Post, "Zelinia's Human Rights Minister")
    graph.add((minister, RG.holdsPost, post))
    gold = {**GOLD, "violations": [], "persons": [{"name": "Martin Nivyabandi", "roles": ["Human Rights Minister", "Minister of Justice"]}],
            "relations": [["Martin Nivyabandi", "holds role", "Human Rights Minister"],
                          ["Martin Nivyabandi", "holds role", "Minister of Justice"]]}
    score = evaluate(graph, gold)
    assert (score.relations.found, score.relations.total) == (1, 2)
    mandate = _named(graph, "mandate", RG.Mandate, "UN Special Rapporteur on Zelinia")
    graph.add((minister, RG.holdsPost, mandate))
    gold["persons"][0]["roles"].append("Special Rapporteur")
    gold["relations"].append(["Martin Nivyabandi", "holds role", "Special Rapporteur"])
    assert evaluate(graph, gold).relations.found == 2  # a mandate is a post too


def test_a_gold_event_dated_by_its_first_day_is_met_by_a_happening_over_days_that_starts_then():
    from rightsgraph.graph.prefixes import SCHEMA

    graph = Graph()
    expert = _named(graph, "voule", RG.Person, "Ana Voule")
    visit = URIRef("https://example.org/visit")
    graph.add((visit, RDF.type, RG.Visit))
    graph.add((visit, RG.agent, expert))
    graph.add((visit, SCHEMA.startDate, Literal("2019-09-17", datatype=XSD.date)))
    graph.add((visit, SCHEMA.endDate, Literal("2019-09-27", datatype=XSD.date)))
    gold = {**GOLD, "violations": [], "persons": [{"name": "Ana Voule"}],
            "events": [{"description": "visit", "date": "2019-09-17", "actors": ["Ana Voule"]},
                       {"description": "end", "date": "2019-09-20", "actors": ["Ana Voule"]}]}
    score = evaluate(graph, gold)
    assert (score.events.found, score.events.total) == (1, 2)


def test_a_gold_event_dated_by_a_month_is_met_by_a_happening_over_days_inside_it_not_one_that_runs_past_it():
    from rightsgraph.graph.prefixes import SCHEMA

    graph = Graph()
    expert = _named(graph, "voule", RG.Person, "Ana Voule")
    for name, start, end in (("inside", "2016-11-01", "2016-11-18"), ("across", "2016-12-20", "2017-01-05")):
        visit = URIRef(f"https://example.org/{name}")
        graph.add((visit, RDF.type, RG.Visit))
        graph.add((visit, RG.agent, expert))
        graph.add((visit, SCHEMA.startDate, Literal(start, datatype=XSD.date)))
        graph.add((visit, SCHEMA.endDate, Literal(end, datatype=XSD.date)))
    gold = {**GOLD, "violations": [], "persons": [{"name": "Ana Voule"}],
            "events": [{"description": "visit", "date": "2016-11", "actors": ["Ana Voule"]},
                       {"description": "later visit", "date": "2017-01", "actors": ["Ana Voule"]}]}
    score = evaluate(graph, gold)
    assert (score.events.found, score.events.total) == (1, 2)


def test_a_gold_role_is_held_where_the_post_is_named_with_the_words_of_the_body_it_is_in():
    graph = Graph()
    speaker = _named(graph, "otieno", RG.Person, "Peter Otieno")
    ministry = _named(graph, "ministry", RG.Organization, "Foreign Ministry of Zelinia")
    graph.add((ministry, SKOS.altLabel, Literal("foreign ministry")))
    post = _named(graph, "post", RG.Post, "spokesman")
    graph.add((speaker, RG.holdsPost, post))
    gold = {**GOLD, "violations": [], "persons": [{"name": "Peter Otieno", "roles": ["foreign ministry spokesman"]}],
            "relations": [["Peter Otieno", "holds role", "foreign ministry spokesman"]]}
    assert evaluate(graph, gold).relations.found == 0  # a spokesman of no body named so
    graph.add((post, RG.postIn, ministry))
    assert evaluate(graph, gold).relations.found == 1
