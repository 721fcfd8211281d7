"""Score a built graph against a hand-made gold annotation (see the gold format README).

Matching is honest: names match after normalisation (case, apostrophes, accents, a leading
article, a possessive) or when they differ by a typo; titles match when nearly equal. A
relation counts only when the specific property links the very nodes that match its two
ends, never because both ends are somewhere in the graph.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import ORG, SKOS

from rightsgraph.builders.gazetteer import load_verb_classes
from rightsgraph.builders.names import is_typo_of, name_key
from rightsgraph.builders.violations import variants
from rightsgraph.errors import RightsGraphError
from rightsgraph.gold import load_gold
from rightsgraph.graph.prefixes import SCHEMA
from rightsgraph.graph.triples import ORGANIZATION_CLASSES
from rightsgraph.ontology import RG, load_ontology, load_violation_labels, RGV
from rightsgraph.scores import Score

_ORG_KIND = {str(cls): kind for kind, cls in ORGANIZATION_CLASSES.items()}
_GOLD_KIND = {"UN body": "UN body", "UN mechanism": "UN mechanism", "commission of inquiry": "UN mechanism",
              "fact-finding mission": "UN mechanism", "government": "state government", "NGO": "NGO",
              "media": "media", "court": "other", "state organ": "state government", "intergovernmental": "other",
              "armed group": "other", "other": "other"}


def evaluate(graph: Graph, gold: dict, name: str | None = None) -> Score:
    """Score ``graph`` (built from one article) against that article's gold annotation."""
    return _Scorer(graph, gold, name or gold.get("article", "article")).score()


