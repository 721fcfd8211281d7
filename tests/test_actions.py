"""Clause-level actions: who did what to whom, read from the parse for any verb (texts written
for the test)."""

from __future__ import annotations

import pytest
from rdflib import Literal
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from rightsgraph.builders import article_from_text, extract
from rightsgraph.evaluation import _subclasses
from rightsgraph.graph import build_graph
from rightsgraph.graph.validation import validate
from rightsgraph.ontology import RG
from test_builders import entity

ACTION_CLASSES = _subclasses(RG.Action)


def graph(text: str):
    return build_graph([extract(article_from_text(text))])


def node(g, label: str):
    """The one node with this name (preferred or alternative label)."""
    found = {s for s, _, o in g.triples((None, SKOS.prefLabel, None)) if str(o) == label}
    found |= {s for s, _, o in g.triples((None, SKOS.altLabel, None)) if str(o) == label}
    assert len(found) == 1, f"{label!r}: {found or 'no node'}; labels: {sorted(str(o) for o in g.objects(None, RDFS.label))}"
    return found.pop()


def actions(g):
    return {s for s, _, cls in g.triples((None, RDF.type, None)) if cls in ACTION_CLASSES}


def the_action(g, lemma: str):
    """An action of the verb (or noun) with this lemma."""
    return next(a for a in actions(g) if (a, RG.lemma, Literal(lemma)) in g)


@pytest.mark.parametrize("text, subject, prop, obj", [
    ("Council\n\nThe Human Rights Council set up a commission of inquiry on Syria.",
     "Human Rights Council", "established", "Independent International Commission of Inquiry on the Syrian Arab Republic"),
    ("Call\n\nThe Special Rapporteur on torture, Ana Torvik, urged the Government of Peru to act.",
     "Ana Torvik", "calledOn", "Government of Peru"),
    ("Arrest\n\nKenyan police arrested Joseph Kamau on Friday.", "Kenyan police", "detained", "Joseph Kamau"),
    ("Treaty\n\nThe Government of Chile ratified the Convention against Torture.",
     "Government of Chile", "ratified", "Convention against Torture"),
    ("Funding\n\nThe Government of Norway funded Human Rights Watch for years.",
     "Government of Norway", "supported", "Human Rights Watch"),
    ("Killing\n\nKenyan police murdered Joseph Kamau in 2019.", "Kenyan police", "attacked", "Joseph Kamau"),
    ("Work\n\nThe Government of Chile will coordinate with Human Rights Watch.",
     "Government of Chile", "cooperatedWith", "Human Rights Watch"),
    ("Findings\n\nThe Government of Chile repudiated Human Rights Watch.", "Government of Chile", "rejected", "Human Rights Watch"),
])
def test_a_verb_of_a_known_class_gives_its_specific_property(text, subject, prop, obj):
    g = graph(text)
    assert (node(g, subject), RG[prop], node(g, obj)) in g
    assert validate(g).conforms


def test_coordinated_subjects_each_act():
    g = graph("Meeting\n\nAmnesty International and Human Rights Watch met the Government of Chile in Santiago.")
    chile = node(g, "Government of Chile")
    for name in ("Amnesty International", "Human Rights Watch"):
        assert (node(g, name), RG.metWith, chile) in g
    action = next(iter(actions(g)))
    assert (action, RG.place, node(g, "Santiago")) in g
    assert (action, RG.lemma, Literal("meet")) in g


def test_a_passive_with_its_agent():
    g = graph("Mission\n\nThe mission was dispatched by the Human Rights Council to Libya after a commission of "
              "inquiry on Libya was set up by the Security Council.")
    assert (node(g, "Security Council"), RG.established, node(g, "Commission of Inquiry on Libya")) in g


@pytest.mark.parametrize("sentence", [
    # the parser hangs the participle on "failed": set off after the name, it qualifies the name
    "Burundi has tried and failed to stop the Commission of Inquiry on Burundi, set up by the Human Rights Council "
    "in 2016, and refuses to cooperate with it.",
    "Burundi rejected the Commission of Inquiry on Burundi, set up by the Human Rights Council in 2016.",
])
def test_a_participle_set_off_after_a_name_is_done_to_that_name(sentence):
    g = graph(f"Burundi\n\n{sentence}")
    assert (node(g, "United Nations Human Rights Council"), RG.established, node(g, "Commission of Inquiry on Burundi")) in g


@pytest.mark.parametrize("sentence, lemma, agent, other", [
    ("Addressing the Human Rights Council on Thursday, Ambassador Omar Tarek said the report was biased.", "address",
     "Omar Tarek", "United Nations Human Rights Council"),
    ("Speaking to Reuters, Lena Moor rejected the report.", "speak", "Lena Moor", "Reuters"),
])
def test_a_participle_opening_a_sentence_is_done_by_the_subject_of_the_sentence(sentence, lemma, agent, other):
    g = graph(f"Review\n\n{sentence}")
    action = the_action(g, lemma)
    assert (action, RG.agent, node(g, agent)) in g and (action, RG.addressee, node(g, other)) in g


def test_a_relative_clause_and_object_control():
    g = graph("Release\n\nHuman Rights Watch, which interviewed Marta Quispe, urged the Government of Peru to "
              "release Luis Condori.")
    hrw, peru = node(g, "Human Rights Watch"), node(g, "Government of Peru")
    assert (hrw, RG.investigated, node(g, "Marta Quispe")) in g
    assert (hrw, RG.calledOn, peru) in g
    release = the_action(g, "release")
    assert (release, RG.agent, peru) in g and (release, RG.patient, node(g, "Luis Condori")) in g


