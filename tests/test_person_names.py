"""One person whatever the form of the name: a first name or surname alone, a title before
it, another name it is known by, a full name the model missed. Texts written for each."""

from __future__ import annotations

import pytest

from test_builders import entity


def persons(extraction) -> list:
    return [e for e in extraction.entities if e.kind == "person"]


def test_a_first_name_alone_joins_its_person_whatever_the_model_calls_it(build):
    x = build(
        "Justice delayed\n\nThe sister of the jailed blogger Karim Haddad appealed for his release on Thursday. "
        '"Imagine that the whole world stays silent over Karim\'s detention," she said.'
    )
    person = entity(x, "Karim Haddad")
    assert "Karim" in person.aliases
    assert not any(e.label == "Karim" for e in x.entities)


def test_a_title_before_a_first_name_joins_the_full_name(build):
    x = build(
        "Responsibility\n\nSaudi Arabia's Crown Prince Faisal bin Nasser accepted some responsibility. "
        "However, Prince Faisal did not admit to ordering the murder."
    )
    person = entity(x, "Faisal bin Nasser")
    assert "Prince Faisal" in person.aliases
    assert len(persons(x)) == 1


def test_another_name_a_thing_is_known_by_is_the_same_thing(build):
    x = build(
        "Documentary\n\nCrown Prince Faisal bin Nasser, also known as FBN, had accepted responsibility. "
        'In a trailer, FBN said: "It happened under my watch." The inquiry found that FBN had ordered it.'
    )
    person = entity(x, "Faisal bin Nasser")
    assert "FBN" in person.aliases
    assert not any(e.label == "FBN" for e in x.entities)


def test_a_place_and_its_other_name(build):
    x = build("Camps\n\nCamp 25, also known as Chongori, is located in the hills north of the city.")
    place = entity(x, "Camp 25")
    assert place.kind == "place" and {"Camp 25", "Chongori"} <= {place.label, *place.aliases}


def test_the_full_name_the_model_missed_is_found_from_the_surname(build):
    x = build(
        "Citizenship\n\n\"What the census will create is a large group of stateless people,\" Anjali Rao, "
        "a lecturer at the University of Tampere, says.\n\nRao says the government has already broken its promises."
    )
    person = entity(x, "Anjali Rao")
    assert "Rao" in person.aliases and len(persons(x)) == 1


def test_an_honorific_before_a_surname_is_kept_as_the_article_gives_it(build):
    x = build("Witness\n\nA former official, identified only as Mr. Kang, described the executions. Mr. Kang said more.")
    person = entity(x, "Mr. Kang")
    assert person.kind == "person"


def test_a_name_opening_with_a_given_name_is_a_person_whatever_the_model_says(build):
    x = build("Findings\n\nThe three-member commission, chaired by Yasmin Sooka, presented its report to the council.")
    assert entity(x, "Yasmin Sooka").kind == "person"


def test_the_holder_named_after_a_post_with_its_complement(build):
    x = build("Findings\n\nHead of the inquiry Lena Okafor said: 'These attacks were aimed at destroying the village.'")
    assert entity(x, "Lena Okafor").kind == "person"


@pytest.mark.parametrize("text, name", [
    ("Custody\n\nFather Stan Lourdes died in custody. Father Stan had been held for months.", "Stan Lourdes"),
    ("Report\n\nAyatollah Ali Rahimi rejected the report.", "Ali Rahimi"),
    ("Report\n\nThe mission said Senior-General Min Aung Thein should be prosecuted.", "Min Aung Thein"),
])
def test_a_religious_or_military_title_before_a_name_is_no_part_of_it(build, text, name):
    persons = [e for e in build(text).entities if e.kind == "person"]
    assert [person.label for person in persons] == [name]


def test_a_name_before_an_award_word_is_the_awards_not_a_person(build):
    x = build("Award\n\nAhmed Nasser, the 2015 laureate of the Lena Varga Award, was arrested.")
    assert [e.label for e in x.entities if e.kind == "person"] == ["Ahmed Nasser"]


def test_a_name_coordinated_with_a_persons_is_a_person_though_the_model_missed_it(build):
    x = build("Release\n\nKo Naing and Thet Zin Oo, who were arrested in Yangon, were freed. Amnesty International and "
              "Thet Zin Oo spoke.")
    assert sorted(e.label for e in persons(x)) == ["Ko Naing", "Thet Zin Oo"]


