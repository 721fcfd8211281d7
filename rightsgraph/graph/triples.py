"""Records in, triples out: one article's extraction becomes an RDF graph.

Every thing gets a minted IRI and its labels; every relation between things is a triple plus
a reified ``rdf:Statement`` that says which sentence it came from; every mention is a Web
Annotation whose target is the exact words at their character offsets.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from rdflib import OWL, RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, ORG, PROV, SKOS

from rightsgraph.builders.gazetteer import load_verb_classes
from rightsgraph.builders.records import DOCUMENT_KEY, DateValue, Entity, Extraction, Report, Span
from rightsgraph.builders.sections import section_of
from rightsgraph.graph.un_documents import write_un_document, write_un_document_piece
from rightsgraph.graph import ids
from rightsgraph.graph.prefixes import OA, SCHEMA, WD, new_graph
from rightsgraph.ontology import RG, RGST, RGV
from rightsgraph.builders.org_kinds import OrgKind

ORGANIZATION_CLASSES = {
    OrgKind.UN_BODY: RG.UNBody,
    OrgKind.UN_MECHANISM: RG.UNMechanism,
    OrgKind.COMMISSION_OF_INQUIRY: RG.CommissionOfInquiry,
    OrgKind.FACT_FINDING_MISSION: RG.FactFindingMission,
    OrgKind.GOVERNMENT: RG.Government,
    OrgKind.NGO: RG.NGO,
    OrgKind.MEDIA: RG.MediaOrganization,
    OrgKind.COURT: RG.Court,
    OrgKind.STATE_ORGAN: RG.StateOrgan,
    OrgKind.INTERGOVERNMENTAL: RG.IntergovernmentalOrganization,
    OrgKind.ARMED_GROUP: RG.ArmedGroup,
    OrgKind.OTHER: RG.Organization,
}
#: Things that are neither actors nor places, by the builders' kind.
OTHER_CLASSES = {
    "group": RG.Group,
    "instrument": RG.LegalInstrument,
    "case": RG.LegalCase,
    "happening": RG.NamedEvent,
}
#: Documents by the builders' kind, and how an untitled one is described.
DOCUMENT_CLASSES = {"report": RG.Report, "submission": RG.WrittenSubmission, "letter": RG.Letter, "statement": RG.Statement,
                    "filing": RG.CourtFiling, "resolution": RG.Resolution}
_DOCUMENT_WORDS = {"report": "report", "submission": "written submission", "letter": "letter", "statement": "statement",
                   "filing": "court filing", "resolution": "resolution"}
EVENT_CLASSES = {
    "publication": RG.Publication, "submission": RG.Submission, "presentation": RG.Presentation,
    "session": RG.Session, "election": RG.Election, "briefing": RG.Briefing, "visit": RG.Visit, "communication": RG.Communication,
    "rejection": RG.Rejection, "resolution": RG.ResolutionAdoption, "appointment": RG.Appointment, "call": RG.Call,
}
#: What a label never holds: control characters and bidirectional embeddings, overrides and
#: isolates, which make a name read otherwise than it is.
_SHOWN = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
#: The roles of an action a verb class's property points to, unless the class says others.
_ACTION_TARGETS = ("patient", "addressee", "participant")
_DATATYPES = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}

# The terms written for every sentence, mention and statement, looked up once: an rdflib
# namespace makes a new URIRef on each attribute access.
_ALT_LABEL = SKOS.altLabel
_ANNOTATION = OA.Annotation
_END = OA.end
_EXACT = OA.exact
_HAS_BODY = OA.hasBody
_HAS_SELECTOR = OA.hasSelector
_HAS_SOURCE = OA.hasSource
_HAS_TARGET = OA.hasTarget
_IDENTIFYING = OA.identifying
_IN_SENTENCE = RG.inSentence
_LABEL = RDFS.label
_MENTION = RG.Mention
_MOTIVATED_BY = OA.motivatedBy
_NON_NEGATIVE_INTEGER = XSD.nonNegativeInteger
_PREF_LABEL = SKOS.prefLabel
_RDF_OBJECT = RDF.object
_RDF_PREDICATE = RDF.predicate
_RDF_SUBJECT = RDF.subject
_SENTENCE = RG.Sentence
_START = OA.start
_STATEMENT = RDF.Statement
_TEXT_POSITION_SELECTOR = OA.TextPositionSelector
_TEXT_QUOTE_SELECTOR = OA.TextQuoteSelector
_TYPE = RDF.type
_WAS_DERIVED_FROM = PROV.wasDerivedFrom


def to_graph(extraction: Extraction, graph: Graph | set | None = None, build=None, first: bool = True) -> Graph | set:
    """Add the triples for one article's extraction to ``graph`` (a new one by default).

    ``graph`` may be anything with ``add(triple)``, such as a ``set``, or
    ``store.NTriplesLines``, which a corpus build uses to keep them as N-Triples lines
    without the cost of a store's indexes. ``build`` (``provenance.BuildInfo``) is what the
    build adds to the article's provenance: a licence, a time. The extraction of a later
    piece of a long document (not ``first``) leaves out the document's own description
    (its text, title, cover and provenance), which its first piece writes.
    """
    from rightsgraph.graph.provenance import write_provenance

    graph = graph if graph is not None else new_graph()
    writer = _Writer(extraction, graph)
    writer.write(first)
    if first:
        write_provenance(graph, writer.literal, writer.article, extraction.model, build)
    return graph


def finding_label(sentence: str) -> str:
    """A finding's name: its sentence, cut short past 90 characters, with nothing hidden in it
    (as ``_labels`` writes every label)."""
    return _SHOWN.sub("", sentence if len(sentence) <= 90 else sentence[:87].rstrip() + "…")


class _Writer:
    def __init__(self, extraction: Extraction, graph: Graph):
        self.x = extraction
        self.g = graph
        # a sink may make its literals its own way (NTriplesLines: as N-Triples, directly)
        self.literal = getattr(graph, "literal", Literal)
        self.article = ids.article_iri(extraction.article)
        named = (*extraction.entities, *extraction.carried)
        self.entity_iris = {entity.key: ids.entity_iri(entity) for entity in named}
        self.kinds = {entity.key: entity.kind for entity in named}
        self.report_iris = {
            report.key: ids.report_iri(report.key, report.title, self.article, report.authors[0] if report.authors else None)
            for report in extraction.reports
        }
        self.post_iris = {holding.post_key: ids.post_iri(holding.post_key) for holding in extraction.posts}
        document = extraction.article.document
        self.section_iris = [ids.section_iri(document.symbol, section.ordinal, section.number)
                             for section in extraction.article.sections] if document else []
        if document is not None:
            self.report_iris[DOCUMENT_KEY] = ids.document_iri(document.symbol)
        self.written: set[URIRef] = set()  # sentences, mentions and posts already described

    def _first_time(self, iri: URIRef) -> bool:
        if iri in self.written:
            return False
        self.written.add(iri)
        return True

    def write(self, first: bool = True) -> None:
        if first:
            self._article()
        if self.x.article.document is not None:
            if first:
                write_un_document(self)
            else:
                write_un_document_piece(self)
        for entity in self.x.entities:
            self._entity(entity)
        self._posts()
        self._containments()
        self._affiliations()
        self._memberships()
        self._bases()
        for report in self.x.reports:
            self._report(report)
        self._violations()
        for event in self.x.events:
            self._event(event)
        for finding in self.x.findings:
            self._finding(finding)
        events = {event.key for event in self.x.events}
        for action in self.x.actions:
            self._action(action, action.key in events)

    # -- provenance -------------------------------------------------------------------

    def _sentence(self, index: int) -> URIRef:
        span = self.x.sentences[index]
        iri = ids.sentence_iri(self.article, span)
        if self._first_time(iri):
            self.g.add((iri, _TYPE, _SENTENCE))
            self._target(iri, span)
            number = self._paragraph_of(span.start)
            if number is not None:
                self.g.add((iri, RG.paragraph, self.literal(number)))
            section = section_of(self.x.article.sections, span.start) if self.x.article.sections else None
            if section is not None:
                self.g.add((iri, RG.section, self.section_iris[section]))
        return iri

    def _paragraph_of(self, offset: int) -> str | None:
        paragraphs = self.x.article.paragraphs
        at = bisect_right(paragraphs, (offset, float("inf"))) - 1
        if at >= 0 and paragraphs[at][0] <= offset < paragraphs[at][1]:
            return paragraphs[at][2]
        return None

    def _target(self, iri: URIRef, span: Span) -> None:
        quote = ids.selector_iri(self.article, span, "quote")
        position = ids.selector_iri(self.article, span, "position")
        self.g.add((iri, _HAS_SOURCE, self.article))
        self.g.add((iri, _HAS_SELECTOR, quote))
        self.g.add((iri, _HAS_SELECTOR, position))
        self.g.add((quote, _TYPE, _TEXT_QUOTE_SELECTOR))
        self.g.add((quote, _EXACT, self.literal(span.text)))
        self.g.add((position, _TYPE, _TEXT_POSITION_SELECTOR))
        self.g.add((position, _START, self.literal(span.start, datatype=_NON_NEGATIVE_INTEGER)))
        self.g.add((position, _END, self.literal(span.end, datatype=_NON_NEGATIVE_INTEGER)))

    def _annotate(self, body: URIRef, span: Span, sentence: int, motivation: URIRef = _IDENTIFYING) -> None:
        mention = ids.mention_iri(self.article, span)
        if self._first_time(mention):
            self.g.add((mention, _TYPE, _MENTION))
            self._target(mention, span)
            self.g.add((mention, _IN_SENTENCE, self._sentence(sentence)))
        annotation = ids.annotation_iri(self.article, span, body)
        self.g.add((annotation, _TYPE, _ANNOTATION))
        self.g.add((annotation, _HAS_BODY, body))
        self.g.add((annotation, _HAS_TARGET, mention))
        self.g.add((annotation, _MOTIVATED_BY, motivation))

    def _fact(self, subject: URIRef, predicate: URIRef, obj, sentences) -> None:
        """A relation between two things, and the sentence(s) that state it."""
        self.g.add((subject, predicate, obj))
        statement = ids.statement_iri(subject, predicate, obj)
        self.g.add((statement, _TYPE, _STATEMENT))
        self.g.add((statement, _RDF_SUBJECT, subject))
        self.g.add((statement, _RDF_PREDICATE, predicate))
        self.g.add((statement, _RDF_OBJECT, obj))
        for sentence in sentences:
            self.g.add((statement, _WAS_DERIVED_FROM, self._sentence(sentence)))

    def _labels(self, iri: URIRef, label: str, aliases=()) -> None:
        """A name and its aliases, without the direction overrides and control characters a
        text may hide in them (the quotes and sentences keep the text as it is)."""
        label = _SHOWN.sub("", label)
        self.g.add((iri, _LABEL, self.literal(label, lang="en")))
        self.g.add((iri, _PREF_LABEL, self.literal(label, lang="en")))
        for alias in (_SHOWN.sub("", alias) for alias in aliases):
            if alias != label:
                self.g.add((iri, _ALT_LABEL, self.literal(alias, lang="en")))

    # -- things -----------------------------------------------------------------------

    def _article(self) -> None:
        article = self.x.article
        self.g.add((self.article, RDF.type, RG.Article))
        self._labels(self.article, article.title)
        self.g.add((self.article, RG.title, self.literal(article.title, lang="en")))
        # the text every offset points into (for HTML, Markdown and PDF: the text made from it)
        self.g.add((self.article, SCHEMA.text, self.literal(article.text)))
        if article.url:
            self.g.add((self.article, SCHEMA.url, self.literal(article.url, datatype=XSD.anyURI)))
        if article.publisher:
            self.g.add((self.article, DCTERMS.publisher, self.literal(article.publisher)))
        if article.date and article.date.value:
            self._date(self.article, article.date)

    def _entity(self, entity: Entity) -> None:
        iri = self.entity_iris[entity.key]
        if entity.kind == "person":
            self.g.add((iri, RDF.type, RG.Person))
        elif entity.kind == "organization":
            self.g.add((iri, RDF.type, ORGANIZATION_CLASSES.get(entity.org_kind or OrgKind.OTHER, RG.Organization)))
        elif entity.kind == "country":
            self.g.add((iri, RDF.type, RG.Country))
        elif entity.kind in OTHER_CLASSES:
            self.g.add((iri, RDF.type, OTHER_CLASSES[entity.kind]))
        else:
            self.g.add((iri, RDF.type, RG.Place))
        self._labels(iri, entity.label, entity.aliases)
        if entity.wikidata:
            self.g.add((iri, OWL.sameAs, WD[entity.wikidata]))
        sentences = sorted({mention.sentence for mention in entity.mentions})
        for sentence in sentences:
            self.g.add((iri, PROV.wasDerivedFrom, self._sentence(sentence)))
        for mention in entity.mentions:
            if mention.span.text.strip():
                self._annotate(iri, mention.span, mention.sentence)
        first = sentences[:1]
        if entity.part_of and entity.part_of in self.entity_iris:
            self._fact(iri, ORG.subOrganizationOf, self.entity_iris[entity.part_of], first)
        if entity.country and entity.country in self.entity_iris:
            predicate = {OrgKind.GOVERNMENT: RG.governmentOf, OrgKind.STATE_ORGAN: RG.organOf}.get(entity.org_kind, RG.concernsCountry)
            self._fact(iri, predicate, self.entity_iris[entity.country], first)
        if entity.located_in and entity.located_in in self.entity_iris:
            self._fact(iri, RG.locatedIn, self.entity_iris[entity.located_in], first)

    def _posts(self) -> None:
        for holding in self.x.posts:
            post = self.post_iris[holding.post_key]
            person = self.entity_iris.get(holding.person)
            if person is None:
                continue
            if self._first_time(post):
                self.g.add((post, RDF.type, RG.Mandate if holding.mandate else RG.Post))
                self._labels(post, holding.post_label)
            self.g.add((post, PROV.wasDerivedFrom, self._sentence(holding.sentence)))
            self._annotate(post, holding.span, holding.sentence)
            self._fact(person, RG.holdsPost, post, [holding.sentence])
            if holding.organization in self.entity_iris:
                self._fact(post, RG.postIn, self.entity_iris[holding.organization], [holding.sentence])
            if holding.country in self.entity_iris:
                self._fact(post, RG.concernsCountry, self.entity_iris[holding.country], [holding.sentence])

    def _affiliations(self) -> None:
        for affiliation in self.x.affiliations:
            person, holder = self.entity_iris.get(affiliation.person), self.entity_iris.get(affiliation.holder)
            if person is not None and holder is not None:
                predicate = RG.nationality if affiliation.kind == "country" else RG.affiliatedWith
                self._fact(person, predicate, holder, [affiliation.sentence])

    def _memberships(self) -> None:
        for membership in self.x.memberships:
            member, body = self.entity_iris.get(membership.member), self.entity_iris.get(membership.body)
            if member is not None and body is not None:
                self._fact(member, ORG.memberOf, body, [membership.sentence])

    def _bases(self) -> None:
        for base in self.x.bases:
            organization, place = self.entity_iris.get(base.organization), self.entity_iris.get(base.place)
            if organization is not None and place is not None:
                self._fact(organization, RG.basedIn, place, [base.sentence])

    def _containments(self) -> None:
        for containment in self.x.containments:
            place, within = self.entity_iris.get(containment.place), self.entity_iris.get(containment.within)
            if place is not None and within is not None:
                self._fact(place, RG.locatedIn, within, [containment.sentence])

    def _report(self, report: Report) -> None:
        iri = self.report_iris[report.key]
        self.g.add((iri, RDF.type, DOCUMENT_CLASSES[report.kind]))
        self._labels(iri, report.title or self._description(report))
        sentences = sorted({mention.sentence for mention in report.mentions})
        first = sentences[:1]
        for sentence in sentences:
            self.g.add((iri, PROV.wasDerivedFrom, self._sentence(sentence)))
        for mention in report.mentions:
            self._annotate(iri, mention.span, mention.sentence)
        if report.title:
            self.g.add((iri, RG.title, self.literal(report.title, lang="en")))
        for author in report.authors:
            if author in self.entity_iris:
                self._fact(iri, RG.author, self.entity_iris[author], first)
        for place in report.about:
            if place in self.entity_iris:
                self._fact(iri, RG.about, self.entity_iris[place], first)
        for recipient in report.addressed_to:
            if recipient in self.entity_iris:
                self._fact(iri, RG.addressedTo, self.entity_iris[recipient], first)
        if report.date:
            self._date(iri, report.date)
        if report.symbol:
            self.g.add((iri, RG.documentSymbol, self.literal(report.symbol)))
            self.g.add((iri, RDFS.seeAlso, URIRef(f"https://undocs.org/{report.symbol}")))

    def _description(self, report: Report) -> str:
        names = {entity.key: entity.label for entity in (*self.x.entities, *self.x.carried)}
        when = f" ({report.date.value})" if report.date and report.date.value else ""
        if not report.authors and report.addressed_to and report.addressed_to[0] in names:
            return f"{_DOCUMENT_WORDS[report.kind]} to {names[report.addressed_to[0]]}{when}"  # "report to Security Council"
        author = names.get(report.authors[0], "unknown author") if report.authors else "unknown author"
        return f"{_DOCUMENT_WORDS[report.kind]} by {author}{when}"

    def _date(self, iri: URIRef, date: DateValue) -> None:
        if date.value and date.end:
            # a range is an interval, not a point: "2002-2007", "from May 2019 until April 2020"
            self.g.add((iri, SCHEMA.startDate, self.literal(date.value, datatype=_DATATYPES[date.precision])))
            end = DateValue(date.end, date.text)
            self.g.add((iri, SCHEMA.endDate, self.literal(date.end, datatype=_DATATYPES[end.precision])))
        elif date.value:
            self.g.add((iri, RG.date, self.literal(date.value, datatype=_DATATYPES[date.precision])))
            if date.qualifier:
                self.g.add((iri, RG.dateQualifier, self.literal(date.qualifier)))
        else:
            self.g.add((iri, RG.dateText, self.literal(date.text, lang="en")))

    def _violations(self) -> None:
        for mention in self.x.violations:
            concept = RGV[mention.concept]
            self._annotate(concept, mention.span, mention.sentence, OA.classifying)
            if mention.negated:
                continue
            self._fact(self.article, RG.namesViolation, concept, [mention.sentence])
            namer = self.report_iris.get(mention.named_by) or self.entity_iris.get(mention.named_by)
            if namer is not None:
                self._fact(namer, RG.documents, concept, [mention.sentence])

    def _event(self, event) -> None:
        iri = ids.event_iri(self.article, event.key)
        self.g.add((iri, RDF.type, EVENT_CLASSES[event.kind]))
        self._labels(iri, event.label)
        self.g.add((iri, PROV.wasDerivedFrom, self._sentence(event.sentence)))
        sentence = [event.sentence]
        for predicate, keys, iris in (
            (RG.agent, event.agents, self.entity_iris), (RG.participant, event.participants, self.entity_iris),
            (RG.place, event.places, self.entity_iris), (RG.concernsDocument, event.documents, self.report_iris),
        ):
            for key in keys:
                if key in iris:
                    self._fact(iri, predicate, iris[key], sentence)
        if event.date is not None:
            self._date(iri, event.date)

    def _action(self, action, read_as_event: bool) -> None:
        """The clause's action as a node (its class, lemma and roles) and, for a verb of a known
        class, the class's property from each agent to what the action is done to. The
        node of a verb an event was read from is that event's: it gains the lemma and roles."""
        iri = ids.event_iri(self.article, action.key)
        spec = load_verb_classes().get(action.verb_class) if action.verb_class else None
        sentence = [action.sentence]
        if not read_as_event:
            # a dated happening no one is said to do ("protests began in X in 2022") is an event
            done = action.agents or action.patients or action.documents
            self.g.add((iri, RDF.type, RG[spec["class"]] if spec and done else RG.Action if done else RG.Event))
            self._labels(iri, action.label)
            self.g.add((iri, PROV.wasDerivedFrom, self._sentence(action.sentence)))
            if action.date is not None:
                self._date(iri, action.date)
        self.g.add((iri, RG.lemma, self.literal(action.lemma)))
        roles = {"patient": action.patients, "addressee": action.addressees, "participant": action.participants,
                 "place": action.places}
        for predicate, keys, iris in (
            (RG.agent, action.agents, self.entity_iris), (RG.patient, action.patients, self.entity_iris),
            (RG.addressee, action.addressees, self.entity_iris), (RG.participant, action.participants, self.entity_iris),
            (RG.place, action.places, self.entity_iris), (RG.concernsDocument, action.documents, self.report_iris),
            (RG.reportedBy, action.reported_by, self.entity_iris), (RG.speaksOf, action.topics, self.entity_iris),
        ):
            for key in keys:
                if key in iris:
                    self._fact(iri, predicate, iris[key], sentence)
        if spec is None:
            return
        targets = [key for role in spec.get("targets", _ACTION_TARGETS) for key in roles[role]]
        for agent in action.agents:
            if self.kinds[agent] not in ("person", "organization"):
                continue  # the class's property is an actor's: "the Rohingya fled" is only the node
            for target in targets:
                if agent in self.entity_iris and target in self.entity_iris:
                    self._fact(self.entity_iris[agent], RG[spec["property"]], self.entity_iris[target], sentence)

    def _finding(self, finding) -> None:
        span = self.x.sentences[finding.sentence]
        iri = ids.finding_iri(self.article, span)
        self.g.add((iri, RDF.type, RG.Denial if finding.denial else RG.Finding))
        self._labels(iri, finding_label(span.text))
        self.g.add((iri, RG.quote, self.literal(span.text)))
        self.g.add((iri, PROV.wasDerivedFrom, self._sentence(finding.sentence)))
        sentence = [finding.sentence]
        for key in finding.stated_by:
            if key in self.entity_iris:
                self._fact(iri, RG.statedBy, self.entity_iris[key], sentence)
        if finding.stated_in in self.report_iris:
            self._fact(iri, RG.statedIn, self.report_iris[finding.stated_in], sentence)
        else:
            self.g.add((iri, RG.statedIn, self.article))  # the article gives it, in its own words or others'
        self.g.add((iri, RG.status, RGST[finding.status]))
        if finding.cues:
            self.g.add((iri, RG.cue, self.literal(" ".join(finding.cues))))
        for index in finding.denies:
            self._fact(iri, RG.denies, ids.finding_iri(self.article, self.x.sentences[index]), sentence)
        for key in finding.addressees:
            if key in self.entity_iris:
                self._fact(iri, RG.addressedTo, self.entity_iris[key], sentence)
        for concept in finding.violations:
            self._fact(iri, RG.alleges, RGV[concept], sentence)
        for key in finding.perpetrators:
            if key in self.entity_iris:
                self._fact(iri, RG.perpetrator, self.entity_iris[key], sentence)
        for key in finding.victims:
            if key in self.entity_iris:
                self._fact(iri, RG.victim, self.entity_iris[key], sentence)
        for key in finding.places:
            if self.kinds.get(key) == "country":
                self._fact(iri, RG.concernsCountry, self.entity_iris[key], sentence)
        for key in finding.documents:
            if key in self.report_iris:
                self._fact(iri, RG.concernsDocument, self.report_iris[key], sentence)
                if finding.denial:
                    self._fact(iri, RG.denies, self.report_iris[key], sentence)
