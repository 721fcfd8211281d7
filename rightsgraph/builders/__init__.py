"""Builders: article text in, plain records out. Nothing here knows about RDF.

`extract` runs the steps in order: parse, titles, post names, entities, posts held,
reports, violations, events, findings, the actions of every clause. Each step reads what the earlier ones found and adds its own records.
"""

from __future__ import annotations

from functools import lru_cache

from rightsgraph.builders.actions import find_actions
from rightsgraph.builders.affiliations import find_affiliations
from rightsgraph.builders.article import ArticleError, article_from_path, article_from_text, masked_text
from rightsgraph.builders.bases import find_bases
from rightsgraph.builders.clauses import ClauseReader
from rightsgraph.builders.containment import find_containments
from rightsgraph.builders.dates import dates_in
from rightsgraph.builders.entities import EntityFinder
from rightsgraph.builders.events import find_events
from rightsgraph.builders.findings import find_findings
from rightsgraph.builders.gazetteer import Gazetteer, load_gazetteer, load_verb_classes
from rightsgraph.builders.genders import infer_genders
from rightsgraph.builders.headline_documents import headline_document
from rightsgraph.builders.leaders import join_led_governments, possessive_leaderships
from rightsgraph.builders.memberships import find_memberships
from rightsgraph.builders.named_organs import join_named_organs
from rightsgraph.builders.nlp import load_nlp, model_of
from rightsgraph.builders.placed_names import retype_placed_persons
from rightsgraph.builders.posts import find_post_phrases, link_posts
from rightsgraph.builders.pieces import Carried
from rightsgraph.builders.recommendations import find_recommendations
from rightsgraph.builders.records import Article, Extraction, Span
from rightsgraph.builders.reports import find_reports
from rightsgraph.builders.listed_titles import listed_under_titles
from rightsgraph.builders.roles import find_roles
from rightsgraph.builders.titles import find_titles
from rightsgraph.builders.violations import find_violations
from rightsgraph.builders.voice import speaking_body
from rightsgraph.builders.nlp import forget_tokens, text_of
from rightsgraph import progress
from rightsgraph.ontology import load_violation_labels

__all__ = ["extract", "extract_many", "Article", "ArticleError", "Extraction", "article_from_path", "article_from_text"]


@lru_cache(maxsize=4)
def _finder(nlp, gazetteer: Gazetteer) -> EntityFinder:
    return EntityFinder(nlp, gazetteer)


@lru_cache(maxsize=4)
def _titled_nouns(gazetteer: Gazetteer) -> frozenset[str]:
    """The nouns a title may follow: the report nouns, and each other kind of document's noun
    of one word ("letter", "statement", "resolution", "petition"; not the "release" of "press
    release", which is a verb as often)."""
    kinds = gazetteer.lexicon_dict("document_kinds")
    return gazetteer.words("document_nouns") | {form for forms in kinds.values() for form in forms if " " not in form}


def extract(article: Article, nlp=None, gazetteer: Gazetteer | None = None, doc=None,
            carried: Carried | None = None) -> Extraction:
    """Find everything the article says that rightsgraph models, as plain records.

    ``doc`` is the article's masked text already parsed (``extract_many`` parses in batches).
    ``carried`` is what earlier pieces of a long document named (``extract_pieces``); it
    learns what this one names.
    """
    nlp = nlp or load_nlp()
    gazetteer = gazetteer or load_gazetteer()
    doc = doc if doc is not None else parse(nlp, masked_text(article))
    try:
        return _extract(article, nlp, gazetteer, doc, carried)
    finally:
        forget_tokens(doc)


