"""Posts named by any noun, in apposition or after a copula (texts written for the test)."""

from __future__ import annotations

import pytest

from test_builders import entity


def holdings(x, name: str) -> list:
    key = entity(x, name).key
    return [holding for holding in x.posts if holding.person == key]


@pytest.mark.parametrize("text, person, post, held_in", [
    ("Law\n\nMarta Quispe, a lecturer at Amnesty International, disagreed.", "Marta Quispe", "lecturer at Amnesty International",
     "amnesty-international"),
    ("Press\n\nLuis Condori is the spokesperson of Human Rights Watch.", "Luis Condori", "spokesperson of Human Rights Watch",
     "human-rights-watch"),
    ("Press\n\nAna Torvik, a Human Rights Watch researcher, said the camps had grown.", "Ana Torvik",
     "Human Rights Watch researcher", "human-rights-watch"),
    ("Bank\n\nJoseph Kamau serves as chief economist at the World Bank.", "Joseph Kamau", "chief economist at the World Bank",
     "world-bank"),
    ("Press\n\nAna Torvik, a Geneva-based Human Rights Watch researcher, said the camps had grown.", "Ana Torvik",
     "Geneva-based Human Rights Watch researcher", "human-rights-watch"),
    ("Press\n\nAna Torvik, a critic and Human Rights Watch researcher, said the camps had grown.", "Ana Torvik",
     "Human Rights Watch researcher", "human-rights-watch"),
])
def test_a_role_noun_tied_to_a_named_body_is_a_post(build, text, person, post, held_in):
    found = holdings(build(text), person)
    assert [(holding.post_label, holding.organization) for holding in found] == [(post, held_in)]


def test_a_role_tied_to_a_country_concerns_it(build):
    found = holdings(build("Visit\n\nFarid Nasser, a former envoy to Kenya, arrived on Monday."), "Farid Nasser")
    assert [(holding.post_label, holding.country) for holding in found] == [("former envoy to Kenya", "kenya")]


@pytest.mark.parametrize("text, person", [
    ("Family\n\nMarta Quispe, a mother of two, was detained.", "Marta Quispe"),
    ("Critics\n\nLuis Condori, a fierce critic of the plan, spoke out.", "Luis Condori"),
])
def test_a_role_tied_to_nothing_named_is_no_post(build, text, person):
    assert holdings(build(text), person) == []


def test_a_post_the_post_finder_knows_is_not_given_twice(build):
    x = build("Envoy\n\nAna Torvik, the Special Rapporteur on the situation of human rights in Eritrea, spoke.")
    assert len(holdings(x, "Ana Torvik")) == 1


@pytest.mark.parametrize("text, person, post, country, organization", [
    ("Talks\n\nRussia's Foreign Minister Sergei Lavrov rejected the report.", "Sergei Lavrov",
     "Russia's Foreign Minister", "russia", None),
    ("Talks\n\nBelarus's foreign minister, Ana Torvik, rejected the report.", "Ana Torvik",
     "Belarus's foreign minister", "belarus", None),
    ("Talks\n\nHuman Rights Watch's Asia director, Ana Torvik, said the abuses continued.", "Ana Torvik",
     "Human Rights Watch's Asia director", None, "human-rights-watch"),
])
def test_a_post_after_its_owners_possessive_is_held_there(build, text, person, post, country, organization):
    (holding,) = holdings(build(text), person)
    assert (holding.post_label, holding.country, holding.organization) == (post, country, organization)


def test_a_person_named_of_or_from_an_organisation_or_country_is_affiliated_with_it(build):
    from rightsgraph.graph import build_graph
    from rightsgraph.graph.validation import validate
    from rightsgraph.ontology import RG

    x = build("Experts\n\nThe experts are Ms Laila Varne of Norway and Joseph Kamau from Human Rights Watch.")
    assert sorted((a.person, a.holder, a.kind) for a in x.affiliations) == [
        ("person:joseph-kamau", "human-rights-watch", "organization"), ("person:laila-varne", "norway", "country")]
    g = build_graph([x])
    assert list(g.subject_objects(RG.nationality)) and list(g.subject_objects(RG.affiliatedWith)) and validate(g).conforms
    assert build("Experts\n\nAna Torvik, a researcher at Amnesty International, said so.").affiliations == ()


