"""Letters, statements and court filings are documents with authors, like reports (texts
written for the test)."""

from __future__ import annotations

import pytest
from rdflib.namespace import RDF, RDFS

from rightsgraph.builders import article_from_text, extract
from rightsgraph.graph import build_graph
from rightsgraph.graph.validation import validate
from rightsgraph.ontology import RG


def documents(text: str):
    return extract(article_from_text(text)).reports


@pytest.mark.parametrize("text, kind, author", [
    ("Letter\n\nHuman Rights Watch's open letter to the Government of Peru asked for a review.", "letter", "human-rights-watch"),
    ("Release\n\nThe State Department issued a press release on the talks.", "statement", "org:state-department"),
    ("Court\n\nAmnesty International filed an affidavit in the Supreme Court in 2019.", "filing", "amnesty-international"),
    ("Words\n\nAna Torvik said in a statement that the abuses continue.", "statement", "person:ana-torvik"),
    ("Vote\n\nThe Human Rights Council adopted a resolution setting up a fact-finding mission.", "resolution",
     "human-rights-council"),
])
def test_a_document_of_each_kind_with_its_author(text, kind, author):
    found = documents(text)
    assert [(document.kind, document.authors) for document in found] == [(kind, (author,))]


def test_the_report_after_a_letter_is_not_the_letter():
    found = documents("Letters\n\nAmnesty International sent an open letter to the Government of Peru in May. "
                      "Human Rights Watch published its 2019 report on Peru. The letter cited the report.")
    assert sorted(document.kind for document in found) == ["letter", "report"]
    letter = next(document for document in found if document.kind == "letter")
    assert [mention.span.text for mention in letter.mentions] == ["open letter", "letter"]


def test_documents_of_new_kinds_have_their_classes_and_conform():
    x = extract(article_from_text("Court\n\nAmnesty International filed an affidavit in the Supreme Court in 2019. "
                                  "Human Rights Watch's open letter to the Government of Peru followed."))
    g = build_graph([x])
    assert set(g.subjects(RDF.type, RG.CourtFiling)) and set(g.subjects(RDF.type, RG.Letter))
    assert validate(g).conforms


def test_a_document_noun_with_no_author_is_no_document():
    assert documents("Talks\n\nIn response to the talks, a statement was read out.") == ()


def test_a_document_the_un_issues_with_no_body_named_is_the_uns():
    assert [(d.kind, d.authors) for d in documents("Release\n\nOn May 29, the UN issued a press release on the visit.")] \
        == [("statement", ("united-nations",))]


def test_a_un_report_is_the_one_investigating_mechanism_s_the_article_names():
    found = documents("Inquiry\n\nFollowing a Human Rights Council fact-finding mission on Peru, a damning U.N. report "
                      "published Monday concludes that the army should be prosecuted.")
    assert [d.authors for d in found] == [("fact-finding-mission-peru",)]
    two = documents("Inquiry\n\nThe fact-finding mission on Peru and the commission of inquiry on Chile met. A U.N. "
                    "report published Monday concludes that the army should be prosecuted.")
    assert [d.authors for d in two] == [("united-nations",)]


def test_a_un_report_is_the_un_body_s_the_article_has_publish_something():
    found = documents("UN report to incoming Ruritanian Government tackles killings\n\nThe Office of the UN High "
                      "Commissioner for Human Rights last week released a series of recommendations to the incoming "
                      "Government of Ruritania. The report underscores severe violations.")
    assert [d.authors for d in found] == [("ohchr",)]


def test_a_report_on_findings_by_a_body_is_the_body_s_not_the_uns():
    found = documents("New report by the UN shows the toll of the war\n\nOn June 29, the report on findings by the "
                      "UN Human Rights Monitoring Mission in Moldova was presented. The report documents attacks.")
    assert [d.authors for d in found] == [("org:un-human-rights-monitoring-mission-in-moldova",)]


def test_it_that_opens_a_sentence_is_what_the_sentence_before_was_about():
    found = documents("Inquiry\n\nThe Commission of Inquiry on Human Rights in Peru was established by the Human Rights "
                      "Council in June 2014. It presented its first report to the Council in June 2015.")
    assert [(d.authors, d.date.value) for d in found] == [(("commission-of-inquiry-peru",), "2015-06")]


def test_a_special_procedures_communication_is_a_letter():
    found = documents("Case\n\nOn 28 June 2021, the Special Rapporteur on the right to freedom of opinion and expression "
                      "sent a communication to the authorities of Peru.")
    assert [(d.kind, d.date.value) for d in found] == [("letter", "2021-06-28")]