class _Scorer:
    def __init__(self, graph: Graph, gold: dict, name: str):
        self.g = graph
        self.gold = gold
        self.result = Score(name)
        self.subclasses = {cls: _subclasses(cls) for cls in (RG.Person, RG.Organization, RG.Place)}
        self.nodes = self._entity_nodes()
        self.names = {node: self._names(node) for node in self.nodes}
        self.gold_aliases = self._gold_aliases()
        self.matched: dict[str, set[URIRef]] = {}

    # -- entities -----------------------------------------------------------------------

    def _entity_nodes(self) -> dict[URIRef, str]:
        nodes = {}
        for category, cls in (("person", RG.Person), ("organization", RG.Organization), ("place", RG.Place)):
            for subclass in self.subclasses[cls]:
                for node in self.g.subjects(RDF.type, subclass):
                    nodes.setdefault(node, category)
        return nodes

    def _names(self, node: URIRef) -> set[str]:
        labels = set(self.g.objects(node, SKOS.prefLabel)) | set(self.g.objects(node, SKOS.altLabel)) | set(self.g.objects(node, RDFS.label))
        return {name_key(str(label)) for label in labels}

    def _gold_aliases(self) -> dict[str, set[str]]:
        aliases: dict[str, set[str]] = {}
        for group in ("persons", "organizations", "places"):
            for item in self.gold.get(group, []):
                names = {name_key(item["name"]), *(name_key(alias) for alias in item.get("aliases", []))}
                for value in names:
                    aliases.setdefault(value, set()).update(names)
        return aliases

    def _nodes_named(self, name: str, category: str | None = None) -> set[URIRef]:
        wanted = self.gold_aliases.get(name_key(name), {name_key(name)})
        found = set()
        for node, names in self.names.items():
            if category and self.nodes[node] != category:
                continue
            if any(is_typo_of(want, have) for want in wanted for have in names):
                found.add(node)
        return found

    def _score_entities(self) -> None:
        matched_nodes: set[URIRef] = set()
        for group, category in (("persons", "person"), ("organizations", "organization"), ("places", "place")):
            for item in self.gold.get(group, []):
                nodes = self._nodes_named(item["name"])
                self.result.entity_recall.total += 1
                self.result.typed_recall.total += 1
                if not nodes:
                    self.result.misses.append(f"missing {category}: {item['name']}")
                    continue
                self.result.entity_recall.found += 1
                self.matched[item["name"]] = nodes
                matched_nodes |= nodes
                # the node that bears the gold name itself first, then by IRI: the same score on every run
                exact = {name_key(item["name"])}
                same_category = sorted((node for node in nodes if self.nodes[node] == category),
                                       key=lambda node: (not (self.names[node] & exact), str(node)))
                if len(same_category) > 1:
                    self.result.split_entities += 1
                    self.result.misses.append(f"split over {len(same_category)} nodes: {item['name']}")
                if same_category and (category != "organization" or self._org_kind(same_category[0]) == item.get("kind")):
                    self.result.typed_recall.found += 1
                else:
                    self.result.misses.append(f"wrong type: {item['name']} (gold {item.get('kind', category)})")
        for node in sorted(self.nodes):
            self.result.entity_precision.total += 1
            if node in matched_nodes:
                self.result.entity_precision.found += 1
            else:
                self.result.misses.append(f"spurious {self.nodes[node]}: {self._label(node)}")

    def _org_kind(self, node: URIRef) -> str:
        for rdf_type in self.g.objects(node, RDF.type):
            if str(rdf_type) in _ORG_KIND:
                return _GOLD_KIND[_ORG_KIND[str(rdf_type)]]
        return "other"

    def _label(self, node: URIRef) -> str:
        return str(self.g.value(node, SKOS.prefLabel) or node)

    # -- reports ------------------------------------------------------------------------

    def _reports(self) -> list[URIRef]:
        classes = (RG.Report, RG.WrittenSubmission, RG.Letter, RG.Statement, RG.CourtFiling, RG.Resolution)
        return sorted({report for cls in classes for report in self.g.subjects(RDF.type, cls)})

    def _author_ok(self, report: URIRef, author: str | None) -> bool:
        if not author:
            return True
        wanted = self._nodes_named(author)
        return bool(wanted & set(self.g.objects(report, RG.author)))

    def _date_ok(self, report: URIRef, date: str | None) -> bool:
        if not date:
            return True
        return any(str(value) == date for value in self.g.objects(report, RG.date))

    def _score_reports(self) -> None:
        reports = self._reports()
        used: set[URIRef] = set()
        self.report_match: dict[str, URIRef] = {}
        for item in self.gold.get("reports", []):
            if not item.get("title"):
                continue
            self.result.titled_reports.total += 1
            best = max(reports, key=lambda report: _title_similarity(self.g.value(report, RG.title), item["title"]), default=None)
            if best is None or _title_similarity(self.g.value(best, RG.title), item["title"]) < 0.85:
                self.result.misses.append(f"missing titled report: {item['title']}")
                continue
            used.add(best)
            self.report_match[item["title"]] = best
            if self._author_ok(best, item.get("author")) and self._date_ok(best, item.get("date")):
                self.result.titled_reports.found += 1
            else:
                self.result.misses.append(f"titled report with wrong author or date: {item['title']}")
        # the most specific gold items choose first, so that an undated one does not take the
        # only report that carries the date another one asks for
        untitled = [item for item in self.gold.get("reports", []) if not item.get("title")]
        for item in sorted(untitled, key=lambda item: (item.get("date") is None, item.get("author") is None)):
            self.result.untitled_reports.total += 1
            candidates = [
                report for report in reports
                if report not in used and self._author_ok(report, item.get("author")) and self._date_ok(report, item.get("date"))
            ]
            candidates.sort(key=lambda report: (self.g.value(report, RG.title) is not None, str(report)))
            if candidates:
                used.add(candidates[0])
                self.report_match[item.get("description", "")] = candidates[0]
                self.result.untitled_reports.found += 1
            else:
                self.result.misses.append(f"missing untitled report: {item.get('description')}")

    # -- violations ---------------------------------------------------------------------

    def _score_violations(self) -> None:
        labels = load_violation_labels()
        forms = {_wording_key(form): concept for concept, names in labels.items() for name in names for form in variants(name)}
        named = {str(concept)[len(str(RGV)):] for concept in self.g.objects(None, RG.namesViolation)}
        matched_concepts = set()
        for violation in self.gold.get("violations", []):
            self.result.violation_recall.total += 1
            # one wording may name several types: "crackdown and discrimination against minorities"
            concepts = _concepts_in(violation, forms) & named
            if concepts:
                self.result.violation_recall.found += 1
                matched_concepts |= concepts
            else:
                self.result.misses.append(f"missing violation: {violation}")
        for concept in sorted(named):
            self.result.violation_precision.total += 1
            if concept in matched_concepts:
                self.result.violation_precision.found += 1
            else:
                self.result.misses.append(f"spurious violation: {labels[concept][0]}")
        self.violation_forms = forms

    # -- relations and events -----------------------------------------------------------

    def _resolve(self, name: str) -> set[URIRef]:
        nodes = self._nodes_named(name)
        if name in self.report_match:
            nodes.add(self.report_match[name])
        for report in self._reports():
            if _title_similarity(self.g.value(report, RG.title), name) >= 0.85:
                nodes.add(report)
        concept = _concept_for(name, self.violation_forms)
        if concept:
            nodes.add(RGV[concept])
        for post in self._posts():
            if any(_title_similarity(label, name) >= 0.85 for label in self.g.objects(post, SKOS.prefLabel)):
                nodes.add(post)
        return nodes

    def _score_relations(self) -> None:
        roles = {person["name"]: set(person.get("roles") or ()) for person in self.gold.get("persons", [])}
        for subject, relation, obj in self.gold.get("relations", []):
            self.result.relations.total += 1
            subjects, objects = self._resolve(subject), self._resolve(obj)
            if obj in roles.get(subject, ()):
                objects |= self._posts_worded(obj)  # "holds role — chair": the post "chair of the mission"
            if any(self._linked(s, o, relation) for s in subjects for o in objects):
                self.result.relations.found += 1
            else:
                self.result.misses.append(f"missing relation: {subject} — {relation} — {obj}")

    def _posts(self) -> set[URIRef]:
        """The graph's posts, mandates among them."""
        return set(self.g.subjects(RDF.type, RG.Post)) | set(self.g.subjects(RDF.type, RG.Mandate))

    def _posts_worded(self, role: str) -> set[URIRef]:
        """The posts whose name holds the gold role's words in order ("Burundi's Human Rights
        Minister" for "Human Rights Minister")."""
        wanted = f" {_wording_key(role)} "
        found = {post for post in self._posts()
                 if any(wanted in f" {_wording_key(str(label))} " for label in self.g.objects(post, SKOS.prefLabel))}
        # "foreign ministry spokesman": the post "spokesman" in the body the article calls "foreign ministry"
        for post in self._posts() - found:
            own = [f" {_wording_key(str(label))}" for label in self.g.objects(post, SKOS.prefLabel)]
            bodies = [f" {_wording_key(str(name))} " for body in self.g.objects(post, RG.postIn)
                      for predicate in (SKOS.prefLabel, SKOS.altLabel) for name in self.g.objects(body, predicate)]
            if any(wanted.endswith(f"{label} ") for label in own) and any(name in wanted for name in bodies):
                found.add(post)
        return found

    def _linked(self, subject: URIRef, obj: URIRef, relation: str) -> bool:
        """Whether the graph states this relation with a property or node that means it."""
        words = relation.lower()
        g = self.g
        # a post joins its holder and where it is held, whatever the relation's words
        for post in g.objects(subject, RG.holdsPost):
            if post == obj or {obj} & (set(g.objects(post, RG.postIn)) | set(g.objects(post, RG.concernsCountry))):
                return True
        if words.split()[:1] in (["is"], ["was"], ["lies"], ["located"]) and _says_word(words, _WITHIN_WORDS) \
                and (subject, RG.locatedIn, obj) in g:  # "is in", "is the capital of", "is located in"
            return True
        if ((subject, RG.affiliatedWith, obj) in g or (subject, RG.nationality, obj) in g) \
                and _says_word(words, ("of", "from", "with", "at", "for", "member", "works")):
            return True  # "is from Norway", "is an expert of the mechanism", "works with Amnesty"
        if (subject, RG.basedIn, obj) in g and _says(words, ("based", "headquartered", "seat")):
            return True  # "is based in Geneva"
        if (subject, ORG.memberOf, obj) in g and _says(words, ("member",)):
            return True  # "is a member of the Council"
        if _says(words, ("authored by", "issued by", "published by", "released by", "written by")) and (subject, RG.author, obj) in g:
            return True
        if _says(words, _AUTHOR_WORDS) and (obj, RG.author, subject) in g:
            return True
        if _says(words, ("about",)) and (subject, RG.about, obj) in g:
            return True
        if _says(words, _DOCUMENT_WORDS):
            if (subject, RG.documents, obj) in g:
                return True
            if any((report, RG.documents, obj) in g for report in g.subjects(RG.author, subject)):
                return True  # an actor documents what its own reports document
        if _says(words, ("submitted", "sent", "addressed")) and any(
            (report, RG.addressedTo, obj) in g for report in g.subjects(RG.author, subject)
        ):
            return True
        for classes, keywords in _EVENT_WORDS:
            if not _says(words, keywords):
                continue
            for event_class in classes:
                for event in g.subjects(RDF.type, event_class):
                    doers = set(g.objects(event, RG.agent)) | set(g.objects(event, RG.concernsDocument))
                    others = set(g.objects(event, RG.participant)) | set(g.objects(event, RG.place)) | set(g.objects(event, RG.concernsDocument))
                    if subject in doers and obj in others:
                        return True
        if self._acted(subject, obj, words):
            return True
        if words.endswith(" by") and self._acted(obj, subject, words.removesuffix(" by")):
            return True  # "led by", "set up by": the object did it to the subject
        findings = set(g.subjects(RG.statedBy, subject)) | set(g.subjects(RG.statedIn, subject)) | set(g.subjects(RG.perpetrator, subject))
        if any((finding, RG.alleges, obj) in g for finding in findings):
            return True  # a finding is the node that joins who states or did it and the violation it alleges
        if _says(words, _FINDING_WORDS):
            for finding in findings:
                linked = set(g.objects(finding, RG.perpetrator)) | set(g.objects(finding, RG.concernsDocument)) | set(g.objects(finding, RG.concernsCountry))
                if obj in linked and obj != subject:
                    return True
        return False

    def _acted(self, subject: URIRef, obj: URIRef, words: str) -> bool:
        """A clause's action with the subject as agent and the object in any other role, or
        its verb class's property between them; a relation worded with a verb of one class
        ("urged") is met by an action of that class ("called on"), one worded with none by any."""
        classes = load_verb_classes()
        wanted = {name for name, spec in classes.items() if any(_says_verb(words, verb) for verb in spec["verbs"])}
        g = self.g
        for name in wanted or classes:
            if (subject, RG[classes[name]["property"]], obj) in g:
                return True
        action_classes = _subclasses(RG.Action)
        roles = (RG.agent, RG.patient, RG.addressee, RG.participant, RG.place, RG.concernsDocument, RG.speaksOf)
        # the subject acts, says it happened ("X says Y did …"), or is acted on where no one acts
        acting = set(g.subjects(RG.agent, subject)) | set(g.subjects(RG.reportedBy, subject)) | {
            action for action in g.subjects(RG.patient, subject) if g.value(action, RG.agent) is None}
        for action in sorted(acting):
            if not any(cls in action_classes for cls in g.objects(action, RDF.type)):
                continue
            lemma = str(g.value(action, RG.lemma) or "")
            if wanted and not any(lemma in classes[name]["verbs"] for name in wanted) and not _says_verb(words, lemma):
                continue
            if any((action, role, obj) in g for role in roles if (action, role, subject) not in g):
                return True
        return False

    def _score_events(self) -> None:
        event_classes = _subclasses(RG.Event)
        events = [node for node, cls in self.g.subject_objects(RDF.type) if cls in event_classes]
        for item in self.gold.get("events", []):
            self.result.events.total += 1
            actors = set().union(*(self._nodes_named(actor) for actor in item.get("actors", []))) if item.get("actors") else set()
            ok = False
            for event in events:
                # a happening over days is dated by its start too ("will visit from 17 to 27 September")
                dates = {str(value) for predicate in (RG.date, SCHEMA.startDate) for value in self.g.objects(event, predicate)}
                # an interval inside the gold's month or year is dated by it ("from 1 to 18 November 2016": 2016-11)
                ends = {str(value) for value in self.g.objects(event, SCHEMA.endDate)}
                if item.get("date") and ends and all(date.startswith(item["date"]) for date in dates | ends):
                    dates.add(item["date"])
                # a gold event's "actors" list the country it happened in too ("killed in X in 2019")
                taking_part = {actor for role in (RG.agent, RG.participant, RG.addressee, RG.patient, RG.place)
                               for actor in self.g.objects(event, role)}
                if (not item.get("date") or item["date"] in dates) and (not actors or actors & taking_part):
                    ok = True
                    break
            if ok:
                self.result.events.found += 1
            else:
                self.result.misses.append(f"missing event: {item['description']} ({item.get('date')})")

    def score(self) -> Score:
        self._score_entities()
        self._score_reports()
        self._score_violations()
        self._score_relations()
        self._score_events()
        return self.result


