"""Which person "she" or "he" stands for: the gender the article's own pronouns bind to each
person (texts written for the test)."""

from __future__ import annotations

import pytest

from test_builders import entity


def agents_of(x, lemma: str) -> list[str]:
    return [agent for action in x.actions if action.lemma == lemma for agent in action.agents]


@pytest.mark.parametrize("text", [
    # a pronoun of a person's own clause tells the gender; the nearer person's is not told
    "Inquiry\n\nThe rapporteur Ilse Marend renewed her request to visit. Officials said Tomas Ferro had been "
    "detained. Meanwhile, she urged the World Bank to suspend its loans.",
    # "She" opening a sentence is the previous sentence's subject, not the last person named
    "Inquiry\n\nThe UN expert Ilse Marend met Tomas Ferro in Geneva. She said that she would return. "
    "Later, she urged the World Bank to suspend its loans.",
    # an honorific outweighs the pronouns
    "Inquiry\n\nMs. Ilse Marend spoke after Tomas Ferro. He said his visit was cut short. "
    "She urged the World Bank to suspend its loans.",
])
def test_she_is_the_woman_the_article_says_she_is(build, text):
    x = build(text)
    assert agents_of(x, "urge") == [entity(x, "Ilse Marend").key]


def test_she_opening_a_sentence_after_a_quotation_is_the_speaker_before_it(build):
    x = build("Inquiry\n\nIlse Marend renewed her request to visit. Head of the inquiry Dana Wilde said: "
              "'These attacks were aimed at the villages.' She added that the Islamic State had attacked the villages.")
    (said,) = [action for action in x.actions if action.lemma == "add"]
    assert said.agents == (entity(x, "Dana Wilde").key,)
