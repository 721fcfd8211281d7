"""Names that are neither actors nor places: groups of people, legal instruments, court cases,
named happenings. The model types them organisations or places; each test is a text written
for the class."""

from __future__ import annotations

import pytest

from test_builders import entity


def actors(extraction) -> set[str]:
    return {e.label for e in extraction.entities if e.kind in ("person", "organization", "country", "place")}


@pytest.mark.parametrize("text, name", [
    ("Boats\n\nThe boats carrying hundreds of Rohingya refugees were pushed back to sea.", "Rohingya"),
    ("Camps\n\nSome one million ethnic Uighurs and other Muslims are held in camps, U.N. experts say.", "Uyghurs"),
    ("Survivors\n\nThe fighters attacked the Yazidis as a group, the report found.", "Yazidis"),
    ("Camps\n\nThe campaign targets Uighurs, ethnic Kazakhs, Kyrgyz and other Muslims.", "Kazakhs"),
])
def test_groups_of_people_are_groups(build, text, name):
    x = build(text)
    group = entity(x, name)
    assert group.kind == "group"
    assert name not in actors(x)


def test_a_group_adjective_before_a_group_noun_is_the_group(build):
    x = build("Camps\n\nShe asked for access to check reports of abuses against Uighur Muslims held in the camps.")
    assert entity(x, "Uyghurs").kind == "group"
    assert not any("Uighur" in label for label in actors(x))


def test_a_demonym_as_a_plural_noun_is_the_people_of_its_country(build):
    x = build("Exodus\n\nMillions of Syrians have fled the war since 2011.")
    group = entity(x, "Syrians")
    assert group.kind == "group" and "syrian-arab-republic" not in group.key


def test_a_group_inside_a_body_s_name_stays_in_the_name(build):
    x = build("Visit\n\nThe Expert Mechanism on the Rights of Indigenous Peoples met in Geneva.")
    assert any("Expert Mechanism on the Rights of Indigenous Peoples" in e.label for e in x.entities if e.kind == "organization")


@pytest.mark.parametrize("text, name", [
    ("Treaty\n\nThe country ratified the Convention against Torture in 1986.", "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment"),
    ("Treaty\n\nThe 1948 Universal Declaration of Human Rights prohibits arbitrary deprivation of nationality.", "Universal Declaration of Human Rights"),
    ("Law\n\nThe Border Security Amendment Act (BSAA) widens detention powers for migrants.", "Border Security Amendment Act"),
    ("Law\n\nThe Egypt Human Rights and Accountability Act is being discussed in Congress.", "Egypt Human Rights and Accountability Act"),
    ("Law\n\nHe cited the Convention on the Protection of Migrant Herders of the Sahel, signed in 2002.", "Convention on the Protection of Migrant Herders of the Sahel"),
])
def test_treaties_declarations_and_laws_are_legal_instruments(build, text, name):
    x = build(text)
    assert entity(x, name).kind == "instrument"
    assert not any(word in label for label in actors(x) for word in ("Torture", "Declaration", "Act", "Convention"))


def test_a_field_of_law_is_no_instrument(build):
    x = build("Law\n\nThe expulsion violates International Humanitarian Law, the lawyers said.")
    assert not any(e.kind == "instrument" for e in x.entities)


def test_a_committee_keeps_its_acronym(build):
    x = build("Review\n\nThe Committee against Torture (CAT) reviewed the report. CAT asked for data.")
    committee = entity(x, "Committee against Torture")
    assert committee.kind == "organization" and len(committee.mentions) >= 2


def test_a_court_case_named_by_its_parties_is_a_case(build):
    x = build("Ruling\n\nThe commission decided Endorois Welfare Council v Kenya in 2010.")
    case = entity(x, "Endorois Welfare Council v Kenya")
    assert case.kind == "case"


@pytest.mark.parametrize("text, name", [
    ("Pledges\n\nStates made pledges at the 2023 Global Refugee Forum in Geneva.", "Global Refugee Forum"),
    ("Talks\n\nLeaders met at the Paris Peace Summit last week.", "Paris Peace Summit"),
])
def test_named_happenings_are_events_not_organisations(build, text, name):
    x = build(text)
    assert entity(x, name).kind == "happening"
    assert name not in actors(x)


def test_names_listed_with_groups_of_people_are_groups(build):
    x = build("Fighting\n\nThe clashes have affected various ethnic groups, including the Rohingya, Lahu, Bisu and Karen villagers.")
    assert entity(x, "Lahu").kind == "group" and entity(x, "Bisu").kind == "group"


def test_a_treaty_acronym_a_treaty_body_shares_is_the_treaty_where_a_state_ratifies_it(build):
    x = build("Recommendations\n\nRatify international conventions, particularly ICERD and CAT (Peru).")
    assert any(e.kind == "instrument" and "CAT" in [m.span.text for m in e.mentions] for e in x.entities)


def test_a_case_ending_a_sentence_leaves_the_full_stop_out(build):
    x = build("Ruling\n\nShe urged the court to revisit its 2008 ruling in Boumediene v. Bush.")
    assert entity(x, "Boumediene v. Bush").kind == "case"