def _extract(article: Article, nlp, gazetteer: Gazetteer, doc, carried: Carried | None = None) -> Extraction:
    sentences = _sentences(doc, article)
    masked = [(span.start, span.end) for span in article.masked]

    titles = find_titles(doc, _titled_nouns(gazetteer), masked, gazetteer.words("publication_verbs"))
    phrases = find_post_phrases(doc, gazetteer)
    blocked = [(title.span.start, title.span.end, True) for title in titles]
    blocked += [(phrase.span.start, phrase.span.end, False) for phrase in phrases]

    finder = _finder(nlp, gazetteer)
    index = finder.resolve(doc, finder.candidates(doc, article, blocked), sentences, article, carried)
    index.voice = speaking_body(text_of(doc), article, index)
    posts = link_posts(doc, phrases, index, gazetteer, carried.holdings if carried else ())
    posts += find_roles(doc, index, posts, gazetteer.words("settlement_nouns") | gazetteer.words("place_nouns")
                        | _titled_nouns(gazetteer))
    posts += listed_under_titles(doc, index, posts, gazetteer.post_heads, gazetteer.mandate_heads)
    join_led_governments(index, posts, gazetteer)
    join_named_organs(index, gazetteer)
    infer_genders(doc, index, gazetteer.words("speech_verbs"))
    retype_placed_persons(doc, index, posts)
    reports = find_reports(doc, article, titles, index, posts, gazetteer)
    own = headline_document(doc, article, index, posts, gazetteer, reports) if article.document is None else None
    reports += [own] if own is not None else []
    index.author = next((key for key in own.authors if index.entities[key].kind == "person"), None) if own else None
    if own is not None and index.voice is None:
        # briefing notes or a statement by a body: "we" is the body whose document the text is
        index.voice = next((key for key in own.authors if index.entities[key].kind == "organization"), None)
    violations = find_violations(doc, nlp, index, reports, load_violation_labels(), gazetteer.words("speech_verbs"),
                                 gazetteer.words("violation_settings"), gazetteer.words("negating_verbs"),
                                 tuple(holding.span for holding in posts), gazetteer.words("guarding_verbs"),
                                 gazetteer.words("holding_verbs"), (gazetteer.words("arrest_words"), gazetteer.words("dissent_nouns")))
    reader = ClauseReader(doc, index, reports, list(dates_in(text_of(doc), article.date)), [title.span for title in titles],
                          gazetteer.words("event_nouns"), gazetteer.words("speech_verbs") | gazetteer.words("quoting_verbs"))
    events = find_events(doc, index, reports, reader, gazetteer)
    findings = find_recommendations(article, sentences, index, find_findings(doc, index, reports, violations, reader, gazetteer),
                                    gazetteer)
    actions = find_actions(doc, index, reader, events, load_verb_classes(), gazetteer.words("speech_verbs"),
                           gazetteer.words("speech_nouns"), gazetteer.words("collective_nouns"),
                           gazetteer.words("unrest_nouns"), gazetteer.words("dated_happening_nouns"),
                           gazetteer.words("support_verbs")) + possessive_leaderships(doc, index)
    if carried is not None:
        carried.learn(index, posts)
    entities = sorted(index.entities.values(), key=lambda entity: entity.key)
    elsewhere = set(index.carried)  # named in earlier pieces only: referred to here, described there
    return Extraction(
        article=article,
        sentences=tuple(sentences),
        entities=tuple(entity for entity in entities if entity.mentions or entity.key not in elsewhere),
        carried=tuple(entity for entity in entities if not entity.mentions and entity.key in elsewhere),
        posts=tuple(posts),
        reports=tuple(reports),
        violations=tuple(violations),
        events=tuple(events),
        findings=tuple(findings),
        actions=tuple(actions),
        containments=tuple(find_containments(doc, index, gazetteer.words("settlement_nouns"))),
        affiliations=tuple(find_affiliations(doc, index, posts, gazetteer.country_by_demonym())),
        memberships=tuple(find_memberships(doc, index)),
        bases=tuple(find_bases(doc, index)),
        model=model_of(nlp),
    )


def extract_many(articles, nlp=None, gazetteer: Gazetteer | None = None, batch_size: int = 32):
    """Extract from many articles, the model running over them in batches (``nlp.pipe``).

    Yields one extraction per article, in order. Long articles are parsed in pieces on their
    own; the rest share batches.
    """
    nlp = nlp or load_nlp()
    gazetteer = gazetteer or load_gazetteer()
    articles = list(articles)
    texts = [masked_text(article) for article in articles]
    short = [text for text in texts if len(text) <= CHUNK_CHARS]
    parsed = iter(nlp.pipe(short, batch_size=batch_size))
    for article, text in zip(articles, texts):
        progress.document_started(progress.paragraphs_of(text))
        doc = next(parsed) if len(text) <= CHUNK_CHARS else parse(nlp, text)
        yield extract(article, nlp, gazetteer, doc=doc)