def test_reported_speech_is_attributed_to_whoever_says_it():
    g = graph("Detention\n\nAmnesty International said that Kenyan police detained Joseph Kamau.")
    action = next(a for a in actions(g) if (a, RG.lemma, Literal("detain")) in g)
    assert (action, RG.reportedBy, node(g, "Amnesty International")) in g
    assert (action, RG.agent, node(g, "Kenyan police")) in g


def test_a_verb_of_no_class_keeps_its_lemma_and_is_never_a_generic_relation():
    g = graph("Rivals\n\nHuman Rights Watch outflanked the Government of Peru.")
    action = next(iter(actions(g)))
    assert (action, RDF.type, RG.Action) in g
    assert (action, RG.lemma, Literal("outflank")) in g
    assert (action, RG.agent, node(g, "Human Rights Watch")) in g
    assert (action, RG.patient, node(g, "Government of Peru")) in g
    assert not set(g.predicates(node(g, "Human Rights Watch"), node(g, "Government of Peru")))


def test_what_did_not_happen_and_what_merely_shares_a_sentence_are_not_related():
    g = graph("Refusal\n\nThe Government of Iran did not invite Human Rights Watch. Amnesty International spoke "
              "while the Government of Peru left the room.")
    assert not actions(g)
    for a, b in (("Government of Iran", "Human Rights Watch"), ("Amnesty International", "Government of Peru")):
        assert not set(g.predicates(node(g, a), node(g, b))) and not set(g.predicates(node(g, b), node(g, a)))


def test_a_dated_clause_gives_a_dated_event_and_every_action_points_to_its_sentence():
    g = graph("Visit\n\nIn March 2019, the Government of Chile invited Human Rights Watch to Santiago.")
    action = next(iter(actions(g)))
    assert str(g.value(action, RG.date)) == "2019-03"
    assert g.value(action, PROV.wasDerivedFrom) is not None
    for statement in g.subjects(RDF.predicate, RG.agent):
        assert g.value(statement, PROV.wasDerivedFrom) is not None


def test_a_country_that_acts_is_the_state_the_text_names_even_where_its_government_is_named():
    # the literal reading: "Chile ratified" is the state's act, as the text says and as
    # Wikidata-based data records it; "the Government of Chile welcomed" is the government's
    g = graph("Treaty\n\nThe Government of Chile welcomed the talks. Chile ratified the Convention against Torture.")
    (ratification,) = g.subjects(RDF.type, RG.Ratification)
    assert set(g.objects(ratification, RG.agent)) == {node(g, "Chile")}
    assert set(g.objects(ratification, RG.patient)) == {node(g, "Convention against Torture")}


def test_an_agentless_passive_relates_whom_it_happened_to_and_where():
    g = graph("Killing\n\nThe journalist Farid Nasser was killed in Nairobi last year.")
    action = next(iter(actions(g)))
    assert (action, RG.patient, node(g, "Farid Nasser")) in g and (action, RG.place, node(g, "Nairobi")) in g
    assert validate(g).conforms


def test_a_group_of_people_acts_on_the_node_but_holds_no_actor_property():
    g = graph("Flight\n\nThe Rohingya fled to Bangladesh in August 2017.")
    action = next(iter(actions(g)))
    assert (action, RDF.type, RG.Displacement) in g and str(g.value(action, RG.date)) == "2017-08"
    assert (action, RG.place, node(g, "Bangladesh")) in g
    assert g.value(action, RG.agent) is not None
    assert not set(g.subject_objects(RG.displaced))
    assert validate(g).conforms


def test_a_dated_happening_no_one_is_said_to_do_is_an_event_where_it_happened():
    g = graph("Unrest\n\nProtests began in Iran in September 2022.")
    events = [s for s in g.subjects(RG.lemma, Literal("begin"))]
    assert len(events) == 1 and (events[0], RDF.type, RG.Event) in g
    assert (events[0], RG.place, node(g, "Iran")) in g and str(g.value(events[0], RG.date)) == "2022-09"
    assert validate(g).conforms


def test_an_election_the_text_dates_is_an_election_event():
    g = graph("Fear\n\nThe expert warned of fear ahead of the 2014 parliamentary elections and 2015 presidential "
              "elections. He noted a change since the local elections held on 3 May 2012 in Georgia. "
              "The election of a new chair was postponed.")
    elections = {str(g.value(event, RG.date)): event for event in g.subjects(RDF.type, RG.Election)}
    assert sorted(elections) == ["2012-05-03", "2014", "2015"]
    assert (elections["2014"], RDFS.label, Literal("2014 parliamentary elections", lang="en")) in g
    assert (elections["2012-05-03"], RG.place, node(g, "Georgia")) in g
    assert validate(g).conforms


@pytest.mark.parametrize("sentence, lemma, date", [
    ("The report says abuses were committed by all sides since fighting erupted in November 2020.", "erupt", "2020-11"),
    ("Anti-government protests started in April 2018.", "start", "2018-04"),
])
def test_a_dated_outbreak_of_unrest_no_one_is_said_to_cause_is_an_event_though_no_place_is_named(sentence, lemma, date):
    g = graph(f"Unrest\n\n{sentence}")
    (event,) = g.subjects(RG.lemma, Literal(lemma))
    assert (event, RDF.type, RG.Event) in g and str(g.value(event, RG.date)) == date
    assert validate(g).conforms