@pytest.mark.parametrize("text", [
    "Review\n\nCommittee Expert and Rapporteur Tomas Ferro asked about the prisons.",
    "Review\n\nThe Vice Minister of the Interior, Luis Canas, spoke.",
])
def test_the_words_of_a_title_alone_name_no_person(build, text):
    assert len(persons(build(text))) == 1


def test_a_long_name_the_model_cut_in_two_or_short_is_one_person(build):
    x = build(
        "Four men detained\n\nThe Working Group on Arbitrary Detention found that the authorities had detained "
        "Ali Mahdi Hasan Saeed, Hasan Mahdi Hasan Saeed, Husain Abdul Jalil Husain, and Mahmood Mohamed Ali Mahdi."
    )
    assert sorted(e.label for e in x.entities if e.kind == "person") == [
        "Ali Mahdi Hasan Saeed", "Hasan Mahdi Hasan Saeed", "Husain Abdul Jalil Husain", "Mahmood Mohamed Ali Mahdi"]


def test_a_post_title_before_a_long_name_stays_out_of_it(build):
    x = build("Talks\n\nPresident Abdul Karim Osei and Foreign Minister Jalil Haddad met the delegation.")
    assert sorted(e.label for e in x.entities if e.kind == "person") == ["Abdul Karim Osei", "Jalil Haddad"]


@pytest.mark.parametrize("text, name", [
    # a post of two titles ("Justice", "Justice Minister"), a name of four words and two hyphens
    ("Figures\n\nJustice Minister Marie-Ange Pierre-Louis gave me figures.", "Marie-Ange Pierre-Louis"),
    # a title of the bar before the name is no part of it
    ("Figures\n\nIts director, Barrister Ngozi Ekwueme-Lawal, said the police tortured detainees.", "Ngozi Ekwueme-Lawal"),
])
def test_a_name_after_a_title_is_the_whole_name_and_only_the_name(build, text, name):
    people = [e.label for e in build(text).entities if e.kind == "person"]
    assert people == [name]


def test_a_given_name_coordinated_before_a_full_name_is_a_person_of_its_own(build):
    x = build("Arrests\n\nFour activists were arrested, including Rasul Jafarli, Leyla and Arif Yunus, rights defenders.")
    assert {"Leyla", "Arif Yunus", "Rasul Jafarli"} <= {e.label for e in x.entities if e.kind == "person"}


def test_a_person_the_text_describes_stays_a_person_though_the_parse_lists_it_with_a_place(build):
    """The parse may make a name after "from Geneva," that city's conjunct; the role set after
    the name says it is a person, with that post."""
    x = build("Briefing\n\nIn a briefing to journalists from Geneva, Kelmo Brusati, a senior OHCHR official, said "
              "the archive was a powerful tool.")
    person = entity(x, "Kelmo Brusati")
    assert person.kind == "person"
    assert [post.post_label for post in x.posts if post.person == person.key] == ["senior OHCHR official"]


def test_a_post_word_inside_a_body_s_name_makes_no_person(build):
    """ "Justice" heads a judge's post ("Chief Justice Ana Ruiz"); inside the name of a body or
    a database it is a word of that name."""
    x = build("Archive\n\nThe office also released the Transitional Justice Reference Archive (TJRA), a database of "
              "conflict-related cases.")
    assert persons(x) == []
    assert x.posts == ()


@pytest.mark.parametrize("text, names", [
    ("Papua\n\nSpecial Rapporteurs Francisco Ortiz Vela, who covers indigenous rights, and Cecilia Moreno-Diaz called "
     "for access.", {"Francisco Ortiz Vela", "Cecilia Moreno-Diaz"}),
    ("Saudi Arabia\n\nThe special expert on Ending Violence Against Women Dubravka Kovacevic and others released a "
     "joint statement.", {"Dubravka Kovacevic"}),
])
def test_a_title_before_a_name_plural_or_ending_a_post_is_no_part_of_it(build, text, names):
    assert {p.label for p in persons(build(text))} == names


def test_a_name_with_the_given_name_one_also_goes_by_in_brackets_is_one_person(build):
    x = build("Iran\n\nTwo men face execution, including Mr Omid (Ali) Karimi and Reza (Gholamreza) Tabrizi, the experts said.")
    assert {p.label for p in persons(x)} == {"Omid (Ali) Karimi", "Reza (Gholamreza) Tabrizi"}
    assert not [e for e in x.entities if e.kind == "place" and e.label in ("Karimi", "Tabrizi")]


