"""Each builder step on short texts written for the test."""

from __future__ import annotations


def entity(extraction, label):
    found = [e for e in extraction.entities if e.label == label or label in e.aliases]
    assert found, f"{label!r} not among {[e.label for e in extraction.entities]}"
    assert len(found) == 1, f"{label!r} split over {len(found)} entities"
    return found[0]


def test_one_person_whatever_the_name_form(build):
    x = build(
        "Envoy speaks\n\nThe UN High Commissioner for Human Rights Volker Türk said on Monday that abuses continue. "
        "Türk added more. High Commissioner Türk also met the Security Council."
    )
    person = entity(x, "Volker Türk")
    assert person.kind == "person" and "Türk" in person.aliases
    assert len(person.mentions) == 3
    holding = next(p for p in x.posts if p.person == person.key)
    assert "High Commissioner for Human Rights" in holding.post_label and holding.organization == "ohchr"


def test_known_aliases_and_the_office_after_ohchr(build):
    x = build("OHCHR report\n\nOHCHR said the DPRK ignored it. The Office added that North Korea refused.")
    ohchr = entity(x, "OHCHR")
    assert ohchr.kind == "organization" and ohchr.org_kind == "UN body" and ohchr.wikidata is None
    assert [m.span.text for m in ohchr.mentions] == ["OHCHR", "OHCHR", "The Office"]
    dprk = entity(x, "North Korea")
    assert dprk.kind == "country" and dprk.wikidata == "Q423" and len(dprk.mentions) == 2


def test_the_office_before_ohchr_is_nothing(build):
    x = build("Rights update\n\nThe Office was closed on Sunday.")
    assert x.entities == ()


def test_government_by_demonym_by_capital_and_by_country(build):
    x = build(
        "Rights update\n\nThe North Korean government rejected the findings. Pyongyang rejected them again. "
        "The government of Syria denied everything."
    )
    dprk_government = entity(x, "North Korean government")
    assert dprk_government.org_kind == "government" and dprk_government.country == "dprk"
    assert len(dprk_government.mentions) == 2  # "Pyongyang rejected" is the government too
    assert entity(x, "government of Syria").country == "syria"


def test_mechanism_by_kind_and_country_in_two_wordings(build):
    x = build(
        "Rights update\n\nThe UN Independent International Commission of Inquiry on the Syrian Arab Republic reported. "
        "The UN Independent International Commission of Inquiry on Syria warned the Council."
    )
    commission = entity(x, "UN Independent International Commission of Inquiry on Syria")
    assert commission.org_kind == "commission of inquiry" and commission.country == "syria"


def test_acronym_introduced_in_parentheses(build):
    x = build("Rights update\n\nThe Free Workers Alliance (FWA) protested. Later FWA members were detained.")
    alliance = entity(x, "Free Workers Alliance")
    assert "FWA" in alliance.aliases and len(alliance.mentions) == 3


def test_typo_in_a_name_is_the_same_organisation(build):
    x = build(
        "Rights update\n\nPlease see Northern Light Initiative’s 2019 report on camps. "
        "Northern Light Initative’s 2020 report followed."
    )
    initiative = entity(x, "Northern Light Initiative")
    assert "Northern Light Initative" in initiative.aliases or initiative.label == "Northern Light Initative"


def test_link_labels_are_not_entities(build):
    x = build("Rights update\n\nThe UN Human Rights Council [official website] said [JURIST report] more [AP report].")
    labels = {e.label for e in x.entities}
    assert not any("JURIST" in label or label == "AP" or "Associated Press" in label for label in labels)


def test_titles_quoted_and_in_title_case(build):
    x = build(
        "Rights update\n\nThe Human Rights Watch 2020 report “Dark Rooms”: Detention in Eritrea was cited, "
        "and Amnesty International’s 2018 report Silent Fields of Sorrow, which many read, followed."
    )
    titles = {r.title: r for r in x.reports if r.title}
    assert "Dark Rooms: Detention in Eritrea" in titles
    assert "Silent Fields of Sorrow" in titles
    sorrow = titles["Silent Fields of Sorrow"]
    assert sorrow.authors == ("amnesty-international",) and sorrow.date.value == "2018"


