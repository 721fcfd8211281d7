"""A body named again by its head noun (texts written for the test)."""

from __future__ import annotations

import pytest

from test_builders import entity


@pytest.mark.parametrize("text, key", [
    ("The Human Rights Council voted on Friday. The council adopted the resolution by 25 votes.", "human-rights-council"),
    ("The Committee against Torture met in May. The committee urged Peru to act.", "committee-against-torture"),
    ("Human Rights Watch said so on Monday. The group later urged the Government of Peru to act.", "human-rights-watch"),
    ("The Group of Eminent Experts on Yemen published its report. The experts urged the Security Council to act.",
     "org:group-of-eminent-experts-on-yemen"),
])
def test_the_head_noun_of_a_body_named_before_is_that_body(build, text, key):
    x = build(f"Rights update\n\n{text}")
    entity = next(entity for entity in x.entities if entity.key == key)
    assert len(entity.mentions) == 2


def test_a_head_noun_with_its_own_complement_or_no_body_before_it_is_nothing(build):
    x = build("Rights update\n\nThe council of elders met first. The Human Rights Council met. The council of the village disagreed.")
    assert [len(entity.mentions) for entity in x.entities if entity.key == "human-rights-council"] == [1]


def test_un_investigators_after_a_commission_are_the_commission(build):
    x = build("Rights update\n\nThe Independent International Commission of Inquiry on Syria said so. "
              "UN investigators later added that the killings continued.")
    commission = next(entity for entity in x.entities if str(entity.org_kind) == "commission of inquiry")
    assert len(commission.mentions) == 2
    alone = build("Rights update\n\nUN investigators said the killings continued.")
    assert not [entity for entity in alone.entities if str(entity.org_kind) == "commission of inquiry"]


def test_a_head_noun_standing_for_a_body_is_a_mention_of_it_not_one_of_its_names(build):
    x = build("Votes\n\nThe Human Rights Council met in Geneva. The Council adopted a resolution on Eritrea.\n\n"
              "In New York, the Security Council met too. The Council did not vote.")
    rights, security = entity(x, "Human Rights Council"), entity(x, "Security Council")
    assert "Council" not in rights.aliases and "Council" not in security.aliases  # else the two share a name
    assert "The Council" in [m.span.text for m in rights.mentions]
    assert "The Council" in [m.span.text for m in security.mentions]


@pytest.mark.parametrize("text, key", [
    ("The Commission of Inquiry on Burundi said crimes were committed. The year-long inquiry, created in 2016, "
     "interviewed 500 witnesses.", "commission-of-inquiry-burundi"),
    ("The Human Rights Council met on Monday. The 47-member council adopted the resolution.", "human-rights-council"),
])
def test_the_head_noun_of_a_body_after_one_hyphened_word_is_that_body(build, text, key):
    x = build(f"Rights update\n\n{text}")
    entity = next(entity for entity in x.entities if entity.key == key)
    assert len(entity.mentions) == 2


def test_the_report_of_the_inquiry_is_the_commissions(build):
    x = build("Burundi\n\nThe Commission of Inquiry on Burundi said crimes were committed. The report of the year-long "
              "inquiry, created by the Human Rights Council in September 2016, was based on 500 interviews.")
    (report,) = x.reports
    assert report.authors == ("commission-of-inquiry-burundi",)


def test_it_after_a_state_that_the_sentence_before_is_about_is_that_state(build):
    """ "Cambodia accepted … It also failed to implement the recommendations it agreed to in
    2009": both "it"s are Cambodia, not the government named earlier."""
    x = build("Review\n\nThe government of Cambodia was reviewed in Geneva. Cambodia initially accepted 171 of the 205 "
              "recommendations put to it in January. It also failed to fully implement the 91 recommendations it "
              "agreed to in 2009.")
    (agreed,) = [action for action in x.actions if action.lemma == "agree"]
    assert agreed.agents == ("cambodia",) and agreed.date.value == "2009"


def test_they_after_a_report_of_what_a_body_did_is_the_body_not_the_outlet_that_reports_it(build):
    x = build("Rights update\n\nUN human rights experts have urged Zelinia to repeal its blasphemy laws, Courier News "
              "reported. They called for an end to extrajudicial killings.")
    (finding,) = [finding for finding in x.findings if "extrajudicial-killing" in finding.violations]
    assert finding.stated_by == ("special-procedures",)


def test_the_country_is_the_country_named_last(build):
    x = build("Visit\n\nThe UN will send a special rapporteur, Ana Torvik, to Malawi next month. \"Ms. Ana Torvik will "
              "undertake an official visit to the country from 18 to 28 October 2021,\" the UN Human Rights Office said.")
    malawi = entity(x, "Malawi")
    assert "the country" in {m.span.text for m in malawi.mentions}
    (visit,) = [a for a in x.actions if a.lemma == "visit"]
    assert malawi.key in visit.places
