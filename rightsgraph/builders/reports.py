"""Find the reports and submissions an article names, with author, date, subject and title.

A report is introduced by a document noun ("report", "assessment", "written contribution")
and owned by whoever the text gives: a possessive ("Human Rights Watch’s 2018 report", "her
report", "the High Commissioner’s 2019 report"), a name before it ("the Commission of Inquiry
2014 report", "a UN report"), "by X", or the subject of a verb of publishing ("X published
...", "X submitted a written contribution"). "The report" with nothing of its own is the last
report named. Untitled reports by the same author in the same year are one report.
"""

from __future__ import annotations

from rightsgraph.builders.clauses import clause_date, salient_organization
from rightsgraph.builders.dates import dates_in
from rightsgraph.builders.gazetteer import Gazetteer, load_verb_classes
from rightsgraph.builders.index import EntityIndex
from rightsgraph.builders.names import slug
from rightsgraph.builders.post_words import head_words
from rightsgraph.builders.report_merging import Draft, attach_symbols, merge_drafts
from rightsgraph.builders.spoken_documents import briefed, reported
from rightsgraph.builders.records import Article, DateValue, Mention, PostHolding, Report, Span
from rightsgraph.builders.titles import Title, title_text
from rightsgraph.builders.nlp import text_of, tokens_of
from rightsgraph.builders.org_kinds import UNITED_NATIONS

_POSSESSIVE = {"’s", "'s", "’", "'"}
_PRONOUNS = {"her": ("person", "female"), "his": ("person", "male"), "its": ("organization", None), "their": ("organization", None),
             "our": ("organization", None)}
_ANAPHORIC = {"the", "this", "that", "its", "their"}


#: Dependencies by which a lower-case word describes a noun rather than owning it: "landmark",
#: "two-year-old", "much-delayed", "long awaited".
_MODIFIER_DEPS = {"amod", "nummod", "npadvmod", "advmod", "punct", "quantmod"}


def _agent_phrases(verb):
    """The "by" phrases of a participle, the one the parse hangs on its date among them ("a
    report released on 2 May by X": "by X" parsed as said of "May")."""
    for child in verb.children:
        if child.dep_ == "agent":
            yield child
        elif child.dep_ == "prep":
            for when in child.children:
                if when.dep_ == "pobj" and when.ent_type_ == "DATE":
                    yield from (by for by in when.children if by.dep_ in ("prep", "agent") and by.lower_ == "by")


def _modifies(token, noun) -> bool:
    """Whether a lower-case word before ``noun`` is part of an adjective modifying it."""
    if not (token.text.islower() or token.like_num or token.text in (",", "-")) or token.i >= noun.i:
        return False
    while token.i != noun.i:
        if token.dep_ not in _MODIFIER_DEPS or token.head.i <= token.i and token.head.i != noun.i:
            return False
        token = token.head
    return True


def find_reports(doc, article: Article, titles: list[Title], index: EntityIndex, posts: list[PostHolding],
                 gazetteer: Gazetteer) -> list[Report]:
    finder = _ReportFinder(doc, article, titles, index, posts, gazetteer)
    return finder.run()