@pytest.mark.parametrize("text, person, country, organization", [
    # a country's name opening the sentence owns the post it stands before
    ("Talks\n\nU.S. Deputy Secretary of State Mara Linden spoke with the envoy on Friday.", "Mara Linden", "united-states", None),
    # an organisation's name opening the sentence, with no possessive
    ("Camps\n\nHuman Rights Watch Asia director Paul Renner said the camps had grown.", "Paul Renner", None, "human-rights-watch"),
    # the model's name of the holder takes in the post's last word ("Prince Tomas Alder")
    ("Talks\n\nSaudi Arabia's Crown Prince Tomas Alder accepted some responsibility.", "Tomas Alder", "saudi-arabia", None),
])
def test_a_country_or_body_named_before_a_post_holds_it(build, text, person, country, organization):
    (holding,) = holdings(build(text), person)
    assert (holding.country, holding.organization) == (country, organization)


def test_a_post_cut_into_a_body_name_keeps_only_the_words_after_it(build):
    (holding,) = holdings(build("Camps\n\nHuman Rights Watch Asia director Paul Renner said the camps had grown."), "Paul Renner")
    assert holding.post_label == "Asia director"


@pytest.mark.parametrize("text, person, post, country", [
    ("Review\n\nKenyan Senator Ana Ruiz criticised the review.", "Ana Ruiz", "Kenyan Senator", "kenya"),
    # a demonym opening the paragraph: the parser would end a sentence on it, and the post
    # must not take in the line break before it
    ("Review\n\nFilipino Senator Ana Ruiz criticised the review.", "Ana Ruiz", "Filipino Senator", "philippines"),
    ("Case\n\nKenyan Attorney General Paul Muriuki said the case would proceed.", "Paul Muriuki",
     "Kenyan Attorney General", "kenya"),
])
def test_titles_of_state_office_before_a_name_are_posts(build, text, person, post, country):
    (holding,) = holdings(build(text), person)
    assert (holding.post_label, holding.country) == (post, country)


def affiliations(x, name: str) -> set[str]:
    key = entity(x, name).key
    return {a.holder for a in x.affiliations if a.person == key}


@pytest.mark.parametrize("text, person, holder", [
    ("Camps\n\nHuman Rights Watch's Tomas Ferro said the camps had grown.", "Tomas Ferro", "human-rights-watch"),
    ("Camps\n\nTomas Ferro, for Amnesty International, read the statement.", "Tomas Ferro", "amnesty-international"),
    ("Arrest\n\nTomas Ferro, a Belarusian opposition blogger, was arrested in Belarus.", "Tomas Ferro", "belarus"),
    ("Panel\n\nIlse Marend, one of the experts and a former Colombian prosecutor, spoke about Colombia.", "Ilse Marend", "colombia"),
])
def test_a_possessive_a_speaking_for_or_a_nationality_in_apposition_ties_a_person(build, text, person, holder):
    assert holder in affiliations(build(text), person)


def test_a_demonym_gives_no_nationality_to_a_country_the_article_never_names(build):
    x = build("Arrest\n\nTomas Ferro, a Belarusian opposition blogger, was arrested.")
    assert affiliations(x, "Tomas Ferro") == set() and not any(e.key == "belarus" for e in x.entities)


def test_people_listed_in_apposition_to_a_body_belong_to_it(build):
    x = build("Experts\n\nThe U.N. experts, Tomas Ferro, Ilse Marend, Dana Wilde and Ana Ruiz, respectively monitor "
              "freedom of expression and the situation in Iran.")
    body = next(e.key for e in x.entities if e.label.endswith("experts") or e.org_kind == "UN mechanism")
    for name in ("Tomas Ferro", "Ilse Marend", "Dana Wilde", "Ana Ruiz"):
        assert body in affiliations(x, name)


def test_a_role_noun_a_name_is_set_after_is_the_persons_post(build):
    x = build("Talks\n\nThe envoy raised the case with the Kenyan government's top diplomat, Wang Lei, during a visit.")
    (holding,) = holdings(x, "Wang Lei")
    assert (holding.post_label, holding.organization) == ("Kenyan government's top diplomat", "government-of-kenya")


