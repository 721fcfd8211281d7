"""Organs of a state named by common nouns are actors of that state: one node per organ,
the article's words as its aliases. Texts written for each case."""

from __future__ import annotations

import pytest

from test_builders import entity


def organs(extraction) -> dict[str, object]:
    return {e.key: e for e in extraction.entities if e.org_kind == "state organ"}


@pytest.mark.parametrize("text, key, words", [
    ("Boats\n\nThe boats were pushed back by the Kenyan navy and the coast guard.", "navy-of-kenya", "Kenyan navy"),
    ("Protests\n\nDozens of people in India have been killed in a police crackdown.", "police-of-india", "police"),
    ("Trials\n\nEgypt's public prosecutor is preparing the trials of detainees.", "public-prosecutor-of-egypt", "Egypt's public prosecutor"),
    ("Justice\n\nThere have been trials by national courts in Bosnia and Herzegovina.", "judiciary-of-bosnia", "national courts"),
    ("Killing\n\nFrench intelligence agencies believe the colonel ordered the operation.", "intelligence-services-of-france", "French intelligence agencies"),
    ("Conflict\n\nThe conflict between the Nigerian military and the rebels dates back a decade.", "military-of-nigeria", "Nigerian military"),
    ("Strikes\n\nRussian forces struck the city overnight.", "military-of-russia", "Russian forces"),
    ("Strikes\n\nThe forces of Syria shelled the town.", "military-of-syria", "forces of Syria"),
    ("Arrests\n\nIran's intelligence ministry said it had arrested the journalists.", "intelligence-ministry-of-iran",
     "Iran's intelligence ministry"),
    ("Arrests\n\nThe interior ministry of Kenya denied the report.", "interior-ministry-of-kenya", "interior ministry of Kenya"),
    ("Visit\n\nIn Kyrgyzstan the expert met the Ombudsman and the Prosecutor General.", "ombudsman-of-kyrgyzstan", "Ombudsman"),
    ("Sentences\n\nThai military courts gave prison sentences of 30 years.", "military-courts-of-thailand", "Thai military courts"),
    # the article's own words, a modifier of ruling or time and a sentence's capital with them
    ("Cases\n\nKenya's ruling military junta opened 13 cases.", "military-of-kenya", "Kenya's ruling military junta"),
    ("Raid\n\nIn Kenya, the junta holds power. Armed soldiers arrested the activist.", "military-of-kenya", "Armed soldiers"),
    ("Report\n\nIn Kenya, all those arrested were handed over to the gendarmerie.", "gendarmerie-of-kenya", "gendarmerie"),
    # the organ's name in capitals before what it did
    ("Justice\n\nIn Kenya, there has been no progress in line with the principles established by Supreme Court rulings in "
     "2014.", "supreme-court-of-kenya", "Supreme Court"),
    # the title of one who speaks for the organ names it
    ("Visit\n\nKenya blocked the visit. \"We did not allow this visit,\" foreign ministry spokesman Peter Otieno told "
     "reporters.", "foreign-ministry-of-kenya", "foreign ministry"),
])
def test_an_organ_named_by_a_common_noun_is_that_state_s_organ(build, text, key, words):
    found = organs(build(text))
    assert key in found, list(found)
    assert words in found[key].aliases or found[key].label == words
    assert found[key].country == key.split("-of-")[1]


def test_the_state_of_an_organ_comes_from_the_sentence_when_the_words_do_not_name_it(build):
    x = build("Unrest\n\nIn Bangladesh, the police fired on protesters. Later the police said the crowd had dispersed.")
    found = organs(x)
    assert list(found) == ["police-of-bangladesh"]
    assert len(found["police-of-bangladesh"].mentions) == 2


