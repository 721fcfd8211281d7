"""A text whose headline names what it is: "Statement of the Foreign Ministry regarding …",
"End of Mission Statement by the Special Rapporteur …", "Press briefing note on Turkey",
"BRIEFING NOTES: Cambodia".

Releases, statements and briefing notes are published under their own title, and copied as
such by other sites. When the headline opens with a document's name (a document noun the
domain data knows, with only the words a document's name is made of before it) and the noun
is followed by "by", "of", "on", "regarding" or a colon, the text is that
document: a report record titled by the headline, dated by the text's own date, written by
whoever the headline says it is by or of, else by the people the short lines under the
headline name ("Spokesperson for the High Commissioner: Ana Ruiz"), else by the body that
speaks as "we", else by the organisation that opens the body as its subject ("The Government
of X welcomes the report …"). A headline about a document ("UN report criticises …") is no
document's own title.
"""

from __future__ import annotations

import re

from rightsgraph.builders.gazetteer import Gazetteer
from rightsgraph.builders.index import EntityIndex
from rightsgraph.builders.names import slug
from rightsgraph.builders.nlp import text_of
from rightsgraph.builders.records import Article, Mention, PostHolding, Report, Span

#: A headline's words: letters, digits, apostrophes and hyphens, or a colon or a dash on its own.
_WORDS = re.compile(r"[\w'’]+(?:-[\w'’]+)*|:|[–—]|(?<=\s)-(?=\s)")
#: What may follow the document's noun in its own title ("End-of-Mission Statement – Visit to X").
_AFTER = ("by", "of", "from", "on", "regarding", "concerning", "about", "to", "at", ":", "–", "—", "-")
#: Where the stretch naming who wrote it ends ("by the Special Rapporteur, Ana Ruiz on her visit").
_AUTHOR_END = re.compile(r"\s(?:on|regarding|concerning|about|to|at)\s", re.IGNORECASE)
#: A finite verb's tags: a headline with one says something about a document.
_FINITE = ("VBZ", "VBD", "VBP")
#: How many lines under the headline may name its author before the body begins.
_OPENING_LINES = 6
#: The longest line that is a field under the headline rather than a paragraph.
_FIELD_LINE = 120


def headline_document(doc, article: Article, index: EntityIndex, posts: list[PostHolding], gazetteer: Gazetteer,
                      reports: list[Report]) -> Report | None:
    """The document the text is, when its headline names one and no report found has its title."""
    title = article.title.strip()
    kind = _document_kind(title, gazetteer)
    if kind is None or any(report.title == title for report in reports):
        return None
    start = article.text.find(title)
    if start < 0:
        return None
    span = Span(start, start + len(title), title)
    headline = doc.char_span(span.start, span.end, alignment_mode="expand")
    if headline is None or any(token.pos_ == "VERB" and token.tag_ in _FINITE for token in headline):
        return None  # "Statement by rights groups condemns the arrests": a headline about a statement
    authors = _authors(article, index, span, doc, posts)
    about = index.main_country()
    return Report(
        key=f"report:{slug(title)}", kind=kind, mentions=(Mention(span, index.sentence_of(start)),), title=title,
        authors=tuple(authors), date=article.date, about=(about,) if about else (),
    )


def _document_kind(title: str, gazetteer: Gazetteer) -> str | None:
    """The kind of document a headline opens by naming, if it does."""
    words = [word.lower() for word in _WORDS.findall(title)]
    leading = gazetteer.words("headline_document_words") | gazetteer.words("report_modifiers")
    kinds = {form.split()[-1]: kind for kind, forms in gazetteer.lexicon_dict("document_kinds").items() for form in forms}
    kinds.update({noun.split()[-1]: "report" for noun in gazetteer.words("report_nouns")})
    kinds.update({noun.split()[-1]: "submission" for noun in gazetteer.words("submission_nouns")})
    for position, word in enumerate(words[:6]):
        noun = word if word in kinds else word[:-1] if word.endswith("s") and word[:-1] in kinds else None
        if noun is not None and position + 1 < len(words) and words[position + 1] in _AFTER:
            return kinds[noun]
        if word not in leading and not all(part in leading for part in word.split("-")):
            return None  # "End-of-Mission Statement": a hyphened name of words a name is made of
    return None


def _authors(article: Article, index: EntityIndex, headline: Span, doc, posts: list[PostHolding]) -> list[str]:
    by = re.search(r"\s(?:by|of|from)\s", headline.text)
    if by and not _AUTHOR_END.search(headline.text[: by.start() + 1]):
        named, position = [], headline.start + by.end()
        for start, end, key in index.within(position, headline.end):
            if _AUTHOR_END.search(_outside(article.text, position - 1, start + 1, posts)):
                break  # "… Lena Varga, on her visit to Malawi": what follows is not who wrote it
            if index.entities[key].kind in ("person", "organization") and key not in named:
                named.append(key)
            position = max(position, end)
        if named:
            return named
    fields = _field_lines(article)
    people = [key for start, end in fields for _s, _e, key in index.within(start, end) if index.entities[key].kind == "person"]
    if people:
        return list(dict.fromkeys(people))
    if index.voice:
        return [index.voice]
    return _opening_subject(doc, article, index)


def _outside(text: str, start: int, end: int, posts: list[PostHolding]) -> str:
    """The text from start to end with the posts named in it blanked: "the Special Rapporteur
    on the right to food" says who, its "on" does not end the stretch."""
    chars = list(text[start:end])
    for holding in posts:
        for offset in range(max(start, holding.span.start), min(end, holding.span.end)):
            chars[offset - start] = "_"
    return "".join(chars)


def _field_lines(article: Article) -> list[tuple[int, int]]:
    """The short lines between the headline and the body's first paragraph."""
    lines, position, seen = [], 0, 0
    for line in article.text.splitlines(keepends=True):
        text = line.strip()
        if text:
            seen += 1
            if seen > 1 and (len(text) > _FIELD_LINE or text.endswith((".", "”", '"'))):
                break
            if seen > _OPENING_LINES:
                break
            if seen > 1:
                lines.append((position, position + len(line)))
        position += len(line)
    return lines


def _opening_subject(doc, article: Article, index: EntityIndex) -> list[str]:
    """The organisation the body's first sentence has as the subject of its main verb."""
    for sentence in doc.sents:
        if sentence.start_char < article.body_start or not sentence.text.strip().endswith("."):
            continue
        root = sentence.root
        for child in root.children:
            if child.dep_ == "nsubj":
                key = index.at(child.idx, child.idx + len(child.text))
                if key and index.entities[key].kind == "organization":
                    return [key]
                return []
        # "Given the plight of migrants, the UN Human Rights Office is today reiterating its
        # call": the parser found no subject; the name right before the verb's auxiliaries is it
        first = min([child for child in root.lefts if child.dep_ in ("aux", "auxpass", "advmod", "npadvmod")] + [root],
                    key=lambda token: token.i)
        before = [key for start, end, key in index.within(sentence.start_char, first.idx)
                  if not text_of(doc)[end : first.idx].strip()]
        return before[-1:] if before and index.entities[before[-1]].kind == "organization" else []
    return []


__all__ = ["headline_document"]
