"""Findings name whom the violation was done to (texts written for the test)."""

from __future__ import annotations

import pytest

from rightsgraph.builders import article_from_text, extract
from rightsgraph.graph import build_graph
from rightsgraph.graph.validation import validate
from rightsgraph.ontology import RG


@pytest.mark.parametrize("text, victim", [
    ("Rights update\n\nSoldiers tortured Ana Torvik in Nairobi, Human Rights Watch said.", "person:ana-torvik"),
    ("Rights update\n\nThe report documents the torture of Joseph Kamau by the police.", "person:joseph-kamau"),
    ("Rights update\n\nThe Yazidis were enslaved by the Islamic State, the commission found.", "group:yazidis"),
])
def test_the_victim_of_a_violation_is_on_its_finding(text, victim):
    x = extract(article_from_text(text))
    assert [finding.victims for finding in x.findings] == [(victim,)]
    g = build_graph([x])
    assert set(g.subject_objects(RG.victim)) and validate(g).conforms


def test_who_does_it_is_not_its_victim_and_a_committed_violation_has_none():
    x = extract(article_from_text("Rights update\n\nThe Islamic State committed torture in Mosul, the commission found."))
    assert [finding.victims for finding in x.findings] == [()]


@pytest.mark.parametrize("text", [
    '"The Syrian army is again carrying out attacks against its own civilians; attacks which may constitute war crimes," '
    "Ana Torvik told reporters.",
    "The Syrian army carried out attacks which may constitute war crimes, the envoy said.",
    "Attacks by the Syrian army on the villages may amount to war crimes, the envoy said.",
])
def test_whoever_does_the_act_a_violation_classifies_is_its_perpetrator(text):
    x = extract(article_from_text(f"Rights update\n\n{text}"))
    assert [finding.perpetrators for finding in x.findings if "war-crime" in finding.violations] == [("military-of-syria",)]


@pytest.mark.parametrize("headline", [
    "Journalist Omar Tesfaye killed in Nairobi",  # a participle qualifying the name
    "Omar Tesfaye tortured in Nairobi jail",  # a headline's passive without its auxiliary
])
def test_a_headline_past_form_is_a_passive_whose_subject_is_the_victim(headline):
    x = extract(article_from_text(f"{headline}\n\nThe police would not comment on the case of Omar Tesfaye on Tuesday."))
    headline_findings = [finding for finding in x.findings if finding.sentence == 0]
    assert [(finding.perpetrators, finding.victims) for finding in headline_findings] == [((), ("person:omar-tesfaye",))]


@pytest.mark.parametrize("sentence", [
    "The commission said on Monday that crimes against humanity are attributable primarily to senior officers of the "
    "Zelin Intelligence Bureau, the police and the army.",
    "The commission said on Monday that the crimes against humanity were attributed to the Zelin Intelligence Bureau, "
    "the police and the army.",
])
def test_those_a_violation_is_attributed_to_are_its_perpetrators(build, sentence):
    x = build(f"Malawi\n\nThe Commission of Inquiry on Malawi met in Geneva. {sentence}")
    (finding,) = [finding for finding in x.findings if "crime-against-humanity" in finding.violations]
    labels = {x_entity.key: x_entity.label for x_entity in x.entities}
    assert sorted(labels[key] for key in finding.perpetrators) == ["Military of Malawi", "Police of Malawi",
                                                                  "Zelin Intelligence Bureau"]


@pytest.mark.parametrize("sentence, perpetrator", [
    ("Dozens of people were killed in a police crackdown in Kenya, the group said.", "police-of-kenya"),
    ("Rights groups documented torture by the army in Kenya.", "military-of-kenya"),  # "by" hung on the verb
    ("Witnesses in Kenya described the torture of detainees by the police.", "police-of-kenya"),
    ("The report on Kenya documents abuses by Shabaab Front fighters.", "org:shabaab-front"),
])
def test_the_actor_a_violation_s_own_words_name_is_its_perpetrator(sentence, perpetrator):
    x = extract(article_from_text(f"Rights update\n\n{sentence}"))
    assert [finding.perpetrators for finding in x.findings if finding.violations] == [(perpetrator,)]


@pytest.mark.parametrize("sentence, perpetrators, victims", [
    ("Ana Torvik said the murder of Omar Tesfaye and Tesfaye's murder were planned.", (), ("person:omar-tesfaye",)),
    ("Omar Tesfaye spoke out in Kenya. A UN expert said his arrest by the police was unlawful.", ("police-of-kenya",),
     ("person:omar-tesfaye",)),
    ("The army's detention of Omar Tesfaye in Kenya was unlawful, Ana Torvik said.", ("military-of-kenya",),
     ("person:omar-tesfaye",)),
])
def test_one_who_suffers_a_violation_it_belongs_to_is_its_victim_not_its_doer(sentence, perpetrators, victims):
    x = extract(article_from_text(f"Rights update\n\n{sentence}"))
    (finding,) = [finding for finding in x.findings if finding.violations]
    assert (finding.perpetrators, finding.victims) == (perpetrators, victims)


@pytest.mark.parametrize("headline", [
    "UN expert Ana Torvik demands inquiry into the killing of protesters in Kenya",
    "Ana Torvik calls for accountability for torture in Kenyan prisons",
])
def test_one_who_calls_for_scrutiny_of_a_violation_is_not_its_doer(headline):
    x = extract(article_from_text(f"{headline}\n\nAna Torvik is a UN expert."))
    (finding,) = [finding for finding in x.findings if finding.violations]
    assert finding.perpetrators == ()