def test_the_words_an_article_uses_for_one_force_are_one_organ(build):
    x = build(
        "Conflict\n\nClashes between the Nigerian military and rebels continued. The army of Nigeria said troops "
        "had been attacked, and the military denied targeting civilians."
    )
    found = organs(x)
    assert list(found) == ["military-of-nigeria"]
    assert {"Nigerian military", "army of Nigeria"} <= set(found["military-of-nigeria"].aliases)


@pytest.mark.parametrize("text", [
    "Camps\n\nEvery citizen of Eritrea is allocated a workplace after school or military service.",
    "Staff\n\nThe UN called for the release of dozens of NGO and embassy employees held in Yemen.",
])
def test_an_adjective_or_a_compound_is_no_organ(build, text):
    assert not organs(build(text))


def test_a_named_force_is_an_armed_group_unless_the_state_names_it(build):
    x = build("Fighting\n\nThe Delta Liberation Army attacked posts; the Nigerian Army responded with force.")
    assert entity(x, "Delta Liberation Army").org_kind == "armed group"
    assert entity(x, "Nigerian Army").org_kind == "state organ"


def test_a_force_named_for_policing_is_the_state_s_police_not_an_armed_group(build):
    x = build("Abuses in Nepal\n\nThe report accuses the Border Police Force of killings in Nepal.")
    assert entity(x, "Border Police Force").org_kind == "state organ"


def test_a_well_known_armed_group_is_one_armed_group_by_any_of_its_names(build):
    x = build("Yemen\n\nYemen’s Houthi rebels seized the office in Sanaa. The Houthis later returned it, and "
              "Ansar Allah said its staff had left. Fighters of the Taliban were seen in Kabul.")
    houthis = entity(x, "Houthis")
    assert houthis.org_kind == "armed group" and {"Houthi rebels", "Ansar Allah"} <= set(houthis.aliases)
    assert entity(x, "Taliban").org_kind == "armed group"


def test_a_mission_is_a_place_where_things_happen_and_an_organ_where_people_work(build):
    x = build(
        "Killing\n\nThe journalist was killed in Egypt's consulate in Milan. "
        "A counsellor at the Kenyan Embassy in Kampala said the law takes nothing away."
    )
    consulate = entity(x, "Egypt's consulate in Milan")
    embassy = entity(x, "Kenyan Embassy in Kampala")
    assert consulate.kind == "place" and embassy.org_kind == "state organ"
    assert entity(x, "Milan").kind == "place" and entity(x, "Kampala").kind == "place"


def test_officials_in_a_capital_speak_for_its_government(build):
    x = build("Killing\n\nOfficials in Cairo now say the journalist was killed in a rogue operation.")
    government = entity(x, "Officials in Cairo")
    assert government.org_kind == "government" and government.country == "egypt"


@pytest.mark.parametrize("text, name", [
    ("Detainees\n\nThe Israel Prison Service said conditions meet the law.", "Israel Prison Service"),
    ("Law\n\nThe Supreme People's Assembly adopted the law last year.", "Supreme People's Assembly"),
    ("Review\n\nThe Republic of Korea Mission submitted a statement to the session.", "Republic of Korea Mission"),
])
def test_a_named_body_of_a_state_is_a_state_organ(build, text, name):
    assert entity(build(text), name).org_kind == "state organ"


@pytest.mark.parametrize("text, name, kind", [
    ("Abuses\n\nThe report documents killings by the Ethiopian National Defense Force.", "Ethiopian National Defense Force", "state organ"),
    ("Abuses\n\nThe report documents killings by the Free Syrian Army.", "Free Syrian Army", "armed group"),
    # the force's head noun in lower case, as some write it
    ("Abuses\n\nDid the Kenyan National Defence force and its allies commit war crimes?", "Kenyan National Defence force",
     "state organ"),
])
def test_a_force_opening_with_its_state_s_name_is_the_state_s(build, text, name, kind):
    assert entity(build(text), name).org_kind == kind


