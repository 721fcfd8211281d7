"""A government named by its leader ("the Varnek administration", "the Varnek government")
is the government of the country its leader holds a post in, when the article says which:
"President Tomas Varnek of Zelinia", "Zelinia's President Tomas Varnek"; with no such post,
of the one country named beside it ("the Varnek administration said Zelinia would …"), as a
state's organs are. Read after the posts, since only they say whose leader a name is; with
neither it stays a government of its own, named as the article names it. A person whose
possessive names an organisation ("General Varnek's army", "Varnek's government") leads it.
"""

from __future__ import annotations

from rightsgraph.builders.gazetteer import Gazetteer
from rightsgraph.builders.index import EntityIndex
from rightsgraph.builders.labels import EntityLabels
from rightsgraph.builders.names import slug
from rightsgraph.builders.org_kinds import OrgKind
from rightsgraph.builders.nlp import tokens_of
from rightsgraph.builders.records import Action, Entity, PostHolding, Span

#: The keys resolution gives a government named by its leader: ``org:<leader>-government``.
_PREFIX, _SUFFIX = "org:", "-government"


def join_led_governments(index: EntityIndex, posts: list[PostHolding], gazetteer: Gazetteer) -> None:
    """Merge each government named by its leader into its country's government, where the
    leader's posts name exactly one country."""
    for key, entity in sorted(index.entities.items()):
        if entity.org_kind != OrgKind.GOVERNMENT or entity.country or not (key.startswith(_PREFIX) and key.endswith(_SUFFIX)):
            continue
        leader = key[len(_PREFIX) : -len(_SUFFIX)]
        countries = {holding.country for holding in posts if holding.country and _names_leader(index, holding.person, leader)}
        if not countries:
            countries = _countries_beside(index, entity)  # "the Trump administration said the United States …"
        if len(countries) != 1:
            continue
        country = countries.pop()
        if country not in gazetteer.entities:
            continue
        government = f"government-of-{country}"
        label = f"Government of {EntityLabels(gazetteer).with_article(gazetteer.entities[country].label)}"
        index.merge_into(key, index.entities.get(government) or Entity(
            key=government, kind="organization", label=label, mentions=(), org_kind=OrgKind.GOVERNMENT, country=country))


def _countries_beside(index: EntityIndex, entity: Entity) -> set[str]:
    """The countries named in the sentences that name the government, as the state organs
    read them ("the police" in a sentence about India are India's)."""
    sentences = {mention.sentence for mention in entity.mentions}
    return {key for start, _end, key in index.mentions
            if index.entities[key].kind == "country" and index.sentence_of(start) in sentences}


def _names_leader(index: EntityIndex, person: str, leader: str) -> bool:
    """Whether the leader's words of a government's name ("varnek", "tomas-varnek") are the
    person's name or its last words."""
    name = slug(index.entities[person].label) if person in index.entities else ""
    return name == leader or name.endswith(f"-{leader}")


#: Organisations a person's possessive says the person leads: a state's government and organs,
#: armed groups and parties, not a UN body ("Guterres's UN") nor a news organisation.
_LED = (OrgKind.GOVERNMENT, OrgKind.STATE_ORGAN, OrgKind.ARMED_GROUP, OrgKind.OTHER, OrgKind.NGO)


def possessive_leaderships(doc, index: EntityIndex) -> list[Action]:
    """ "General Haftar's Libyan National Army", "Ortega's government": the person whose
    possessive names an organisation leads it."""
    found = []
    for token in tokens_of(doc):
        possessive = token.dep_ == "poss" or token.dep_ == "nmod" and any(
            child.dep_ == "case" and child.text in ("'s", "’s") for child in token.children)  # how the parser may hang it
        if not possessive:
            continue
        person = index.at(token.idx, token.idx + len(token.text))
        organization = index.at(token.head.idx, token.head.idx + len(token.head.text))
        if person is None or organization is None or person == organization:
            continue
        if index.entities[person].kind != "person" or index.entities[organization].kind != "organization" \
                or index.entities[organization].org_kind not in _LED:
            continue
        sentence = token.sent
        found.append(Action(
            key=f"leadership-{token.idx}", verb_class="leadership", lemma="lead",
            label=f"{index.entities[person].label} leads {index.entities[organization].label}",
            span=Span(sentence.start_char, sentence.end_char, sentence.text), sentence=index.sentence_of(token.idx),
            agents=(person,), patients=(organization,)))
    return found


__all__ = ["join_led_governments", "possessive_leaderships"]