# Which words of a gold relation each kind of graph statement can stand for. A relation is
# found only through a statement whose meaning its words name.
_AUTHOR_WORDS = ("authored", "issued", "released", "published", "announced", "produced", "wrote")
_DOCUMENT_WORDS = ("document", "noted", "recorded", "says", "found", "observed", "reports", "may amount")
_WITHIN_WORDS = ("in", "capital", "region", "province", "located", "part", "lies", "city", "town", "of")
_FINDING_WORDS = ("says", "said", "accuse", "cited evidence", "brought", "called", "alleg", "blame", "used")
_EVENT_WORDS = [
    ((RG.Communication,), ("sent", "note to", "letter", "communicat")),
    ((RG.Briefing,), ("brief", "warn", "told", "spoke", "press conference", "showed", "discussion", "hosted")),
    ((RG.Visit,), ("mission", "visit")),
    ((RG.Rejection, RG.Denial), ("reject", "dismiss", "full of lies", "denied", "denies")),
    ((RG.Appointment,), ("appoint", "establish")),
    ((RG.Call,), ("calls on", "called on", "urge", "recommend", "calls for")),
    ((RG.Submission,), ("submit",)),
    ((RG.Presentation,), ("present",)),
    ((RG.Publication,), ("publish", "release", "issued", "announced")),
]