def test_a_body_whose_name_holds_an_instrument_word_is_a_body(build):
    x = build("Scrutiny\n\nThe Eritrean Law Society, a diaspora group, says the mandate is the only scrutiny left.")
    assert entity(x, "Eritrean Law Society").kind == "organization"
    assert not any(e.kind == "instrument" for e in x.entities)


def test_two_known_bodies_joined_by_and_stay_two(build):
    x = build("Tigray\n\nTroops fought in Tigray, according to the Office of the UN High Commissioner for Human Rights "
              "and Amnesty International.")
    assert entity(x, "Amnesty International").key == "amnesty-international"
    assert any(e.key == "ohchr" for e in x.entities)


@pytest.mark.parametrize("text, word", [
    ("Inquiries\n\nThere are four Commissions of Inquiry established by the Council.", "Commissions"),
    ("Review\n\nCommittee Chairperson, Ana Ruiz, read out the observations.", "Chairperson"),
])
def test_a_kind_of_body_or_a_post_is_no_organisation(build, text, word):
    assert not [e.label for e in build(text).entities if e.kind == "organization" and word in e.label]


def test_a_bodys_numbered_session_and_a_numbered_agenda_item_are_no_actors(build):
    x = build("Sudan\n\nIn a report to the 39th Session of the United Nations Human Rights Council, the coalition urged "
              "a new mandate. It asked to move the mandate to Agenda Item 4.")
    labels = {entity.label for entity in x.entities}
    assert "United Nations Human Rights Council" in labels
    assert not [label for label in labels if "Session" in label or "Agenda" in label]


@pytest.mark.parametrize("sentence, name", [
    ("Violence has dropped since the Peace Accords were signed in 2016.", "Peace Accords"),
    ("On 1 July 2018, a new law – called “Ana Ruiz Rule” by the Government – was adopted.", "Ana Ruiz Rule"),
    ("The bill, dubbed \"Stop Tavora\", passed last week.", "Stop Tavora"),
])
def test_accords_and_a_law_given_a_name_in_quotes_are_instruments_not_actors(build, sentence, name):
    x = build(f"Hungary\n\n{sentence}")
    assert [e.kind for e in x.entities if e.label == name] == ["instrument"]


def test_a_country_or_a_title_the_model_takes_for_a_people_is_no_group(build):
    # the model calls "Uzbekistan" and "Ombudsman" here a nationality or religious group (NORP)
    x = build("Visit\n\nI carried out an official country visit to Uzbekistan upon the invitation of the Government. "
              "She also met the Ombudsman and the Prosecutor General.")
    assert entity(x, "Uzbekistan").kind == "country"
    assert not [e.label for e in x.entities if e.kind == "group"]


def test_the_acronym_of_a_term_written_in_lower_case_is_no_body(build):
    x = build("Hostilities\n\nMost of the attacks were in breach of international humanitarian law (IHL) rules. "
              "IHL was ignored, and some 2,000 internally displaced persons (IDPs) fled. The Human Rights Council (HRC) met.")
    assert actors(x) == {"United Nations Human Rights Council"}


def test_an_armed_group_named_by_what_its_members_are_called_is_one_but_a_people_s_rebels_are_not(build):
    x = build("Conflict\n\nThe report accuses the army and the Zapatista guerrillas of killings. Syrian rebels and Kurdish "
              "militants withdrew. The Zapatista guerrillas denied it.")
    armed = [e for e in x.entities if e.org_kind == "armed group"]
    assert [(e.label, len(e.mentions)) for e in armed] == [("Zapatista guerrillas", 2)]


def test_a_party_whose_name_opens_with_united_is_no_un_body(build):
    x = build("Vote\n\nThe United Patriotic Party of Zelinia rejected the resolution on Monday.")
    (party,) = [e for e in x.entities if e.kind == "organization"]
    assert party.label == "United Patriotic Party of Zelinia" and party.org_kind != "UN body"


@pytest.mark.parametrize("text, name", [
    # a plural of a common noun ends no person's name, given name or not
    ("Review\n\nThe observations cover prison conditions, the Rosa Orphanages and refugee status.", "Rosa Orphanages"),
    ("Review\n\nThe observations cover prison conditions, the Clara Laundries and refugee status.", "Clara Laundries"),
])
def test_a_name_ending_in_a_plural_common_noun_is_no_person(build, text, name):
    assert [e.kind for e in build(text).entities if e.label == name] == ["organization"]


def test_a_report_known_by_its_name_opening_with_a_given_name_is_no_person(build):
    x = build("Review\n\nThe observations cover the follow-up to the Kelly Report and refugee status.")
    assert not [e for e in x.entities if e.kind == "person"]


def test_the_torture_convention_spelt_with_inhumane_is_the_convention_not_places(build):
    x = build("Review\n\nThe state was examined under the UN Convention against Torture and Other Cruel, Inhumane or "
              "Degrading Treatment or Punishment.")
    assert [e.key for e in x.entities] == ["instrument:convention-against-torture"]