def test_a_report_by_a_post_is_by_whoever_holds_it():
    found = documents("Torture\n\nThe report by the Special Rapporteur on torture, Ana Torvik, faulted the prisons.")
    assert [d.authors for d in found] == [("person:ana-torvik",)]


def test_the_report_named_again_with_its_author_is_the_same_report():
    found = documents("Detention\n\nThe minister reacted to a UN report on detention. The report by the Special "
                      "Rapporteur on torture, Ana Torvik, focused on the island camps.")
    assert [d.authors for d in found] == [("united-nations", "person:ana-torvik")]


@pytest.mark.parametrize("sentence, title, authors", [
    ('The report, titled "Situation of human rights in Zelinia", was published on Friday.',
     "Situation of human rights in Zelinia", ()),
    ('In a report entitled "Torture in the shadows", Amnesty International said abuses continued.',
     "Torture in the shadows", ("amnesty-international",)),
    ('The mission published its findings in a long report called "A Land Without Law".', "A Land Without Law", ()),
    ("Amnesty International released a report titled Mass Detention in Zelinia on Monday.",
     "Mass Detention in Zelinia", ("amnesty-international",)),
])
def test_a_title_introduced_by_titled_entitled_or_called(sentence, title, authors):
    found = documents(f"Reports\n\n{sentence}")
    assert [(d.title, d.authors) for d in found] == [(title, authors)]


def test_a_comma_after_a_report_opens_no_unquoted_title_and_a_titles_law_words_are_no_law():
    assert documents("Reports\n\nThe report, Human Rights Watch said, was flawed.") == ()
    x = extract(article_from_text('Reports\n\nThe report "A Land Without Law" was released.'))
    assert [d.title for d in x.reports] == ["A Land Without Law"] and x.entities == ()


def test_a_quoted_title_a_publication_verb_governs_is_the_subjects_report_dated_by_its_clause():
    found = documents('Reports\n\nHuman Rights Watch published "No Way Out: Detention in Zelinia" in May 2019.')
    assert [(d.title, d.authors, d.date.value) for d in found] == [
        ("No Way Out: Detention in Zelinia", ("human-rights-watch",), "2019-05")]
    assert documents('Words\n\nAna Torvik said "we will not stop" on Monday.') == ()


@pytest.mark.parametrize("sentence", [
    "The UN human rights office on Monday published a 233-page \u2018Zelinia Conflict Report\u2019, documenting abuses.",
    "The UN human rights office published its long \u201cZelinia Conflict Report\u201d on Monday.",
])
def test_a_quoted_title_after_what_says_which_or_how_long_it_is_is_the_publishers_report(sentence):
    found = documents(f"Reports\n\n{sentence}")
    assert [(d.title, d.authors) for d in found] == [("Zelinia Conflict Report", ("ohchr",))]


def test_words_quoted_in_lower_case_are_no_title():
    """A quote that opens in lower case quotes words ("in response, “regrets …”", an "open
    letter"), and is no document's title, nor does its closing mark open one."""
    found = documents("Reply\n\nThe government, it says in response, \u201cregrets the hasty and agenda-driven pathway "
                      "the commission chose\u201d. Ana Ruiz wrote an \"open letter\" to the government. The letter "
                      "highlights that the \"arbitrary\" exclusion of minorities would \"perpetuate discrimination\".")
    assert all(d.title is None for d in found)


def test_whoever_writes_or_signs_a_letter_is_its_author():
    found = documents("Letters\n\nAna Ruiz wrote an open letter to the Government of Kenya. Amnesty International "
                      "signed a joint statement on Monday.")
    assert sorted((d.kind, d.authors) for d in found) == [("letter", ("person:ana-ruiz",)),
                                                           ("statement", ("amnesty-international",))]


def test_a_title_after_a_document_of_any_kind_and_after_a_resolutions_number():
    found = documents('Votes\n\nIn 2015 the Human Rights Council adopted resolution 30/1, "Promoting reconciliation and '
                      'accountability in Zelinia".')
    assert [(d.kind, d.title, d.authors, d.date.value) for d in found] == [
        ("resolution", "Promoting reconciliation and accountability in Zelinia", ("human-rights-council",), "2015")]
    letter = documents('Letters\n\nHuman Rights Watch sent a letter titled "Stop the executions" to the government.')
    assert [(d.kind, d.title) for d in letter] == [("letter", "Stop the executions")]