@pytest.mark.parametrize("sentence, lemma, date, agent", [
    ("Iran was criticised. Its record has worsened since the regime's bloody revolution in 1979.", "revolution", "1979", "Government of the Islamic Republic of Iran"),
    ("The expert condemned Hungary's 2015 decision to declare a state of emergency.", "decision", "2015", "Hungary"),
    ("The unrest came to a head in a bloody crackdown in May 2022.", "crackdown", "2022-05", None),
    ("They said that since the escalation of violence in December 2018, thousands had fled.", "escalation", "2018-12", None),
    ("Thousands of civilians were killed in the final stages of the civil war in May 2009.", "war", "2009-05", None),
])
def test_a_dated_noun_phrase_naming_a_happening_is_an_event_of_its_date(sentence, lemma, date, agent):
    g = graph(f"Rights\n\n{sentence}")
    (event,) = g.subjects(RG.lemma, Literal(lemma))
    assert str(g.value(event, RG.date)) == date
    assert (agent is None and g.value(event, RG.agent) is None) or (event, RG.agent, node(g, agent)) in g
    assert validate(g).conforms


def test_whom_a_dated_happening_befell_is_its_patient():
    g = graph("Libya\n\nThe country has been riven by conflict since the 2011 ouster of dictator Muammar Qaddafi.")
    (ouster,) = g.subjects(RG.lemma, Literal("ouster"))
    assert (ouster, RG.patient, node(g, "Muammar Qaddafi")) in g and str(g.value(ouster, RG.date)) == "2011"


def test_a_happening_the_dated_clause_is_about_is_that_clause_s_event_not_another():
    g = graph("Unrest\n\nProtests began in Iran in September 2022.")
    assert len(set(g.subjects(RG.date, None))) == 1


def test_a_dated_happening_of_no_unrest_no_one_and_nowhere_is_nothing():
    g = graph("Talks\n\nThe talks resumed in May 2021.")
    assert not set(g.subjects(RG.lemma, None))


def test_an_undated_happening_no_one_is_said_to_do_is_nothing():
    g = graph("Unrest\n\nProtests began in Iran.")
    assert not set(g.subjects(RG.lemma, None))


def test_an_actor_acting_somewhere_the_article_names_is_an_action_there():
    g = graph("Briefing\n\nAna Torvik told reporters in Geneva that the talks had failed.")
    action = next(a for a in actions(g) if (a, RG.agent, node(g, "Ana Torvik")) in g)
    assert (action, RG.place, node(g, "Geneva")) in g


def test_the_names_a_common_noun_object_holds_are_what_the_clause_acts_on():
    g = graph("Answers\n\nAna Torvik answered a question from Human Rights Watch.")
    action = next(a for a in actions(g) if (a, RG.agent, node(g, "Ana Torvik")) in g)
    assert (action, RG.lemma, Literal("answer")) in g
    assert (action, RG.patient, node(g, "Human Rights Watch")) in g


def test_a_relative_clause_on_an_apposition_is_said_of_the_name():
    g = graph("Office\n\nJoseph Kamau, a veteran diplomat who heads Human Rights Watch, arrived on Monday.")
    assert (node(g, "Joseph Kamau"), RG.leads, node(g, "Human Rights Watch")) in g


def test_a_place_after_what_an_act_is_about_is_not_where_it_was_done():
    g = graph("Warning\n\nAna Torvik warns of forced labour in Eritrea.")
    assert not any((a, RG.place, node(g, "Eritrea")) in g for a in actions(g))


def test_of_two_subjects_a_parser_gives_a_verb_the_nearest_acts():
    g = graph('Briefing\n\n"The army is carrying out attacks; attacks which may constitute war crimes," '
              "Ana Torvik told reporters in Geneva.")
    assert any((a, RG.agent, node(g, "Ana Torvik")) in g and (a, RG.place, node(g, "Geneva")) in g for a in actions(g))


def test_a_state_acts_as_itself_where_the_article_names_no_government_of_it():
    g = graph("Withdrawal\n\nIn June 2018, the United States withdrew from the Human Rights Council.")
    action = next(a for a in actions(g) if (a, RG.agent, node(g, "United States of America")) in g)
    assert (action, RDF.type, RG.Withdrawal) in g and (action, RG.patient, node(g, "United Nations Human Rights Council")) in g
    assert not set(g.subjects(RG.withdrewFrom, None))  # the state is no actor: the node says it, no actor property
    assert validate(g).conforms


def test_an_actor_doing_something_at_a_date_the_article_gives_is_a_dated_event():
    g = graph("Ruling\n\nThe Supreme Court of Zelinia ruled in July 2024 that the election was valid. Ana Torvik resigned.")
    dated = [a for a in actions(g) if (a, RG.lemma, Literal("rule")) in g]
    assert len(dated) == 1 and str(g.value(dated[0], RG.date)) == "2024-07"
    assert not [a for a in actions(g) if (a, RG.lemma, Literal("resign")) in g]  # no date, no one acted on: nothing


def test_a_clause_inside_a_relative_where_happens_at_the_place_it_is_said_of():
    g = graph("Protests\n\nThe council looked into violations in Iran, where hundreds have died since protests started "
              "in September 2022.")
    started = next(g.subjects(RG.lemma, Literal("start")))  # no one acts: a dated event, not an action
    assert (started, RG.place, node(g, "Iran")) in g and str(g.value(started, RG.date)) == "2022-09"


def test_an_address_a_speaker_gives_to_a_body_is_a_communication_to_it():
    g = graph("Address\n\nIn her annual address to the Human Rights Council, Ana Torvik said abuses continued.")
    action = next(a for a in actions(g) if (a, RG.lemma, Literal("address")) in g)
    assert (action, RDF.type, RG.Communication) in g
    assert (action, RG.agent, node(g, "Ana Torvik")) in g
    assert (action, RG.addressee, node(g, "United Nations Human Rights Council")) in g


def test_a_statement_speaks_of_what_the_clause_it_reports_names():
    g = graph("Boats\n\nThe Special Rapporteur on migrants, Ana Torvik, said on Monday that refugees on the boats "
              "off Bangladesh must be allowed to land.")
    statements = {action for action in actions(g) if (action, RG.lemma, Literal("say")) in g}
    assert len(statements) == 1
    statement = statements.pop()
    assert (statement, RG.agent, node(g, "Ana Torvik")) in g
    assert (statement, RG.speaksOf, node(g, "Bangladesh")) in g
    assert validate(g).conforms