class _ReportFinder:
    def __init__(self, doc, article, titles, index, posts, gazetteer):
        self.doc = doc
        self.article = article
        self.titles = {title.anchor: title for title in titles}
        self.title_spans = [title.span for title in titles]
        self.index = index
        self.posts = posts
        self.gazetteer = gazetteer
        self.report_nouns = gazetteer.words("report_nouns")
        self.report_modifiers = gazetteer.words("report_modifiers")
        self.submission_nouns = gazetteer.words("submission_nouns")
        # letters, statements and court filings, by the last word of their noun ("press release")
        self.document_forms: dict[str, list[tuple[list[str], str]]] = {}
        for kind, forms in gazetteer.lexicon_dict("document_kinds").items():
            for form in forms:
                words = form.split()
                self.document_forms.setdefault(words[-1], []).append((words, kind))
        for forms in self.document_forms.values():
            forms.sort(key=lambda item: -len(item[0]))
        self.publication_verbs = gazetteer.words("publication_verbs")
        self.report_verbs = gazetteer.words("report_verbs")
        # who publishes or presents something is credited with "a UN report" (report_merging)
        classes = load_verb_classes()
        self.publishing_verbs = frozenset(verb for name in ("publication", "presentation") for verb in classes[name]["verbs"])
        self.work_nouns = gazetteer.words("report_work_nouns")
        self.speech_verbs = gazetteer.words("speech_verbs")
        self.briefing_verbs = gazetteer.words("briefing_verbs")
        self._telling_verbs = self.report_verbs | self.briefing_verbs
        self.masked = [(span.start, span.end) for span in article.masked]
        self.dates = list(dates_in(text_of(doc), article.date))

    def run(self) -> list[Report]:
        drafts: list[Draft] = []
        nouns = self.report_nouns | self.submission_nouns
        for token in tokens_of(self.doc):
            if self._skip(token) and not (token.text == "Report" and token.i in self.titles):
                continue  # words inside a title, but for the head of a document known by its name
            if token.lower_ in nouns and token.text.islower():
                draft = self._from_noun(token, drafts)
            elif token.lower_ in self.document_forms and token.text.islower() and (form := self._document_form(token)):
                first, kind = form
                draft = self._from_noun(token, drafts, kind, first)
            elif token.i in self.titles and self.titles[token.i].anchor == token.i and token.text in _POSSESSIVE:
                draft = self._from_possessive_title(token)
            elif token.i in self.titles and token.pos_ == "VERB" and token.lemma_ in self.publication_verbs:
                draft = self._from_published_title(token)
            elif token.i in self.titles and token.text == "Report" and self.titles[token.i].anchor == token.i:
                title = self.titles[token.i]  # "the Holm Report": known by its name
                draft = Draft(kind="report", spans=[Span(title.span.start, title.span.end, title.span.text)],
                              title=title_text(title.span), authors=list(dict.fromkeys(self._agents(token))),
                               date=self._publication_date(token), about=self.about(None, title))
            elif token.lemma_ in self._telling_verbs and token.pos_ == "VERB" and token.text.islower():
                draft = reported(self, token) or briefed(self, token)
            else:
                draft = None
            if draft is not None:
                drafts.append(draft)
        merged = merge_drafts(drafts, self.posts, self.index, self._speakers())
        attach_symbols(text_of(self.doc), merged)
        return [self._finish(draft) for draft in merged]

    def _speakers(self) -> frozenset[str]:
        """The organisations the article has say, report, find or publish something ("OHCHR
        released a series of recommendations")."""
        verbs = self.speech_verbs | self.report_verbs | self.publishing_verbs
        return frozenset(
            key for token in tokens_of(self.doc) if token.pos_ == "VERB" and token.lemma_ in verbs
            for child in token.children if child.dep_ == "nsubj"
            for key in [self.index.at(child.idx, child.idx + len(child.text))]
            if key and self.index.entities[key].kind == "organization"
        )

    def _skip(self, token) -> bool:
        return token.i in self.skipped

    @property
    def skipped(self) -> set[int]:
        """Tokens inside masked stretches or titles, computed once."""
        if not hasattr(self, "_skipped"):
            self._skipped = set()
            for start, end in [*self.masked, *((span.start, span.end) for span in self.title_spans)]:
                span = self.doc.char_span(start, end, alignment_mode="expand")
                if span is not None:
                    self._skipped.update(range(span.start, span.end))
        return self._skipped

    # -- drafts ---------------------------------------------------------------------

    def _document_form(self, noun) -> tuple[int, str] | None:
        """Where a letter's, statement's or filing's noun starts ("open letter", "press
        release"), and its kind."""
        for words, kind in self.document_forms[noun.lower_]:
            first = noun.i - len(words) + 1
            if first >= 0 and [token.lower_ for token in self.doc[first : noun.i + 1]] == words:
                return first, kind
        return None

    def _from_noun(self, noun, drafts: list[Draft], kind: str | None = None, first: int | None = None) -> Draft | None:
        doc = self.doc
        kind = kind or ("submission" if noun.lower_ in self.submission_nouns else "report")
        title = self.titles.get(noun.i)
        if noun.tag_ == "NNS" and title is None and first is None:
            return None  # "reports" are many; a document plural by name ("concluding observations") is one
        # walk left over dates and adjectives to the owner
        position = (noun.i if first is None else first) - 1
        date: DateValue | None = None
        while position >= 0 and (doc[position].lower_ in self.report_modifiers or self._is_date_word(doc[position])
                                 or doc[position].text == "-" or _modifies(doc[position], noun) or self._topic_word(doc[position])):
            position -= 1
        start_offset = doc[position + 1].idx if position + 1 < noun.i else noun.idx
        date = self._date_between(start_offset, noun.idx)
        authors: list[str] = []
        span_start = start_offset
        determiner = doc[position].lower_ if position >= 0 else ""
        if position >= 0 and doc[position].text in _POSSESSIVE:
            owner, owner_start = self._possessor(position)
            if owner:
                authors.append(owner)
                span_start = owner_start
        elif determiner in _PRONOUNS:
            owner = self._pronoun(doc[position])
            if owner:
                authors.append(owner)
            span_start = doc[position].idx
        elif position >= 0:
            key = self.index.ending_at(doc[position].idx + len(doc[position].text))
            # "the Commission's", "a UN report"; a state only where it leads ("a U.S.-led draft resolution")
            led = position + 2 < noun.i and doc[position + 1].text == "-" and doc[position + 2].lower_ in ("led", "sponsored", "drafted")
            if key and (self.index.entities[key].kind in ("person", "organization") or led):
                authors.append(key)
                span_start = self.mention_start(key, doc[position].idx)
        authors += self._agents(noun)
        about = self.about(noun, title)
        addressed = self._addressed_to(noun)
        end = title.span.end if title else noun.idx + len(noun.text)
        if date is None:
            date = self._publication_date(noun) or self._date_after(noun, end)
        span = Span(span_start, end, text_of(doc)[span_start:end])
        family = ("report", "submission") if kind in ("report", "submission") else (kind,)
        earlier = next((draft for draft in reversed(drafts) if draft.kind in family), None)
        if authors and title is None and determiner in _ANAPHORIC and earlier is not None \
                and set(earlier.authors) <= {UNITED_NATIONS}:
            # "a UN report … the report by the Special Rapporteur": the same report, its author named
            earlier.spans.append(span)
            earlier.authors += [author for author in authors if author not in earlier.authors]
            return None
        if not authors and title is not None and determiner in _ANAPHORIC and earlier is not None and earlier.title is None:
            # "a new UN report … the report, Human Rights Violations in …, cites": its title
            earlier.spans.append(span)
            earlier.title = title_text(title.span)
            return None
        published = noun.dep_ in ("nsubjpass", "dobj") and noun.head.lemma_ in self.publication_verbs
        if not authors and title is None and not (addressed and determiner in ("a", "an")) \
                and not (determiner == "the" and earlier is None and published):
            # "the report", "this letter": the last one of its kind named ("a new report to X" is one
            # of its own, and so is "the country report will be presented to X" where none was named)
            if determiner in _ANAPHORIC and earlier is not None:
                earlier.spans.append(span)
                earlier.about += [place for place in about if place not in earlier.about]
                earlier.authors += [agent for agent in self._agents(noun) if agent not in earlier.authors]
            return None
        return Draft(kind=kind, spans=[span], title=title_text(title.span) if title else None, authors=list(dict.fromkeys(authors)),
                     date=date, about=about, addressed_to=addressed)

    def _from_possessive_title(self, possessive) -> Draft | None:
        title = self.titles[possessive.i]
        owner, owner_start = self._possessor(possessive.i)
        if owner is None:
            return None
        date = self._date_between(possessive.idx + len(possessive.text), title.span.start)
        span = Span(owner_start, title.span.end, text_of(self.doc)[owner_start : title.span.end])
        return Draft(kind="report", spans=[span], title=title_text(title.span), authors=[owner], date=date,
                     about=self.about(None, title))

    def _from_published_title(self, verb) -> Draft | None:
        """'Human Rights Watch published "No Way Out" in May 2019': a report by the verb's
        subject, dated by its clause."""
        title = self.titles[verb.i]
        authors = [key for child in verb.children if child.dep_ == "nsubj" for key in self._entity_in(child)]
        span = Span(title.span.start, title.span.end, title.span.text)
        return Draft(kind="report", spans=[span], title=title_text(title.span), authors=list(dict.fromkeys(authors)),
                     date=self.nearest_date(verb), about=self.about(None, title))

    # -- parts ----------------------------------------------------------------------

    def _topic_word(self, token) -> bool:
        """A lower-case noun compounded onto the report's words that names nothing the article
        names: "the country mission report", not "the commission report"."""
        return token.dep_ == "compound" and token.pos_ == "NOUN" and token.text.islower() \
            and self.index.at(token.idx, token.idx + len(token.text)) is None

    def _is_date_word(self, token) -> bool:
        return token.ent_type_ == "DATE" or any(span.start <= token.idx < span.end for span, _value in self.dates)

    def _possessor(self, possessive_index: int) -> tuple[str | None, int]:
        token = self.doc[possessive_index]
        key = self.index.ending_at(token.idx, slack=1)
        if key is not None:
            if self.index.entities[key].kind not in ("person", "organization"):
                return None, token.idx  # "Korea’s report": a place writes nothing
            return key, self.mention_start(key, token.idx - 1)
        # "the High Commissioner’s 2019 report": the holder of the post named
        words = []
        position = possessive_index - 1
        while position >= 0 and self.doc[position].text[:1].isupper() and len(words) < 6:
            words.insert(0, self.doc[position])
            position -= 1
        if words:
            named = set(slug(" ".join(word.text for word in words)).split("-"))
            for holding in self.posts:
                if named <= set(slug(holding.post_label).split("-")):
                    return holding.person, words[0].idx
        return None, token.idx

    def _pronoun(self, token) -> str | None:
        if token.lower_ == "our":
            return self.index.voice  # "our shadow report": the body the text speaks for
        kind, gender = _PRONOUNS[token.lower_]
        # "The Mission ... presented its report", "In its concluding observations, the Committee
        # urged …": the subject of the clause owns it
        noun = token.head
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
        if verb.pos_ == "PROPN" and (named := self.index.at(verb.idx, verb.idx + len(verb.text))) \
                and self.index.entities[named].kind == kind:
            return named  # "Ana Torvik in her latest report did not …": the prep hangs on her name
        verbs = [verb] if noun.dep_ in ("dobj", "pobj") and verb.pos_ == "VERB" else []
        quoted = sum(1 for word in token.sent if word.is_quote and word.i < token.i) % 2 == 1
        root = token.sent.root
        # else the sentence's own subject, but not one who says "her report" in a quotation of their own
        for verb in (*verbs, *([] if quoted and root.lemma_ in self.speech_verbs else [root])):
            for child in verb.children:
                if child.dep_ == "nsubj" and (gender is None or {"he": "male", "she": "female"}.get(child.lower_, gender) == gender):
                    # "Bahrain submitted its report": a state's own, as a body's; not "he said" for "her report"
                    found = self._entity_in(child) or ([key] if (key := self.index.at(child.idx, child.idx + len(child.text))) else [])
                    if found and (self.index.entities[found[0]].kind == kind or kind != "person" and self.index.entities[found[0]].kind == "country") \
                            and (gender is None or self.index.genders.get(found[0], gender) == gender):
                        return found[0]  # not a man's for "her report"
        before = self.doc[verbs[0].i - 1] if verbs and verbs[0].i > 0 else None
        named = self.index.at(before.idx, before.idx + len(before.text)) if before is not None else None
        if named is not None and self.index.entities[named].kind == kind:
            return named  # "In his report …, Special Rapporteur X claimed": the parse lost the subject right before the verb
        if kind == "person":
            return self.index.last_before(token.idx, ("person",), gender)
        return self.index.last_before(token.idx, ("organization",))

    def mention_start(self, key: str, offset: int) -> int:
        for start, end, mention_key in self.index.mentions:
            if mention_key == key and start <= offset < end:
                return start
        return offset

    def _agents(self, noun) -> list[str]:
        """The subject of a verb of publishing whose object is the report, or "by X"."""
        agents = []
        head = noun.head
        if noun.dep_ in ("dobj", "nsubjpass", "pobj", "attr") and head.lemma_ in self.publication_verbs:
            for child in head.children:
                if child.dep_ == "nsubj":
                    agents += self._entities_listed(child)  # "X, Y and Z released a joint statement": each wrote it
                if child.dep_ == "agent":
                    for grandchild in child.children:
                        agents += self._entities_listed(grandchild)
            if not agents and head.dep_ == "xcomp" and head.head.i != head.i:
                agents += self._controller(head.head)
        published = any(child.dep_ == "acl" and child.lemma_ in self.publication_verbs for child in noun.children)
        if noun.dep_ == "pobj" and head.lower_ == "in" and (head.head.lemma_ in self.speech_verbs or published and head.head.pos_ == "VERB"):
            # "X said in a statement", "In a report released Sunday, X defended its conduct": who says it wrote it
            agents += [key for child in head.head.children if child.dep_ == "nsubj" for key in self._entities_listed(child)]
        if noun.dep_ == "pobj" and head.lower_ == "in" and head.head.lemma_ in self.publication_verbs:
            # "Her findings will be submitted in a report": whose findings they are wrote it
            agents += [owner for child in head.head.children if child.dep_ == "nsubjpass" for poss in child.children
                       if poss.dep_ == "poss" for owner in ([self._pronoun(poss)] if poss.lower_ in _PRONOUNS else self._entity_in(poss))
                       if owner]
        for child in noun.children:
            if child.dep_ == "acl" and child.lemma_ in self.publication_verbs:
                # "a report produced by the Special Rapporteur", "a report released by X"
                agents += [key for agent in _agent_phrases(child) for pobj in agent.children for key in self._entity_in(pobj)]
            if child.dep_ == "prep" and child.lower_ == "on":
                # "the report on findings by the monitoring mission": whose findings they are
                agents += [key for work in child.children if work.dep_ == "pobj" and work.lemma_.lower() in self.work_nouns
                           for by in work.children if by.dep_ in ("prep", "agent") and by.lower_ in ("by", "of")
                           for pobj in by.children for key in self._entity_in(pobj)
                           if self.index.entities[key].kind in ("person", "organization")]
            if child.dep_ == "prep" and child.lower_ in ("by", "of", "from"):
                # "a report by X", "a statement from X" (not "a report from Geneva")
                for grandchild in child.children:
                    found = self._entity_in(grandchild)
                    agents += [key for key in found if self.index.entities[key].kind != "country"
                               and (child.lower_ != "from" or self.index.entities[key].kind in ("person", "organization"))]
        return agents

    def _entities_listed(self, token) -> list[str]:
        """The entity a phrase names and those of the phrases listed with it ("A, B and C")."""
        return list(dict.fromkeys(key for listed in (token, *token.conjuncts) for key in self._entity_in(listed)))

    def _controller(self, verb) -> list[str]:
        """Who is to publish, where the verb of publishing has no subject of its own: the one
        asked ("the Council requested the Special Rapporteur to present a report"), else the
        subject ("the mission decided to publish a report")."""
        children = list(verb.children)
        for dep in ("dobj", "nsubj"):
            for child in children:
                if child.dep_ == dep and (found := self._entity_in(child)):
                    return found
        return []

    def _entity_in(self, token) -> list[str]:
        # the entity at the head word first: "The Mission, established by the Council, ..."
        key = self.index.at(token.idx, token.idx + len(token.text))
        if key and self.index.entities[key].kind in ("person", "organization") and key != UNITED_NATIONS:
            return [key]
        subtree = list(token.subtree)
        start, end = subtree[0].idx, subtree[-1].idx + len(subtree[-1].text)
        # not a name inside a clause that qualifies the phrase: "a group established by the Council issued …"
        clauses = [range(clause.left_edge.idx, clause.right_edge.idx + 1) for clause in token.children if clause.dep_ in ("acl", "relcl")]
        keys = []
        for mention_start, mention_end, key in self.index.within(start, end):
            if self.index.entities[key].kind in ("person", "organization") and key != UNITED_NATIONS \
                    and not any(mention_start in clause for clause in clauses):
                keys.append(key)
                break
        if not keys and token.lower_ in _PRONOUNS | {"she": 0, "he": 0, "it": 0, "they": 0}.keys():
            if token.lower_ in ("she", "her"):
                found = self.index.last_before(token.idx, ("person",), "female")
            elif token.lower_ in ("he", "his"):
                found = self.index.last_before(token.idx, ("person",), "male")
            else:
                found = salient_organization(self.doc, token, self.index)  # "It presented …": what the sentence before was about
            keys += [found] if found else []
        if not keys:
            # "the report by the Special Rapporteur on torture": whoever holds that post
            keys += [holding.person for holding in self.posts if holding.span.start <= token.idx < holding.span.end][:1]
        if not keys and any(key == UNITED_NATIONS for _s, _e, key in self.index.within(start, end)):
            keys.append(UNITED_NATIONS)  # "the UN issued a statement": no body of it is named
        return keys

    def about(self, noun, title: Title | None) -> list[str]:
        about: list[str] = []
        if title is not None:
            for _start, _end, key in self.index.within(title.span.start, title.span.end):
                if self.index.entities[key].kind in ("country", "place") and key not in about:
                    about.append(key)
            if about:
                return [about[-1]]  # "... of North Korean Women & Girls in China": the last place named
        if noun is not None:
            for child in noun.children:
                if child.dep_ == "prep" and child.lower_ in ("on", "about", "into", "regarding", "concerning"):
                    subtree = list(child.subtree)
                    for _start, _end, key in self.index.within(subtree[0].idx, subtree[-1].idx + len(subtree[-1].text)):
                        if self.index.entities[key].kind in ("country", "place"):
                            return [key]
        return about

    def _addressed_to(self, noun) -> list[str]:
        children = list(noun.children)
        if noun.dep_ == "dobj" and noun.head.lemma_ in self.publication_verbs:
            children += [child for child in noun.head.children if child.i > noun.i]
        for child in children:
            if child.dep_ == "prep" and child.lower_ in ("to", "for"):
                for grandchild in child.children:
                    keys = self._entity_in(grandchild)
                    if keys:
                        return keys
        return []

    def _date_between(self, start: int, end: int) -> DateValue | None:
        for span, value in self.dates:
            if start <= span.start and span.end <= end:
                return value
        return None

    def _publication_date(self, noun) -> DateValue | None:
        """The date of publishing the report: "published the report on 4 May", "the report was
        released in 2019", "a report published today"."""
        head = noun.head
        if noun.dep_ in ("dobj", "nsubjpass") and head.lemma_ in self.publication_verbs:
            return self.nearest_date(head)
        for child in noun.children:
            if child.dep_ == "acl" and child.tag_ == "VBN" and child.lemma_ in self.publication_verbs:
                return self.nearest_date(child)
        return None

    def _date_after(self, noun, end: int) -> DateValue | None:
        """ "a report, "Title", on 4 May 2021", "its report Title, published in 2019": a date
        right after the report's words, alone or after a participle of publishing; a title
        upsets the parse, so the words are read, not the tree."""
        doc, sentence_end = self.doc, noun.sent.end
        position = next((token.i for token in noun.sent if token.idx >= end), sentence_end)
        while position < sentence_end and (doc[position].is_punct or doc[position].is_quote):
            position += 1
        if position < sentence_end and doc[position].tag_ == "VBN" and doc[position].lemma_ in self.publication_verbs:
            position += 1
        if position + 1 >= sentence_end or doc[position].lower_ not in ("on", "in", "dated"):
            return None
        start = doc[position + 1].idx
        return next((value for span, value in self.dates if span.start == start), None)

    def nearest_date(self, verb) -> DateValue | None:
        return clause_date(self.doc, verb, self.dates, self.title_spans, self.gazetteer.words("event_nouns"))

    def _finish(self, draft: Draft) -> Report:
        # a spokesperson's statement is her office's too
        speaking = self.gazetteer.words("speaking_posts")
        for holding in self.posts:
            words = head_words(holding.post_label)  # "spokeswoman for the U.N. rights office": her office's
            speaks = bool(words) and (words[-1] in speaking or " ".join(words[-2:]) in speaking)
            if speaks and holding.person in draft.authors and holding.organization and holding.organization not in draft.authors:
                draft.authors.append(holding.organization)
        about = list(draft.about)
        if not about:
            for author in draft.authors:
                entity = self.index.entities.get(author)
                country = entity.country if entity else None
                held = [holding.country for holding in self.posts if holding.person == author and holding.country]
                if country or held:
                    about = [country or held[0]]
                    break
        if not about:
            dominant = self.index.main_country()
            about = [dominant] if dominant else []
        mentions = tuple(Mention(span, self.index.sentence_of(span.start)) for span in sorted(set(draft.spans)))
        return Report(
            key=draft.key, kind=draft.kind, mentions=mentions, title=draft.title, authors=tuple(draft.authors),
            date=draft.date, about=tuple(about), addressed_to=tuple(draft.addressed_to), symbol=draft.symbol,
        )


# UN document symbols: organ, then body, session and number, with parts such as /L. or /RES/
# and suffixes such as /Add.1 ("A/HRC/25/63", "A/HRC/46/L.4", "S/RES/2334").
__all__ = ["find_reports"]
