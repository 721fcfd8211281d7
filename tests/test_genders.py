"""Which person "she" or "he" stands for: the gender the article's own pronouns bind to each
person (texts written for the test)."""

from __future__ import annotations

from test_builders import entity


def agents_of(x, lemma: str) -> list[str]:
    return [agent for action in x.actions if action.lemma == lemma for agent in action.agents]


def test_a_pronoun_of_a_persons_own_clause_tells_the_gender(build):
    x = build("Inquiry\n\nThe rapporteur Ilse Marend renewed her request to visit. Officials said Tomas Ferro had been "
              "detained. Meanwhile, she urged the World Bank to suspend its loans.")
    assert agents_of(x, "urge") == [entity(x, "Ilse Marend").key]


def test_a_he_opening_a_sentence_is_the_previous_subject_not_the_last_name(build):
    x = build("Inquiry\n\nThe UN expert Ilse Marend met Tomas Ferro in Geneva. She said that she would return. "
              "Later, she urged the World Bank to suspend its loans.")
    assert agents_of(x, "urge") == [entity(x, "Ilse Marend").key]


def test_an_honorific_outweighs_the_pronouns(build):
    x = build("Inquiry\n\nMs. Ilse Marend spoke after Tomas Ferro. He said his visit was cut short. "
              "She urged the World Bank to suspend its loans.")
    assert agents_of(x, "urge") == [entity(x, "Ilse Marend").key]


def test_she_opening_a_sentence_after_a_quotation_is_the_speaker_before_it(build):
    x = build("Inquiry\n\nIlse Marend renewed her request to visit. Head of the inquiry Dana Wilde said: "
              "'These attacks were aimed at the villages.' She added that the Islamic State had attacked the villages.")
    (said,) = [action for action in x.actions if action.lemma == "add"]
    assert said.agents == (entity(x, "Dana Wilde").key,)
