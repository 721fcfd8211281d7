"""Private people protected on request: who is private, and their stable pseudonyms.

A person is *public* when the article gives them a public role: a post they hold
(``rg:holdsPost``), an organisation they speak for (``rg:affiliatedWith``), a report they
wrote (``rg:author``), or an entry in the package's data (a known actor, a Wikidata id).
Every other person (victims, witnesses, relatives, people only named) is *private*, and a
build with ``--pseudonymise`` writes them under a pseudonym: "Private person 3f9a1c2b0e", at
``rgid:person/private-3f9a1c2b0e``. A nationality alone ("Ms Ana Ruiz of Chile") does not
make a person public.

The pseudonym is an HMAC-SHA256 of the person's key (their normalised name, the one their
IRI is minted from) under a secret salt, so the same person gets the same pseudonym in
every article built with one salt, and no one without the salt can try names against it.
The salt is the build's (``--salt``, ``RIGHTSGRAPH_SALT``), or else one drawn once and kept
in the build's cache folder (``kept_salt``), so that rebuilds agree; it is never written
into a graph.

The extraction is rewritten before any IRI is minted, so that no IRI, hash or text of the
graph is made from the name: each private person's names (the label, aliases, the names
of their mentions, and each part of them alone, as "Pellucci's lawyer" or "they took Dario")
become the pseudonym in the article's text, in every span and label cut from it, and in
the keys of things named after them; the offsets move with the text, so every selector
still points at its words. A name part shared by two private people becomes "[name
withheld]"; one that also names a public thing ("Jordan") is replaced only within the
private person's full name.

A person public in one article of a build is public in all of them (``corpus`` builds an
article again when another makes public someone it made a pseudonym of; ``export`` decides
on the whole graph it is given); a build of other articles may decide otherwise. The words around
a name (a job, a village, a relation to someone public) may still identify a person; the
article's file itself is not changed.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
import secrets
from bisect import bisect_right
from dataclasses import fields, is_dataclass, replace
from pathlib import Path

from rdflib import Literal, URIRef

from rightsgraph.builders.records import Article, Entity, Event, Extraction, Span
from rightsgraph.graph.ids import annotation_iri, statement_iri

#: The file, in a build's cache folder, that keeps the salt drawn for it.
SALT_FILE = "salt"
#: What a name part two private people share becomes.
WITHHELD = "[name withheld]"
#: Name parts never replaced alone: particles that name no one ("de", "van", "al").
_PARTICLES = frozenset({"al", "bin", "da", "de", "del", "der", "di", "du", "el", "ibn", "la", "le", "van", "von"})


def pseudonym_code(key: str, salt: bytes) -> str:
    """The person's pseudonym code: 10 hex digits of HMAC-SHA256 of their key under the salt."""
    return hmac.new(salt, key.encode("utf-8"), hashlib.sha256).hexdigest()[:10]


def kept_salt(folder: Path) -> bytes:
    """The salt kept in ``folder`` (a build's cache folder), drawn and written there (readable
    by its owner only) the first time."""
    path = folder / SALT_FILE
    if path.is_file():
        return path.read_bytes().strip()
    folder.mkdir(parents=True, exist_ok=True)
    salt = secrets.token_hex(32).encode()
    temporary = folder / f".{SALT_FILE}.{os.getpid()}.tmp"
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as stream:
        stream.write(salt + b"\n")
    os.replace(temporary, path)
    return salt


def salt_for(given: str | None, cache: Path) -> bytes:
    """The salt of a build or an export: the one given, else the one kept in the ``cache``
    folder of its output folder (``corpus.CACHE_FOLDER``)."""
    return given.encode("utf-8") if given else kept_salt(cache)


def public_persons(extraction: Extraction) -> set[str]:
    """The keys of the persons the article gives a public role (see the module's docstring)."""
    public = {holding.person for holding in extraction.posts}
    public |= {affiliation.person for affiliation in extraction.affiliations if affiliation.kind == "organization"}
    public |= {author for report in extraction.reports for author in report.authors}
    public |= {entity.key for entity in extraction.entities if entity.ref or entity.wikidata}
    return public


def private_persons(extraction: Extraction, also_public: tuple[str, ...] = ()) -> list[Entity]:
    """The persons of the article with no public role (in it, or among ``also_public``, keys of
    persons public in other articles of the corpus), in key order."""
    public = public_persons(extraction) | set(also_public)
    return sorted((entity for entity in extraction.entities if entity.kind == "person" and entity.key not in public),
                  key=lambda entity: entity.key)


