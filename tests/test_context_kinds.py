"""What the words around a name say it is, over what the model says (texts written for the
test, with names no list holds)."""

from __future__ import annotations

import pytest


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