@lru_cache(maxsize=None)
def _subclasses(cls: URIRef) -> frozenset[URIRef]:
    """The class and every class under it in the ontology, read once a process."""
    return frozenset(_ontology().transitive_subjects(RDFS.subClassOf, cls))


@lru_cache(maxsize=1)
def _ontology() -> Graph:
    return load_ontology()


def _says_verb(words: str, verb: str) -> bool:
    """Whether the relation's words hold the verb in some form ("urged", "urges" for "urge")."""
    stem = verb[:-1] if verb.endswith("e") and len(verb) > 3 else verb
    return re.search(rf"\b{re.escape(stem)}", words) is not None


def _says_word(words: str, keywords) -> bool:
    """Whether one of the relation's words is one of the keywords ("is in", not "investigates")."""
    return bool(set(re.findall(r"[a-z]+", words)) & set(keywords))


def _says(words: str, keywords) -> bool:
    return any(keyword in words for keyword in keywords)


def _title_similarity(value, title: str) -> float:
    if value is None:
        return 0.0
    a, b = name_key(str(value)), name_key(title)
    return SequenceMatcher(None, a, b).ratio()


def _wording_key(wording: str) -> str:
    """Gold wordings and concept labels compared alike: "shoot-to-kill" and "shoot to kill"."""
    return " ".join(name_key(wording).split())


