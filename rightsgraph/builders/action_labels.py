"""How an action reads in a timeline: the clause's own words, its names as the graph names them.

"Human Rights Council set up Commission of Inquiry on Syria", "Tony Lee was detained by
Police of Kenya in Nairobi"; where the clause names no one as its subject or object, its own
words for them ("protests began in Iran", "Israel targeted civilian infrastructure", "steps
taken by OHCHR"), so that no label ends in a bare verb.
"""

from __future__ import annotations

from rightsgraph.builders.clauses import PLACES, acted_on, has_subject, verb_as_written

#: The most words of the clause's own a label takes for a subject or object it names no one in.
_OWN_WORDS = 6


def action_label(verb, agents: list[str], roles: dict[str, list[str]], reader, documents: list[str] = ()) -> str:
    """The label of the action ``verb`` says, from its agents and roles (keys of
    ``reader.index``) and the documents it concerns (keys of ``reader.reader.reports``), in
    the clause's own order."""
    entities = reader.index.entities
    reports = {report.key: report.label for report in reader.reader.reports}

    def names(keys):
        return " and ".join(entities[key].label for key in keys)

    passive = bool(acted_on(verb))
    # "X was detained by Y"; "violence forced Rohingya to flee": an active clause's patients
    # come after its verb, whoever the subject is
    first, done_to = (roles["patient"] or roles["addressee"], []) if passive or not agents and not has_subject(verb, reader.kids) \
        else (agents, roles["patient"])
    subject = names(first) or _own_words(verb, ("nsubj", "nsubjpass"), reader) or _noun_qualified(verb)
    words = [subject, verb_as_written(verb)]
    if passive and agents:
        words += ["by", names(agents)]
    others = [key for key in done_to + roles["addressee"] + roles["participant"] if key not in first]
    words += [_objects(verb, others, reader, names) or names(others)
              or " and ".join(reports[key] for key in documents if key in reports)
              or _own_words(verb, ("dobj", "xcomp"), reader) or _qualified(verb, reader) or _reported(verb, reader)
              or (_after(verb) if not roles["place"] and not (passive and agents) else "")]
    said, listed = _named_by_object(verb, reader)
    said = said if words[-1] else set()
    for place in roles["place"]:
        if place not in said:  # "visited Peru", not "visited Peru in Peru"; "visited Peru and Chile"
            words += ["and" if place in listed else _preposition(verb, place, reader), names([place])]
    return " ".join(word for word in words if word)


def _named_by_object(verb, reader) -> tuple[set[str], set[str]]:
    """The entities the verb's direct object names in the words a label takes of it (its head
    and what stands before it), and those its conjuncts name ("visited Russia, Britain and
    France")."""
    said, listed = set(), set()
    for obj in reader.kids(verb):
        if obj.dep_ == "dobj":
            said |= {key for _start, _end, key in reader.index.within(obj.left_edge.idx, obj.idx + len(obj.text))}
            listed |= {key for conjunct in obj.conjuncts
                       for _start, _end, key in reader.index.within(conjunct.left_edge.idx, conjunct.idx + len(conjunct.text))}
    return said, listed


def _own_words(verb, deps: tuple[str, ...], reader) -> str:
    """The clause's own words for its subject or object: its head word and what stands
    before it ("14 ongoing investigations"), an infinitive with its object's ("to move their
    meeting"); when they are many, the head alone ("the report", "to address")."""
    for child in reader.kids(verb):
        if child.dep_ in deps:
            if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                return _qualified(verb, reader)  # "resolution 12/4, which the Council adopted": the resolution
            words = _phrase(child)
            if child.dep_ == "xcomp":
                whole = words + [word for obj in reader.kids(child) if obj.dep_ == "dobj" for word in _phrase(obj)]
                words = whole if len(whole) <= _OWN_WORDS else words
            return " ".join(words)
    return ""