def test_a_document_known_by_its_name_is_a_titled_report():
    found = documents("Reports\n\nIn 2009, the Varnek Report found that the army had targeted civilians.")
    assert [(d.title, d.authors) for d in found] == [("Varnek Report", ())]
    published = documents("Reports\n\nAmnesty International released the Annual Report in May 2019.")
    assert [(d.title, d.authors, d.date.value) for d in published] == [("Annual Report", ("amnesty-international",), "2019-05")]
    assert "UN Report" not in {d.title for d in documents("Reports\n\nThe UN Report was released.")}


@pytest.mark.parametrize("sentence, title", [
    ("Human Rights Watch's report, 'In Harm's Way', documents abuse.", "In Harm's Way"),
    # no comma: the parse reads the straight quote as opening a quotation
    ("The government rejected her report 'Anatomy of a Crime' presented to the Council on Tuesday.", "Anatomy of a Crime"),
    ("The report \u2013 \u201cA Land Without Law\u201d \u2013 was released on Friday.", "A Land Without Law"),
    ("The report: \u201cA Land Without Law\u201d was released.", "A Land Without Law"),
])
def test_a_title_in_single_quotes_or_between_dashes(sentence, title):
    assert [d.title for d in documents(f"Reports\n\n{sentence}")] == [title]


@pytest.mark.parametrize("text, title, date", [
    ('Watch\n\nHuman Rights Watch published a report, "They Came at Night: Abuses in Northern Ruritania", on 4 May 2021.',
     "They Came at Night: Abuses in Northern Ruritania", "2021-05-04"),
    ("Watch\n\nHuman Rights Watch's report Silenced Voices: Torture in Ruritania, published in 2019, found torture.",
     "Silenced Voices: Torture in Ruritania", "2019"),
])
def test_a_date_right_after_a_titled_report_dates_it(text, title, date):
    (report,) = documents(text)
    assert (report.title, report.date.value if report.date else None) == (title, date)


@pytest.mark.parametrize("sentence, date", [
    ("A report published today by the UN Human Rights Office documents the killings.", "2021-05-04"),
    ("A new report released yesterday by Amnesty International documents the killings.", "2021-05-03"),
])
def test_a_participle_of_publishing_on_the_report_dates_it(sentence, date):
    from rightsgraph.builders import article_from_text, extract

    x = extract(article_from_text(f"Killings report\n\nGENEVA (4 May 2021) – {sentence}"))
    assert [str(report.date.value) for report in x.reports] == [date]


def test_a_date_further_on_in_the_sentence_does_not_date_the_report():
    (report,) = documents('Watch\n\nHuman Rights Watch published a report, "Silenced Voices", and the police answered it '
                          "on 4 May 2021.")
    assert report.date is None


def test_a_quoted_title_after_the_reports_author_is_its_title():
    (report,) = documents('Torture\n\nA new report by the Committee against Torture, "Silenced Voices," says detainees '
                          "were beaten.")
    assert report.title == "Silenced Voices"
    assert report.authors


def test_quoted_words_after_an_authors_sentence_are_no_title():
    reports = documents('Torture\n\nA new report by the Committee against Torture was read, and "we are silenced," '
                        "one detainee said.")
    assert all(report.title is None for report in reports)


@pytest.mark.parametrize("text", [
    "Mandate\n\nThe Human Rights Council requested the Special Rapporteur, Anna Berglund, to present a report on the situation at its next session.",
    "Mandate\n\nThe Human Rights Council asked Anna Berglund to submit a report on the detentions.",
])
def test_who_is_asked_to_present_a_report_writes_it(text):
    """A verb of publishing with no subject of its own, under a verb of asking: the one asked
    writes the report, not the body asking."""
    found = [document for document in documents(text) if document.kind == "report"]
    assert [document.authors for document in found] == [("person:anna-berglund",)]


def test_a_un_report_is_the_one_un_body_the_article_has_speak():
    """'A UN report' in an article where one UN body says what it found is that body's; with
    no body of the UN speaking it stays the UN's."""
    text = ("Freedonia rejects UN report\n\nThe government of Freedonia rejected a UN report on Thursday.\n\n"
            "The UN Human Rights Office said detentions in Freedonia had become more frequent.")
    assert [document.authors for document in documents(text)] == [("ohchr",)]
    text = "Freedonia rejects UN report\n\nThe government of Freedonia rejected a UN report on Thursday."
    assert [document.authors for document in documents(text)] == [("united-nations",)]