def persons_record(extraction: Extraction, salt: bytes) -> str:
    """What a corpus build keeps of an article's persons, as JSON: the keys of those it makes
    public (their names are in the graph) and the pseudonym codes of the others (never their keys)."""
    import json

    persons = {entity.key for entity in extraction.entities if entity.kind == "person"}
    return json.dumps({"public": sorted(public_persons(extraction) & persons),
                       "private": [pseudonym_code(entity.key, salt) for entity in private_persons(extraction)]})


def pseudonymise(extraction: Extraction, salt: bytes, also_public: tuple[str, ...] = ()) -> Extraction:
    """The extraction with every private person (``private_persons``) under their pseudonym,
    in every text, span, label and key; unchanged when it names none."""
    private = private_persons(extraction, also_public)
    if not private:
        return extraction
    names = {entity.key: _names_of(entity) for entity in private}
    public = [name for entity in extraction.entities if entity.key not in names for name in (entity.label, *entity.aliases)]
    return _Rewriter(extraction, Pseudonyms(names, public, salt)).extraction()


def _names_of(entity: Entity) -> set[str]:
    """A person's names: label, aliases, and the mentions that share a word with them (not
    "his sister")."""
    own = {entity.label, *entity.aliases}
    words = {word for name in own for word in _words(name)}
    return own | {mention.span.text for mention in entity.mentions if words & set(_words(mention.span.text))}


class Pseudonyms:
    """What a private person's names become: the pseudonym of each person (by key), and the
    replacement of their names and name parts in any text or key.

    ``names`` holds each private person's names by key; ``public`` the names of everything
    else named beside them, whose words are never replaced alone."""

    def __init__(self, names: dict[str, set[str]], public: list[str], salt: bytes):
        from rightsgraph.builders.gazetteer import load_gazetteer
        from rightsgraph.builders.names import slug

        honorifics = set(load_gazetteer().honorifics)
        codes = {key: pseudonym_code(key, salt) for key in sorted(names)}
        self.keys = {key: f"person:private-{code}" for key, code in codes.items()}
        self.labels = {key: f"Private person {code}" for key, code in codes.items()}
        public_words = {word.casefold() for name in public for word in _words(name)}
        public_names = {" ".join(_words(name)).casefold() for name in public}
        wholes: dict[str, set[str]] = {}  # a full name as written: the pseudonyms it may stand for
        parts: dict[str, set[str]] = {}  # a name part alone: the same
        for key in sorted(names):
            for name in names[key]:
                words = _words(name)
                if words and " ".join(words).casefold() not in public_names:
                    wholes.setdefault(" ".join(words), set()).add(self.labels[key])
                for word in {part for word in words for part in (word, *word.split("-"))}:
                    if word not in honorifics and word.casefold() not in _PARTICLES | public_words and len(word) > 1:
                        parts.setdefault(word, set()).add(self.labels[key])
        replacements = {name: _one(labels) for name, labels in wholes.items()}
        for word, labels in parts.items():
            replacements.setdefault(word, _one(labels))
        self._text_pattern = _pattern({form for name in replacements for form in (name, name.upper())}, r"\w")
        self._replacements = {**replacements, **{name.upper(): label for name, label in replacements.items()}}
        # keys and IRI segments are slugs: "person:dario-pellucci", "org:dario-pellucci-foundation"
        self._slugs = {slug(name): slug(label) for name, label in replacements.items() if slug(name) != "unnamed"}
        self._slug_pattern = _pattern(set(self._slugs), r"[a-z0-9]")

    def string(self, value: str) -> str:
        """A key, a label or any text with the private names in it replaced (a private
        person's key becomes their pseudonym's key; a string with no space is read as a slug too)."""
        if value in self.keys:
            return self.keys[value]
        changed = self._text_pattern.sub(self._replacement, value)
        if not any(space in changed for space in " \n\t"):
            changed = self.slug(changed)
        return value if changed == value else changed

    def slug(self, value: str) -> str:
        """A slug (an IRI's segment) with the private names' slugs in it replaced."""
        return self._slug_pattern.sub(lambda match: self._slugs[match.group()], value)

    def text(self, text: str) -> Rewritten:
        """A text (an article's) with the names replaced, and the way its offsets move."""
        pieces, moves, at, shift = [], [], 0, 0
        for match in self._text_pattern.finditer(text):
            new = self._replacement(match)
            pieces += [text[at : match.start()], new]
            shift += len(new) - (match.end() - match.start())
            moves.append((match.start(), match.end(), shift))
            at = match.end()
        pieces.append(text[at:])
        return Rewritten("".join(pieces), moves)

    def _replacement(self, match: re.Match) -> str:
        return self._replacements[" ".join(match.group().split())]


