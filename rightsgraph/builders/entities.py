"""Find the persons, organisations and places an article names, and resolve their mentions.

Three sources of candidates, strongest first:

1. patterns that know the genre (``patterns``): a government named by its people or country
   ("the North Korean government", "the government of Syria", "Pyongyang rejected"), a UN
   mechanism named by its kind and country ("Commission of Inquiry on ... Syria"), "the city
   of Korla", a dateline naming the publisher; and acronyms introduced in parentheses
   (``acronyms``);
2. names the domain data knows, with their aliases (``known_names``);
3. the statistical NER model (``model_spans``, typed by ``name_kinds``) and capitalisation
   (``title_case``), for the people and organisations no list knows, cleaned of what they get
   wrong in this genre (titles of reports, post titles, link labels: ``candidate_filters``).

Mentions are then resolved (``resolution``, ``merging``) into the ``EntityIndex`` (``index``):
"Lindqvist", "High Commissioner Lindqvist" and "Anna Lindqvist" are one person; "the Office"
after OHCHR is OHCHR; "Nile Watch Initative" is a typo of "Nile Watch Initiative".
"""

from __future__ import annotations

import re

from rightsgraph.builders.acronyms import (acronym_mentions, defined_acronyms_first, extended_to_defined_names,
                                          without_term_acronyms)
from rightsgraph.builders.candidate_filters import (kinds_by_coordination, kinds_by_majority, longer_names_first,
                                                   names_by_coordination,
                                                   persons_counted_before, persons_of_bodies, without_sessions_of_bodies,
                                                   whole_hyphened_words, without_common_words, without_groups_inside_names,
                                                   places_by_shared_noun, without_generic_organisations,
                                                   without_hyphened_pairs, without_titles_as_persons)
from rightsgraph.builders.candidates import Candidate, inside_blocked, inside_masked
from rightsgraph.builders.gazetteer import Gazetteer
from rightsgraph.builders.index import EntityIndex
from rightsgraph.builders.known_names import KnownNames
from rightsgraph.builders.model_spans import ModelSpans
from rightsgraph.builders.name_kinds import NameKinds
from rightsgraph.builders.name_tables import NameTables
from rightsgraph.builders.nlp import text_of
from rightsgraph.builders.noise import english_words
from rightsgraph.builders.patterns import PatternFinder
from rightsgraph.builders.pieces import Carried
from rightsgraph.builders.records import Article, Span
from rightsgraph.builders.resolution import Resolver
from rightsgraph.builders.title_case import TitleCaseNames


class EntityFinder:
    """Finds and resolves entities in one parsed article."""

    def __init__(self, nlp, gazetteer: Gazetteer):
        self.nlp = nlp
        self.gazetteer = gazetteer
        tables = NameTables(gazetteer)
        self._known = KnownNames(nlp, gazetteer, tables)
        self._patterns = PatternFinder(gazetteer, tables)
        kinds = NameKinds(gazetteer, tables, self._known.groups.words, english_words(nlp, ("noun",)))
        self._model = ModelSpans(gazetteer, tables, kinds)
        self._title_case = TitleCaseNames(gazetteer, tables, kinds)
        self._resolver = Resolver(gazetteer, tables)
        self._post_words = frozenset(head.lower() for head in gazetteer.post_heads if " " not in head)
        # the words of titles and of bodies' names, which alone name no person
        self._title_words = frozenset(word.lower() for phrase in (*gazetteer.post_heads, *gazetteer.post_modifiers,
                                                                  *gazetteer.words("organization_heads"), "vice", "in", "of")
                                      for word in re.split(r"[\s\-]+", phrase))

    def candidates(self, doc, article: Article, blocked: list[tuple[int, int, bool]]) -> list[Candidate]:
        """Every candidate mention; ``blocked`` are (start, end, keep_places) stretches such as
        titles and post names, inside which the model's guesses are not trusted."""
        text = text_of(doc)
        # the order matters: of two equally strong candidates, resolution keeps the one found first
        found: list[Candidate] = []
        found += self._patterns.governments(doc)
        found += self._patterns.mechanisms(text)
        found += self._known.find(doc)
        found += self._patterns.places(text)
        found += self._patterns.dateline(text, article) + self._patterns.dateline_places(text, article) \
            + self._patterns.byline_publishers(text)
        found += self._model.find(doc, blocked)
        found += self._title_case.organizations(doc, blocked)
        found += self._title_case.after_posts(doc, blocked)
        found += acronym_mentions(text)
        # a law's words inside a document's title are the title's ("A Land Without Law"); a
        # treaty the data knows stays, since a title may name the treaty it concerns
        found += [candidate for candidate in self._known.groups_and_instruments(doc)
                  if not (candidate.source == "instrument-words" and inside_blocked(candidate.start, candidate.end, blocked))]
        found += self._known.organs(doc)
        found += self._patterns.listings(text) + self._patterns.bracketed_names(text) + self._patterns.rebels(text)
        found += self._title_case.unseen_persons(doc, found)
        found = [candidate for candidate in found if not inside_masked(candidate, article.masked)]
        found = defined_acronyms_first(found, text, self.gazetteer.entities)
        found = whole_hyphened_words(extended_to_defined_names(found, text, self.gazetteer.words("organization_heads")), text)
        found = without_term_acronyms(without_hyphened_pairs(found, text, self._model.tables.countries), text)
        found = longer_names_first(without_groups_inside_names(persons_of_bodies(without_sessions_of_bodies(found, text), text)),
                                   text)
        found = kinds_by_majority(kinds_by_coordination(doc, found, self._model.kinds.context.person), text)
        found = names_by_coordination(doc, found, self.gazetteer.words("not_names"), english_words(self.nlp))
        found = persons_counted_before(doc, found, self.gazetteer.words("person_nouns") | self.gazetteer.words("person_role_nouns"))
        found = without_titles_as_persons(found, text, self._title_words)
        found = without_generic_organisations(found, text, self.gazetteer.words("organization_heads"), self._post_words)
        found = places_by_shared_noun(found, text, self._model.tables.place_nouns)
        return without_common_words(self.nlp, doc, article, found)

    def resolve(self, doc, candidates: list[Candidate], sentences: list[Span], article: Article,
                carried: Carried | None = None) -> EntityIndex:
        """The candidates clustered into entities, and their mentions in text order (``carried``:
        what earlier pieces of a long document named)."""
        return self._resolver.resolve(doc, candidates, sentences, article, carried)


__all__ = ["EntityFinder", "EntityIndex", "Candidate"]