def test_a_statement_that_names_nothing_known_is_no_action():
    g = graph("Weather\n\nAna Torvik, a lawyer, said that the weather had been poor all week.")
    assert not {action for action in actions(g) if (action, RG.lemma, Literal("say")) in g}


@pytest.mark.parametrize("text", [
    "Call\n\nThe Working Group on Arbitrary Detention urged Kenya to immediately release Joseph Kamau.",
    "Call\n\nThe Working Group on Arbitrary Detention called on Kenya to immediately release Joseph Kamau.",
])
def test_a_call_is_made_to_the_country_asked_and_is_about_the_one_it_names(text):
    g = graph(text)
    group, kenya, kamau = node(g, "Working Group on Arbitrary Detention"), node(g, "Kenya"), node(g, "Joseph Kamau")
    call = next(a for a in actions(g) if (a, RDF.type, RG.Call) in g)
    assert (call, RG.addressee, kenya) in g
    assert (call, RG.addressee, kamau) not in g and (call, RG.participant, kamau) not in g
    assert (call, RG.patient, kamau) in g  # what the call is about: the release it asks for
    assert (group, RG.calledOn, kenya) in g and (group, RG.calledOn, kamau) not in g
    release = the_action(g, "release")
    assert (release, RG.agent, kenya) in g and (release, RG.patient, kamau) in g


def test_each_one_a_call_asks_to_act_is_called_on_the_second_after_for():
    g = graph("Call\n\nThe Working Group on Arbitrary Detention urged the National Intelligence Agency to release its files on the "
              "killing, and for the Federal Police to open a criminal investigation.")
    group = node(g, "Working Group on Arbitrary Detention")
    call = next(a for a in actions(g) if (a, RDF.type, RG.Call) in g)
    for asked in ("National Intelligence Agency", "Federal Police"):
        assert (call, RG.addressee, node(g, asked)) in g
        assert (group, RG.calledOn, node(g, asked)) in g


def test_a_call_is_about_what_the_act_it_asks_for_names():
    g = graph("Call\n\nThe Group of Eminent Experts on Yemen urged the Security Council to refer the situation to the "
              "International Criminal Court.")
    call = next(a for a in actions(g) if (a, RDF.type, RG.Call) in g)
    assert (call, RG.addressee, node(g, "United Nations Security Council")) in g
    assert (call, RG.patient, node(g, "International Criminal Court")) in g


def test_a_place_inside_a_spatial_oblique_that_names_a_body_is_where_the_action_was():
    g = graph("Findings\n\nThe Group of Human Rights Experts on Nicaragua presented its findings to reporters at "
              "United Nations headquarters in Geneva.")
    action = the_action(g, "present")
    assert (action, RG.place, node(g, "Geneva")) in g


def test_a_person_released_is_not_a_publication_but_a_report_released_is():
    g = graph("Release\n\nThe Government of Peru released Luis Condori. Human Rights Watch released a report on Peru.")
    peru, hrw = node(g, "Government of Peru"), node(g, "Human Rights Watch")
    freed = next(a for a in actions(g) if (a, RG.agent, peru) in g)
    assert (freed, RDF.type, RG.Action) in g and (freed, RDF.type, RG.Publication) not in g
    assert (peru, RG.published, node(g, "Luis Condori")) not in g
    assert any((a, RDF.type, RG.Publication) in g for a in actions(g) if (a, RG.agent, hrw) in g)


def test_whom_a_demand_names_inside_its_object_is_what_it_is_about_not_whom_it_is_made_to():
    g = graph("Demand\n\nHuman Rights Watch demanded the release of Luis Condori and Marta Quispe.")
    call = next(a for a in actions(g) if (a, RDF.type, RG.Call) in g)
    for name in ("Luis Condori", "Marta Quispe"):
        assert (call, RG.patient, node(g, name)) in g and (call, RG.addressee, node(g, name)) not in g


@pytest.mark.parametrize("text, lemma, role, who", [
    ("Call\n\nAmnesty International called for the immediate release of Luis Condori.", "call for", "patient", "Luis Condori"),
    ("Concern\n\nHuman Rights Watch expressed concern over the arrest of Luis Condori.", "express", "patient", "Luis Condori"),
    ("Council\n\nThe Human Rights Council extended mandates on Peru and Chile.", "extend", "patient", "Peru"),
    ("Doubt\n\nAgnes Moreau questioned the Malian government's ability to investigate.", "question", "patient",
     "Government of Mali"),
    # the parser hangs the verb's "with" on its object
    ("Evidence\n\nAmnesty International shared its evidence with the Commission of Inquiry on Eritrea.", "share",
     "participant", "Commission of Inquiry on Human Rights in Eritrea"),
    ("Talks\n\nLena Moor raised the plight of the Rohingya with Foreign Minister Ivo Brand.", "raise", "participant", "Ivo Brand"),
])
def test_what_an_action_is_about_or_done_with_is_read_through_the_nouns_that_name_nothing_themselves(text, lemma, role, who):
    g = graph(text)
    assert (the_action(g, lemma), RG[role], node(g, who)) in g