class Rewritten:
    """A text with names replaced: ``text``, and ``moves``, each replacement's start and end
    in the old text with the shift of the offsets after it."""

    def __init__(self, text: str, moves: list[tuple[int, int, int]]):
        self.text = text
        self.moves = moves

    def offset(self, offset: int, end: bool = False) -> int:
        """An offset into the old text as one into the new: within a replaced name, its
        start (for a span's start) or its end (for a span's end)."""
        at = bisect_right(self.moves, (offset, float("inf"), 0)) - 1
        if at >= 0 and self.moves[at][0] < offset < self.moves[at][1]:
            start, stop, shift = self.moves[at]
            return stop + shift if end else self.offset(start)
        if at >= 0 and self.moves[at][0] == offset:
            at -= 1
        return offset + (self.moves[at][2] if at >= 0 else 0)


class _Rewriter:
    """An extraction rewritten: the article's text, every span and offset in it, every
    string, every key."""

    def __init__(self, extraction: Extraction, pseudonyms: Pseudonyms):
        self.x = extraction
        self.names = pseudonyms
        self.rewritten = pseudonyms.text(extraction.article.text)

    def extraction(self) -> Extraction:
        return self._value(self.x)

    def _span(self, span: Span) -> Span:
        start, end = self.rewritten.offset(span.start), self.rewritten.offset(span.end, end=True)
        if self.x.article.text[span.start : span.end] == span.text:
            return Span(start, end, self.rewritten.text[start:end])
        return Span(start, end, self.names.string(span.text))

    def _value(self, value):
        if isinstance(value, Span):
            return self._span(value)
        if isinstance(value, str):
            return self.names.string(value)
        if isinstance(value, tuple):
            return tuple(self._value(item) for item in value)
        if isinstance(value, Article):
            return self._article(value)
        if isinstance(value, Entity) and value.key in self.names.keys:
            return replace(value, key=self.names.keys[value.key], label=self.names.labels[value.key], aliases=(),
                           ref=None, wikidata=None, mentions=self._value(value.mentions))
        if is_dataclass(value) and not isinstance(value, type):
            changed = {field.name: self._value(getattr(value, field.name)) for field in fields(value)}
            if isinstance(value, Event) and value.verb is not None:
                changed["verb"] = self.rewritten.offset(value.verb)
            return replace(value, **changed)
        return value

    def _article(self, article: Article) -> Article:
        offsets = ("text", "body_start", "paragraphs", "sections", "citations")
        changed = {field.name: self._value(getattr(article, field.name)) for field in fields(article)
                   if field.name not in offsets}
        move = self.rewritten.offset
        # a UN document's sections and citations are offsets into the text too
        sections = tuple(replace(section, start=move(section.start), end=move(section.end, end=True),
                                 heading_end=move(section.heading_end, end=True), title=self.names.string(section.title))
                         for section in article.sections)
        citations = tuple(replace(citation, start=move(citation.start), end=move(citation.end, end=True))
                          for citation in article.citations)
        return replace(article, **changed, text=self.rewritten.text, body_start=move(article.body_start),
                       paragraphs=tuple((move(start), move(end, end=True), number) for start, end, number in article.paragraphs),
                       sections=sections, citations=citations)


def private_in_graph(graph) -> dict:
    """The private persons of a graph already built, by IRI, with their keys: ``rg:Person``s
    with no ``rg:holdsPost``, ``rg:affiliatedWith``, report they wrote or ``owl:sameAs``
    (as ``public_persons`` decides for an article; pseudonyms already made are left)."""
    from rdflib import OWL, RDF

    from rightsgraph.ontology import ID, RG

    folder = f"{ID}person/"
    private = {}
    for person in sorted(set(graph.subjects(RDF.type, RG.Person))):
        local = str(person)[len(folder):] if str(person).startswith(folder) else None
        if local is None or local.startswith("private-"):
            continue
        roles = ((person, RG.holdsPost, None), (person, RG.affiliatedWith, None), (None, RG.author, person),
                 (person, OWL.sameAs, None))
        if any(role in graph for role in roles):
            continue
        private[person] = f"person:{local}"
    return private