def test_a_government_named_by_its_leader_is_the_government(build):
    x = build("Detention\n\nThe UN expert said the Biden administration deserved credit for granting access to the United States base.")
    assert not any(e.label == "Biden" for e in x.entities)
    assert any(e.key == "government-of-united-states" for e in x.entities)


def test_a_capital_in_a_dateline_is_a_place_not_its_government(build):
    x = build("Detention\n\nWASHINGTON — The UN rapporteur said on Monday that the detainees face cruel treatment.")
    assert not any(e.org_kind == "government" for e in x.entities)


def test_a_capital_and_its_country_opening_a_dateline_are_places_not_a_government(build):
    x = build("Migrants\n\nBudapest, Hungary \u2013 In a report published last week, the UN rapporteur criticised Hungary.")
    assert not any(e.org_kind == "government" for e in x.entities)
    assert entity(x, "Budapest").kind == "place"


def test_a_house_of_a_legislature_is_a_state_organ(build):
    x = build("Policy\n\nThe Home Secretary defended the policy in the House of Commons on Tuesday.")
    assert entity(x, "House of Commons").org_kind == "state organ"


def test_a_government_named_by_its_leader_is_one_government_and_its_countrys_when_a_post_says_so(build):
    x = build("Rights update\n\nPeruvian President Tomas Varnek spoke on Monday. The Varnek administration later quit "
              "the council, and the Varnek government said it would not return.")
    government = next(entity for entity in x.entities if entity.key == "government-of-peru")
    assert len(government.mentions) == 2 and "Varnek administration" in government.aliases
    alone = build("Rights update\n\nThe Varnek government rejected the findings, Ana Torvik said of President Tomas Varnek.")
    assert [(e.label, str(e.org_kind)) for e in alone.entities if e.kind == "organization"] == [("Varnek government", "government")]


def test_a_government_named_by_an_organisation_stays_the_organisations(build):
    x = build("Rights update\n\nThe Hamas government in Gaza rejected the report.")
    assert "Hamas" in {entity.label for entity in x.entities}


@pytest.mark.parametrize("text", [
    "Rebel forces and coalition forces fought near Aleppo; UN peacekeeping forces left.",
    "I saw ISIS soldiers beating girls in Syria.",
    "Boys in Syria were forced to become child soldiers.",
])
def test_forces_no_state_commands_are_no_organ(build, text):
    found = organs(build(f"Fighting\n\n{text}"))
    assert not [key for key in found if key.startswith("military-of")]


@pytest.mark.parametrize("sentence, name, kind", [
    ("The Central Intelligence Agency concluded that the prince ordered the killing.", "Central Intelligence Agency", "state organ"),
    ("The Federal Bureau of Investigation opened an inquiry.", "Federal Bureau of Investigation", "state organ"),
    ("The U.N. Counterterrorism Office said so.", "U.N. Counterterrorism Office", "UN body"),
    ("Anadolu Agency reported the attack.", "Anadolu Agency", "media"),
    # a state's agency is its organ though "Agency" ends a news agency's name; "News" before it makes one
    ("The governor blamed the U.S. Environmental Protection Agency.", "U.S. Environmental Protection Agency", "state organ"),
    ("The Kenya News Agency reported the attack.", "Kenya News Agency", "media"),
])
def test_an_agency_named_for_a_states_function_is_its_organ(build, sentence, name, kind):
    x = build(f"Rights update\n\n{sentence}")
    assert {entity.label: str(entity.org_kind) for entity in x.entities}[name] == kind


def test_a_government_named_by_its_leader_is_the_one_country_named_beside_it(build):
    x = build("Rights update\n\nPresident Tomas Varnek spoke. The Varnek administration said Peru would quit the council.")
    assert [e.key for e in x.entities if e.kind == "organization"] == ["government-of-peru"]


def test_a_ministry_by_its_name_and_by_common_nouns_is_one_organ(build):
    x = build("Trials\n\nThe Kenyan Ministry of Justice said it would respond. The justice ministry later denied it.")
    found = organs(x)
    assert list(found) == ["justice-ministry-of-kenya"] and len(found["justice-ministry-of-kenya"].mentions) == 2


