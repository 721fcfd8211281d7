"""A text whose headline names what it is, a statement or briefing notes, is that document:
titled by its headline, written by whom the headline or the lines under it name, dated by its
date line (texts written for the test)."""

from __future__ import annotations

import pytest

from test_builders import entity


def own_document(x):
    return [report for report in x.reports if report.title == x.article.title]


def test_a_statement_of_a_ministry_named_in_its_headline_is_the_ministrys(build):
    x = build("Statement of the Ministry of Foreign Affairs of Chile regarding the Special Rapporteur's report\n\n"
              "The Ministry of Foreign Affairs of Chile has studied the report and rejects its conclusions on detention.")
    (document,) = own_document(x)
    assert document.kind == "statement"
    assert document.authors == (entity(x, "Ministry of Foreign Affairs of Chile").key,)


def test_briefing_notes_are_their_spokespersons_and_dated_by_their_date_field(build):
    x = build("PRESS BRIEFING NOTES: Paraguay\n\nSpokesperson for the UN High Commissioner for Human Rights: "
              "Ana Ruiz\n\nLocation: Geneva\n\nDate: 4 May 2021\n\nSubject: Paraguay\n\n"
              "We are deeply concerned by the arrest of three journalists in Asuncion on Monday.")
    (document,) = own_document(x)
    assert entity(x, "Ana Ruiz").key in document.authors
    assert document.date.value == "2021-05-04"


def test_an_end_of_mission_statement_is_by_the_person_its_headline_names(build):
    x = build("End of Mission Statement by the Special Rapporteur on the right to food, Lena Varga, on her visit "
              "to Malawi\n\n12 June 2019\n\nI thank the Government of Malawi for its invitation.")
    (document,) = own_document(x)
    assert entity(x, "Lena Varga").key in document.authors


def test_a_statement_that_opens_with_its_author_as_subject_is_that_bodys(build):
    x = build("Statement on the report of the Commission of Inquiry on Burundi\n\n"
              "Amnesty International welcomes the report of the Commission of Inquiry and urges the Council to act.")
    (document,) = own_document(x)
    assert document.authors == (entity(x, "Amnesty International").key,)


@pytest.mark.parametrize("headline", [
    "UN report criticises Chile's prisons",
    "Statement by rights groups condemns the arrests in Chile",
    "Report finds torture widespread in Chile's prisons",
])
def test_a_headline_about_a_document_is_no_documents_own_title(build, headline):
    x = build(f"{headline}\n\nAmnesty International said the prisons of Chile were overcrowded.")
    assert own_document(x) == []


def test_a_hyphened_document_name_before_a_dash_is_the_text_and_a_place_before_its_date_line(build):
    x = build("End-of-Mission Statement – Official Visit to Mongolia\n\nUnited Nations Special Rapporteur on the right "
              "to education, Lena Varga\n\nUlaanbaatar, 14 June 2024\n\nI carried out an official visit to Mongolia "
              "from 3 to 14 June 2024. I thank the Government of Mongolia for its invitation.")
    (document,) = own_document(x)
    assert entity(x, "Lena Varga").key in document.authors
    assert document.date.value == "2024-06-14"
    visit = next(action for action in x.actions if action.verb_class == "visit")
    assert visit.agents == (entity(x, "Lena Varga").key,)  # "I" is the statement's author
    assert visit.date.value == "2024-06-03" and visit.date.end == "2024-06-14"


def test_briefing_notes_that_name_no_spokesperson_are_the_bodys_that_opens_them_and_speaks_as_we(build):
    x = build("Press briefing notes on Chile\n\nGiven the continuing plight of migrants at the northern border, the UN "
              "Human Rights Office is today reiterating its call to the authorities to act.\n\nWe thank the Government "
              "of Chile for its cooperation. We call on Peru to investigate the expulsions.")
    (document,) = own_document(x)
    office = entity(x, "UN Human Rights Office").key
    assert document.authors == (office,)
    call = next(action for action in x.actions if action.verb_class == "call")
    assert call.agents == (office,) and call.addressees == (entity(x, "Peru").key,)
