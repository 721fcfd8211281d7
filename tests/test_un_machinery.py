"""The UN human-rights machinery, however an article names it: by a possessive, as a group of
mandate holders, as a panel, with its parent body's acronym. Texts written for each."""

from __future__ import annotations

import pytest

from test_builders import entity


def test_a_un_body_named_with_a_possessive_is_the_body(build):
    x = build("Report\n\nThe UN's human rights office published a report on Monday.")
    assert entity(x, "OHCHR").key == "ohchr"


@pytest.mark.parametrize("text, label", [
    ("Review\n\nAnna Lindqvist, vice-chair of the government's Human Rights Committee, said she appreciated the input. "
     "Cambodia accepted the recommendations.", "Human Rights Committee of Cambodia"),
    ("Review\n\nKenya's Human Rights Committee disagreed with the report.", "Human Rights Committee of Kenya"),
])
def test_a_un_body_s_name_a_state_s_possessive_owns_is_that_state_s_own_body(build, text, label):
    x = build(text)
    body = next(e for e in x.entities if e.label == label)
    assert body.org_kind == "state organ"
    assert not [e for e in x.entities if e.key == "human-rights-committee"]
    if "vice-chair" in text:
        (holding,) = {(h.post_label, h.organization) for h in x.posts}
        assert holding[1] == body.key  # the post is held in the committee, not in the government that owns it


def test_mandate_holders_named_as_a_group_are_the_special_procedures(build):
    x = build("Letter\n\nIn March Okafor and other UN special rapporteurs wrote an open letter to the government.")
    assert entity(x, "UN special rapporteurs").key == "special-procedures"


def test_a_panel_of_experts_is_a_un_mechanism(build):
    x = build("Labour\n\nA UN panel of independent experts said there were credible reports of forced labour in Eritrea.")
    panel = entity(x, "UN panel of independent experts")
    assert panel.kind == "organization" and panel.org_kind == "UN mechanism"


def test_a_mission_named_with_the_council_s_acronym_is_a_fact_finding_mission(build):
    x = build("Access\n\nIn 2016, a UN HRC fact-finding mission on Libya was refused entry.")
    mission = entity(x, "UN HRC fact-finding mission on Libya")
    assert mission.org_kind == "fact-finding mission" and mission.country == "libya"


def test_a_word_of_a_un_name_is_not_the_name(build):
    x = build("Review\n\nThe UN human rights chief spoke. UN Human Rights fact-finding missions are a tool of the council.")
    assert not any(e.key == "ohchr" for e in x.entities)


def test_words_for_a_kind_of_work_name_no_mechanism(build):
    x = build("Poverty\n\nThe rapporteur spoke after a two-week fact-finding mission to the UK.")
    assert not any(e.org_kind in ("fact-finding mission", "commission of inquiry") for e in x.entities)


def test_a_un_mission_in_a_country_is_a_un_body(build):
    x = build("Shelter\n\nThe UN Mission in South Sudan (UNMISS) said it was sheltering 30,000 people. UNMISS asked for funds.")
    mission = entity(x, "UN Mission in South Sudan")
    assert mission.org_kind == "UN body" and "UNMISS" in mission.aliases


def test_a_mandate_named_without_its_holder_is_the_registry_s_mandate(build):
    x = build("Torture\n\nThe UN's special rapporteur on torture said the detainee showed signs of abuse.")
    mandate = next(e for e in x.entities if e.kind == "organization" and e.org_kind == "UN mechanism")
    assert mandate.key == "special-rapporteur-on-torture"
    assert mandate.label.startswith("Special Rapporteur on torture")


def test_a_mandate_the_registry_does_not_hold_gets_a_name_s_capitals(build):
    x = build("Minorities\n\nThe United Nations special rapporteur on minorities says the law is discriminatory.")
    assert any(e.label == "Special Rapporteur on minorities" for e in x.entities)


def test_a_field_presence_of_a_un_office_is_a_body_of_its_own_part_of_the_office(build):
    from rdflib.namespace import ORG

    from rightsgraph.graph import build_graph
    from rightsgraph.graph.validation import validate

    x = build("Rights update\n\nThe UN human rights office in Nairobi said so. OHCHR later agreed.")
    presence = next(entity for entity in x.entities if entity.part_of == "ohchr")
    assert str(presence.org_kind) == "UN body" and presence.aliases == ("UN human rights office in Nairobi",)
    assert len(next(entity for entity in x.entities if entity.key == "ohchr").mentions) == 1
    g = build_graph([x])
    assert list(g.subject_objects(ORG.subOrganizationOf)) and validate(g).conforms
    council = build("Rights update\n\nThe Human Rights Council in Geneva met.")
    assert not [entity for entity in council.entities if entity.part_of == "human-rights-council"]


def test_a_un_office_in_the_city_of_its_seat_is_the_office_itself(build):
    x = build("Rights update\n\nThe UN human rights office in Geneva said so. OHCHR later agreed.")
    assert not [entity for entity in x.entities if entity.part_of == "ohchr"]
    assert len(next(entity for entity in x.entities if entity.key == "ohchr").mentions) == 2


