"""Misfires a review of the builders found, each on a sentence written for it: they stay fixed."""

from __future__ import annotations

import pytest

from test_builders import entity


def build_one(build, sentence: str):
    return build(f"Title\n\n{sentence}")


@pytest.mark.parametrize("sentence, label, words", [
    ("The government of the Syrian Arab Republic rejected the report.", "Government of the Syrian Arab Republic",
     "government of the Syrian Arab Republic"),
    ("The South Sudan government rejected the report.", "Government of South Sudan", "South Sudan government"),
    ("The Equatorial Guinea authorities rejected the report.", "Government of Equatorial Guinea", "Equatorial Guinea authorities"),
])
def test_a_government_is_named_by_its_state_s_whole_name(build, sentence, label, words):
    government = entity(build_one(build, sentence), label)
    assert [mention.span.text for mention in government.mentions] == [words]


@pytest.mark.parametrize("sentence, key", [
    ("The Committee against Torture met on Monday. The Committee said abuses continue.", "committee-against-torture"),
    ("The Security Council met on Monday. The Council said nothing.", "security-council"),
])
def test_a_short_form_bodies_share_is_the_one_named_last(build, sentence, key):
    body = next(e for e in build_one(build, sentence).entities if e.key == key)
    assert len(body.mentions) == 2


@pytest.mark.parametrize("sentence, wrong", [
    ("Rights groups including Amnesty International. The UN said more.", "Amnesty International. The UN"),
    ("Rights groups such as New York-based Human Rights Watch condemned it.", "New York-based Human Rights Watch"),
    ("Protesters gathered outside the US embassy in March.", "Embassy of the United States of America in March"),
    ("In 2019 Congress passed the law.", None),
    ("Rebel troops took the town of Goma.", "Military of the Democratic Republic of the Congo"),
    ("UN peacekeeping troops were deployed in Mali.", "Military of Mali"),
    ("The administration of justice in Iran is slow.", "Government of the Islamic Republic of Iran"),
    ("Trump vs. Biden: the debate went on.", "Trump vs. Biden"),
    ("GENEVA: The UN human rights office said on Monday.", "GENEVA"),
])
def test_words_that_name_nothing_of_the_kind(build, sentence, wrong):
    x = build_one(build, sentence)
    labels = {e.label for e in x.entities}
    if wrong:
        assert wrong not in labels, labels
    else:  # the body the sentence names is kept, not taken for a happening
        assert any(e.kind == "organization" and e.label == "Congress" for e in x.entities), labels


@pytest.mark.parametrize("sentence, name, kind", [
    ("The Hamas government in Gaza rejected the report.", "Hamas", "organization"),
    ("He was given a senior role in Hamas last year.", "Hamas", "organization"),
    ("Police in Tamil Nadu arrested them.", "Tamil Nadu", "place"),
    ("Denzel Washington said the film was important.", "Denzel Washington", "person"),
])
def test_names_keep_their_kind(build, sentence, name, kind):
    assert entity(build_one(build, sentence), name).kind == kind
