"""Every finding has one epistemic status, read from the cue words of its own clause (texts
written for the test), and a denial points to what it denies."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from rdflib.namespace import SKOS

from rightsgraph.builders import article_from_text, extract
from rightsgraph.builders.status import STATUSES, load_status_cues
from rightsgraph.graph import build_graph
from rightsgraph.graph.query import named_query
from rightsgraph.graph.validation import validate
from rightsgraph.ontology import RG, RGST, load_status_scheme


def run_named_query_rows(graph, name: str) -> list[dict[str, str]]:
    result = graph.query(named_query(name).text)
    return [{str(var): (str(row[var]) if row[var] is not None else None) for var in result.vars} for row in result]


def findings_of(text: str):
    return extract(article_from_text(f"Rights update\n\n{text}")).findings


@pytest.mark.parametrize("text, status, cue", [
    ("The commission found that guards tortured prisoners in the camps.", "found", "found"),
    ("The commission found reasonable grounds to believe that guards committed torture.", "reasonable-grounds",
     "found reasonable grounds"),
    ("There are reasonable grounds to believe that the militia committed torture.", "reasonable-grounds",
     "reasonable grounds"),
    ("The commission established that guards committed torture.", "established", "established"),
    ("Human Rights Watch documented torture in three prisons.", "documented", "documented"),
    ("Human Rights Watch alleged that soldiers tortured villagers.", "alleged", "alleged"),
    ("The attacks on the villages may amount to war crimes.", "may-amount-to", "may amount to"),
    ("The shelling of the market may constitute crimes against humanity.", "may-amount-to", "may constitute"),
    ("The Special Rapporteur called for an end to torture.", "called-for", "called for"),
    ("Human Rights Watch urged the authorities to stop torture.", "called-for", "urged"),
    ("The Government of Chile denied that soldiers tortured detainees.", "denied", "denied"),
])
def test_each_status_is_read_from_its_cue(text, status, cue):
    (finding,) = findings_of(text)
    assert (finding.status, " ".join(finding.cues)) == (status, cue)


@pytest.mark.parametrize("text, cue", [
    ("The commission did not find evidence of genocide.", "did not find"),
    ("The commission could not establish genocide.", "could not establish"),
])
def test_a_negated_finding_is_not_established_and_alleges_nothing(text, cue):
    (finding,) = findings_of(text)
    assert (finding.status, " ".join(finding.cues), finding.violations) == ("not-established", cue, ())


def test_what_could_not_be_ruled_out_may_amount_to_it():
    (finding,) = findings_of("The commission could not rule out genocide.")
    assert (finding.status, finding.cues) == ("may-amount-to", ("could", "not", "rule", "out"))


def test_a_negation_reaches_only_its_own_clause():
    (finding,) = findings_of("The commission could not establish genocide, but found torture in the camps.")
    assert (finding.status, finding.violations) == ("found", ("torture",))


@pytest.mark.parametrize("text, status, speaker", [
    ("Soldiers tortured Ana Torvik in Nairobi, Human Rights Watch said.", "alleged", "human-rights-watch"),
    ('"Soldiers tortured prisoners in the camps," Ana Torvik told reporters.', "alleged", "person:ana-torvik"),
    ("The Yazidis were enslaved by the Islamic State, the commission found.", "found", None),
    ("The Government of Chile said that police had not tortured anyone.", "denied", "government-of-chile"),
])
def test_reported_speech_takes_the_status_of_the_verb_it_is_reported_with(text, status, speaker):
    (finding,) = findings_of(text)
    assert finding.status == status
    assert speaker is None or speaker in finding.stated_by


def test_a_finding_without_a_cue_is_alleged_unless_a_report_states_it():
    (finding,) = findings_of("Soldiers tortured villagers near the border.")
    assert (finding.status, finding.cues) == ("alleged", ())


def test_a_denial_points_to_the_finding_another_actor_makes():
    text = ("Human Rights Watch documented torture in Chile. "
            "The Government of Chile said that police had not tortured anyone.")
    x = extract(article_from_text(f"Rights update\n\n{text}"))
    made, denial = x.findings
    assert (made.status, denial.status, denial.denial, denial.denies) == ("documented", "denied", True, (made.sentence,))
    g = build_graph([x])
    assert validate(g).conforms
    rows = run_named_query_rows(g, "contested")
    assert [(row["made_by"], row["denied_by"], row["status"]) for row in rows] == [
        ("Human Rights Watch", "Government of Chile", "documented")]


def test_a_denial_of_a_report_denies_the_report():
    x = extract(article_from_text("Rights update\n\nThe Special Rapporteur on torture published a report on Chile in "
                                  "2020. The Government of Chile rejected the report."))
    g = build_graph([x])
    denied = set(g.objects(None, RG.denies))
    assert denied and all((report, RG.title, None) in g or "report" in str(report) for report in denied)
    assert validate(g).conforms


def test_the_graph_carries_status_cue_and_where_the_finding_is_stated():
    x = extract(article_from_text("Rights update\n\nThe attacks on the villages may amount to war crimes."))
    g = build_graph([x])
    (finding,) = g.subjects(RG.status, RGST["may-amount-to"])
    assert str(g.value(finding, RG.cue)) == "may amount to"
    assert g.value(finding, RG.statedIn) is not None
    assert str(g.value(RGST["may-amount-to"], SKOS.prefLabel)) == "may amount to"
    assert validate(g).conforms
    rows = run_named_query_rows(g, "findings")
    assert [row["status"] for row in rows] == ["may amount to"]


def test_the_scheme_has_the_statuses_the_issue_names():
    scheme = load_status_scheme()
    labels = {str(scheme.value(RGST[status], SKOS.prefLabel)) for status in STATUSES}
    assert labels == {"found", "reasonable grounds to believe", "established", "documented", "alleged",
                      "may amount to", "denied", "not established", "called for"}
    assert set(scheme.objects(RGST["found"], SKOS.narrower)) == {RGST["reasonable-grounds"], RGST["established"]}


def test_the_lexicon_is_data_and_names_only_statuses_of_the_scheme():
    load_status_cues()  # raises on a status the scheme lacks
    data = json.loads(resources.files("rightsgraph.builders").joinpath("data", "status_cues.json").read_text("utf-8"))
    assert {"find", "establish", "allege", "deny", "amount", "rule"} <= set(data["verbs"])
