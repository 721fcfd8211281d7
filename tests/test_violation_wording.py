"""The violation types articles name in their own words (texts written for the test): generic
abuses, crackdowns, force, expulsions, nationality, corporal punishment, what was done to
people as verbs; and words that only look like a violation."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence, concept", [
    ("Human Rights Watch documented widespread human rights abuses in the province.", "human-rights-violation"),
    ("The group said the abuses had continued for years.", "human-rights-violation"),
    ("The commission described the atrocities committed in the camps.", "atrocity"),
    ("Activists fled the military crackdown in the north.", "repression"),
    ("The experts condemned the militarised attack on demonstrators in the capital.", "attack-on-protesters"),
    ("The police used disproportionate force against the marchers.", "excessive-force"),
    ("The agency warned that collective expulsions must be avoided.", "collective-expulsion"),
    ("The law risks statelessness for millions of residents.", "deprivation-of-nationality"),
    ("Thousands were denied citizenship under the new rules.", "deprivation-of-nationality"),
    ("The court sentenced the blogger to flogging.", "corporal-punishment"),
    ("Witnesses said two prisoners were executed in the yard.", "execution"),
    ("Dozens of villagers were killed when the soldiers arrived.", "killing"),
    ("The journalist was murdered outside his home, the experts said.", "murder"),
    ("Armed gangs are raping and pillaging in the capital, the High Commissioner said.", "rape"),
    ("Armed gangs are raping and pillaging in the capital, the High Commissioner said.", "pillage"),
    ("Security forces arrested scores of protesters after the march.", "detention"),
    ("Survivors described sexual assault by the guards.", "sexual-violence"),
    ("The detainees were beaten and subjected to electrocution.", "torture"),
    ("Asylum seekers are held in offshore detention on the island.", "detention"),
    ("Some 4,000 people were displaced from their villages.", "displacement"),
    ("The report lists the burning of houses across the district.", "destruction-of-property"),
    ("Girls were forced to convert to another faith.", "forced-conversion"),
    ("The monitors recorded attacks on energy infrastructure across the region.", "attack-on-civilian-infrastructure"),
    ("The speech amounted to incitement to violence, the expert said.", "incitement"),
    ("Hundreds of children were separated from their parents at the border.", "family-separation"),
    ("The experts said water shutoffs in the city violated human rights.", "denial-of-water"),
    ("Journalists described harassment by officials.", "reprisal"),
    ("Defenders were harassed and intimidated by officials, the office said.", "reprisal"),
    ("The blogger was jailed for 30 years for his posts.", "imprisonment"),
    ("Thousands of dissidents remain imprisoned in the camps.", "imprisonment"),
    ("The probe found that 131 civilians died in the massacre.", "killing"),
    ("The rapporteur documented widespread violence against women.", "sexual-violence"),
    ("The activists were convicted after an unfair trial.", "unfair-trial"),
    ("The experts condemned restrictions on freedom of movement in the province.", "restriction-of-movement"),
    ("The commission documented violations of the right to food in the camps.", "violation-of-the-right-to-food"),
    ("The report said the troops sought to legitimise genocidal violence against the villagers.", "genocide"),
    ("The rapporteur described the systematic oppression of women and girls in the province.", "persecution"),
    ("The rapporteur condemned the gender-based oppression of women.", "persecution"),
    ("The experts condemned attacks on places of worship and the destruction of mosques.", "attack-on-cultural-property"),
    ("He was reportedly tortured and denied the right to legal counsel.", "unfair-trial"),
    ("The junta released statements in an effort to quell dissent after the coup.", "repression"),
    ("The journalist said she had received death threats for months.", "reprisal"),
    ("The mission found the means of warfare were in breach of international humanitarian law.",
     "violation-of-international-humanitarian-law"),
    ("The army violated international humanitarian law in the offensive, the panel said.",
     "violation-of-international-humanitarian-law"),
    ("Two protesters died in custody last year, the experts said.", "death-in-custody"),
    ("The experts raised the ongoing issue of inhumane treatment of detainees.", "ill-treatment"),
    ("The activist was kidnapped by gunmen outside his office.", "abduction"),
    ("The five men were sentenced to death after a secret trial.", "execution"),
    ("The experts denounced the illegal detention of the journalist.", "arbitrary-detention"),
    ("The slaying of captives was filmed, the commission said.", "killing"),
    ("The rapporteur said the arrests of journalists were a flagrant breach of the law.", "detention"),
    ("The mission found grave violations of human rights in the north.", "human-rights-violation"),
    ("Witnesses described looting and burning in the market town.", "pillage"),
    ("Dozens of critics were forced into exile last year.", "forced-exile"),
    ("The office recorded attacks on activists in the rural provinces.", "attack-on-human-rights-defenders"),
    ("The expert warned against the grabbing of land by armed groups.", "land-grabbing"),
    ("Gang violence has displaced thousands in the capital.", "gang-violence"),
    ("Indiscriminate air strikes hit a market, the envoy said.", "air-strike"),
    ("Artillery shelling of the town continued overnight.", "shelling"),
    ("The agencies condemned the denial of humanitarian access to the region.", "denial-of-humanitarian-access"),
    ("The lawyers said their clients were held incommunicado for weeks.", "incommunicado-detention"),
    ("The men were convicted on the basis of coerced confessions.", "forced-confession"),
    ("Detainees said guards had deprived them of sleep.", "sleep-deprivation"),
    ("The committee raised concerns about racial profiling by the police.", "discrimination"),
    ("Women survivors described gender-based crimes committed by the militia.", "sexual-violence"),
    ("Those executed had been denied access to lawyers during their trial.", "unfair-trial"),
    ("The activist's detainment drew protests abroad.", "detention"),
    ("Witnesses described brutality by security forces at the rally.", "ill-treatment"),
    ("The office documented the killings of human rights defenders in the north.", "killing"),
    ("The report described the harassment of human rights defenders and lawyers.", "reprisal"),
    ("The office recorded attacks against human rights defenders in the provinces.", "attack-on-human-rights-defenders"),
    ("Defenders face intimidation, stigmatisation and surveillance by the authorities.", "stigmatization"),
    ("Defenders face intimidation, stigmatisation and surveillance by the authorities.", "surveillance"),
    ("The lawyer feared retaliation after speaking to the experts.", "reprisal"),
    ("The resolution condemned the aggression against its neighbour.", "crime-of-aggression"),
    ("Border guards are pushing back asylum seekers into the forest.", "collective-expulsion"),
    ("The prisoner has been denied access to doctors of his choice.", "denial-of-medical-care"),
    ("The rapporteur condemned repeated internet shutdowns in the region.", "censorship"),
])
def test_a_violation_worded_as_the_genre_words_it(build, sentence, concept):
    x = build(f"Rights update\n\n{sentence}")
    assert concept in {v.concept for v in x.violations}


@pytest.mark.parametrize("sentence, detained", [
    ("The women said they had been questioned in detention for a week.", False),
    ("Families waited outside the detention centres for news.", False),
    ("She was released from custody on Friday.", False),
    # a verb of being or keeping says people are held there: their detention
    ("The expert called for the release of those who are in detention for their writing.", True),
    ("Some one million people are held in detention camps in the region, the experts said.", True),
    ("The journalists remain in detention, their lawyers said.", True),
])
def test_where_people_are_held_is_no_violation_by_itself_but_being_held_there_is(build, sentence, detained):
    x = build(f"Rights update\n\n{sentence}")
    named = {v.concept for v in x.violations} & {"detention", "arbitrary-detention", "imprisonment"}
    assert named == ({"detention"} if detained else set())


@pytest.mark.parametrize("sentence, named", [
    ("Security forces arrested scores of protesters after the march.", True),
    ("Soldiers arrested the human rights activist Mira Dovan and her son in May.", True),
    ("The experts condemned the arrest of journalists covering the vote.", True),
    ("Two activists arrested last week remain missing.", True),
    ("A UN expert said his arrest by the police was unlawful.", True),
    # suspects of a crime: the arrest is no violation by itself
    ("The two men, who were arrested in February 2017, may be executed.", False),
    ("All those arrested were handed over to the police, the spokesman said.", False),
])
def test_a_plain_arrest_is_a_violation_only_of_people_held_for_what_they_say_or_do(build, sentence, named):
    x = build(f"Rights update\n\n{sentence}")
    assert ("detention" in {v.concept for v in x.violations}) is named


def test_a_principle_against_a_practice_is_not_the_practice(build):
    x = build("Rights update\n\nThe government said it respects the principle of non-refoulement.")
    assert "collective-expulsion" not in {v.concept for v in x.violations}


@pytest.mark.parametrize("sentence", [
    "The Special Rapporteur on torture, Ana Torvik, visited Peru.",
    "Peru ratified the Convention against Torture in 1988.",
    "The Committee against Torture met in Geneva.",
    # two violations sharing a head inside a mandate
    "UN Special Rapporteur on extrajudicial or arbitrary executions Ana Torvik visited Peru.",
])
def test_the_words_of_a_name_of_a_body_post_or_treaty_name_no_violation(build, sentence):
    assert build(f"Rights update\n\n{sentence}").violations == ()


def test_a_body_named_for_a_violation_can_still_allege_it(build):
    x = build("Rights update\n\nThe Committee against Torture said detainees were tortured.")
    assert [v.concept for v in x.violations] == ["torture"]


@pytest.mark.parametrize("sentence, concept", [
    ("The law aims to prevent torture in prisons.", "torture"),
    ("Ana Torvik, a lawyer who campaigns against the death penalty, spoke.", "execution"),
])
def test_what_is_guarded_against_is_not_said_to_have_happened(build, sentence, concept):
    x = build(f"Rights update\n\n{sentence}")
    assert [(v.concept, v.negated) for v in x.violations] == [(concept, True)]


def test_no_wording_names_two_violation_types():
    from rdflib import Graph
    from rdflib.namespace import SKOS

    from rightsgraph.ontology import load_violation_scheme

    owners: dict[str, set] = {}
    g: Graph = load_violation_scheme()
    for prop in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel):
        for concept, label in g.subject_objects(prop):
            owners.setdefault(str(label).lower(), set()).add(concept)
    assert {label: concepts for label, concepts in owners.items() if len(concepts) > 1} == {}