#: Texts longer than this go through the model in pieces (a 300-page report does not fit in
#: one spaCy call, and one call would hold all its intermediate arrays at once).
CHUNK_CHARS = 100_000

#: Texts longer than this stream: a build reads them piece by piece (``extract_pieces``), the
#: model a few pieces ahead of the builders where a second processor can run it. Articles of
#: the genre stay under it; a report of ten pages is over it, and its builders then overlap
#: the model instead of following it (docs/performance.md).
STREAM_CHARS = 40_000

#: The most characters of a long document one piece holds (about 3,500 words): each piece is
#: read, resolved and written like an article, so the time of its builders does not grow
#: with the document.
PIECE_CHARS = 20_000


def is_long(article: Article) -> bool:
    """Whether the article is read piece by piece (``extract_pieces``) in a corpus build."""
    return len(article.text) > STREAM_CHARS


def extract_pieces(article: Article, nlp=None, gazetteer: Gazetteer | None = None, piece_chars: int | None = None,
                   batch_size: int = 4, ahead: bool | None = None):
    """The extractions of a long document's pieces, one after another, each in the offsets of
    the whole ``article`` and with its IRIs: paragraph-aligned pieces of at most
    ``piece_chars`` characters (``PIECE_CHARS``) go through the model ``batch_size`` at a
    time and through the builders in order, each piece's resolution seeded with what the
    pieces before it named (``pieces.Carried``). With ``ahead`` (by default, where it can
    pay: ``model_ahead.second_process_pays``) the model runs in a process of its own, one
    piece at a time and a few pieces ahead of the builders. Only the pieces in the model's
    batch, or those run ahead, are held at once."""
    from rightsgraph.builders.model_ahead import docs_ahead, second_process_pays
    from rightsgraph.builders.pieces import piece_article, piece_bounds, shifted

    nlp = nlp or load_nlp()
    gazetteer = gazetteer or load_gazetteer()
    text = masked_text(article)
    bounds = piece_bounds(text, piece_chars or PIECE_CHARS)
    progress.document_started(progress.paragraphs_of(text))
    del text
    carried = Carried()
    texts = (masked_text(piece_article(article, start, end)) for start, end in bounds)
    run_ahead = second_process_pays() if ahead is None else ahead
    docs = docs_ahead(nlp, texts) if run_ahead else nlp.pipe(texts, batch_size=batch_size)
    for (start, end), doc in zip(bounds, docs):
        progress.paragraphs_read(progress.paragraphs_of(doc.text))
        yield shifted(extract(piece_article(article, start, end), nlp, gazetteer, doc=doc, carried=carried), article, start)


def parse(nlp, text: str, chunk_chars: int | None = None):
    """One spaCy Doc for the text, parsed in paragraph-aligned pieces when it is long.

    The pieces are joined with ``Doc.from_docs`` without added whitespace, so the Doc's text
    is the input text and every offset stays true.
    """
    from spacy.tokens import Doc

    limit = chunk_chars or CHUNK_CHARS
    if len(text) <= limit:
        return nlp(text)
    docs = []
    for doc in nlp.pipe(_pieces(text, limit)):
        docs.append(doc)
        progress.paragraphs_read(progress.paragraphs_of(doc.text))  # a piece ends after a paragraph's break
    return Doc.from_docs(docs, ensure_whitespace=False)


def _pieces(text: str, limit: int) -> list[str]:
    from rightsgraph.builders.pieces import piece_bounds

    return [text[start:end] for start, end in piece_bounds(text, limit)]


def _sentences(doc, article: Article) -> list[Span]:
    """Sentence spans over the original text, trimmed of white space and of masked stretches
    (an image credit after the last sentence is not part of it)."""
    spans = []
    for sentence in doc.sents:
        start, end = sentence.start_char, sentence.end_char
        seen = text_of(doc)[start:end]  # the masked text: credits and labels are blanks here
        if not seen.strip():
            continue
        start += len(seen) - len(seen.lstrip())
        end = start + len(seen.strip())
        spans.append(Span(start, end, article.text[start:end]))
    return spans
