"""The hard cases of the genre, each on a short text written for the test."""

from __future__ import annotations

from tests.test_builders import entity


def test_curly_and_straight_apostrophes_are_the_same_name(build):
    x = build(
        "Rights update\n\nHuman Rights Watch's 2019 report Locked Doors in Tigray was cited. "
        "Human Rights Watch’s researchers in the Democratic People’s Republic of Korea and the "
        "Democratic People's Republic of Korea office agreed."
    )
    assert len([e for e in x.entities if e.key == "human-rights-watch"]) == 1
    dprk = entity(x, "Democratic People’s Republic of Korea")
    assert len(dprk.mentions) == 2
    report = next(r for r in x.reports if r.title)
    assert report.authors == ("human-rights-watch",)


def test_hyphenated_and_spaced_korean_names_are_one_person(build):
    x = build("Rights update\n\nKim Jong Un ignored the findings. Later Kim Jong-un met envoys in Pyongyang.")
    people = [e for e in x.entities if e.kind == "person"]
    assert len(people) == 1 and len(people[0].mentions) == 2


def test_honorific_is_not_part_of_a_burmese_name(build):
    x = build("Rights update\n\nDaw Aung San Suu Kyi defended the army at the International Court of Justice. "
              "Aung San Suu Kyi spoke for an hour.")
    person = entity(x, "Aung San Suu Kyi")
    assert person.kind == "person" and len(person.mentions) == 2
    assert "Daw" not in person.label


def test_a_mandate_named_without_its_holder_is_an_actor(build):
    x = build("Rights update\n\nThe Special Rapporteur on torture said that detainees were beaten in Eritrea. "
              "UN experts urged the authorities to free them.")
    mandate = entity(x, "Special Rapporteur on torture")
    assert mandate.kind == "organization" and mandate.org_kind == "UN mechanism"
    experts = entity(x, "UN experts")
    assert experts.key == "special-procedures"
    stated = {key for finding in x.findings for key in finding.stated_by}
    assert mandate.key in stated


def test_the_special_rapporteur_later_in_the_article_is_the_holder(build):
    x = build("Rights update\n\nThe Special Rapporteur on the situation of human rights in Belarus, Nils Aberg, "
              "spoke on Monday. The Special Rapporteur said arbitrary detention continues.")
    person = entity(x, "Nils Aberg")
    assert len(person.mentions) == 2
    assert not [e for e in x.entities if e.kind == "organization" and "Rapporteur" in e.label]


def test_unhcr_in_a_council_context_is_the_human_rights_council(build):
    x = build("Rights update\n\nAt its 46th session the UNHCR adopted a resolution on Sri Lanka. "
              "Separately, UNHCR said refugees from Myanmar need shelter.")
    council = entity(x, "Human Rights Council")
    assert "UNHCR" in council.aliases
    refugees = next(e for e in x.entities if e.key == "unhcr")
    assert len(refugees.mentions) == 1


def test_relative_dates_resolve_only_against_the_article_date(build):
    text = "Rights update\n\nOHCHR published its report on Tuesday."
    undated = next(r for r in build(text).reports)
    assert undated.date.value is None and undated.date.text == "Tuesday"
    dated = next(r for r in build(text, date="2024-07-17").reports)
    assert dated.date.value == "2024-07-16"


def test_an_allegation_not_established_is_not_a_documented_violation(build):
    from rightsgraph.graph import build_graph
    from rightsgraph.ontology import RG, RGV

    x = build("Rights update\n\nThe Commission of Inquiry on Burundi could not establish genocide. It found torture.")
    graph = build_graph([x])
    named = set(graph.objects(None, RG.namesViolation))
    assert RGV["torture"] in named and RGV["genocide"] not in named
    assert (None, RG.documents, RGV["genocide"]) not in graph


def test_a_government_named_by_its_capital_rejects(build):
    x = build("Rights update\n\nThe commission of inquiry on Eritrea published its report. Asmara rejected the report.")
    rejection = next(e for e in x.events if e.kind == "rejection")
    assert rejection.agents == ("government-of-eritrea",)
    assert rejection.documents


def test_events_carry_agent_participant_and_their_own_date(build):
    x = build("Rights update\n\nIn late September 2020, OHCHR sent a diplomatic note to the government of "
              "Myanmar, asking it to respond to the 2019 report. The Office hosted an October 2020 discussion "
              "with Human Rights Watch.")
    note = next(e for e in x.events if e.kind == "communication")
    assert note.agents == ("ohchr",) and note.participants == ("government-of-myanmar",)
    assert note.date.value == "2020-09" and note.date.qualifier == "late"
    meeting = next(e for e in x.events if e.kind == "briefing")
    assert meeting.participants == ("human-rights-watch",) and meeting.date.value == "2020-10"


