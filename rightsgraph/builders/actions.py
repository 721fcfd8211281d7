"""What each clause says was done, by whom, to whom: relations read from the parse for any verb.

A clause whose subject is an actor the article names and whose object, indirect object or
oblique ("to", "with", "against", "on", "in" …) is something the graph knows — an actor, a
place, a group, a legal instrument, a report — is an `Action`: "the Council set up a
commission on Syria", "the expert urged the government to …", "HRW and Amnesty met the
minister", "a mission was dispatched by the Council". The verb's class comes from
``data/verb_classes.json``; a verb of no class keeps its lemma. Only what the parse links
is related: two names that merely share a sentence are not.

Coordinated subjects and objects, passives ("was set up by"), relative clauses ("the
Council, which set up …"), the subject an infinitive or a coordinated verb shares, object
control ("urged X to release Y": X releases) and reported speech ("X said that Y …": X says
so) are read. A negated verb ("did not visit") gives nothing: what did not happen is no
action. A verb the event builder read too (a note sent, a visit made) is one node.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from rightsgraph.builders.action_labels import action_label
from rightsgraph.builders.clauses import (ACTORS, PLACES, ClauseReader, acted_on, has_subject, name_words, past_dateline,
                                          reduced_passive, set_off_participle)
from rightsgraph.builders.happenings import dated, topic_before_place, unrest_subject
from rightsgraph.builders.index import EntityIndex
from rightsgraph.builders.nlp import tokens_of
from rightsgraph.builders.nominal_acts import dated_happenings, invitations, nominal_acts
from rightsgraph.builders.records import Action, Event, Span
from rightsgraph.builders.speech_acts import ADDRESSEE, dismissed, said_of, spoken_in

#: What an action may be done to, besides actors.
THINGS = ACTORS + ("country", "place", "group", "instrument", "case", "happening")
#: Who may act: actors, and groups of people ("the Rohingya fled").
AGENTS = ACTORS + ("group",)
#: The oblique's role, by its preposition (places are places whatever the preposition).
_PATIENT = ("against", "on", "upon", "over", "about", "into", "for")
_PARTICIPANT = ("with", "alongside")
_PLACE = ("in", "at", "to", "into", "from", "across", "inside", "near", "outside", "within", "through", "throughout")
#: The prepositions through which a common noun's object is what it names ("the release of
#: X", "concern over the arrest of X", "mandates on X", "ministries, including X and Y").
_NESTED = ("of", "from", "by", "for", "over", "about", "on", "against", "including")
#: How deep through such nouns an object is looked for.
_NESTING = 3
#: Verb classes and event kinds of a document being issued: one happening, however read.
_ISSUING = ("publication", "presentation", "submission")
#: The class of a refusal, and of a stance against something ("will not recognise X").
_REJECTION = "rejection"
#: Classes whose direct object is whom the action is addressed to ("urged the government").
_ADDRESSED = ("call", "communication")


class ActionReader:
    """Reads one clause's action from the parse, the entities and the reports."""

    def __init__(self, index: EntityIndex, reader: ClauseReader, verb_classes: dict[str, dict], speech_verbs: frozenset[str],
                 speech_nouns: frozenset[str] = frozenset(), collective_nouns: frozenset[str] = frozenset(),
                 unrest_nouns: frozenset[str] = frozenset(), happening_nouns: frozenset[str] = frozenset(),
                 support_verbs: frozenset[str] = frozenset()):
        self.index = index
        self.support_verbs = support_verbs
        self.unrest_nouns, self.happening_nouns = unrest_nouns, happening_nouns | unrest_nouns
        self.collective_nouns = collective_nouns
        self.reader = reader
        self.verb_classes = verb_classes
        self.class_of = {verb: name for name, spec in verb_classes.items() for verb in spec["verbs"]}
        self.speech_verbs = speech_verbs
        self.speech_nouns = speech_nouns
        rejecting = verb_classes.get(_REJECTION, {})
        self._rejecting_verbs = frozenset(rejecting.get("verbs", ()))
        self._rejected_when_negated = frozenset(rejecting.get("rejected_when_negated", ()))
        self._refusing = frozenset(rejecting.get("refusing", ()))
        self._failing = frozenset(rejecting.get("failing", ()))
        self.dismissive = frozenset(rejecting.get("dismissive_words", ()))  # "X said the report is biased"
        # every report mention, by start, to find the report at a word without scanning them all
        self._report_order = {report.key: order for order, report in enumerate(reader.reports)}
        self._report_mentions = sorted((mention.span.start, mention.span.end, report.key)
                                       for report in reader.reports for mention in report.mentions)
        self._report_starts = [start for start, _end, _key in self._report_mentions]
        self._longest_report = max((end - start for start, end, _key in self._report_mentions), default=0)
        self._kids: dict[int, list] = {}

    def kids(self, token) -> list:
        """The token's children, listed once (spaCy makes them anew on every walk)."""
        found = self._kids.get(token.i)
        if found is None:
            found = self._kids[token.i] = list(token.children)
        return found

    def lemma(self, verb) -> tuple[str, str | None]:
        """The verb's lemma, with the particle or preposition that makes it a phrasal verb of a
        known class ("set up", "call on"), and its class."""
        for child in self.kids(verb):
            if child.dep_ in ("prt", "prep"):
                phrasal = f"{verb.lemma_} {child.lower_}"
                if phrasal in self.class_of:
                    return phrasal, self.class_of[phrasal]
        particle = next((child.lower_ for child in self.kids(verb) if child.dep_ == "prt"), None)
        lemma = f"{verb.lemma_} {particle}" if particle else verb.lemma_
        return lemma, self.class_of.get(verb.lemma_)

    def things(self, token, kinds: tuple[str, ...] = THINGS) -> list[str]:
        """The entities a noun phrase names: at its head, its conjuncts and its apposition
        ("HRW and Amnesty", "the Special Rapporteur, Ana Ruiz,"), or in the head's compound
        ("UN experts"); a pronoun resolves. A name deeper in the phrase ("the release of X",
        "Kenya's minister") is not what the phrase names."""
        found: list[str] = []
        own = self.index.mention_at(token.idx, token.idx + len(token.text))
        named = own is not None
        words = list(name_words(token, self.kids)) + self._coordinated_past_name(token)
        for word, compound in sorted(words, key=lambda item: item[0].i):
            if own is not None and word.i != token.i and own[0] <= word.idx < own[1]:
                continue  # "the UN special rapporteur" named as one person: the UN is part of her post's name
            key = self.index.at(word.idx, word.idx + len(word.text))
            if key is None and (word.lower_ in _PRONOUNS or word.text == "I"):
                key = self.reader.pronoun(word)
            entity = self.index.entities[key] if key is not None else None
            if entity is None or compound and (entity.kind not in ACTORS or named):
                continue  # "US visas" are no country's doing; "UN experts" are the UN's, "the UN rapporteur" hers
            if (entity.kind in kinds or entity.org_kind in kinds) and key not in found:
                found.append(key)
        return found

    def _coordinated_past_name(self, token) -> list:
        """ "by the Monitoring Mechanism for the Declaration and the Human Rights Commission":
        where the parser joins a second name to the last word of a name that runs past its
        head, the second is coordinated with the whole name."""
        mention = self.index.mention_at(token.idx, token.idx + len(token.text))
        if mention is None or mention[1] <= token.idx + len(token.text):
            return []
        words = []
        for inside in token.doc[token.i + 1 :]:
            if inside.idx >= mention[1]:
                break
            words += [item for child in self.kids(inside) if child.dep_ == "conj" and child.idx >= mention[1]
                      for item in name_words(child, self.kids)]
        return words

    def actors(self, token) -> list[str]:
        """The actors, or groups of people, a noun phrase names; a country that acts is the
        state as the text names it ("Australia ratified …", "the United States withdrew from the
        Council"), its government only where the text says "the government"."""
        found = []
        for key in self.things(token, AGENTS + ("country",)):
            if key not in found:
                found.append(key)
        if not found and token.pos_ in ("NOUN", "PROPN") and self.collective_nouns & {token.lemma_, token.lower_}:
            # "a group of UN experts has urged …", "members of the Commission met …": they act
            found = [key for prep in self.kids(token) if prep.dep_ == "prep" and prep.lower_ == "of"
                     for pobj in self.kids(prep) if pobj.dep_ == "pobj" for key in self.actors(pobj)]
        return found

    def document(self, token) -> str | None:
        """The report a noun phrase names (its mention covers the head), or "the report"."""
        for head in (token, *token.conjuncts):
            low = bisect.bisect_left(self._report_starts, head.idx - self._longest_report)
            high = bisect.bisect_right(self._report_starts, head.idx)
            covering = [key for start, end, key in self._report_mentions[low:high] if start <= head.idx < end]
            if covering:
                return min(covering, key=self._report_order.__getitem__)  # the first report listed
        if token.lower_ == "report" and any(child.lower_ in ("the", "this", "that", "its", "their") for child in token.lefts):
            return self.reader.last_report(token.idx)  # "the report": the last one named
        return None

    def subjects(self, verb) -> tuple[list[str], list[str]]:
        """The clause's agents, and the documents among its subjects ("the report blames …":
        its authors act)."""
        documents: list[str] = []
        # a parser may give a verb two subjects ('"… attacks …," the spokesperson told reporters'):
        # the one nearest the verb is its own
        subjects = [] if reduced_passive(verb) else sorted(
            (child for child in self.kids(verb) if child.dep_ == "nsubj"), key=lambda child: abs(verb.i - child.i))
        others = [child for child in self.kids(verb) if child.dep_ != "nsubj"]
        for child in subjects[:1] + others:
            if child.dep_ == "nsubj":
                child = past_dateline(child)
                if child.tag_ in ("WDT", "WP", "WP$") and verb.dep_ == "relcl":
                    child = verb.head  # "the Council, which set up …"
                    if child.dep_ == "appos" and not self.things(child):
                        child = child.head  # "X, a diplomat who heads the office": X heads it
                document = self.document(child)
                if document:
                    documents.append(document)
                    authors = next((report.authors for report in self.reader.reports if report.key == document), ())
                    return list(authors), documents
                return self.actors(child), documents
            if child.dep_ == "agent":
                return [key for pobj in self.kids(child) for key in self.actors(pobj)], documents
        if acted_on(verb):
            return [], documents  # a passive's subject is acted on; no one else's subject acts here
        head = verb.head
        if verb.dep_ == "xcomp" and head.i != verb.i and head.pos_ == "VERB":
            # "urged the government to release …", "called on Kenya to free …", "Kenya was
            # urged to free …", "the expert is expected to visit …": who is asked does it
            controller = next((child for child in self.kids(head) if child.dep_ in ("dobj", "nsubjpass")), None) or next(
                (pobj for prep in self.kids(head) if prep.dep_ == "prep" and prep.lower_ in ("on", "upon")
                 for pobj in self.kids(prep) if pobj.dep_ == "pobj"), None)
            if controller is not None:
                return self.actors(controller), documents  # "urged the government to release …"
            return self.subjects(head)
        if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp" and head.head.i != head.i:
            return self.subjects(head.head)  # "the expert is due to visit …": the copula's subject
        if verb.dep_ == "conj" and head.i != verb.i and head.pos_ in ("VERB", "AUX"):
            return self.subjects(head)  # "the mission visited X and met Y"
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.i != verb.i and head.pos_ == "VERB":
            return self.subjects(head)  # "Addressing the Council, the ambassador said …": he addressed it
        return [], documents

    def reporter(self, verb) -> list[str]:
        """Who says the clause happened: the subject of the verb of saying it depends on."""
        current = verb
        while current.dep_ == "conj" and current.head.i != current.i:
            current = current.head
        if current.dep_ == "ccomp" and current.head.lemma_ in self.speech_verbs:
            return self.reader.actors(current.head)
        return []

    def objects(self, token, depth: int = _NESTING) -> list[str]:
        """What an object or oblique names; for a common noun that names nothing itself,
        what its "of", "from", "by", "for", "over" … names, through a few such nouns
        ("investigated the killing of X", "answered a question from X", "expressed concern
        over the arrest of X", "extended mandates on X")."""
        found = self.things(token)
        if found or token.pos_ != "NOUN" or depth == 0:
            return found
        # "condemned Russia's attacks", "questioned the government's ability"; not "her
        # request", nor a document's author ("the commission's report")
        found = [key for poss in self.kids(token) if poss.dep_ == "poss" and poss.pos_ in ("PROPN", "NOUN")
                 for key in self.things(poss)] if self.document(token) is None else []
        return found + [key for prep in self.kids(token) if prep.dep_ in ("prep", "agent") and prep.lower_ in _NESTED
                        for pobj in self.kids(prep) if pobj.dep_ == "pobj" for key in self.objects(pobj, depth - 1)]

    def read(self, verb, key: str) -> Action | None:
        lemma, verb_class = self.lemma(verb)
        light = verb_class is None and verb.lemma_ in self.support_verbs \
            or verb_class is not None and verb.lemma_ in self.verb_classes[verb_class].get("light_verbs", ())
        if light:
            # "ended its visit to X", "launched attacks on X": the act its object names; not
            # "overshadow the visit of Y", whose verb does something else to the act
            named = next((child for child in self.kids(verb) if child.dep_ == "dobj" and child.pos_ == "NOUN"
                          and child.lemma_ in self.class_of), None)
            if named is not None:
                lemma, verb_class = named.lemma_, self.class_of[named.lemma_]
        if any(child.dep_ == "neg" for child in self.kids(verb)) \
                or verb.dep_ == "xcomp" and verb.head.lemma_ in self._failing and not set_off_participle(verb):
            # "failed to protect", "was unable to visit"
            if verb.lemma_ not in self._rejected_when_negated:
                return None  # what did not happen is no action
            verb_class = _REJECTION  # "will never recognise the commission": a stance against it
        elif verb.dep_ == "xcomp" and verb.head.lemma_ in self._refusing:
            verb_class = _REJECTION  # "refused to cooperate with the mission": not cooperation
        refused = verb_class == _REJECTION and lemma not in self._rejecting_verbs
        if verb_class is None and verb.lemma_ in self.speech_verbs:
            # "said": the clause it reports is the action; what no action of its own
            # holds, the statement speaks of. A verb of saying with an object and no clause
            # ("expressed concern over the arrest of X") is read as any verb is.
            spoken = dismissed(self, verb, key, self.dismissive) or spoken_in(self, verb, key) or said_of(self, verb, key)
            if spoken is not None or any(child.dep_ == "ccomp" for child in self.kids(verb)):
                return spoken
        agents, documents = self.subjects(verb)
        if not agents and not has_subject(verb, self.kids):
            return None  # no one acts, and the clause names nothing that happened to anyone
        targets = self.verb_classes[verb_class].get("targets", ()) if verb_class else ()
        roles: dict[str, list[str]] = {"patient": [], "addressee": [], "participant": [], "place": []}

        def direct(found: list[str], nested: bool = False) -> None:
            """An object: whom a call or a letter is addressed to (a state as the text names it:
            "urged Bangladesh"), a place one visits or flees to, else what the action is done
            to; what a call's object names deeper ("demanded the release of X") is what the
            call is about, not whom it is made to."""
            for thing in found:
                if self._kind(thing) in PLACES and "place" in targets:
                    roles["place"].append(thing)
                elif verb_class in _ADDRESSED and not nested and self._kind(thing) in ACTORS + ("country",):
                    roles["addressee"].append(thing)
                else:
                    roles["patient"].append(thing)

        patients = acted_on(verb)
        for child in patients:
            if child.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                child = verb.head  # "the mission, which was dispatched by …"
            direct(self.objects(child))
            documents.append(self.document(child))
        for child in self.kids(verb):
            if child in patients:
                continue
            if child.dep_ == "dobj":  # not a copula's "attr": "became the leader of X" says what one is
                if child.tag_ in ("WDT", "WP"):
                    if verb.dep_ != "relcl":
                        continue
                    child = verb.head  # "the report, which the government rejected"
                found = self.objects(child) or self._named_after(child, verb)
                direct(found, nested=bool(found) and not self.things(child) and not self._named_after(child, verb))
                documents.append(self.document(child))
                # "met X in Nairobi", "denounced the killings of demonstrators in Cameroon"
                # "… the situation of / for the indigenous people in X": the object's "of" and "for" nouns, two deep
                held = [child]
                for _depth in range(2):
                    held += [pobj for noun in held for of in self.kids(noun) if of.dep_ == "prep" and of.lower_ in ("of", "for")
                             for pobj in self.kids(of) if pobj.dep_ == "pobj" and pobj.pos_ in ("NOUN", "PROPN") and pobj not in held]
                roles["place"] += [thing for noun in held for prep in self.kids(noun) if prep.dep_ == "prep" and prep.lower_ in _PLACE
                                   for pobj in self.kids(prep) if pobj.dep_ == "pobj"
                                   for thing in self.things(pobj, PLACES)]
                if child.pos_ == "NOUN":  # "shared its evidence with X": the parser hung the verb's "with" on its object
                    roles["participant"] += [thing for prep in self.kids(child) if prep.dep_ == "prep" and prep.lower_ in _PARTICIPANT
                                             for pobj in self.kids(prep) if pobj.dep_ == "pobj" for thing in self.things(pobj, ACTORS)]
                if "addressee" in targets:  # "sent a letter to X", "presented recommendations to X"
                    roles["addressee"] += [thing for prep in self.kids(child) if prep.dep_ == "prep" and prep.lower_ == "to"
                                           for pobj in self.kids(prep) if pobj.dep_ == "pobj"
                                           for thing in self.things(pobj, ACTORS + ("country",))]
            elif child.dep_ == "dative":  # "sent them a letter", "sent a letter to the Government"
                datives = [pobj for pobj in self.kids(child) if pobj.dep_ == "pobj"] if child.pos_ == "ADP" else [child]
                roles["addressee"] += [key for dative in datives for key in self.things(dative, ACTORS + ("country",))]
            elif child.dep_ == "prep" and self.of_the_object(child, verb):
                # "met officials from various ministries": the parser hung the object's "from" on the verb
                direct([key for pobj in self.kids(child) if pobj.dep_ == "pobj" for key in self.objects(pobj)], nested=True)
            elif child.dep_ == "prep":
                self._oblique(child, verb_class, roles)
        if verb_class == "call" and agents:  # "urged the government to release X", "… to refer it to the ICC": the call is about X
            asked = [obj for act in self.kids(verb) if act.dep_ == "xcomp" for child in self.kids(act) for obj in
                     ([child] if child.dep_ == "dobj" else self.kids(child) if child.dep_ == "prep" else []) if obj.dep_ in ("dobj", "pobj")]
            roles["patient"] += [key for obj in asked for key in self.objects(obj) if self._kind(key) not in PLACES]
            # "called for the FBI to open an inquiry", "urged the CIA to …, and for the FBI to …": one asked
            clauses = [*self.kids(verb), *(child for act in self.kids(verb) if act.dep_ == "xcomp" for child in self.kids(act))]
            roles["addressee"] += [key for act in clauses if act.dep_ in ("conj", "advcl")
                                   and any(mark.dep_ == "mark" and mark.lower_ == "for" for mark in self.kids(act))
                                   for subject in self.kids(act) if subject.dep_ == "nsubj"
                                   for key in self.things(subject, ACTORS + ("country",))]
        if not roles["place"]:
            roles["place"] += self._where(verb)  # "Iran, where … since protests started": in Iran
        if refused:  # whom one will not cooperate with is what one rejects
            roles["patient"], roles["participant"] = roles["patient"] + roles["participant"], []
        documents = _unique([document for document in documents if document], [])
        roles = {role: _unique(keys, agents) for role, keys in roles.items()}
        if verb_class and verb.lemma_ in self.verb_classes[verb_class].get("people_are_not_objects", ()) and not documents \
                and any(self._kind(key) in ("person", "group") for key in roles["patient"] + roles["addressee"]):
            verb_class = None  # "released the journalist" publishes nothing
        left = roles["patient"] + roles["place"]
        if verb_class and verb.lemma_ in self.verb_classes[verb_class].get("places_are_not_objects", ()) and left \
                and all(self._kind(key) in PLACES or self.index.entities[key].org_kind == "state organ" for key in left):
            verb_class = None  # "left the consulate unharmed": a way out of a place, no withdrawal from a body
        done_to = roles["patient"] or roles["addressee"] or roles["participant"]
        passive = bool(patients)
        if agents:
            if not done_to and not documents and not (roles["place"] and not topic_before_place(verb, self.kids, _PLACE)) \
                    and not dated(self.reader.clause_date(verb)):
                return None  # an actor doing nothing to anyone, anywhere or at any time the article names
        elif not (passive and roles["patient"] and (roles["place"] or roles["addressee"] or roles["participant"])) \
                and not ((roles["place"] or done_to or unrest_subject(verb, self.kids, self.unrest_nouns))
                         and dated(self.reader.clause_date(verb))):
            # no one acts, unless a passive says to whom and where ("X was killed in Y"), or the
            # clause dates a happening somewhere or of unrest ("protests began in X in September 2022")
            return None
        date = self.reader.clause_date(verb)
        sentence = verb.sent
        return Action(
            key=key,
            verb_class=verb_class,
            lemma=lemma,
            label=action_label(verb, agents, roles, self, documents),
            span=Span(sentence.start_char, sentence.end_char, sentence.text),
            sentence=self.index.sentence_of(verb.idx),
            agents=tuple(agents),
            patients=tuple(roles["patient"]),
            addressees=tuple(roles["addressee"]),
            participants=tuple(roles["participant"]),
            places=tuple(roles["place"]),
            documents=tuple(documents),
            reported_by=tuple(key for key in self.reporter(verb) if key not in agents),
            date=date,
        )

    def _oblique(self, prep, verb_class: str | None, roles: dict[str, list[str]]) -> None:
        """An oblique's role by its preposition; a place is a place after a spatial one; a
        verb class may say otherwise ("withdrew from the Council": what one withdraws from)."""
        word = prep.lower_
        if self.index.at(prep.idx, prep.idx + len(prep.text)) is not None:
            return  # "the Mechanism for the Declaration": a preposition inside a name, however attached
        own = self.verb_classes[verb_class].get("obliques", {}).get(word) if verb_class else None
        for pobj in self.kids(prep):
            if pobj.dep_ != "pobj":
                continue
            found = self.objects(pobj)
            if word in _PLACE:  # "at UN headquarters in Geneva": where, though the noun names the UN too
                found += [key for key in self._places_of(pobj) if key not in found]
            if own is not None:
                roles[own] += found
                continue
            roles["place"] += [key for key in found if self._kind(key) in PLACES and word in _PLACE]
            others = [key for key in found if self._kind(key) not in PLACES or word not in _PLACE]
            if word == "for" and verb_class == "call":
                roles["patient"] += found  # "called for the release of X": what the call is for
            elif word in ("on", "upon") and verb_class == "call":
                # "called on Bahrain": the state it calls on, not a place
                roles["place"] = [key for key in roles["place"] if key not in found]
                roles["addressee"] += [key for key in found if self._kind(key) in ACTORS + ("country",)]
                roles["patient"] += [key for key in found if self._kind(key) not in ACTORS + ("country",)]
            elif word in ADDRESSEE:
                roles["addressee"] += [key for key in others if self._kind(key) in ACTORS]
                roles["patient"] += [key for key in others if self._kind(key) not in ACTORS]
            elif word in _PARTICIPANT:
                roles["participant"] += [key for key in others if self._kind(key) in ACTORS]
            elif word in _PATIENT or word == "including":
                roles["patient"] += others  # "four activists were arrested, including X and Y"

    def of_the_object(self, prep, verb) -> bool:
        """Whether a "from" or "of" on the verb right after its object, a common noun that
        names no one ("officials", "representatives"), belongs to that noun."""
        if prep.lower_ not in ("from", "of"):
            return False
        obj = next((child for child in self.kids(verb) if child.dep_ == "dobj"), None)
        return obj is not None and obj.pos_ == "NOUN" and obj.right_edge.i + 1 == prep.i and not self.things(obj)

    def _places_of(self, noun, depth: int = 2) -> list[str]:
        """The place a common noun that names nothing is said to be in ("taken to a house in
        X", "held at a camp near X"): where the action is, too."""
        if noun.pos_ != "NOUN" or depth == 0:
            return []
        return [key for prep in self.kids(noun) if prep.dep_ == "prep" and prep.lower_ in _PLACE
                for pobj in self.kids(prep) if pobj.dep_ == "pobj"
                for key in self.things(pobj, PLACES) or self._places_of(pobj, depth - 1)]

    def _named_after(self, noun, verb) -> list[str]:
        """ "arrested two journalists, Ana Ruiz and Luis Condori,": the names set off after a
        common noun that names no one, where the parser hung them on the verb, not the noun."""
        if noun.pos_ != "NOUN":
            return []
        doc = noun.doc
        after = noun.right_edge.i if noun.right_edge.text == "," else noun.right_edge.i + 1  # the comma, wherever it hangs
        if after + 1 >= len(doc) or doc[after].text != ",":
            return []
        named = next((child for child in self.kids(verb) if child.i > after and child.left_edge.i == after + 1
                      and child.pos_ == "PROPN" and child.dep_ in ("npadvmod", "appos", "dobj", "dep")), None)
        return self.things(named, ACTORS + ("group",)) if named is not None else []

    def _where(self, verb) -> list[str]:
        """The place a relative "where" clause the verb belongs to is said of."""
        for clause in [verb, *verb.ancestors]:
            if clause.dep_ == "relcl" and any(child.lower_ == "where" for child in self.kids(clause)):
                return self.things(clause.head, PLACES)
        return []

    def _kind(self, key: str) -> str:
        return self.index.entities[key].kind