def _concept_for(wording: str, forms: dict[str, str]) -> str | None:
    """The concept a gold wording names: an exact label, else the longest label inside it."""
    key = _wording_key(wording)
    if key in forms:
        return forms[key]
    inside = [form for form in forms if f" {form} " in f" {key} "]
    return forms[max(inside, key=len)] if inside else None


def _concepts_in(wording: str, forms: dict[str, str]) -> set[str]:
    """Every concept a gold wording names: its exact label, else each label inside it."""
    key = _wording_key(wording)
    if key in forms:
        return {forms[key]}
    return {concept for form, concept in forms.items() if f" {form} " in f" {key} "}


def evaluate_articles(pairs, **build_options) -> tuple[list[Score], Score]:
    """Build each article of ``(article path, gold path)`` pairs as ``rightsgraph build`` does
    and score its graph against its gold: the per-article scores and their micro-averaged
    total. ``build_options`` are ``rightsgraph.build``'s (url, date, publisher, max_size);
    an article that cannot be built raises as ``build`` does."""
    from rightsgraph.building import graph_of

    return _scored((load_gold(gold), graph_of(article, **build_options), Path(article).name)
                   for article, gold in pairs)


def evaluate_graphs(pairs) -> tuple[list[Score], Score]:
    """Score graphs already built (``(graph file, gold path)`` pairs, each graph one
    article's, as ``rightsgraph build`` writes it) as ``evaluate_articles`` scores their
    articles: the same figures, under the name of the article the gold annotates."""
    from rightsgraph.graph.store import graph_from_files

    def scored():
        for graph_path, gold_path in pairs:
            gold, graph = load_gold(gold_path), graph_from_files([Path(graph_path)])
            if (articles := len(set(graph.subjects(RDF.type, RG.Article)))) != 1:
                raise NotOneArticle(f"{graph_path}: holds {articles} articles; a graph is scored against the gold "
                                    "of its one article (build each article into a folder of its own)")
            yield gold, graph, Path(str(gold["article"])).name

    return _scored(scored())


class NotOneArticle(RightsGraphError, ValueError):
    """A graph given to score holds no article, or several."""


def _scored(golds_and_graphs) -> tuple[list[Score], Score]:
    """Each ``(gold, graph, name)`` scored, and the micro-averaged total."""
    scores, total = [], Score("micro total")
    for gold, graph, name in golds_and_graphs:
        scores.append(evaluate(graph, gold, name))
        total.add(scores[-1])
    return scores, total