def test_each_person_listed_after_a_plural_role_noun_holds_the_post(build):
    x = build("Release\n\nThe UN called for the release of Reuters journalists Ko Naing and Thet Zin Oo, who were jailed.")
    for name in ("Ko Naing", "Thet Zin Oo"):
        (holding,) = holdings(x, name)
        assert (holding.post_label, holding.organization) == ("Reuters journalist", "reuters")


def test_the_writers_of_a_byline_write_for_the_news_organisation_it_ends_in(build):
    x = build("Council backs right\n\nBy Angela Marsh, Niamh Tolle and Lauren Vey, Harbour Times\n\n"
              "The Human Rights Council on Friday recognised the right.")
    outlet = next(e for e in x.entities if e.label == "Harbour Times")
    assert outlet.org_kind == "media"
    assert sorted(a.person for a in x.affiliations if a.holder == outlet.key) == [
        "person:angela-marsh", "person:lauren-vey", "person:niamh-tolle"]


def test_a_date_after_a_mandate_s_country_says_when_and_is_no_part_of_the_post(build):
    x = build("Expert urges sanctions\n\nGENEVA (Reuters) - The United Nations Special Rapporteur on the human rights "
              "situation in Belarus on Monday called on the international community to coordinate sanctions.")
    labels = [e.label for e in x.entities if e.kind == "organization"]
    assert "Special Rapporteur on the human rights situation in Belarus" in labels
    assert not any("Monday" in label for label in labels)


@pytest.mark.parametrize("text", [
    "Mandate renewed\n\nThe Human Rights Council extended the mandate of the Special Rapporteur on Belarus for another year.",
    "Mandate renewed\n\nThe Human Rights Council renewed the mandate of the Special Rapporteur for a year.",
])
def test_how_long_a_mandate_runs_is_no_part_of_the_post(build, text):
    labels = [e.label for e in build(text).entities if e.kind == "organization"]
    assert not any("year" in label for label in labels), labels


def test_a_spokesperson_s_statement_is_her_office_s_too(build):
    x = build("Killings\n\nOHCHR spokesperson Marta Lindo said in a statement on Tuesday that 107 activists were killed.")
    statement = next(report for report in x.reports if report.kind == "statement")
    assert set(statement.authors) == {"ohchr", "person:marta-lindo"}


def test_a_statement_from_a_person_is_hers(build):
    x = build("Alarm\n\nMichelle Garvey, the UN High Commissioner for Human Rights, said she was alarmed. "
              "A statement from Ms. Garvey said her office had information about shelling.")
    assert [report.authors for report in x.reports if report.kind == "statement"] == [("person:michelle-garvey",)]


@pytest.mark.parametrize("text, name, post", [
    ("Report rejected\n\nPresidential spokesman Carlos Roa said the report was biased.", "Carlos Roa", "Presidential spokesman"),
    ('Panel\n\n"The panel has reasonable grounds," panel member Charles Tate told reporters.', "Charles Tate", "panel member"),
])
def test_the_words_before_a_post_s_head_belong_to_the_post(build, text, name, post):
    assert [holding.post_label for holding in holdings(build(text), name)] == [post]


@pytest.mark.parametrize("sentence, members", [
    ("Eritrea is a member of the Human Rights Council.", ["eritrea"]),
    ("Chile and Peru became members of the Human Rights Council in 2023.", ["chile", "peru"]),
    ("Eritrea, a member of the Human Rights Council, voted against the text.", ["eritrea"]),
    ("Eritrea and the Human Rights Council met on Monday.", []),
])
def test_a_state_said_to_be_a_member_of_a_body_is_its_member(build, sentence, members):
    x = build(f"Council vote\n\n{sentence}")
    assert sorted(m.member for m in x.memberships if m.body == "human-rights-council") == members


def test_a_membership_is_an_org_member_of_statement_with_its_sentence():
    from rdflib.namespace import ORG, PROV, RDF

    from rightsgraph.builders import article_from_text, extract
    from rightsgraph.graph import build_graph
    from rightsgraph.graph.validation import validate

    g = build_graph([extract(article_from_text("Council vote\n\nEritrea is a member of the Human Rights Council."))])
    (member, body), = g.subject_objects(ORG.memberOf)
    statement = next(g.subjects(RDF.predicate, ORG.memberOf))
    assert str(member).endswith("/eritrea") and str(body).endswith("/human-rights-council")
    assert g.value(statement, PROV.wasDerivedFrom) is not None and validate(g).conforms