def test_special_rapporteurs_named_together_by_their_mandates_are_one_mechanism_each(build):
    x = build("Rights update\n\nThe special rapporteurs on torture and on freedom of expression urged Peru to act.")
    mechanisms = sorted(entity.label for entity in x.entities if str(entity.org_kind) == "UN mechanism")
    assert len(mechanisms) == 2 and mechanisms[0].startswith("Special Rapporteur on freedom of expression")
    assert mechanisms[1].startswith("Special Rapporteur on torture")


def test_a_mandate_ends_where_a_new_noun_phrase_or_an_as_begins(build):
    x = build("Council\n\nThe Council created the mandate of a Special Rapporteur on the right to privacy and a mandate of an "
              "Independent Expert on the rights of persons with albinism. Kenya dismissed the report of the Special "
              "Rapporteur on the situation of human rights in Kenya as unacceptable.")
    labels = {e.label for e in x.entities if e.org_kind == "UN mechanism"}
    assert "Special Rapporteur on the right to privacy" in labels
    assert not any(" and a mandate" in label or " as " in label for label in labels), labels


def test_a_hyphenated_title_is_one_post_of_its_holder(build):
    x = build("Opinion\n\nThe opinion was signed by Ana Ruiz, Chair-Rapporteur of the Working Group on Arbitrary Detention.")
    (holding,) = [holding for holding in x.posts if holding.person == "person:ana-ruiz"]
    assert holding.post_label == "Chair-Rapporteur of the Working Group on Arbitrary Detention"
    assert not any(e.label.startswith("Rapporteur of") for e in x.entities)


def test_a_national_body_named_like_a_un_body_less_its_un_is_kept(build):
    x = build("Visit\n\nThe members were invited by the Human Rights Commission and the Government of Peru.")
    assert any(e.label == "Human Rights Commission" for e in x.entities)


@pytest.mark.parametrize("text, key", [
    ("Ruling\n\nThe United Nations Working Group on Arbitrary Detention declared the men arbitrarily detained.",
     "working-group-on-arbitrary-detention"),
    ("Climate\n\nThe United Nations Human Rights Committee found that the islanders' rights were violated.",
     "human-rights-committee"),
    ("Embargo\n\nThe arms embargo, established by the Security Council of the UN, is weak, he said.", "security-council"),
])
def test_a_body_of_the_un_named_with_the_un_s_name_before_its_own_is_that_body(build, text, key):
    x = build(text)
    assert [e.key for e in x.entities if e.kind == "organization"] == [key]


def test_a_body_of_experts_is_one_un_mechanism_by_its_full_name_its_cut_name_and_un_experts(build):
    x = build(
        "Experts report\n\nThe Group of Eminent Experts on Ruritania said on Tuesday that war crimes were committed. "
        "The Group of Eminent Experts was created by the Human Rights Council in 2017. "
        "UN experts said the government must act."
    )
    group = entity(x, "Group of Eminent Experts on Ruritania")
    assert group.org_kind == "UN mechanism"
    assert {"Group of Eminent Experts", "UN experts"} <= set(group.aliases)
    assert not any(e.key == "special-procedures" for e in x.entities)


def test_a_mechanism_named_without_the_qualifiers_its_name_opens_with_is_the_registry_s_mechanism(build):
    # the registry's name opens with "International"; the article leaves the word out
    x = build("Tigray\n\nThe Commission of Human Rights Experts on Ethiopia unveiled its report on Monday.")
    commission = entity(x, "International Commission of Human Rights Experts on Ethiopia")
    assert commission.org_kind == "commission of inquiry"
    assert "Commission of Human Rights Experts on Ethiopia" in commission.aliases


def test_a_un_fact_finding_team_is_the_fact_finding_mission_on_the_article_s_country(build):
    x = build("Report\n\nThe authorities in Kenya denied requests by the U.N. fact-finding team to access the village. "
              "They opened an inquiry against the fact-finding mission.")
    (mission,) = [e for e in x.entities if e.org_kind == "fact-finding mission"]
    assert mission.country == "kenya" and {"U.N. fact-finding team", "fact-finding mission"} <= set(mission.aliases)


def test_the_panel_of_experts_named_first_by_its_kind_is_the_panel_on_the_article_s_country(build):
    x = build("Resolution\n\nKenya rejected the resolution. The minister said it incorporates the report of the panel of "
              "experts and the report of the High Commissioner.")
    (panel,) = [e for e in x.entities if e.org_kind == "UN mechanism"]
    assert (panel.label, panel.country) == ("Panel of Experts on Kenya", "kenya")


def test_independent_un_human_rights_experts_are_the_special_procedures(build):
    x = build("Call\n\nIn June a group of independent UN human rights experts urged the junta to reverse all measures.")
    assert "independent UN human rights experts" in entity(x, "Special Procedures of the Human Rights Council").aliases