def test_a_dismissal_is_a_denial_by_whoever_makes_it(build):
    x = build("Rights update\n\nThe Special Rapporteur on Iran, Ana Ruiz, published her report. "
              "Foreign ministry spokesman Reza Moradi dismissed the report as lies.")
    denial = next(f for f in x.findings if f.denial)
    assert denial.stated_by == (entity(x, "Reza Moradi").key,)
    assert denial.documents


def test_the_perpetrator_is_who_does_it_not_who_reports_it(build):
    x = build("Rights update\n\nThe commission of inquiry on Syria published its report. "
              "The report finds that the Syrian government used chlorine gas against civilians.")
    finding = next(f for f in x.findings if "use-of-chemical-weapons" in f.violations)
    assert finding.perpetrators == ("government-of-syria",)
    assert finding.stated_in is not None


def test_a_dateline_dates_the_article_and_anchors_weekdays(build):
    x = build("Experts speak\n\nGENEVA (27 August 2018) – The fact-finding mission on Myanmar published its report on Monday.")
    assert x.article.date.value == "2018-08-27"
    assert next(r for r in x.reports).date.value == "2018-08-27"


def test_coordinated_actors_all_act(build):
    x = build("Rights update\n\nHuman Rights Watch and Amnesty International urged the Security Council to act on Syria.")
    call = next(e for e in x.events if e.kind == "call")
    assert call.agents == ("human-rights-watch", "amnesty-international")
    assert "security-council" in call.participants


def test_its_chair_belongs_to_the_body_the_text_is_about(build):
    x = build("Rights update\n\nThe fact-finding mission on Venezuela reported to the Human Rights Council. "
              "Its chair, Lucia Gomez, spoke in Geneva.")
    holding = next(p for p in x.posts if p.person == entity(x, "Lucia Gomez").key)
    assert holding.organization == "fact-finding-mission-venezuela"


def test_a_bare_surname_opening_a_sentence_is_the_person_not_an_organisation(build):
    # the model tags a sentence-initial "Lindqvist" as ORG
    x = build("Rights update\n\nIn 2022 the High Commissioner Anna Lindqvist issued a report on Eritrea. "
              "Lindqvist wrote that nothing had improved since 2016.")
    person = entity(x, "Anna Lindqvist")
    assert len(person.mentions) == 2
    assert not [e for e in x.entities if e.kind == "organization" and e.label == "Lindqvist"]


def test_a_name_after_a_spokesperson_is_a_person(build):
    # the model tags "Nadia Kamau" as ORG and "Marta Okafor" as GPE here
    for name in ("Nadia Kamau", "Marta Okafor"):
        x = build(f"Rights update\n\nThe government of Syria rejected the report. Its spokesperson, {name}, told "
                  "reporters that the allegations were politically motivated.")
        assert entity(x, name).kind == "person"


def test_a_name_described_in_apposition_as_a_rights_group_is_an_ngo(build):
    # nothing in the name says what kind of organisation it is; the apposition does
    x = build("Rights update\n\nViasna, a Belarusian human rights group, said it had documented more than 1,200 "
              "political prisoners in Belarus.")
    group = entity(x, "Viasna")
    assert group.kind == "organization" and group.org_kind == "NGO"


def test_violations_worded_as_what_was_done_to_people(build):
    x = build("Rights update\n\nThe experts said that detainees in Belarus had been denied medical care and "
              "held incommunicado.")
    # held incommunicado: the narrower concept under arbitrary detention
    assert {"denial-of-medical-care", "incommunicado-detention"} <= {v.concept for v in x.violations}


def test_a_foreign_ministry_and_the_authorities_in_a_capital_are_the_government(build):
    x = build("Rights update\n\nUN experts accused the authorities in Minsk of torturing detained protesters. "
              "Belarus's foreign ministry dismissed the report as biased.")
    government = entity(x, "Government of Belarus")
    assert government.org_kind == "government" and len(government.mentions) == 2
    assert any(event.kind == "rejection" and event.agents == (government.key,) for event in x.events)


def test_the_authorities_in_a_country_are_its_government_in_the_articles_words(build):
    x = build("Review\n\nAuthorities in Pakistan must do more, the committee said. The authorities in Peru agreed.")
    assert "Authorities in Pakistan" in entity(x, "Government of Pakistan").aliases
    assert "authorities in Peru" in entity(x, "Government of Peru").aliases