@pytest.mark.parametrize("text, person, country, organization", [
    # the only state its sentence names before the post
    ("Boats\n\nThe appeal went to the Kenyan government after Foreign Minister Ana Torvik said the country would "
     "not take the boats.", "Ana Torvik", "kenya", "government-of-kenya"),
    # none in its sentence: the state the article names most
    ("Boats\n\nPeru sent two ships. Peru said the boats would land in Peru.\n\n"
     "Foreign Minister Ana Torvik said more would follow.", "Ana Torvik", "peru", None),
])
def test_a_state_post_named_without_its_state_is_held_in_the_state_the_text_is_about(build, text, person, country, organization):
    (holding,) = holdings(build(text), person)
    assert (holding.country, holding.organization) == (country, organization)


def test_a_state_post_with_its_state_is_held_in_that_states_government_where_the_article_names_it(build):
    x = build("Talks\n\nThe Chilean government met the envoy. Chilean President Ana Torvik said the talks went well.")
    (holding,) = holdings(x, "Ana Torvik")
    assert (holding.country, holding.organization) == ("chile", "government-of-chile")


def test_a_non_state_post_named_without_its_body_gets_no_state(build):
    found = holdings(build("Talks\n\nPeru sent ships.\n\nAna Torvik, a researcher, said more would follow."), "Ana Torvik")
    assert [holding.country for holding in found] == [None]


def mentions_of(x, name: str) -> list[str]:
    return [mention.span.text for mention in entity(x, name).mentions]


@pytest.mark.parametrize("text, description", [
    # a lede that names the person only later
    ("UN urges Kenya\n\nA senior UN official has urged Kenya to free three activists.\n\n"
     "The UN High Commissioner for Human Rights, Amara Lindqvist, said the arrests were arbitrary.", "senior UN official"),
    # the description's other words are words of the post: "rights" of Human Rights
    ("UN urges Kenya\n\nThe UN High Commissioner for Human Rights, Amara Lindqvist, said the arrests were arbitrary.\n\n"
     "The UN rights chief urged the police to stop.", "UN rights chief"),
])
def test_a_description_of_someone_working_for_a_body_is_the_one_person_named_in_a_post_of_it(build, text, description):
    x = build(text)
    assert description in mentions_of(x, "Amara Lindqvist")
    calls = [action.agents for action in x.actions if action.verb_class == "call" and action.sentence > 0]
    assert calls == [(entity(x, "Amara Lindqvist").key,)]  # she urges, not "the UN"


@pytest.mark.parametrize("text", [
    # the refugee chief is not the High Commissioner for Human Rights
    "UN\n\nThe UN High Commissioner for Human Rights, Amara Lindqvist, spoke. The UN refugee chief was silent.",
    # two UN people: which one "a UN official" is, the text does not say
    "UN\n\nThe UN High Commissioner for Human Rights, Amara Lindqvist, spoke. The Special Rapporteur on torture, "
    "Ken Obi, agreed. A UN official was silent.",
    # a body's official is no UN official
    "UN\n\nThe UN High Commissioner for Human Rights, Amara Lindqvist, spoke. A Kenyan official was silent.",
])
def test_a_description_that_fits_no_one_or_several_is_no_one(build, text):
    x = build(text)
    assert mentions_of(x, "Amara Lindqvist") == ["Amara Lindqvist"]


@pytest.mark.parametrize("text, outlet", [
    ("Experts fault Peru\nThe Kestrel Courier | By Ana Ruiz, Lima | Friday, 28 November 2025\n\n"
     "The Committee against Torture asked Peru to act.", "Kestrel Courier"),
    ("Experts fault Peru\n\nLIMA, Sept 10 (Andean Wire) - The Committee against Torture asked Peru to act.", "Andean Wire"),
])
def test_the_name_a_byline_in_fields_opens_with_and_a_wire_datelines_agency_are_news_organisations(build, text, outlet):
    assert entity(build(text), outlet).org_kind == "media"