def test_names_set_off_after_a_common_noun_object_are_what_was_done_to_though_the_parser_hangs_them_on_the_verb():
    from spacy.tokens import Doc

    from rightsgraph.builders import masked_text, parse
    from rightsgraph.builders.nlp import load_nlp

    article = article_from_text("Arrests\n\nKenyan police have arrested two journalists, Ana Ruiz and Luis Condori, on Monday.")
    nlp = load_nlp()
    parsed = parse(nlp, masked_text(article))
    heads = [token.head.i for token in parsed]
    deps = [token.dep_ for token in parsed]
    ruiz = next(token.i for token in parsed if token.text == "Ruiz")
    heads[ruiz], deps[ruiz] = next(token.i for token in parsed if token.text == "arrested"), "npadvmod"  # as it misparses some names
    doc = Doc(nlp.vocab, words=[t.text for t in parsed], spaces=[bool(t.whitespace_) for t in parsed], heads=heads, deps=deps,
              pos=[t.pos_ for t in parsed], tags=[t.tag_ for t in parsed], lemmas=[t.lemma_ for t in parsed],
              sent_starts=[t.is_sent_start for t in parsed], ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in parsed])
    g = build_graph([extract(article, doc=doc)])
    arrest = the_action(g, "arrest")
    for name in ("Ana Ruiz", "Luis Condori"):
        assert (arrest, RG.patient, node(g, name)) in g


def test_the_place_a_name_inside_the_object_is_in_is_where_the_action_was():
    g = graph("Talks\n\nLena Moor raised the plight of Uyghurs in Xinjiang with Ivo Brand.")
    action = the_action(g, "raise")
    assert (action, RG.place, node(g, "Xinjiang")) in g


@pytest.mark.parametrize("text, patient, place", [
    ("Abduction\n\nThe activist Lena Moor was taken to a house in Tarsk.", "Lena Moor", "Tarsk"),
    ("Detention\n\nSoldiers held Ivo Brand at a camp near Tarsk for a year.", "Ivo Brand", "Tarsk"),
])
def test_a_place_the_common_noun_of_an_oblique_is_in_is_where_the_action_was(text, patient, place):
    g = graph(text)
    assert any((action, RG.patient, node(g, patient)) in g and (action, RG.place, node(g, place)) in g
               for action in actions(g))


@pytest.mark.parametrize("sentence", [
    "The Special Rapporteur on torture, Ana Torvik, is expected to visit Malawi in May.",
    "The Special Rapporteur on torture, Ana Torvik, is due to visit Malawi in May.",
    "Ana Torvik arrived in Geneva on Monday and is set to visit Malawi.",
])
def test_whoever_is_expected_or_due_to_act_is_the_one_who_acts(sentence):
    g = graph(f"Trip\n\n{sentence}")
    assert (node(g, "Ana Torvik"), RG.visited, node(g, "Malawi")) in g


@pytest.mark.parametrize("sentence, label", [
    ("The Special Rapporteur on torture, Ana Torvik, is due to meet Ivo Brand.", "Ana Torvik is due to meet Ivo Brand"),
    ("The Government of Malawi was urged to release Ivo Brand.", "Government of Malawi was urged to release Ivo Brand"),
])
def test_an_action_s_label_says_it_was_due_or_urged(sentence, label):
    g = graph(f"Plans\n\n{sentence}")
    assert Literal(label, lang="en") in set(g.objects(None, RDFS.label))


def test_who_is_urged_to_act_is_the_one_who_would_act():
    g = graph("Call\n\nThe Government of Malawi was urged to release Ivo Brand.")
    (action,) = {a for a in actions(g) if (a, RG.patient, node(g, "Ivo Brand")) in g}
    assert (action, RG.agent, node(g, "Government of Malawi")) in g


@pytest.mark.parametrize("sentence", [
    "The Government of Malawi failed to protect Ivo Brand.",
    "The Special Rapporteur on torture, Ana Torvik, was unable to visit Malawi.",
])
def test_what_someone_failed_or_was_unable_to_do_is_no_action(sentence):
    assert not actions(graph(f"Failure\n\n{sentence}"))


@pytest.mark.parametrize("sentence", [
    "The Government of Malawi refuses to cooperate with the commission.",
    "The Government of Malawi will never recognize the commission.",
    "The Government of Malawi is unwilling to cooperate with the commission.",
])
def test_refusing_or_never_accepting_a_body_rejects_it_and_is_no_cooperation(sentence):
    g = graph(f"Rebuff\n\nThe Commission of Inquiry on Malawi was set up in 2020. {sentence}")
    government, commission = node(g, "Government of Malawi"), node(g, "Commission of Inquiry on Malawi")
    assert (government, RG.rejected, commission) in g
    assert (government, RG.cooperatedWith, commission) not in g


def test_a_negated_verb_that_takes_no_stance_is_still_no_action():
    g = graph("Trip\n\nThe Special Rapporteur on torture, Ana Torvik, did not visit Malawi in 2020.")
    assert not actions(g)


@pytest.mark.parametrize("text, prop, obj", [
    ("Visit\n\nThe Subcommittee on Prevention of Torture ended its first visit to Malawi.", "visited", "Malawi"),
    ("Attacks\n\nThe army of Malawi launched attacks on the Rohingya in 2017.", "attacked", "Rohingya"),
])
def test_a_light_verb_takes_the_class_of_the_act_its_object_names(text, prop, obj):
    g = graph(text)
    assert any(p == RG[prop] and o == node(g, obj) for _s, p, o in g)
    assert (None, RG.established, node(g, obj)) not in g


@pytest.mark.parametrize("sentence, prop, obj", [
    ("Ana Torvik's trip to Malawi is not meant to overshadow the visit of Tomas Haft.", "visited", "Tomas Haft"),
    ("Critics said Ana Torvik would gloss over the attacks on the Rohingya in Malawi.", "attacked", "Rohingya"),
])
def test_a_verb_that_does_something_else_to_an_act_is_not_that_act(sentence, prop, obj):
    g = graph(f"Visit\n\n{sentence}")
    assert (node(g, "Ana Torvik"), RG[prop], node(g, obj)) not in g