def pseudonymise_graph(graph, salt: bytes):
    """A graph already built (``export --pseudonymise``) with its private persons as a build
    with ``--pseudonymise`` writes them: their IRIs, labels, the names in every text, the
    articles' texts with their offsets, and the IRIs minted from any of these (articles,
    sentences, mentions, statements, annotations). The graph itself is not changed."""
    private = private_in_graph(graph)
    if not private:
        return graph
    return _GraphRewriter(graph, private, salt).graph()


class _GraphRewriter:
    """A graph rewritten: the private persons' names found from their labels and mentions,
    each article's text rewritten, then every IRI and literal made again from those."""

    def __init__(self, graph, private: dict, salt: bytes):
        from rdflib import RDF, RDFS
        from rdflib.namespace import SKOS

        from rightsgraph.graph.ids import article_iri
        from rightsgraph.graph.prefixes import OA, SCHEMA
        from rightsgraph.graph.triples import ORGANIZATION_CLASSES, OTHER_CLASSES
        from rightsgraph.ontology import ID, RG

        self.source, self.private, self.id = graph, private, str(ID)
        labels = (RDFS.label, SKOS.prefLabel, SKOS.altLabel)
        names = {key: {str(name) for predicate in labels for name in graph.objects(person, predicate)}
                 for person, key in private.items()}
        for annotation, person in graph.subject_objects(OA.hasBody):
            if person in private:
                words = {word for name in names[private[person]] for word in _words(name)}
                for mention in graph.objects(annotation, OA.hasTarget):
                    for selector in graph.objects(mention, OA.hasSelector):
                        names[private[person]] |= {str(exact) for exact in graph.objects(selector, OA.exact)
                                                   if words & set(_words(str(exact)))}
        kinds = {*ORGANIZATION_CLASSES.values(), *OTHER_CLASSES.values(), RG.Person, RG.Country, RG.Place}
        public = [str(name) for thing, kind in graph.subject_objects(RDF.type) if kind in kinds and thing not in private
                  for predicate in labels for name in graph.objects(thing, predicate)]
        self.names = Pseudonyms(names, public, salt)
        self.old_texts, self.texts, self.articles = {}, {}, {}  # by the old article IRI: its text, rewritten, its new IRI
        for article in graph.subjects(RDF.type, RG.Article):
            text = graph.value(article, SCHEMA.text)
            self.old_texts[str(article)] = str(text) if text is not None else ""
            self.texts[str(article)] = rewritten = self.names.text(self.old_texts[str(article)])
            title = self.names.string(str(graph.value(article, RG.title) or ""))
            self.articles[str(article)] = str(article_iri(Article(text=rewritten.text, title=title, name="")))
        self.text_of, self.exact, self.quote, self.start, self.end = SCHEMA.text, OA.exact, RG.quote, OA.start, OA.end
        self.body, self.statement = OA.hasBody, RDF.Statement
        self.labels = (RDFS.label, SKOS.prefLabel)
        self.alt_label = SKOS.altLabel
        self.reified = (RDF.subject, RDF.predicate, RDF.object)
        self._minted = re.compile(re.escape(self.id) + r"[^\s\"<>]+")

    def graph(self):
        from rdflib import RDF

        from rightsgraph.graph.prefixes import new_graph

        iris: dict = {}
        for term in {term for triple in self.source for term in triple if isinstance(term, URIRef)}:
            iris[term] = self._iri(term)
        # IRIs that are hashes of others: made again from the new ones, as the build makes them
        for statement in self.source.subjects(RDF.type, self.statement):
            parts = [iris.get(part, part) for predicate in self.reified for part in self.source.objects(statement, predicate)]
            if len(parts) == 3 and str(statement).startswith(f"{self.id}statement/"):
                iris[statement] = statement_iri(*parts)
        for annotation, body in self.source.subject_objects(self.body):
            found = _ANNOTATION.fullmatch(str(iris[annotation]))
            if found:
                iris[annotation] = annotation_iri(URIRef(found[1]), Span(int(found[2]), int(found[3]), ""), iris.get(body, body))
        result = new_graph()
        for prefix, namespace in self.source.namespaces():
            result.bind(prefix, namespace, override=True, replace=True)
        for subject, predicate, obj in self.source:
            if subject in self.private and predicate == self.alt_label:
                continue
            if subject in self.private and predicate in self.labels:
                obj = Literal(self.names.labels[self.private[subject]], lang="en")
            result.add((iris.get(subject, subject), predicate, iris[obj] if obj in iris else self._literal(subject, predicate, obj)))
        return result

    def _iri(self, iri):
        text = str(iri)
        if iri in self.private:
            return URIRef(f"{self.id}person/{self.names.keys[self.private[iri]].split(':', 1)[1]}")
        if not text.startswith(self.id):
            return iri
        head = text.split("#", 1)[0].split("/report/", 1)[0]
        if head in self.articles:
            rest, move = text[len(head):], self.texts[head].offset
            spans = _SPAN_FRAGMENT.fullmatch(rest)
            if spans:
                rest = f"{spans[1]}{move(int(spans[2]))}{spans[3]}{move(int(spans[4]), end=True)}{spans[5]}"
            return URIRef(self.articles[head] + self.names.slug(rest))
        return URIRef(self.id + self.names.slug(text[len(self.id):]))

    def _literal(self, subject, predicate, obj):
        from rightsgraph.graph.triples import finding_label

        if not isinstance(obj, Literal):
            return obj
        head = str(subject).split("#", 1)[0]
        found = _SPAN_FRAGMENT.fullmatch(str(subject)[len(head):]) if head in self.texts else None
        if predicate == self.text_of and str(subject) in self.texts:
            return Literal(self.texts[str(subject)].text, lang=obj.language, datatype=obj.datatype)
        if found and predicate in (self.start, self.end):
            return Literal(self.texts[head].offset(int(obj), end=predicate == self.end), datatype=obj.datatype)
        if found and (predicate in (self.exact, self.quote) or found[1] == "#finding-" and predicate in self.labels):
            # the words at the span, cut from the new text as a build with --pseudonymise cuts them
            old, rewritten = self.old_texts[head][int(found[2]) : int(found[4])], self.texts[head]
            start, end = rewritten.offset(int(found[2])), rewritten.offset(int(found[4]), end=True)
            cut = (lambda words: words) if predicate in (self.exact, self.quote) else finding_label
            if cut(old) == str(obj):
                return Literal(cut(rewritten.text[start:end]), lang=obj.language, datatype=obj.datatype)
        if obj.datatype is not None and str(obj.datatype) not in _TEXT_TYPES:
            return obj  # numbers, dates
        changed = self._minted.sub(lambda match: str(self._iri(URIRef(match[0]))), str(obj))  # "graph of <article>"
        changed = self.names.string(changed)
        return obj if changed == str(obj) else Literal(changed, lang=obj.language, datatype=obj.datatype)