def test_a_state_post_in_a_ministry_the_article_names_is_of_that_ministrys_state(build):
    x = build("Statement\n\nThe Ministry of Foreign Affairs of Eritrea rejects the report. Minister of Foreign Affairs "
              "Tesfay Okbay has asked the mission to convey this position.")
    (holding,) = holdings(x, "Tesfay Okbay")
    assert holding.country == "eritrea"


def test_our_post_in_a_release_is_held_in_the_body_it_speaks_for(build):
    x = build("Women's rights committee echoes our findings\nColectiva Amanecer – Lima, 2 March 2025 – For immediate release\n\n"
              "\"The State is responsible,\" said Rosa Quispe Mamani, our executive director.")
    (holding,) = holdings(x, "Rosa Quispe Mamani")
    assert holding.organization == "org:colectiva-amanecer"


def test_a_post_in_brackets_after_a_name_is_that_persons(build):
    x = build("Experts\n\nThe experts: Ms. Ana Ruiz (Chair-Rapporteur), Mr. Ken Obi and Ms. Lena Varga.")
    assert [holding.post_label for holding in holdings(x, "Ana Ruiz")] == ["Chair-Rapporteur"]


def test_a_place_noun_in_apposition_after_a_place_is_no_post_of_the_person_before_it(build):
    x = build("Visit\n\nTomas Arevalo, a counseller at the Kenyan Embassy in Doha, the capital of Qatar, said the law "
              "does not take away the citizenship of any citizen.")
    posts = [holding.post_label for holding in holdings(x, "Tomas Arevalo")]
    assert posts and not [post for post in posts if "capital" in post]


def test_a_post_in_a_field_under_the_headline_is_held_by_the_name_after_its_colon(build):
    x = build("BRIEFING NOTES: Paraguay\n\nSpokesperson for the UN High Commissioner for Human Rights: Ana Ruiz\n\n"
              "Location: Geneva\n\nWe are concerned by the arrests of three journalists in Asuncion.")
    assert [holding.post_label for holding in holdings(x, "Ana Ruiz")] == [
        "Spokesperson for the UN High Commissioner for Human Rights"]


def test_the_post_a_spokesperson_speaks_for_is_not_the_spokespersons(build):
    x = build("BRIEFING NOTES: Paraguay\n\nSpokesperson for the UN High Commissioner for Human Rights: Ana Ruiz\n\n"
              "The UN High Commissioner for Human Rights, Tomas Lind, said he was dismayed by the verdict. The High "
              "Commissioner urged the authorities to release the journalists.")
    lind = entity(x, "Tomas Lind")
    later = x.article.text.index("The High Commissioner urged")
    assert any(mention.span.start == later + 4 for mention in lind.mentions)


@pytest.mark.parametrize("text, person, post", [
    ("Venezuela\n\nAna Ruiz, chair of the fact-finding mission on Zelinia, said the court was not independent.",
     "Ana Ruiz", "chair of the fact-finding mission on Zelinia"),
    ("Venezuela\n\nLuis Rey, a member of Mr. Gomez's party, said the court was fair.", "Luis Rey",
     "member of Mr. Gomez's party"),
])
def test_a_posts_complement_runs_over_a_hyphened_word_and_a_possessive_name(build, text, person, post):
    x = build(text)
    assert [holding.post_label for holding in holdings(x, person)] == [post]
    assert all(holding.person == entity(x, person).key for holding in x.posts)


def test_a_post_named_with_a_bodys_common_noun_is_held_in_the_body_named_before(build):
    x = build("Burundi\n\nThe Commission of Inquiry on Burundi said crimes were committed. But commission member "
              "Lena Varga said any attempt to give exact figures was spurious.")
    assert [(holding.post_label, holding.organization) for holding in holdings(x, "Lena Varga")] == [
        ("commission member", "commission-of-inquiry-burundi")]