def test_a_person_s_possessive_on_an_organisation_says_the_person_leads_it():
    g = graph("Libya update\n\nThe forces of General Tomas Haft’s Northern Liberation Army hold the east. "
              "Secretary-General Ana Guto’s spokesman said the United Nations was concerned.")
    assert (node(g, "Tomas Haft"), RG.leads, node(g, "Northern Liberation Army")) in g
    assert not any(True for _ in g.triples((node(g, "Ana Guto"), RG.leads, None)))


def _acts(x, lemma: str) -> list:
    return [action for action in x.actions if action.lemma == lemma]


def test_the_i_of_a_quotation_is_whoever_the_sentence_says_wrote_or_said_it(build):
    x = build("Murder\n\nThe environmentalist Juan Perales was shot dead on Saturday. \"I strongly condemn the murder of "
              "Juan Perales and call for a thorough investigation,\" Assistant Secretary Brian Holt wrote on X.")
    (condemned,) = _acts(x, "condemn")
    assert condemned.agents == (entity(x, "Brian Holt").key,) and condemned.patients == (entity(x, "Juan Perales").key,)


def test_the_i_of_a_rapporteurs_own_statement_is_the_rapporteur_and_a_time_is_no_topic(build):
    x = build("End of Mission Statement by the Special Rapporteur on the right to food, Lena Varga, on her visit to "
              "Malawi\n\n12 June 2019\n\nOver the last ten days I travelled to Lilongwe and Blantyre. I met with the "
              "Ministry of Health and Amnesty International.")
    varga = entity(x, "Lena Varga").key
    (travelled,) = _acts(x, "travel")
    assert travelled.agents == (varga,) and set(travelled.places) == {entity(x, "Lilongwe").key, entity(x, "Blantyre").key}
    (met,) = _acts(x, "meet")
    assert met.agents == (varga,)


def test_an_i_no_one_is_known_to_say_is_no_one(build):
    x = build("Diary\n\nI met with Amnesty International in Lilongwe last week.")
    assert all(not action.agents for action in _acts(x, "meet"))


@pytest.mark.parametrize("text", [
    "Nicaragua\n\nGENEVA – UN experts today called on Nicaraguan authorities to release people detained for their criticism.",
    "Nicaragua\n\nGENEVA – UN experts* today called on Nicaraguan authorities to release people detained for their criticism.",
    # a dated dateline, and the experts as "a group of" them
    "Nicaragua\n\nGENEVA (3 May 2021) – A group of UN experts has urged Nicaraguan authorities to release people "
    "detained for their criticism.",
])
def test_the_subject_after_a_dateline_acts_not_the_datelines_place(build, text):
    x = build(text)
    (call,) = [action for action in x.actions if action.verb_class == "call"]
    assert call.agents == ("special-procedures",) and call.addressees == (entity(x, "Government of Nicaragua").key,)


def test_the_members_of_a_collective_noun_subject_act(build):
    x = build("Visit\n\nMembers of the Committee against Torture met the Government of Peru in Lima. "
              "A delegation of Amnesty International also met the Government of Peru.")
    agents = {agent for action in x.actions if action.verb_class == "meeting" for agent in action.agents}
    assert agents == {entity(x, "Committee against Torture").key, entity(x, "Amnesty International").key}


@pytest.mark.parametrize("text, label", [
    ("Court\n\nIn 2021, the International Criminal Court had 14 ongoing investigations with each case costing millions.",
     "International Criminal Court had 14 ongoing investigations"),
    ("Summit\n\nIn 2020, the High Commissioner urged the Group of Twenty to move their November meeting.",
     "Group of Twenty urged to move their November meeting"),
    ("Briefing\n\nThe last time OHCHR was invited to brief the Security Council was in 2017.",
     "Office of the United Nations High Commissioner for Human Rights was invited to brief the Security Council"),
    ("Vote\n\nResolution 12/4, which the Human Rights Council adopted in 2015, called for a special court.",
     "United Nations Human Rights Council adopted Resolution 12/4"),
    ("Asylum\n\nIn 2012 Ana Ruiz sought asylum in the embassy to avoid extradition on a charge she has repeatedly denied.",
     "Ana Ruiz denied a charge"),
    ("Vote\n\nThe Human Rights Council met in Geneva. In 2025, the council adopted — without a vote — a new text on "
     "Zelinia.", "United Nations Human Rights Council adopted a new text on Zelinia"),
    ("Talks\n\nIn 2010, Ana Ruiz denied that she had met the minister of Zelinia.", "Ana Ruiz denied that she had met"),
])
def test_an_action_reads_in_the_clauses_words_where_it_names_no_one(build, text, label):
    x = build(text)
    assert label in [action.label for action in x.actions]


def test_the_people_a_passive_names_after_including_are_whom_it_was_done_to(build):
    x = build("Experts\n\n19 August 2014\n\nOn July 30, in Azerbaijan, four activists were arrested, including Rasul "
              "Jafarli and Intigam Alizade.")
    (arrest,) = [action for action in x.actions if action.lemma == "arrest"]
    assert set(arrest.patients) == {entity(x, "Rasul Jafarli").key, entity(x, "Intigam Alizade").key}
    assert arrest.date.value == "2014-07-30"


def test_leaving_a_place_or_a_states_building_is_no_withdrawal_and_leaving_a_body_is(build):
    x = build("Exit\n\nThe journalist left Saudi Arabia's consulate in Istanbul unharmed in 2018, officials said. The "
              "United States left the Human Rights Council in 2018.")
    classes = {action.patients: action.verb_class for action in x.actions if action.lemma == "leave"}
    assert classes == {(entity(x, "Consulate of Saudi Arabia in Istanbul").key,): None,
                       ("human-rights-council",): "withdrawal"}