def test_untitled_report_with_pronoun_author_and_publication_date(build):
    x = build(
        "Rights update\n\nOn 3 March 2022, Special Rapporteur Elena Marquez published her report on Eritrea. "
        "The report found torture in detention."
    )
    report = next(r for r in x.reports if not r.title)
    person = entity(x, "Elena Marquez")
    assert report.authors == (person.key,)
    assert report.date.value == "2022-03-03"
    assert report.about == ("eritrea",)
    assert len(report.mentions) == 2  # "The report" is the same report


def test_an_owner_is_found_over_any_adjectives_before_the_report(build):
    # descriptive words no list holds, compound ones among them, stand between owner and noun
    x = build("Rights update\n\nThe Jade Coalition's much-criticised, nine-month-old report found torture in Eritrea.")
    report = next(r for r in x.reports if not r.title)
    assert report.authors == (entity(x, "Jade Coalition").key,)


def test_late_month_keeps_month_and_qualifier(build):
    x = build("Rights update\n\nIn late September 2020, the Jade Coalition submitted a written contribution to the Human Rights Council.")
    submission = next(r for r in x.reports if r.kind == "submission")
    assert submission.date.value == "2020-09" and submission.date.qualifier == "late"
    assert submission.addressed_to == ("human-rights-council",)


def test_violations_plural_spelling_and_coordination(build):
    x = build(
        "Rights update\n\nThe commission documented forced labor, enforced disappearances and sexual or labour exploitation."
    )
    concepts = {v.concept for v in x.violations}
    assert {"forced-labour", "enforced-disappearance", "sexual-exploitation", "labour-exploitation"} <= concepts


def test_violations_not_established_are_negated(build):
    x = build("Rights update\n\nThe panel could not establish genocide, but it found torture.")
    by_concept = {v.concept: v for v in x.violations}
    assert by_concept["genocide"].negated is True
    assert by_concept["torture"].negated is False


def test_an_article_naming_no_report_or_violation_gets_none(build):
    x = build("Quiet day in Geneva\n\nDelegates met in Geneva and agreed on a date for the next session.")
    assert x.reports == () and x.violations == ()


def test_honorifics_are_not_part_of_the_name(build):
    x = build("Rights update\n\nMs. Rana Haddad, the Deputy Minister of Justice, spoke. Dr. Omar Said replied.")
    assert entity(x, "Rana Haddad").kind == "person"
    assert entity(x, "Omar Said").kind == "person"
    holding = next(p for p in x.posts if "Deputy Minister" in p.post_label)
    assert holding.person == entity(x, "Rana Haddad").key


def test_offsets_point_at_the_words(build):
    text = "Rights update\n\nThe Security Council met. Amnesty International criticised it."
    x = build(text)
    for e in x.entities:
        for mention in e.mentions:
            assert text[mention.span.start : mention.span.end] == mention.span.text
    for sentence in x.sentences:
        assert text[sentence.start : sentence.end] == sentence.text


def test_un_document_symbols_identify_the_report_they_follow(build):
    x = build(
        "Rights update\n\nThe Commission of Inquiry on Eritrea published its report (A/HRC/29/42) in June 2015. "
        "Months later the Human Rights Council adopted draft resolution A/HRC/32/L.9."
    )
    report, resolution = x.reports
    assert (report.kind, report.symbol) == ("report", "A/HRC/29/42")
    assert (resolution.kind, resolution.symbol, resolution.authors) == ("resolution", "A/HRC/32/L.9", ("human-rights-council",))


def test_an_acronym_the_article_defines_for_a_known_body_is_that_bodys_not_the_one_the_data_gives_it(build):
    x = build("Pakistan\n\nAuthorities in Pakistan have failed to curb violence, the UN Human Rights Committee (UNHRC) "
              "noted this month. The UNHRC urged reforms.")
    committee = entity(x, "Human Rights Committee")
    assert len(committee.mentions) == 3
    assert "human-rights-council" not in {e.key for e in x.entities}
