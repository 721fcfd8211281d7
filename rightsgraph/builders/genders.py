"""The grammatical gender of the persons an article names, for its pronouns to resolve.

An honorific says it ("Ms. Okafor"). Otherwise the article's own pronouns do, where the
grammar binds them to a person (a pronoun of the person's own clause), each a vote:

- a possessive or object pronoun in the clause whose subject is the person: "Okafor renewed
  her request", "the rapporteur said the ministry had ignored him" is not one (its clause's
  subject is the ministry);
- a subject pronoun of what the person says: "Okafor said she would return";
- "He" or "She" as the subject of a sentence whose previous sentence's subject is the person
  (a sentence whose subject is no person, a quotation, keeps the person before in focus).

The person in focus at each sentence is kept (``index.focus``), for "She added …" to resolve.

A person gets the gender most of the votes give, none on a tie. The votes are read after the
posts are linked, so that "the UN rapporteur" in a subject counts for the rapporteur named.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from rightsgraph.builders.index import EntityIndex

_GENDER = {"he": "male", "him": "male", "his": "male", "himself": "male",
           "she": "female", "her": "female", "hers": "female", "herself": "female"}
_SUBJECTS = ("nsubj", "nsubjpass")


def infer_genders(doc, index: EntityIndex, speech_verbs: frozenset[str]) -> None:
    """Give each person of ``index`` without a gender the one the article's pronouns bind to
    them (``index.genders``), an honorific's gender kept, and note the person in focus at
    each sentence (``index.focus``, by the sentence's first character)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    previous_subject = None
    for sentence in doc.sents:
        for token in sentence:
            gender = _GENDER.get(token.lower_)
            if gender is None:
                continue
            person = _bound_person(token, index, speech_verbs)
            if person is None and token.dep_ in _SUBJECTS and token.head.dep_ == "ROOT":
                person = previous_subject
            if person:
                votes[person][gender] += 1
        index.focus[sentence.start_char] = previous_subject
        # the person a sentence is about stays in focus through sentences about no one
        previous_subject = _subject_person(sentence.root, index) or previous_subject
    for person, counted in votes.items():
        (first, first_count), *rest = counted.most_common()
        if person not in index.genders and (not rest or rest[0][1] < first_count):
            index.genders[person] = first


def _bound_person(pronoun, index: EntityIndex, speech_verbs: frozenset[str]) -> str | None:
    """The person a pronoun's own clause binds it to, if the grammar says so."""
    verb = next((ancestor for ancestor in pronoun.ancestors if ancestor.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    if pronoun.dep_ in _SUBJECTS and pronoun.head is verb:
        # "Okafor said she would return": the speaker of the clause the pronoun is subject of
        if verb.dep_ == "ccomp" and verb.head.lemma_ in speech_verbs:
            return _subject_person(verb.head, index)
        return None
    return _subject_person(verb, index)


def _subject_person(verb, index: EntityIndex) -> str | None:
    """The person named as the verb's own subject (not a pronoun); of two subjects the parser
    gives ("Head of the inquiry Ana Ruiz said"), the one nearest the verb."""
    subjects = sorted((child for child in verb.children if child.dep_ in _SUBJECTS), key=lambda child: abs(verb.i - child.i))
    if not subjects or subjects[0].lower_ in _GENDER:
        return None
    subject = subjects[0]
    start, end = subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)
    key = index.at(subject.idx, subject.idx + len(subject.text))
    persons = {key for _s, _e, key in index.within(start, end) if index.entities[key].kind == "person"}
    if key and index.entities[key].kind == "person":
        return key
    return persons.pop() if len(persons) == 1 else None


__all__ = ["infer_genders"]