def test_a_name_that_opens_with_a_given_name_and_ends_in_a_surname_used_alone_is_a_person_not_a_place(build):
    # the model calls the name after a long mandate a location; "Verlaine said" is a person's surname
    x = build("Executions\n\nUN Special Rapporteur on extrajudicial or arbitrary executions Agnes Verlaine urged the "
              "Zelinian authorities not to execute two men. \"The authorities must halt any plans,\" Verlaine said "
              "in the release on Friday.")
    person = entity(x, "Agnes Verlaine")
    assert person.kind == "person" and "Verlaine" in person.aliases
    assert not [e for e in x.entities if e.kind == "place"]


def test_a_repeated_name_the_model_cut_short_runs_to_the_surname_it_calls_a_person_alone(build):
    x = build("Executions\n\nNabil Hassan al-Arab and Omar Isa Omar Isa al-Harbi, who were arrested in March 2018, may "
              "be executed, the release said.\n\nAl-Harbi was sentenced to death for gun possession. Al-Harbi also "
              "reportedly confessed after being tortured.")
    person = entity(x, "Omar Isa Omar Isa al-Harbi")
    assert "Al-Harbi" in person.aliases
    assert sorted(e.label for e in persons(x)) == ["Nabil Hassan al-Arab", "Omar Isa Omar Isa al-Harbi"]


def test_a_word_hyphened_to_a_name_particle_stays_in_the_name_though_it_is_a_demonym(nlp):
    from rightsgraph.builders.extents import cut_trailing_adjectives

    doc = nlp("Ali Mohamed Hakeem al-Arab and Ahmed Isa, who were arrested in 2017, may be executed.")
    span = doc[0:6]
    assert span.text == "Ali Mohamed Hakeem al-Arab"
    assert cut_trailing_adjectives(span, frozenset({"arab"})).text == "Ali Mohamed Hakeem al-Arab"


def test_the_first_words_of_a_longer_name_are_that_person(build):
    x = build("Report\n\n\"The report is biased,\" ambassador Tesfaye Alemu Gebre said. The report claims the army "
              "used starvation, which Tesfaye Alemu rejects.")
    person = entity(x, "Tesfaye Alemu Gebre")
    assert "Tesfaye Alemu" in person.aliases
    assert len(persons(x)) == 1


@pytest.mark.parametrize("text, name, alias", [
    # the model calls the name a place; the role in apposition after it says it is a person
    ("Update\n\nHowever, said Marta Medina, spokesperson for the office, \"the state must comply\". "
     "\"It is of particular concern,\" Medina also said.", "Marta Medina", "Medina"),
    # a surname misspelt by one letter past its first
    ("Visit\n\nMarta Castellano visited the camps this month. During her visit Castelano met civil society.",
     "Marta Castellano", "Castelano"),
    # a hyphened surname alone, which the model calls an organisation
    ("Visit\n\nUN Special Rapporteur Elena Ruiz-Tagle will visit the region. Ruiz-Tagle will meet officials.",
     "Elena Ruiz-Tagle", "Ruiz-Tagle"),
])
def test_a_persons_other_forms_join_the_full_name(build, text, name, alias):
    x = build(text)
    assert alias in entity(x, name).aliases
    assert [e.label for e in persons(x)] == [name]


def test_an_abbreviated_title_before_a_name_is_a_post_not_a_word_of_the_name(build):
    x = build("Visit\n\nGov. Rick Sandoval plans to greet the envoy at the airport. Sandoval said so.")
    assert [e.label for e in persons(x)] == ["Rick Sandoval"]
    assert [holding.post_label for holding in x.posts] == ["Gov."]


def test_a_given_name_the_model_calls_a_place_takes_the_surname_the_parse_compounds_it_onto(nlp):
    from spacy.tokens import Doc

    from rightsgraph.builders.gazetteer import load_gazetteer
    from rightsgraph.builders.name_kinds import NameKinds
    from rightsgraph.builders.name_tables import NameTables

    # the parse of "said Marta Quiroga, spokesperson": the model tagged only "Marta", as a place
    words = ["said", "Marta", "Quiroga", ",", "spokesperson"]
    doc = Doc(nlp.vocab, words=words, spaces=[True, True, False, True, False],
              pos=["VERB", "PROPN", "PROPN", "PUNCT", "NOUN"], heads=[0, 2, 0, 2, 2],
              deps=["ROOT", "compound", "nsubj", "punct", "appos"], ents=["O", "B-GPE", "O", "O", "O"])
    gazetteer = load_gazetteer()
    kinds = NameKinds(gazetteer, NameTables(gazetteer), frozenset())
    span, kind = kinds.with_surname(doc, doc[1:2], "place")
    assert (span.text, kind) == ("Marta Quiroga", "person")