def test_un_experts_where_no_one_body_of_experts_is_named_are_the_special_procedures(build):
    x = build("Appeal\n\nUN experts urged the government of Ruritania on Monday to free the journalists.")
    assert entity(x, "UN experts").key == "special-procedures"


def test_an_international_mission_named_in_lower_case_is_the_mission_on_the_article_s_country(build):
    x = build("Panel finds crimes\n\nAn international fact-finding mission said on Wednesday that security forces in "
              "Venezuela committed crimes against humanity. The mission documented arbitrary killings.")
    mission = entity(x, "international fact-finding mission")
    assert mission.org_kind == "fact-finding mission" and mission.country == "venezuela"
    assert len(mission.mentions) == 2  # "The mission" after it is the same one


def test_a_kind_of_work_named_in_lower_case_is_no_mechanism(build):
    x = build("Visit\n\nA two-week fact-finding mission to Malawi by a group of lawyers ended on Friday.")
    assert not any(e.org_kind == "fact-finding mission" for e in x.entities)


@pytest.mark.parametrize("text, name", [
    # the registry's name runs on past its commas
    ("Visit\n\nThe Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment visited Peru.",
     "Special Rapporteur on torture and other cruel, inhuman or degrading treatment or punishment"),
    ("Visit\n\nThe Special Rapporteur on extrajudicial, summary or arbitrary executions visited Peru.",
     "Special Rapporteur on extrajudicial, summary or arbitrary executions"),
    # how a vote went is no part of the mandate it created
    ("Vote\n\nThe Council renewed the Special Rapporteur on the right to food by 24 votes to 6.",
     "Special Rapporteur on the right to food"),
])
def test_a_mandate_named_without_its_holder_is_named_whole_and_no_more(build, text, name):
    mechanisms = [e.label for e in build(text).entities if e.org_kind == "UN mechanism"]
    assert mechanisms == [name]


def test_a_mandate_named_with_the_uns_name_keeps_the_articles_words_as_an_alias(build):
    x = build("Visit\n\nThe UN Special Rapporteur on the right to food visited Peru in 2024.")
    mandate = entity(x, "Special Rapporteur on the right to food")
    assert "UN Special Rapporteur on the right to food" in mandate.aliases


def test_an_adverb_after_a_mandate_ends_it(build):
    x = build("Visit\n\nThe UN special rapporteur on the right to food also visited Peru.")
    assert [e.label for e in x.entities if e.org_kind == "UN mechanism"] == ["Special Rapporteur on the right to food"]


def test_an_office_of_a_un_body_no_list_knows_is_a_un_body(build):
    x = build("Protests\n\nThe Human Rights Office of the UN Assistance Mission for Zelinia said 40 people were killed.")
    (office,) = [entity for entity in x.entities if entity.label.startswith("Human Rights Office of the UN")]
    assert office.org_kind == "UN body"


def test_a_name_only_one_un_body_goes_by_is_that_body_where_the_article_names_the_un(build):
    x = build("Zelinia\n\nUnited Nations investigators found evidence of genocide in Zelinia. The human rights office "
              "published a report in March describing killings and torture.")
    (report,) = x.reports
    assert report.authors == ("ohchr",)
    y = build("Zelinia\n\nThe human rights office of the city published a report in March describing killings.")
    assert "ohchr" not in {e.key for e in y.entities}


def test_a_working_group_s_short_name_stands_for_it_only_after_the(build):
    x = build("Review\n\nThe report mentioned the Human Rights Council’s Universal Periodic Review (UPR) Working Group "
              "held in Geneva. The UN Working Group on Arbitrary Detention visited Ruritania; the Working Group met "
              "officials in Tarsk.")
    detention = entity(x, "Working Group on Arbitrary Detention")
    assert "Working Group" in detention.aliases
    assert not any(e.label == "Working Group" for e in x.entities)


@pytest.mark.parametrize("words", ["United Nations rights experts", "eight independent United Nations experts"])
def test_un_experts_by_any_of_their_press_names_are_the_special_procedures(build, words):
    x = build(f"Call\n\n{words[:1].upper() + words[1:]} urged Ruritania to free the activist Ana Torvik.")
    assert entity(x, "Special Procedures of the Human Rights Council").kind == "organization"


def test_where_a_committee_sits_and_whose_efforts_it_hears_are_no_part_of_its_name(build):
    """ "in Geneva" after a body says where it sits; "the UN Committee on Malawi’s efforts"
    is the committee named before hearing of Malawi’s efforts, not a "Committee on Malawi"."""
    x = build("Review\n\nOn 20 March, Malawi was reviewed by the UN Committee Against Torture in Geneva, Switzerland. "
              "A delegation updated the UN Committee on Malawi’s efforts to implement the Convention.")
    organizations = [e for e in x.entities if e.kind == "organization"]
    assert [e.label for e in organizations] == ["Committee against Torture"]
    assert len(organizations[0].mentions) == 2
    assert entity(x, "Geneva").kind == "place"