@pytest.mark.parametrize("text, person, held_in", [
    # a post of the UN that names no body of it is held in the UN
    ("Visit\n\nUN Human Rights Commissioner Lena Varga ended her visit to Haiti on Friday.", "Lena Varga", "united-nations"),
    ("Visit\n\nU.N. Human Rights spokesman, Pavel Orlov, says the deaths were caused by the police.", "Pavel Orlov",
     "united-nations"),
    # one whose title the data ties to a body is held there
    ("Visit\n\nUN Special Rapporteur Lena Varga ended her visit to Haiti on Friday.", "Lena Varga", "human-rights-council"),
])
def test_a_un_post_naming_no_body_of_the_un_is_held_in_the_un(build, text, person, held_in):
    (holding,) = holdings(build(text), person)
    assert holding.organization == held_in


@pytest.mark.parametrize("text, person, held_in", [
    ("Camps\n\n“The camps must close,” said Mara Bell, deputy Asia director at HRW.", "Mara Bell", "human-rights-watch"),
    ("Camps\n\nMara Bell, a researcher at the Varnholt Institute for Peace, said the camps had grown.",
     "Mara Bell", "org:varnholt-institute-for-peace"),
])
def test_a_post_at_a_named_body_is_held_there(build, text, person, held_in):
    x = build(text)
    (holding,) = holdings(x, person)
    assert holding.organization == held_in
    assert held_in in {e.key for e in x.entities}


def test_each_of_a_list_of_names_holds_the_role_a_copula_or_its_relative_clause_gives_them(build):
    x = build("Trial\n\nTomas Arguello, Ana Quiroga, Luis Condori and Marta Quispe are campaigners who are members of "
              "the Varnholt Institute for Peace.")
    for name in ("Tomas Arguello", "Ana Quiroga", "Luis Condori", "Marta Quispe"):
        (holding,) = holdings(x, name)
        assert (holding.post_label, holding.organization) == ("member of the Varnholt Institute for Peace",
                                                              "org:varnholt-institute-for-peace")


@pytest.mark.parametrize("text, person, post, held_in", [
    ("Arrests\n\nPolice arrested three staff of the Tarsk Centre for Rights. They included the group’s Executive "
     "Director Lena Moor.", "Lena Moor", "Executive Director of the Tarsk Centre for Rights", "org:tarsk-centre-for-rights"),
    ("Visit\n\nThe UN Working Group on Arbitrary Detention ended a visit to Ruritania. \"It is grave,\" said the "
     "Group’s Chairperson-Rapporteur, Ana Torvik.", "Ana Torvik",
     "Chairperson-Rapporteur of the Working Group on Arbitrary Detention", "working-group-on-arbitrary-detention"),
])
def test_a_post_after_a_body_s_common_noun_is_held_in_that_body(build, text, person, post, held_in):
    x = build(text)
    assert [(holding.post_label, holding.organization) for holding in holdings(x, person)] == [(post, held_in)]
    assert not any(e.label in ("Group", "group") for e in x.entities)


@pytest.mark.parametrize("text, person, post, held_in", [
    ("Jail\n\nAna Torvik is program coordinator for the Tarsk Coalition of Civil Society.", "Ana Torvik",
     "program coordinator for the Tarsk Coalition of Civil Society", "org:tarsk-coalition-of-civil-society"),
    ("Jail\n\nAna Torvik is program coordinator for rights group Tarsk Coalition of Civil Society.", "Ana Torvik",
     "program coordinator for rights group Tarsk Coalition of Civil Society", "org:tarsk-coalition-of-civil-society"),
    ("Jail\n\nIvo Brand, head of the opposition party Al Nadir, was arrested.", "Ivo Brand",
     "head of the opposition party Al Nadir", "org:al-nadir"),
])
def test_a_body_named_after_the_post_s_common_noun_holds_the_post(build, text, person, post, held_in):
    x = build(text)
    assert [(holding.post_label, holding.organization) for holding in holdings(x, person)] == [(post, held_in)]


def test_a_lede_s_post_is_held_by_the_person_the_next_sentence_introduces(build):
    x = build("Barred\n\nThe UN independent investigator into human rights in Malawi is calling for stronger pressure "
              "on the army after she was barred from the country.\n\nAna Torvik said she had been due to visit in January.")
    assert [holding.post_label for holding in holdings(x, "Ana Torvik")] == [
        "UN independent investigator into human rights in Malawi"]