def _objects(verb, others: list[str], reader, names) -> str:
    """The objects in the clause's order and words: "met with the Ministry of Health",
    "condemned the murder of Juan Perales", "called for the release of Ana Ruiz"; each name
    once, a name said only deeper in a noun with the noun ("the murder of")."""
    said, parts = set(), []
    for child in reader.kids(verb):
        prep = child if child.dep_ == "prep" or child.dep_ == "dative" and child.pos_ == "ADP" else None
        heads = [kid for kid in reader.kids(child) if kid.dep_ == "pobj"] if prep is not None else \
            [child] if child.dep_ == "dobj" else []
        # "met government officials from various ministries": the object the preposition is of
        before = [word for obj in reader.kids(verb) if obj.dep_ == "dobj" for word in _phrase(obj)] \
            if prep is not None and reader.of_the_object(prep, verb) else []
        for head in heads:
            direct = [key for key in reader.things(head) if key in others and key not in said]
            nested = [key for key in reader.objects(head) if key in others and key not in said] if not direct else []
            if direct:
                parts.append(" ".join(before + ([prep.text] if prep is not None else []) + [names(direct)]))
            elif nested and head.pos_ == "NOUN":
                inner = next((kid for kid in reader.kids(head) if kid.dep_ == "prep"), None)
                words = before + ([prep.text] if prep is not None else []) + _phrase(head) + ([inner.text] if inner is not None else [])
                parts.append(" ".join(words + [names(nested)]) if len(words) <= _OWN_WORDS else names(nested))
            addressed = [key for to in reader.kids(head) if to.dep_ == "prep" and to.lower_ == "to" and prep is None
                         for pobj in reader.kids(to) if pobj.dep_ == "pobj" for key in reader.things(pobj)
                         if key in others and key not in said] if not direct and not nested else []
            if addressed:  # "presented recommendations to X"
                parts.append(" ".join(_phrase(head)[-_OWN_WORDS:] + ["to", names(addressed)]))
            elif not direct and not nested and prep is None and reader.document(head) is not None:
                parts.append(" ".join(_phrase(head)))  # "sent a letter to X": the letter, then to whom
            said.update(direct or nested or addressed)
    return " ".join(parts) if said >= set(others) else ""


def _qualified(verb, reader) -> str:
    """The noun a relative clause qualifies, where it is the clause's object: "resolution
    12/4, which the Council adopted", "an allegation he has denied"."""
    if verb.dep_ != "relcl" or verb.head.i == verb.i or any(
            child.dep_ == "dobj" and child.tag_ not in ("WDT", "WP") for child in reader.kids(verb)):
        return ""
    noun = verb.head
    words = [token.text for token in verb.doc[noun.left_edge.i : min(noun.right_edge.i + 1, verb.left_edge.i)]
             if not token.is_punct]
    return " ".join(words) if 0 < len(words) <= _OWN_WORDS else noun.text


def _reported(verb, reader) -> str:
    """A clause the verb reports, as far as its verb: "denied that she had met"."""
    for child in reader.kids(verb):
        if child.dep_ == "ccomp" and child.i > verb.i:
            words = [token.text for token in verb.doc[child.left_edge.i : child.i + 1] if not token.is_punct]
            return " ".join(words) if len(words) <= _OWN_WORDS else ""
    return ""


def _after(verb) -> str:
    """What the clause says after its verb, as far as a stop, when it names nothing else:
    no label ends in a bare verb."""
    words, aside = [], False
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.text in ("—", "–"):
            aside = not aside  # "adopted — without a vote — a new resolution": past the aside
            continue
        if aside:
            continue
        if token.is_punct and token.text not in ("-", "/") or token.is_space or len(words) == _OWN_WORDS:
            break
        words.append(token.text)
    return " ".join(words)


def _phrase(head) -> list[str]:
    """A head word and the words before it that belong to it, or, past a few, the head with
    its determiner or infinitive marker."""
    words = [token for token in head.doc[head.left_edge.i : head.i + 1] if not token.is_punct or token.text == "-"]
    if len(words) > _OWN_WORDS:
        words = [token for token in head.lefts if token.dep_ in ("det", "aux") and token.i == head.i - 1] + [head]
    return [token.text for token in words]


def _noun_qualified(verb) -> str:
    """The noun a participle qualifies ("steps taken by the Office"): what it is said of."""
    if verb.dep_ != "acl" or verb.head.i == verb.i:
        return ""
    noun = verb.head
    return " ".join([token.text for token in noun.lefts if token.dep_ in ("amod", "compound", "nummod")] + [noun.text])


def _preposition(verb, place: str, reader) -> str:
    """The clause's own preposition before a place ("fled to", "met in"), "in" if none."""
    for token in verb.subtree:
        if token.dep_ == "pobj" and token.head.dep_ == "prep" and place in reader.things(token, PLACES):
            return token.head.lower_
    return "in"


__all__ = ["action_label"]