def test_they_opening_a_sentence_is_what_the_sentence_before_was_about():
    # the last body named before "They" is the government; the sentence before is about the experts
    g = graph("Visit\n\nMembers of the Committee against Torture will meet the Government of Chile. "
              "They will also hold public hearings in Valparaiso.")
    hold = next(action for action in actions(g) if (action, RG.lemma, Literal("hold")) in g)
    assert (hold, RG.agent, node(g, "Committee against Torture")) in g
    assert (hold, RG.agent, node(g, "Government of Chile")) not in g


def test_they_can_stand_for_a_group_of_people():
    g = graph("Boats\n\nThe Navy of Malaysia turned back two boats. Some 700,000 Rohingya live in camps in "
              "Bangladesh, where they found shelter after fleeing Myanmar.")
    found = next(action for action in actions(g) if (action, RG.lemma, Literal("find")) in g)
    assert (found, RG.agent, node(g, "Rohingya")) in g


def test_a_name_coordinated_with_the_last_word_of_a_longer_name_shares_its_role():
    # the parser joins "the Human Rights Commission" to "Declaration", inside the first name
    g = graph("Visit\n\nThe experts have been invited to New Zealand by the Aotearoa Independent Monitoring "
              "Mechanism for the Declaration and the Human Rights Commission.")
    invited = next(action for action in actions(g) if (action, RG.lemma, Literal("invite")) in g)
    commission = node(g, "Human Rights Commission")
    assert (invited, RG.agent, commission) in g
    assert (invited, RG.patient, commission) not in g


def test_what_a_copula_says_one_became_is_not_done_to_anything():
    g = graph("Turn\n\nSince Wei Lan became the leader of the Forum for Asian Unity, the forum has changed.")
    person = node(g, "Wei Lan")
    assert not [action for action in actions(g) if (action, RG.agent, person) in g]


def test_whom_one_met_through_a_common_noun_the_parser_split_from_its_of_or_from():
    # the parser hangs "from various ministries" on the verb, not on "officials"
    g = graph("Visit\n\nDuring the visit, the Special Rapporteur on torture, Ana Torvik, met government officials "
              "from various ministries, including the Ministry of Justice of Peru and the Ministry of Health of Peru.")
    for name in ("Ministry of Justice of Peru", "Ministry of Health of Peru"):
        assert (node(g, "Ana Torvik"), RG.metWith, node(g, name)) in g


def test_a_name_s_possessive_on_a_common_noun_object_is_what_the_clause_acts_on_a_pronoun_s_is_not(build):
    x = build("Attacks\n\nThe Office of the High Commissioner for Human Rights denounced Russia's attacks on hospitals. "
              "Ana Torvik renewed her request to visit the camps.")
    (denounced,) = _acts(x, "denounce")
    assert entity(x, "Russia").key in denounced.patients
    assert not [action for action in x.actions if action.lemma == "renew"]


def test_a_passive_label_names_its_agent_once():
    g = graph("Arrest\n\nJoseph Kamau was arrested by the Kenyan police on Friday.")
    (action,) = actions(g)
    assert str(g.value(action, RDFS.label)) == "Joseph Kamau was arrested by Police of Kenya"


def test_an_act_named_by_its_noun_with_its_doer_and_whom_it_was_done_to_is_that_act():
    g = graph("Arrest\n\nThe experts condemned the arrest of Ana Ruiz by the Kenyan police. "
              "The arrest of Luis Condori was also condemned.")
    assert (node(g, "Police of Kenya"), RG.detained, node(g, "Ana Ruiz")) in g
    # no "by": the phrase names no one's act
    assert not [action for action in actions(g) if (action, RG.patient, node(g, "Luis Condori")) in g
                and (action, RG.agent, None) in g]
    assert validate(g).conforms


@pytest.mark.parametrize("sentence, date", [
    ("The Fact-Finding Mission on Zelinia issued its first report since its creation in October 2023 by the "
     "Human Rights Council.", "2023-10"),
    ("The Human Rights Council's creation of the Fact-Finding Mission on Zelinia in 2021 was contested.", "2021"),
])
def test_a_body_s_creation_named_by_its_noun_is_its_establishment_by_whom_the_phrase_names(sentence, date):
    g = graph(f"Mission\n\n{sentence}")
    council, mission = node(g, "Human Rights Council"), next(iter(g.subjects(RDF.type, RG.FactFindingMission)))
    assert (council, RG.established, mission) in g
    (creation,) = [action for action in actions(g) if (action, RDF.type, RG.Establishment) in g]
    assert (None if g.value(creation, RG.date) is None else str(g.value(creation, RG.date))) == date
    assert validate(g).conforms


@pytest.mark.parametrize("sentence, person, date", [
    ("The group demanded the release of its leader, Ibrahim Zaki, who has been in detention since 2016.",
     "Ibrahim Zaki", "2016"),
    ("Ana Ruiz has been in custody since May 2021, her lawyers said.", "Ana Ruiz", "2021-05"),
])
def test_being_in_detention_since_a_date_is_a_dated_detention_of_that_person(sentence, person, date):
    g = graph(f"Detention\n\n{sentence}")
    (detention,) = [action for action in actions(g) if (action, RDF.type, RG.Detention) in g]
    assert (detention, RG.patient, node(g, person)) in g and str(g.value(detention, RG.date)) == date
    assert validate(g).conforms


def test_a_state_s_dated_ratification_named_by_its_noun_is_its_ratification():
    g = graph("Treaties\n\nThe expert noted Kenya's May 1991 ratification of the International Covenant on Civil and "
              "Political Rights.")
    kenya, covenant = node(g, "Kenya"), next(iter(g.subjects(RDF.type, RG.LegalInstrument)))
    (ratification,) = [a for a in actions(g) if (a, RDF.type, RG.Ratification) in g]
    assert (ratification, RG.agent, kenya) in g and (ratification, RG.patient, covenant) in g
    assert str(g.value(ratification, RG.date)) == "1991-05"