@pytest.mark.parametrize("text", [
    "Barred\n\nA UN investigator is calling for stronger pressure on the army.\n\nAna Torvik said she had been due to visit.",
    "Barred\n\nAna Torvik met the army. The UN investigator on Malawi is calling for pressure.\n\nAna Torvik said she would return.",
])
def test_no_lede_post_for_someone_indefinite_or_named_before(build, text):
    assert holdings(build(text), "Ana Torvik") == []


def test_no_lede_post_where_the_article_named_who_holds_it(build):
    x = build("Inquiry\n\nThe Special Rapporteur on the situation of human rights in Malawi, Ms. Ilse Brandvik, said "
              "she had received reports.\n\nThe Special Rapporteur urged the authorities to act.\n\nAna Torvik "
              "said she would present the findings.")
    assert holdings(x, "Ana Torvik") == []


def test_a_post_named_in_full_without_its_holder_is_the_post_its_short_name_holder_holds(build):
    x = build("Haiti\n\nGang violence now permeates all levels of society, the United Nations High Commissioner for "
              "Human Rights said Thursday.\n\nThe appeal from High Commissioner Amara Lindqvist comes as violence spreads.")
    assert [(holding.person, holding.post_label) for holding in x.posts] == [
        ("person:amara-lindqvist", "United Nations High Commissioner for Human Rights")] * 2


def test_a_document_the_parse_sets_beside_a_name_is_no_post_of_it(build):
    x = build("Findings\n\nCrimes against humanity were whipped up by rhetoric from top officials including President "
              "Omar Tesfaye, a U.N. human rights report said on Wednesday.")
    assert sorted(holding.post_label for holding in x.posts) == ["President"]


def test_a_mandate_named_in_full_is_the_post_of_the_one_rapporteur_named_by_its_head(build):
    x = build("Visit\n\nThe UN special rapporteur on freedom of expression visited Malawi after twenty years.\n\n"
              "The government invited rapporteur Tomas Ferreira but denied him access to prisons.")
    assert {holding.post_label for holding in x.posts} == {"UN special rapporteur on freedom of expression"}
    (visit,) = [action for action in x.actions if action.lemma == "visit"]
    assert visit.agents == ("person:tomas-ferreira",)


@pytest.mark.parametrize("text, person, post", [
    ("Review\n\nA delegation led by Assistant to the Foreign Minister, Abdulla bin Omar al-Hadi, met the Committee.",
     "Abdulla bin Omar al-Hadi", "Assistant to the Foreign Minister"),
    ("Review\n\nAddressing the Council, Zelinia's permanent representative to the UN in Geneva Ambassador Omar Tarek "
     "said his country was treated unfairly.", "Omar Tarek", "Ambassador"),
    ("Probe\n\nU.N. human rights chief Ana Lindqvist called for a probe.", "Ana Lindqvist", "U.N. human rights chief"),
])
def test_a_post_is_the_holders_own_not_the_post_or_place_named_before_it(build, text, person, post):
    assert {holding.post_label for holding in holdings(build(text), person)} == {post}


def test_a_plural_title_before_a_list_of_names_gives_each_the_post(build):
    x = build("Papua\n\nSpecial Rapporteurs Francisco Ortiz Vela, who protects the rights of indigenous peoples, Morris "
              "Tidball-Binz, who monitors executions, and Cecilia Moreno-Diaz called for access. The lawyers said so.")
    for name in ("Francisco Ortiz Vela", "Morris Tidball-Binz", "Cecilia Moreno-Diaz"):
        assert {(h.post_label, h.mandate) for h in holdings(x, name)} == {("Special Rapporteur", True)}


def test_a_names_acronym_in_brackets_inside_a_post_title_stays_in_the_post():
    from rightsgraph.builders import article_from_text, extract

    x = extract(article_from_text("Threats\n\nMaria Lenz, the United Nations (UN) Special Rapporteur on the human rights "
                                  "situation in Zelinia, said she had received threats."))
    assert [holding.post_label for holding in holdings(x, "Maria Lenz")] == [
        "United Nations (UN) Special Rapporteur on the human rights situation in Zelinia"]
    assert not [e for e in x.entities if e.org_kind == "UN mechanism"]