#: The fragments of things minted from a span of the article: "#char=10,20", "#mention-10-20",
#: "#annotation-10-20-<digest>" …
_SPAN_FRAGMENT = re.compile(r"(#char=|#[a-z]+-)(\d+)([,-])(\d+)((?:-[0-9a-f]{8})?)")
_ANNOTATION = re.compile(r"(.+)#annotation-(\d+)-(\d+)-[0-9a-f]{8}")
#: The literals whose words may name someone: strings, and URLs ("…/dario-pellucci-detained").
_TEXT_TYPES = {"http://www.w3.org/2001/XMLSchema#string", "http://www.w3.org/2001/XMLSchema#anyURI"}


def _one(labels: set[str]) -> str:
    """The pseudonym a name stands for, or WITHHELD when it may stand for several."""
    return next(iter(labels)) if len(labels) == 1 else WITHHELD


def _words(name: str) -> list[str]:
    """A name's words, without the quotes and the possessive around them."""
    words = [word.strip(".,;:\"'“”‘’()[]") for word in name.split()]
    words = [re.sub(r"['’]s$", "", word) for word in words]
    return [word for word in words if word]


def _pattern(forms: set[str], word: str) -> re.Pattern:
    """The forms as one pattern, longest first, each whole (not within a longer word), any
    run of spaces or line breaks matching the spaces between its words."""
    if not forms:
        return re.compile(r"(?!)")
    alternatives = (r"\s+".join(map(re.escape, form.split())) for form in sorted(forms, key=lambda form: (-len(form), form)))
    return re.compile(rf"(?<!{word})(?:{'|'.join(alternatives)})(?!{word})")