def test_a_treaty_bodys_concluding_observations_are_its_report_dated_by_the_day_named():
    (found,) = documents("Committee faults Peru\n\nToday, 3 March 2025, the Committee against Torture published its "
                         "concluding observations on Peru, calling on Peru to end solitary confinement.")
    assert (found.kind, found.authors, found.date.value) == ("report", ("committee-against-torture",), "2025-03-03")


VOICED = ("Drone strikes demand a response\nPress release – Kestrel Rights Watch – NAIROBI, 2 April 2025\n\n"
          "Our report documents 40 strikes on markets. We urge the Human Rights Council to act.")


def callers(x) -> list[tuple[str, ...]]:
    """Who urges: the calls read as events and as actions, one node for each verb."""
    calls = {event.key: event.agents for event in x.events if event.kind == "call"}
    calls.update({action.key: action.agents for action in x.actions if action.lemma == "urge"})
    return list(calls.values())


def test_we_and_our_in_a_release_are_the_body_its_opening_lines_name():
    x = extract(article_from_text(VOICED))
    (report,) = x.reports
    assert report.authors == ("org:kestrel-rights-watch",)
    assert callers(x) == [("org:kestrel-rights-watch",)]


@pytest.mark.parametrize("text", [
    # "we" only inside a quotation is the speaker's
    "Strikes\nPress release – Kestrel Rights Watch – NAIROBI\n\nThe minister said: \"We urge the Council to wait.\"",
    # opening lines that name two bodies say nothing of who "we" is
    "Strikes\nKestrel Rights Watch and Harbour Watch – NAIROBI\n\nWe urge the Human Rights Council to act.",
])
def test_no_voice_without_a_we_of_its_own_or_one_body_named_above_it(text):
    assert not [agents for agents in callers(extract(article_from_text(text))) if agents]


@pytest.mark.parametrize("sentence, author", [
    ("A report produced by Amnesty International says five people died in custody.", "amnesty-international"),
    ("The Taliban issued 200 decrees, according to a report released by Human Rights Watch on Monday.",
     "human-rights-watch"),
    # the parse hangs "by" on the date between
    ("A report released on 2 May by Amnesty International said five people died in custody.",
     "amnesty-international"),
])
def test_a_report_published_by_someone_in_a_participle_after_it_is_theirs(sentence, author):
    (report,) = documents(f"Custody\n\n{sentence}")
    assert report.authors == (author,)


def test_a_country_mandate_named_with_for_is_a_mechanism_though_the_model_takes_the_country_for_a_person():
    x = extract(article_from_text("Custody\n\nA report produced by the UN special rapporteur for Belarus says five "
                                  "people died in custody."))
    (mandate,) = [entity for entity in x.entities if entity.org_kind == "UN mechanism"]
    assert mandate.label == "Special Rapporteur for Belarus"
    assert [report.authors for report in x.reports] == [(mandate.key,)]


def test_a_long_title_set_off_by_commas_after_the_report_titles_the_report_named_before():
    found = documents("Protests\n\nAmnesty International released a new report on Thursday. Despite some steps, the "
                      "report, Human Rights Violations and Abuses in the Context of Demonstrations in Zelinia, cites "
                      "omissions. The report, Human Rights Watch said, was fair.")
    assert [(report.title, report.authors) for report in found] == [
        ("Human Rights Violations and Abuses in the Context of Demonstrations in Zelinia", ("amnesty-international",))]


def test_a_name_in_a_clause_that_qualifies_the_subject_is_not_the_author():
    """"A group established by the Council … issued a report": the group's report, not the
    Council's; the UN report the headline announces is that group's, the one UN body named."""
    found = documents("UN report concludes crimes against humanity committed in Malawi\n\nA group established last "
                      "March by the Human Rights Council to investigate abuses in Malawi issued a damning report on "
                      "Thursday.\n\nThe Group of Human Rights Experts on Malawi presented its investigation in Geneva.")
    assert [d.authors for d in found] == [("org:group-of-human-rights-experts-on-malawi",)]


def test_a_new_report_to_a_body_is_a_report_of_its_own_whoever_wrote_it():
    """ "according to a new report to the United Nations Security Council": a report named by
    whom it is addressed to, its findings its own, though the text names no author."""
    x = extract(article_from_text("Haiti\n\nViolence has displaced 130,000 people, according to a new report to the "
                                  "United Nations Security Council."))
    assert [(d.kind, d.authors, d.addressed_to) for d in x.reports] == [("report", (), ("security-council",))]
    g = build_graph([x])
    (report,) = g.subjects(RG.addressedTo, None)
    assert str(g.value(report, RDFS.label)) == "report to United Nations Security Council"
    assert validate(g).conforms
    assert (report, RG.documents, None) in g


