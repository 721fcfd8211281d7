"""Documents the text names by a verb rather than a noun.

"The UN Office of the High Commissioner for Human Rights reported that …" is a report by the
office; "the office's spokeswoman Ana Ruiz told reporters in Geneva that …" is a press
briefing, a statement by her (and, through her post, by her office). The audiences a
briefing is given to are the lexicon's ``briefing_audiences``; the verbs are its
``briefing_verbs``. Only a body of the UN machinery or an NGO reports in this way, and only
what the clause reports: a verb of telling with no clause it tells is no briefing.
"""

from __future__ import annotations

from rightsgraph.builders.nlp import text_of
from rightsgraph.builders.org_kinds import OrgKind
from rightsgraph.builders.records import Span
from rightsgraph.builders.report_merging import Draft

#: Who reports findings in the genre's sense: the UN machinery and NGOs.
_REPORTING = (OrgKind.UN_BODY, OrgKind.COMMISSION_OF_INQUIRY, OrgKind.FACT_FINDING_MISSION, OrgKind.UN_MECHANISM, OrgKind.NGO)


def reported(finder, verb) -> Draft | None:
    """ "OHCHR reported earlier this week that …": a report by the subject. ``finder`` is the
    report finder (its index, dates and subject lookups)."""
    if verb.lemma_ not in finder.report_verbs:
        return None
    subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
    if subject is None or not any(child.dep_ == "ccomp" for child in verb.children):
        return None
    key = finder.index.at(subject.idx, subject.idx + len(subject.text))
    if key is None or finder.index.entities[key].org_kind not in _REPORTING:
        return None
    start = finder.mention_start(key, subject.idx)
    end = verb.idx + len(verb.text)
    return Draft(kind="report", spans=[Span(start, end, text_of(finder.doc)[start:end])], authors=[key],
                 date=finder.nearest_date(verb), about=finder.about(verb, None))


def briefed(finder, verb) -> Draft | None:
    """ "Spokeswoman Ana Ruiz told reporters in Geneva that …", "OHCHR briefed journalists on
    …": a statement by whoever briefs, a person or a body of the UN machinery or an NGO."""
    if verb.lemma_ not in finder.briefing_verbs:
        return None
    audiences = finder.gazetteer.words("briefing_audiences")
    told = [child for child in verb.children if child.dep_ in ("dobj", "dative") and child.lemma_.lower() in audiences]
    told += [pobj for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in ("to", "at")
             for pobj in prep.children if pobj.dep_ == "pobj" and pobj.lemma_.lower() in audiences]
    subject = next((child for child in verb.children if child.dep_ == "nsubj"), None)
    if not told or subject is None or not any(child.dep_ == "ccomp" for child in verb.children):
        return None
    # "… said", the subject at its head: a person, or a reporting body
    key = finder.index.at(subject.idx, subject.idx + len(subject.text))
    entity = finder.index.entities.get(key) if key else None
    if entity is None or not (entity.kind == "person" or entity.org_kind in _REPORTING):
        return None
    start = finder.mention_start(key, subject.idx)
    end = told[-1].idx + len(told[-1].text)
    return Draft(kind="statement", spans=[Span(start, end, text_of(finder.doc)[start:end])], authors=[key],
                 date=finder.nearest_date(verb), about=finder.about(verb, None))


__all__ = ["briefed", "reported"]
