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

A person's decision is the article's: one who holds a post in one article and is only
named in another is kept in the first and pseudonymised in the second. The words around
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

from rightsgraph.builders.records import Article, Entity, Event, Extraction, Span

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


def public_persons(extraction: Extraction) -> set[str]:
    """The keys of the persons the article gives a public role (see the module's docstring)."""
    public = {holding.person for holding in extraction.posts}
    public |= {affiliation.person for affiliation in extraction.affiliations if affiliation.kind == "organization"}
    public |= {author for report in extraction.reports for author in report.authors}
    public |= {entity.key for entity in extraction.entities if entity.ref or entity.wikidata}
    return public


def private_persons(extraction: Extraction) -> list[Entity]:
    """The persons of the article with no public role, in key order."""
    public = public_persons(extraction)
    return sorted((entity for entity in extraction.entities if entity.kind == "person" and entity.key not in public),
                  key=lambda entity: entity.key)


def pseudonymise(extraction: Extraction, salt: bytes) -> Extraction:
    """The extraction with every private person under their pseudonym, in every text, span,
    label and key; unchanged when it names none."""
    private = private_persons(extraction)
    if not private:
        return extraction
    return _Rewriter(extraction, private, salt).extraction()


class _Rewriter:
    def __init__(self, extraction: Extraction, private: list[Entity], salt: bytes):
        from rightsgraph.builders.gazetteer import load_gazetteer
        from rightsgraph.builders.names import slug

        self.x = extraction
        honorifics = set(load_gazetteer().honorifics)
        codes = {entity.key: pseudonym_code(entity.key, salt) for entity in private}
        self.keys = {key: f"person:private-{code}" for key, code in codes.items()}
        self.labels = {key: f"Private person {code}" for key, code in codes.items()}
        keys = set(codes)
        public_words = {word.casefold() for entity in extraction.entities if entity.key not in keys
                        for name in (entity.label, *entity.aliases) for word in _words(name)}
        public_names = {" ".join(_words(name)).casefold() for entity in extraction.entities if entity.key not in keys
                        for name in (entity.label, *entity.aliases)}
        names: dict[str, set[str]] = {}  # a full name as written: the pseudonyms it may stand for
        parts: dict[str, set[str]] = {}  # a name part alone: the same
        for entity in private:
            label = self.labels[entity.key]
            own = {entity.label, *entity.aliases}
            own_words = {word for name in own for word in _words(name)}
            own |= {mention.span.text for mention in entity.mentions if own_words & set(_words(mention.span.text))}
            for name in own:
                words = _words(name)
                if words and " ".join(words).casefold() not in public_names:
                    names.setdefault(" ".join(words), set()).add(label)
                for word in {part for word in words for part in (word, *word.split("-"))}:
                    if word not in honorifics and word.casefold() not in _PARTICLES | public_words and len(word) > 1:
                        parts.setdefault(word, set()).add(label)
        replacements = {name: _one(labels) for name, labels in names.items()}
        for word, labels in parts.items():
            replacements.setdefault(word, _one(labels))
        self.text_pattern = _pattern({form for name in replacements for form in (name, name.upper())}, r"\w")
        self.text_replacements = {**replacements, **{name.upper(): label for name, label in replacements.items()}}
        # keys and IRI segments are slugs: "person:dario-pellucci", "org:dario-pellucci-foundation"
        slugs = {slug(name): slug(label) for name, label in replacements.items() if slug(name) != "unnamed"}
        self.slug_pattern = _pattern(set(slugs), r"[a-z0-9]")
        self.slug_replacements = slugs
        self.text, self.moves = self._rewritten_text(extraction.article.text)

    def extraction(self) -> Extraction:
        return self._value(self.x)

    def _rewritten_text(self, text: str) -> tuple[str, list[tuple[int, int, int]]]:
        """The text with the names replaced, and each replacement's (start, end) in the old
        text with the shift of the offsets after it."""
        pieces, moves, at, shift = [], [], 0, 0
        for match in self.text_pattern.finditer(text):
            new = self._text_replacement(match)
            pieces += [text[at : match.start()], new]
            shift += len(new) - (match.end() - match.start())
            moves.append((match.start(), match.end(), shift))
            at = match.end()
        pieces.append(text[at:])
        return "".join(pieces), moves

    def _text_replacement(self, match: re.Match) -> str:
        return self.text_replacements[" ".join(match.group().split())]

    def _offset(self, offset: int, end: bool = False) -> int:
        """An offset into the old text as one into the new: within a replaced name, its
        start (for a span's start) or its end (for a span's end)."""
        at = bisect_right(self.moves, (offset, float("inf"), 0)) - 1
        if at >= 0 and self.moves[at][0] < offset < self.moves[at][1]:
            start, stop, shift = self.moves[at]
            return stop + shift if end else self._offset(start)
        if at >= 0 and self.moves[at][0] == offset:
            at -= 1
        return offset + (self.moves[at][2] if at >= 0 else 0)

    def _span(self, span: Span) -> Span:
        start, end = self._offset(span.start), self._offset(span.end, end=True)
        if self.x.article.text[span.start : span.end] == span.text:
            return Span(start, end, self.text[start:end])
        return Span(start, end, self._string(span.text))

    def _string(self, value: str) -> str:
        if value in self.keys:
            return self.keys[value]
        changed = self.text_pattern.sub(self._text_replacement, value)
        if not any(space in changed for space in " \n\t"):
            changed = self.slug_pattern.sub(lambda match: self.slug_replacements[match.group()], changed)
        return value if changed == value else changed

    def _value(self, value):
        if isinstance(value, Span):
            return self._span(value)
        if isinstance(value, str):
            return self._string(value)
        if isinstance(value, tuple):
            return tuple(self._value(item) for item in value)
        if isinstance(value, Article):
            return self._article(value)
        if isinstance(value, Entity) and value.key in self.keys:
            return replace(value, key=self.keys[value.key], label=self.labels[value.key], aliases=(), ref=None,
                           wikidata=None, mentions=self._value(value.mentions))
        if is_dataclass(value) and not isinstance(value, type):
            changed = {field.name: self._value(getattr(value, field.name)) for field in fields(value)}
            if isinstance(value, Event) and value.verb is not None:
                changed["verb"] = self._offset(value.verb)
            return replace(value, **changed)
        return value

    def _article(self, article: Article) -> Article:
        offsets = ("text", "body_start", "paragraphs")
        changed = {field.name: self._value(getattr(article, field.name)) for field in fields(article)
                   if field.name not in offsets}
        return replace(article, **changed, text=self.text, body_start=self._offset(article.body_start),
                       paragraphs=tuple((self._offset(start), self._offset(end, end=True), number)
                                        for start, end, number in article.paragraphs))


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