def test_a_resolution_a_state_leads_is_that_state_s_and_the_abbreviation_before_led_is_the_state(build):
    x = build("Vote\n\nA U.S.-led draft resolution endorsing the recommendations was posted on Tuesday. A Sri Lanka report "
              "was also discussed.")
    (resolution,) = [report for report in x.reports if report.kind == "resolution"]
    assert resolution.authors == ("united-states",)
    assert not [report for report in x.reports if report.kind != "resolution" and "sri-lanka" in report.authors]


def test_a_state_s_own_report_is_the_state_s_not_the_body_it_is_submitted_to(build):
    x = build("Review\n\nIn 2015 Bahrain submitted its second periodic report to the Committee against Torture.")
    (report,) = x.reports
    assert report.authors == ("bahrain",)


@pytest.mark.parametrize("text, briefed", [
    ("Protests\n\nU.N. rights office spokeswoman Ana Lindqvist told reporters in Geneva that at least 31 people were killed.",
     True),
    ('Protests\n\n"We are deeply troubled," Ana Lindqvist, spokeswoman for the U.N. rights office, told a press briefing.',
     True),
    ("Protests\n\nAna Lindqvist told her family that she was safe.", False),
    ("Protests\n\nAna Lindqvist, spokeswoman for the U.N. rights office, told reporters about the visit.", False),
])
def test_a_spokesperson_telling_reporters_what_happened_is_a_statement_of_hers_and_her_office_s(build, text, briefed):
    x = build(text)
    statements = [report for report in x.reports if report.kind == "statement"]
    assert bool(statements) == briefed
    if briefed:
        assert set(statements[0].authors) == {"person:ana-lindqvist", "ohchr"}


def test_each_of_the_listed_subjects_that_release_a_joint_statement_is_its_author(build):
    x = build("Statement\n\nSpecial Rapporteur Ana Ruiz, expert Lena Moor and Ivo Brand released a joint statement on Monday.")
    (statement,) = x.reports
    assert set(statement.authors) == {"person:ana-ruiz", "person:lena-moor", "person:ivo-brand"}


def test_a_report_first_named_definite_as_what_will_be_presented_is_a_report_of_its_own():
    (report,) = documents("Visit\n\nAna Torvik will visit Kenya in May. The country mission report will be presented to the "
                          "Human Rights Council in June 2017.")
    assert report.date.value == "2017-06" and report.about == ("kenya",)


def test_a_report_findings_will_be_submitted_in_are_the_findings_owners():
    found = documents("Visit\n\nSpecial Rapporteur Ana Torvik will assess the situation in Kenya. Her findings will be "
                      "submitted next year in a report to the Human Rights Council.")
    assert [(d.authors, d.addressed_to) for d in found] == [(("person:ana-torvik",), ("human-rights-council",))]


def test_his_report_where_the_parse_loses_the_subject_is_the_persons_named_right_before_the_verb():
    found = documents("Report\n\nOfficial Reza Moradi called the report biased. In his October report on the situation in "
                      "Zelinia which was submitted to the 69th session of the UN General Assembly, United Nations Special "
                      "Rapporteur for Human Rights in Zelinia Ahmed Karimi claimed widespread violations have occurred.")
    assert [d.authors for d in found] == [("person:ahmed-karimi",)]


@pytest.mark.parametrize("text, authors", [
    # "her report" hangs on her name; the man who speaks after the quotation owns neither
    ("Report\n\nThe High Commissioner Ana Torvik in her latest report did not express any concern over Zelinia, minister "
     "Omar Haddad claimed today.", ("person:ana-torvik",)),
    ("Report\n\nAna Torvik visited Zelinia in May. \u201cShe made a statement after her visit, but nothing negative came out "
     "in her statement,\u201d said Omar Haddad.", ("person:ana-torvik",)),
    # a report released by the one whose clause it opens
    ("Report\n\nIn a report released Sunday, the Government of Zelinia defended its conduct in the war.",
     ("org:government-of-zelinia",)),
])
def test_a_report_is_owned_by_the_one_the_words_tie_it_to_not_by_whoever_speaks_last(text, authors):
    assert {d.authors for d in documents(text)} == {authors}
