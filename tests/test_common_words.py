"""Capitalised words that are not names: a title-case headline, the first word of a sentence or
a list item, a misspelling there. Each on a text written for it."""

from __future__ import annotations

import pytest


def labels(extraction) -> set[str]:
    return {e.label for e in extraction.entities} | {alias for e in extraction.entities for alias in e.aliases}


@pytest.mark.parametrize("headline, words", [
    ("Rights Groups Slam Crackdown As Protest Movement Grows", {"Movement"}),
    ("Protest Movement Defies Ban As Police Fire Tear Gas", {"Movement", "Police"}),
    ("Human Rights Network Urges Release Of Activists", {"Network"}),
])
def test_title_case_headline_words_are_names_only_when_the_body_confirms_them(build, headline, words):
    x = build(f"{headline}\n\nThe UN rights office said on Monday that hundreds of protesters were detained in Belarus.")
    assert not any(word in label for label in labels(x) for word in words), labels(x)


def test_a_headline_name_the_body_repeats_is_kept(build):
    x = build("Nile Watch Initiative Warns Of Famine\n\nNile Watch Initiative said on Monday that the harvest failed.")
    assert "Nile Watch Initiative" in labels(x)


def test_a_list_item_opening_with_a_verb_or_adverb_names_nothing(build):
    x = build(
        "Recommendations\n\n124.108 Bring national legislation into line with the Convention.\n"
        "124.109 Fully cooperate with the special procedures.\n125.29 Ensure access for the Office."
    )
    assert not any(label.split()[-1] in ("Bring", "Fully", "Ensure") for label in labels(x))


def test_a_sentence_opening_word_the_article_writes_in_lower_case_is_no_name(build):
    x = build(
        "Petition\n\nThe court is hearing a petition.\n\n'Sovereign power is not unfettered'\n\n"
        "The petition says that sovereign power is not unfettered."
    )
    assert "Sovereign" not in labels(x)


def test_numbered_recommendations_run_together_name_no_verbs(build):
    x = build(
        "Recommendations\n\n124.5 Consider acceding to the Convention (Egypt); 124.6 Ratify international conventions "
        "(Peru); 124.7 Cooperate fully with the special procedures (Chile); 124.8 Increase efforts (Chad)."
    )
    assert not any(word in labels(x) for word in ("Ratify", "Cooperate", "Increase", "Consider"))


def test_an_english_word_opening_a_line_before_a_lower_case_word_is_no_name_but_a_surname_saying_is(build):
    x = build("War\n\nThe war goes on.\n\nUntold thousands of people killed\n\nBrown said it was wrong.")
    assert "Untold" not in {e.label for e in x.entities}
    assert "Brown" in {e.label for e in x.entities if e.kind == "person"}