def test_a_body_named_as_beyond_any_state_is_no_state_organ(build):
    x = build("Camps\n\nThe World Tamil Congress said the camps had grown.")
    assert entity(x, "World Tamil Congress").org_kind != "state organ"


def test_the_federal_or_central_government_is_the_government_of_the_state_the_article_is_about(build):
    x = build("Visit\n\nThe commission worked in Kenya for a week. While in Nairobi, it met officials of the Federal "
              "Government and of the central authorities.")
    government = entity(x, "Government of Kenya")
    assert {"Federal Government", "central authorities"} <= set(government.aliases)
    assert [e.label for e in x.entities if e.org_kind == "government"] == ["Government of Kenya"]


def test_a_government_spokesman_speaks_for_the_government_and_government_employees_name_none(build):
    x = build("Report\n\nIn Kenya, government spokesman Peter Otieno said the report was biased.")
    assert [holding.organization for holding in x.posts] == ["government-of-kenya"]
    assert not [e for e in build("Strike\n\nIn Kenya, government employees went on strike.").entities
                if e.kind == "organization"]


@pytest.mark.parametrize("text, words", [
    ("Coup\n\nIn Kenya, the coup ousted the previous government in May.", "previous government"),
    ("Report\n\nKenya's interim military government rejected the report.", "Kenya's interim military government"),
])
def test_a_government_named_with_a_word_of_its_time_or_its_rulers_keeps_the_articles_words(build, text, words):
    assert words in entity(build(text), "Government of Kenya").aliases


def test_the_articles_own_words_for_a_government_are_its_aliases(build):
    x = build("Arrests\n\nIn Kenya, the authorities arrested 24 activists. We call on the government to release them, "
              "the office said.")
    government = entity(x, "Government of Kenya")
    assert {"authorities", "government"} <= set(government.aliases)


def test_an_organs_other_name_set_off_after_it_is_the_same_organ(build):
    x = build("Inquiry\n\nThe report said leaders of the Kenyan military, or Voysk, must be investigated. "
              "The Kenyan military – the Voysk – denied it. Voysk said it had acted lawfully.")
    found = organs(x)
    assert list(found) == ["military-of-kenya"] and "Voysk" in found["military-of-kenya"].aliases


def test_a_junta_is_the_military_the_article_also_calls_it(build):
    x = build("Crackdown\n\nThe military junta in Myanmar denied the claims. The junta has lost ground, and the military is weaker.")
    organs = [e for e in x.entities if e.kind == "organization"]
    assert [e.label for e in organs] == ["Military of Myanmar"]
    assert {"military junta", "junta", "military"} <= set(organs[0].aliases)


@pytest.mark.parametrize("text, name, words", [
    ("Protests\n\nThe Haitian National Police said gangs had attacked in Haiti. Witnesses said the police had fled; "
     "police officers later denied it.", "Haitian National Police", {"police", "police officers"}),
    # a name with no state in it is of the state the article is about
    ("Protests\n\nIn Nicaragua, the National Police arrested the journalist. The police said she was freed.",
     "National Police", {"police"}),
    ("Strikes\n\nThe Ethiopian National Defense Force shelled the town in Ethiopia; the army denied it.",
     "Ethiopian National Defense Force", {"army"}),
])
def test_an_organ_named_by_its_name_and_by_common_nouns_is_one_node_under_its_name(build, text, name, words):
    x = build(text)
    organ = entity(x, name)
    assert organ.org_kind == "state organ" and words <= set(organ.aliases)
    assert [e.label for e in organs(x).values()] == [name]


def test_forces_named_by_a_generic_noun_stay_apart_from_the_states_army(build):
    x = build("Fighting\n\nIn Sudan, the Rapid Support Forces attacked the city, and the army of Sudan pushed them back.")
    assert entity(x, "Rapid Support Forces").key != entity(x, "army of Sudan").key