def test_being_in_detention_with_no_date_or_no_one_held_is_no_act():
    g = graph("Detention\n\nAna Ruiz has been in detention for weeks. The report was in detention since 2019.")
    assert not [action for action in actions(g) if (action, RDF.type, RG.Detention) in g]


@pytest.mark.parametrize("text, label", [
    ("Visit\n\nVladimir Orlov has already visited Russia, Britain and France.",
     "Vladimir Orlov visited Russia and United Kingdom and France"),
    ("Visit\n\nIn May 2021 Ana Ruiz ended her visit to Peru.", "Ana Ruiz ended her visit to Peru"),
    ("Visit\n\nIn May 2021 Ana Ruiz visited Peru.", "Ana Ruiz visited Peru"),
])
def test_a_label_names_each_place_once_and_the_places_listed_with_its_object_as_a_list(build, text, label):
    assert label in [action.label for action in build(text).actions]


@pytest.mark.parametrize("sentence", [
    "The Working Group on Arbitrary Detention sent a letter to the Government of Malawi.",
    "The Working Group on Arbitrary Detention presented recommendations to the Government of Malawi.",
])
def test_whom_a_letter_or_recommendations_go_to_is_addressed(sentence):
    g = graph(f"Letters\n\n{sentence}")
    (action,) = {a for a in actions(g) if (a, RG.addressee, node(g, "Government of Malawi")) in g}
    assert (action, RG.agent, node(g, "Working Group on Arbitrary Detention")) in g


def test_a_label_names_what_was_presented_to_whom():
    g = graph("Letters\n\nThe Working Group on Arbitrary Detention presented recommendations to the Government of Malawi.")
    label = "Working Group on Arbitrary Detention presented recommendations to Government of Malawi"
    assert Literal(label, lang="en") in set(g.objects(None, RDFS.label))


def test_the_group_after_a_working_group_is_that_working_group():
    g = graph("Visit\n\nThe UN Working Group on Enforced or Involuntary Disappearances will visit Malawi. "
              "The Working Group, set up by the Commission on Human Rights in 1980, met in Geneva. "
              "The group is expected to present recommendations to the Government of Malawi.")
    group = node(g, "Working Group on Enforced or Involuntary Disappearances")
    assert (node(g, "United Nations Commission on Human Rights"), RG.established, group) in g
    assert (group, RG.presentedTo, node(g, "Government of Malawi")) in g


def test_a_place_of_what_the_object_is_of_is_where_the_action_is():
    g = graph("Trial\n\nThe Special Rapporteur on torture, Ana Torvik, dismissed the trial of 11 suspects in Malawi as a sham.")
    (action,) = {a for a in actions(g) if (a, RG.agent, node(g, "Ana Torvik")) in g}
    assert (action, RG.place, node(g, "Malawi")) in g


def test_the_places_an_actions_object_is_said_of_through_of_or_for_are_where_it_acts():
    g = graph("Visit\n\nThe Special Rapporteur on the rights of indigenous peoples, Ana Torvik, will assess the situation "
              "for the indigenous Sami people in Finland, Sweden and Norway.")
    action = the_action(g, "assess")
    assert {(action, RG.place, node(g, country)) in g for country in ("Finland", "Sweden", "Norway")} == {True}


@pytest.mark.parametrize("text", [
    "Report\n\nThe Commission on Zelinia published its report on Monday. \"The report itself is self-contradictory and "
    "biased,\" ambassador Omar Haddad said.",
    "Report\n\nThe Commission on Zelinia published its report on Monday. Omar Haddad has said the report is \"biased\".",
])
def test_one_who_says_a_report_is_biased_rejects_it_in_that_word(text):
    g = graph(text)
    (rejection,) = [a for a in actions(g) if (a, RDF.type, RG.Rejection) in g]
    assert (rejection, RG.agent, node(g, "Omar Haddad")) in g and (rejection, RG.lemma, Literal("biased")) in g
    assert (rejection, RG.concernsDocument, None) in g


def test_one_who_says_a_report_is_thorough_rejects_nothing():
    g = graph("Report\n\nThe Commission on Zelinia published its report on Monday. Omar Haddad said the report is thorough.")
    assert not [a for a in actions(g) if (a, RDF.type, RG.Rejection) in g]


def test_a_clause_dated_by_two_listed_years_happened_once_in_each():
    g = graph("Disappearances\n\nIn Mexico, several of the recommendations made by the Committee on Enforced "
              "Disappearances to Mexico in 2015 and 2018 are still pending.")
    made = [a for a in actions(g) if (a, RG.lemma, Literal("make")) in g]
    assert sorted(str(g.value(a, RG.date)) for a in made) == ["2015", "2018"]


@pytest.mark.parametrize("text", [
    "Visit\n\nAna Torvik, who is visiting at the invitation of the Government of Malawi, met officials.",
    "Visit\n\nFollowing an invitation of the Government of Malawi, Ana Torvik will visit Malawi in May.",
    "Visit\n\nAt the invitation of the Government of Malawi, Ana Torvik visited Lilongwe in May.",
])
def test_one_who_comes_at_the_invitation_of_a_body_is_invited_by_it(text):
    g = graph(text)
    (invitation,) = [a for a in actions(g) if (a, RG.lemma, Literal("invite")) in g]
    assert (invitation, RG.agent, node(g, "Government of Malawi")) in g
    assert (invitation, RG.addressee, node(g, "Ana Torvik")) in g