def find_actions(doc, index: EntityIndex, reader: ClauseReader, events: list[Event], verb_classes: dict[str, dict],
                 speech_verbs: frozenset[str], speech_nouns: frozenset[str] = frozenset(),
                 collective_nouns: frozenset[str] = frozenset(), unrest_nouns: frozenset[str] = frozenset(),
                 happening_nouns: frozenset[str] = frozenset(), support_verbs: frozenset[str] = frozenset()) -> list[Action]:
    """Every clause's action, in text order. The action of a verb an event was read from has
    the event's key: one node, which the action adds its verb and roles to."""
    event_of = {event.verb: event.key for event in events if event.verb is not None}
    # a document's publication, submission or presentation, read from the document itself
    issued = {document: event.key for event in events if event.verb is None and event.kind in _ISSUING
              for document in event.documents}
    actions = ActionReader(index, reader, verb_classes, speech_verbs, speech_nouns, collective_nouns, unrest_nouns,
                           happening_nouns, support_verbs)
    naming = _naming_sentences(doc, index, reader)
    found = []
    for token in tokens_of(doc):
        if token.pos_ != "VERB" or index.sentence_of(token.idx) not in naming:
            continue
        if index.at(token.idx, token.idx + len(token.text)) is not None:
            continue  # a verb inside a name ("Save the Children") does nothing
        action = actions.read(token, event_of.get(token.idx, f"action-{token.idx}"))
        if action is None:
            continue
        same = next((issued[document] for document in action.documents if document in issued), None) \
            if action.verb_class in _ISSUING else None
        found.append(replace(action, key=same) if same else action)  # "presented her report": that event
        listed = reader.dates_listed_with(action.date) if action.date is not None else []  # "made in 2015 and 2018": twice
        found += [replace(action, key=f"{action.key}-{n}", date=other) for n, other in enumerate(listed, start=2)]
    return found + nominal_acts(doc, actions) + dated_happenings(doc, actions) + invitations(doc, actions)  # "the arrest of X by Y"


def _naming_sentences(doc, index: EntityIndex, reader: ClauseReader) -> set[int]:
    """The sentences an action can be read in: those that name an entity or a report, or hold
    a pronoun or the word "report" that may stand for one (every role of an action is one),
    or a date (a happening no one is said to cause)."""
    naming = {index.sentence_of(start) for start, _end, _key in index.mentions}
    naming |= {index.sentence_of(mention.span.start) for report in reader.reports for mention in report.mentions}
    naming |= {index.sentence_of(token.idx) for token in tokens_of(doc) if token.lower_ in _STANDING_IN}
    naming |= {index.sentence_of(span.start) for span, date in reader.dates if dated(date)}  # "fighting erupted in 2020"
    return naming


#: Pronouns that stand for an actor: a person, a body, the body a text speaks for ("we").
_PRONOUNS = frozenset(("he", "she", "him", "her", "they", "them", "it", "me", "we", "us"))
#: Words that may stand for an entity or a report named elsewhere.
_STANDING_IN = _PRONOUNS | {"i", "report"}


def _unique(keys: list[str], leave_out: list[str]) -> list[str]:
    return [key for key in dict.fromkeys(keys) if key not in leave_out]


__all__ = ["find_actions", "ActionReader", "THINGS"]