def test_two_named_police_forces_leave_the_police_apart(build):
    x = build("Protests\n\nIn Kenya, the National Police Service and the Administration Police Service both deployed. "
              "The police fired on the crowd.")
    assert entity(x, "police").key not in (entity(x, "National Police Service").key, entity(x, "Administration Police Service").key)


def test_the_articles_word_for_which_police_is_kept_in_its_alias(build):
    found = organs(build("Killing\n\nIn Mexico, municipal police stopped the journalist. The police denied it."))
    assert "municipal police" in found["police-of-mexico"].aliases


def test_the_government_of_a_region_is_its_own_and_not_the_states(build):
    x = build("Statement\n\nThe Government of Tigray welcomes the report of the commission on Ethiopia. The government "
              "of Ethiopia rejected it.")
    region = entity(x, "Government of Tigray")
    assert region.org_kind == "government" and region.key != entity(x, "Government of Ethiopia").key
    assert len(entity(x, "Government of Ethiopia").mentions) == 1


@pytest.mark.parametrize("sentence, label, alias", [
    ("The judicial authorities of the Democratic Republic of the Congo must act.",
     "Judiciary of the Democratic Republic of the Congo", "judicial authorities of the Democratic Republic of the Congo"),
    ("Ana Ruiz, an officer in the office of the president of Burundi, denied it.", "Presidency of Burundi",
     "office of the president of Burundi"),
    ("The law enforcement bodies of Burundi detained him.", "Law enforcement of Burundi",
     "law enforcement bodies of Burundi"),
])
def test_judicial_authorities_the_presidency_and_law_enforcement_are_organs_of_the_state(build, sentence, label, alias):
    organ = entity(build(f"Rights update\n\n{sentence}"), label)
    assert organ.org_kind == "state organ" and alias in organ.aliases


def test_a_state_s_security_committee_and_anti_corruption_agency_are_its_organs_the_un_s_police_is_the_un_s(build):
    x = build("Data\n\nThe data were presented by the Anti-Corruption Agency of Kazakhstan and the State Security "
              "Committee. Four experts from the United Nations Police joined the mission.")
    assert entity(x, "Anti-Corruption Agency of Kazakhstan").org_kind == "state organ"
    assert entity(x, "State Security Committee").org_kind == "state organ"
    assert entity(x, "United Nations Police").org_kind == "UN body"


def test_a_capital_the_model_calls_a_person_still_acts_for_its_government_unlike_a_surname(build):
    x = build("Visit\n\nAnkara not only invited rapporteur David Kaye but arranged for him to speak to journalists. "
              "Denzel Washington said it was fine.")
    assert entity(x, "Ankara").key == "government-of-turkey"
    assert entity(x, "Denzel Washington").kind == "person"
    assert not any(e.key == "government-of-united-states" for e in x.entities)


def test_a_state_s_permanent_mission_is_its_organ_named_once_whatever_the_words(build):
    x = build("Rejection\n\nThe report is biased, the statement by the Permanent Mission of the State of Eritrea in Geneva "
              "said on Wednesday. The Permanent Mission further said the report was groundless.")
    (mission,) = [e for e in x.entities if e.kind == "organization"]
    assert mission.org_kind == "state organ" and mission.country == "eritrea" and len(mission.mentions) == 2
    (statement,) = x.reports
    assert statement.authors == (mission.key,)


def test_a_state_s_mission_to_the_un_in_a_city_is_its_mission_there_and_speaks_for_it(build):
    x = build("Objection\n\nEgypt's mission to the UN in Geneva said in a statement that the remarks were an insult.")
    (mission,) = [e for e in x.entities if e.org_kind == "state organ"]
    assert (mission.country, mission.label) == ("egypt", "Permanent Mission of Egypt in Geneva")
    (statement,) = x.reports
    assert statement.authors == (mission.key,)
