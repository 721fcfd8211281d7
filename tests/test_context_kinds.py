"""What the words around a name say it is, over what the model says (texts written for the
test, with names no list holds)."""

from __future__ import annotations

import pytest

from test_builders import entity


def kinds(build, sentence: str) -> dict[str, tuple[str, str | None]]:
    x = build(f"Rights update\n\n{sentence}")
    return {entity.label: (entity.kind, entity.org_kind and str(entity.org_kind)) for entity in x.entities}


@pytest.mark.parametrize("sentence, name, kind", [
    ("Two helicopters flew over Kyauk Taw village in the south.", "Kyauk Taw", ("place", None)),
    ("Since Tomas Verlinde became the president of Zelinia, abuses have grown.", "Tomas Verlinde", ("person", None)),
    ("Answering a question from Radio Zelin, the expert said the talks had failed.", "Radio Zelin", ("organization", "media")),
    ("In an interview with Radio Zelin, the minister denied the claims.", "Radio Zelin", ("organization", "media")),
])
def test_the_words_around_a_name_say_what_it_is(build, sentence, name, kind):
    assert kinds(build, sentence)[name] == kind


@pytest.mark.parametrize("sentence, name, kind", [
    ("She lectures at the Erik Varne Institute of International Law and Human Rights.",
     "Erik Varne Institute of International Law and Human Rights", ("organization", "NGO")),
    ("Lawyers at the Zelin Centre for Refugee Law objected.", "Zelin Centre for Refugee Law", ("organization", "NGO")),
    ("The Zelin Press Law was passed in 2019.", "Zelin Press Law", ("instrument", None)),
])
def test_a_body_named_for_the_law_it_studies_is_a_body_and_a_law_stays_a_law(build, sentence, name, kind):
    assert kinds(build, sentence)[name] == kind


@pytest.mark.parametrize("text, names", [
    ("Strikes\n\nA strike on a bus station in Debre Markos on 14 March killed 41 people.", ["Debre Markos"]),
    # listed with a place the text places: the list is of places
    ("Evictions\n\nWe spoke of the women of Alta Verapaz, Quiché and Huehuetenango. Three of the women she met in "
     "Alta Verapaz still face charges.", ["Alta Verapaz", "Quiché", "Huehuetenango"]),
])
def test_a_name_the_text_only_places_things_in_is_a_place(build, text, names):
    x = build(text)
    assert [entity(x, name).kind for name in names] == ["place"] * len(names)


@pytest.mark.parametrize("text, name", [
    ("Talks\n\nAna Ruiz and Juan Perez met in Geneva. Kenya and Ana Ruiz agreed.", "Ana Ruiz"),  # a subject acts
    ("Talks\n\nThe envoy, Ana Ruiz, spoke. In Ana Ruiz’s view it failed.", "Ana Ruiz"),  # she owns a view
])
def test_a_person_who_acts_or_owns_is_no_place_for_being_after_in(build, text, name):
    assert entity(build(text), name).kind == "person"


def test_a_name_a_body_is_based_in_is_a_place(build):
    x = build("Aid\n\nAmnesty International and the Kano-based Arewa Women Legal Aid submitted a report.")
    assert entity(x, "Kano").kind == "place"


@pytest.mark.parametrize("sentence, names", [
    ("Over ten days I travelled to the States of Rio Vermelho do Norte, Tavora and Beiral.",
     ["Rio Vermelho do Norte", "Tavora", "Beiral"]),
    ("Nariquia, Selvana and Valle del Orvio were the most dangerous regions for defenders.",
     ["Nariquia", "Selvana", "Valle del Orvio"]),
    ("The experts visited the provinces of Kandurak and Helmora.", ["Kandurak", "Helmora"]),
])
def test_names_listed_as_states_provinces_or_regions_are_places(build, sentence, names):
    found = kinds(build, sentence)
    assert {name: found.get(name, ("missing", None))[0] for name in names} == {name: "place" for name in names}


def test_a_body_named_department_of_something_is_no_list_of_places(build):
    found = kinds(build, "The Department of Fisheries of Zelinia said the Zelin Centre for Refugee Law had objected.")
    assert all(kind != "place" for label, (kind, _org) in found.items() if "Fisheries" in label or label == "Fisheries")


def test_people_listed_before_a_passive_that_places_them_are_no_places(build):
    found = kinds(build, "Tomas Arguello Ruiz, Mir Sadek Hossain and Colonel Hadi Rahman Al Nouri, were all abducted "
                         "in the capital, Dhaka, in separate incidents.")
    assert [kind for label, (kind, _org) in found.items() if label != "Dhaka" and kind == "place"] == []
