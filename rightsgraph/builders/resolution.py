"""Resolution: the chosen candidates clustered into entities. "Lindqvist", "High Commissioner
Lindqvist" and "Anna Lindqvist" are one person; "the Office" after OHCHR is OHCHR; "Nile Watch
Initative" is a typo of "Nile Watch Initiative"; "the police" in an article about India is the
Police of India."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import cached_property

from rightsgraph.builders.anaphora import add_head_noun_mentions
from rightsgraph.builders.presences import add_field_presences
from rightsgraph.builders.acronyms import acronym_definitions, initials, is_acronym
from rightsgraph.builders.candidates import Candidate, Covered, choose
from rightsgraph.builders.gazetteer import Gazetteer, KnownEntity
from rightsgraph.builders.index import EntityIndex, sentence_index
from rightsgraph.builders.labels import NOT_ACTORS, EntityLabels
from rightsgraph.builders.merging import cluster_names, home_generic_experts, merge_cut_names, merge_other_names, merge_short_names
from rightsgraph.builders.name_search import FullNames, add_misspelt_names, name_keys_by_letter, whole_words
from rightsgraph.builders.name_tables import NameTables
from rightsgraph.builders.names import clean_surface, fold, is_typo_of, name_key, slug
from rightsgraph.builders.nlp import text_of
from rightsgraph.builders.records import Article, Span
from rightsgraph.builders.org_kinds import SPECIAL_PROCEDURES, UN_MECHANISMS, OrgKind
from rightsgraph.builders.pieces import Carried

_PLACE_KINDS = frozenset(("place", "country"))  # a name of one may be a typo of a name of the other


class Resolver:
    """Clusters the mentions of one article into entities."""

    def __init__(self, gazetteer: Gazetteer, tables: NameTables):
        self.gazetteer = gazetteer
        self.tables = tables
        self.labels = EntityLabels(gazetteer)

    def resolve(self, doc, candidates: list[Candidate], sentences: list[Span], article: Article,
                carried: Carried | None = None) -> EntityIndex:
        """The strongest candidates that do not overlap, clustered into entities.

        ``carried`` is what the pieces before this one of a long document named: its entities
        stand before the text, so that names, "the Commission" and pronouns here can be
        theirs, and it learns what this piece names."""
        chosen = self._completed_names(doc, choose(candidates))
        text = text_of(doc)
        acronyms = acronym_definitions(text)
        counts, first_seen = _country_counts(chosen)
        clusters: dict[str, dict] = {}
        mentions: list[tuple[int, int, str]] = []
        genders: dict[str, str] = {}
        persons: list[tuple[str, str]] = []  # (cluster key, name key) in text order
        organs_named: dict[str, tuple[str, str | None]] = {}  # each organ's state (and a mission's city) so far
        full_names: dict[str, str] = {}
        if carried is not None:
            acronyms = {**carried.acronyms, **acronyms}
            carried.learn_countries(counts, first_seen)
            counts, first_seen = carried.countries, carried.countries_seen
            clusters, seeded = carried.clusters(self.gazetteer.entities)
            mentions += seeded
            genders.update(carried.genders)
            persons += carried.persons
            organs_named.update(carried.organs)
            full_names.update(carried.full_names)
        dominant = _dominant_country(counts, first_seen)

        def add(key: str, candidate: Candidate, **info) -> None:
            cluster = clusters.setdefault(key, {"surfaces": [], "info": {}})
            cluster["surfaces"].append((candidate.start, candidate.end, text[candidate.start : candidate.end]))
            for name, value in info.items():
                if value is not None:
                    cluster["info"].setdefault(name, value)
            mentions.append((candidate.start, candidate.end, key))

        # Full names before short ones, so that "Lindqvist" can find "Anna Lindqvist".
        for candidate in chosen:
            if candidate.kind == "person":
                words = name_key(self.labels.strip_honorific(text[candidate.start : candidate.end])[0]).split()
                if len(words) >= 2:
                    full_names.setdefault(" ".join(words), slug(" ".join(words)))

        people = FullNames(full_names)
        for candidate in sorted(chosen, key=lambda item: item.start):
            surface = text[candidate.start : candidate.end]
            if candidate.kind in ("organization", "country", "place") and candidate.ref:
                candidate.ref = self._disambiguate(candidate, doc)
                entity = self.gazetteer.entities[candidate.ref]
                # a parent body the article does not name gets no node of its own: the graph
                # holds what the article names ("UN experts" does not name the Council)
                add(candidate.ref, candidate, known=entity)
            elif candidate.kind in NOT_ACTORS:
                add(f"{candidate.kind}:{candidate.ref}", candidate, kind=candidate.kind, label=candidate.label,
                    countries=candidate.countries or None)
            elif candidate.kind == "acronym":
                defined = name_key(acronyms.get(surface, ""))
                for key, cluster in clusters.items():
                    known = cluster["info"].get("known")
                    names = list(known.names) if known else cluster_names(cluster)
                    if defined and any(name_key(name) == defined for name in names):
                        add(key, candidate)
                        break
            elif candidate.kind == "context":
                # the body named last of those that go by these words
                owner = next((key for _start, _end, key in sorted(mentions, reverse=True) if key in candidate.countries), None)
                if owner is not None:
                    add(owner, candidate)
                elif len(candidate.countries) == 1 and self._parent_named(candidate.countries[0], mentions):
                    # "The human rights office published a report" where the article names the UN
                    # but not the office: the one body of the UN's that goes by these words
                    add(candidate.countries[0], candidate, known=self.gazetteer.entities[candidate.countries[0]])
            elif candidate.kind == "capital":
                city = fold(surface)
                country = candidate.country
                state = self.gazetteer.entities.get(country)
                wikidata = next((item for name, item in state.capital_wikidata.items() if fold(name) == city), None) if state else None
                # the city's own spelling where a dateline wrote it in capitals ("ATHENS –")
                label = next((name for name in state.capitals if fold(name) == city), None) if state and surface.isupper() else None
                add(f"place:{slug(city)}", candidate, located_in=country, kind="place", wikidata=wikidata, label=label)
            elif candidate.kind == "government":
                key = f"government-of-{candidate.country}"
                add(key, candidate, kind="organization", org_kind=OrgKind.GOVERNMENT, country=candidate.country)
                self._ensure_known(clusters, candidate.country, candidate)
            elif candidate.kind == "organ":
                earlier = organs_named.get(candidate.ref)  # "the public prosecutor" later is the same one
                country = (candidate.country or (earlier and earlier[0])
                           or self._country_of_sentence(candidate.start, mentions, clusters, sentences) or dominant)
                if country is None or country not in self.gazetteer.entities:
                    if surface[:1].isupper() and candidate.ref != "government":
                        # "In 2019 Congress passed …" in an article about no one state: the body it names
                        add(f"org:{slug(clean_surface(surface))}", candidate, kind="organization", org_kind=OrgKind.STATE_ORGAN)
                    continue
                city = candidate.city or (earlier[1] if earlier and earlier[0] == country else None)
                self._add_organ(add, clusters, candidate, country, city, surface)
                self._ensure_known(clusters, country, candidate)
                organs_named[candidate.ref] = (country, city)
            elif candidate.kind == "led-government":
                # "the Varnek government", "the Varnek administration": one government, by its leader
                add(f"org:{candidate.ref}-government", candidate, kind="organization", org_kind=OrgKind.GOVERNMENT)
            elif candidate.kind == "mechanism":
                country = candidate.country or dominant
                key = f"{slug(candidate.mechanism)}-{country}" if country else slug(surface)
                add(key, candidate, kind="organization", org_kind=candidate.org_kind, country=country)
            elif candidate.kind == "anaphoric-mechanism":
                previous = _last_cluster(mentions, clusters, candidate.start, (OrgKind.COMMISSION_OF_INQUIRY, OrgKind.FACT_FINDING_MISSION, OrgKind.UN_MECHANISM))
                if previous:
                    add(previous, candidate)
                elif candidate.mechanism and dominant and text[max(0, candidate.start - 4) : candidate.start].lower() == "the ":
                    # "the report of the panel of experts" with none named before: the one on the article's country
                    named = " ".join(word if word in ("of", "on") else word[:1].upper() + word[1:] for word in surface.split())
                    add(f"{slug(candidate.mechanism)}-{dominant}", candidate, kind="organization", org_kind=candidate.mechanism,
                        country=dominant, label=f"{named} on {self.labels.with_article(self.gazetteer.entities[dominant].label)}")
            elif candidate.kind == "person":
                candidate = self._with_honorific(text, candidate)  # "Mr. Kang": the name as the article gives it
                surface = text[candidate.start : candidate.end]
                name, gender = self.labels.strip_honorific(surface)
                words = name_key(name).split()
                if not words:
                    continue
                key = people.person_key(words, persons)
                persons.append((key, " ".join(words)))
                add(f"person:{key}", candidate, kind="person")
                if gender:
                    genders[f"person:{key}"] = gender
            elif candidate.source == "model" and candidate.kind in ("organization", "place") and (
                    key := people.surname_key(name_key(self.labels.strip_honorific(surface)[0]).split(), " " not in surface.strip())):
                # "Lindqvist wrote…" after "Anna Lindqvist": the model may call a bare surname an organisation
                persons.append((key, name_key(surface)))
                add(f"person:{key}", candidate, kind="person")
            else:  # organisations and places no list knows
                key = self._unknown_key(candidate, surface, clusters, acronyms)
                if key is None:
                    continue
                org_kind, country = candidate.org_kind, None
                if candidate.kind == "organization" and org_kind is None and key not in self.gazetteer.entities:
                    org_kind, country = self._named_organ(surface)
                    if org_kind == OrgKind.STATE_ORGAN and country is None:
                        country = self._country_of_sentence(candidate.start, mentions, clusters, sentences) or dominant
                add(key, candidate, kind=candidate.kind, org_kind=org_kind, country=country)
                if country:
                    self._ensure_known(clusters, country, candidate)

        if carried is not None:
            mentions[:] = [mention for mention in mentions if mention[0] >= 0]  # the carried names' places
            carried.learn_names(full_names, persons, acronyms, organs_named)
        merge_other_names(text, clusters, mentions, genders)
        merge_short_names(clusters, mentions, genders, self.gazetteer.words("landform_nouns"))
        merge_cut_names(clusters, mentions, genders)
        if SPECIAL_PROCEDURES in clusters:
            home_generic_experts(clusters, mentions, SPECIAL_PROCEDURES, self._expert_bodies(clusters))
        self._add_bare_names(doc, clusters, mentions)
        add_misspelt_names(doc, clusters, mentions)
        add_field_presences(text, clusters, mentions, self.gazetteer.entities)
        add_head_noun_mentions(text, clusters, mentions, self.gazetteer.entities, self.gazetteer.words("anaphoric_heads"),
                               self.gazetteer.words("anaphoric_group_nouns"))
        entities = {key: self.labels.to_entity(key, cluster, text, sentences) for key, cluster in clusters.items()}
        if carried is not None:  # a carried entity's names count for its label; they are not mentions here
            entities = {key: replace(entity, mentions=tuple(mention for mention in entity.mentions if mention.span.start >= 0))
                        for key, entity in entities.items()}
        index = EntityIndex(entities=entities, mentions=mentions, sentences=sentences, genders=genders, _text=text,
                            carried=tuple(key for key in carried.keys() if key in entities) if carried else ())
        return index

    def _with_honorific(self, text: str, candidate: Candidate) -> Candidate:
        """The candidate with an honorific right before it ("Mr.", "Ms", "Dr") made part of it."""
        before = text[max(0, candidate.start - 10) : candidate.start]
        match = re.search(r"(?:^|(?<=\s))(\S+)[ \t]+$", before)
        if match and match.group(1) in self.gazetteer.honorifics:
            return replace(candidate, start=candidate.start - len(before) + match.start(1))
        return candidate

    def _completed_names(self, doc, chosen: list[Candidate]) -> list[Candidate]:
        """The candidates, with the full name of a person the model only found by surname:
        "Okafor says …" after "…, Lena Okafor, a lecturer", where the model tagged "Okafor"."""
        text = text_of(doc)
        taken = Covered((candidate.start, candidate.end) for candidate in chosen)
        surnames = {text[c.start:c.end] for c in chosen if c.kind == "person" and re.fullmatch(r"[A-Z][\w’'-]+", text[c.start:c.end])}
        if not surnames:
            return chosen
        heads, honorifics = self.labels.post_heads, self.gazetteer.honorifics
        not_names = self.gazetteer.words("not_names")
        found = []
        for surname in sorted(surnames):
            for match in re.finditer(rf"(?<![\w’'-])([A-Z][\w’'-]+)[ \t]+{re.escape(surname)}(?![\w’'-])", text):
                token = doc.char_span(match.start(1), match.end(1))
                if token is None or taken.overlaps(match.start(1), match.end(1)):
                    continue
                first = token[0]
                if first.pos_ != "PROPN" or first.text in honorifics or first.lower_ in heads or first.text in not_names:
                    continue
                if first.ent_type_ not in ("", "PERSON"):
                    continue
                found.append(Candidate(match.start(), match.end(), "person", "model", 1))
                taken.add(match.start(), match.end())
        kept = [c for c in chosen if not any(c.start < end and start < c.end for start, end in
                                            ((f.start, f.end) for f in found))]
        return sorted(kept + found, key=lambda item: item.start)

    def _add_organ(self, add, clusters: dict, candidate: Candidate, country: str, city: str | None, surface: str) -> None:
        """One organ of one state: "the police" in an article about India is the Police of India,
        whichever of its nouns the article uses; a mission is told apart by its city."""
        state = self.gazetteer.entities[country]
        if candidate.ref == "government":
            add(f"government-of-{country}", candidate, kind="organization", org_kind=OrgKind.GOVERNMENT, country=country)
            return
        name = f"{candidate.label} of {self.labels.with_article(state.label)}"
        key = f"{candidate.ref}-of-{country}"
        if city:
            name, key = f"{name} in {city}", f"{key}-in-{slug(city)}"
        add(key, candidate, kind="organization", org_kind=OrgKind.STATE_ORGAN, country=country, label=name)
        if candidate.city:  # "the Ruritanian consulate in Strelsau", as the article puts it
            clusters[key].setdefault("aliases", set()).add(f"{clean_surface(surface)} in {candidate.city}")
        votes = clusters[key].setdefault("votes", [0, 0])  # how often spoken of as an organ, as a place
        votes[candidate.as_place] += 1

    def _expert_bodies(self, clusters: dict) -> list[str]:
        """The bodies of experts the article names: commissions, missions, working groups,
        committees (the gazetteer holds no mandate one person holds); not the special
        procedures at large."""
        found = []
        for key, cluster in clusters.items():
            info, known = cluster["info"], cluster["info"].get("known")
            if key == SPECIAL_PROCEDURES or info.get("kind", "organization") != "organization" or not cluster["surfaces"]:
                continue
            if known is not None:
                if known.org_kind in UN_MECHANISMS:
                    found.append(key)
            elif info.get("org_kind") in (OrgKind.COMMISSION_OF_INQUIRY, OrgKind.FACT_FINDING_MISSION) \
                    or any(self.labels.is_expert_body(name) for name in cluster_names(cluster)):
                found.append(key)
        return found

    def _country_of_sentence(self, offset: int, mentions: list[tuple[int, int, str]], clusters: dict,
                             sentences: list[Span]) -> str | None:
        """The state the sentence is about: the last country, or a government's or organ's
        country, named in it before ``offset``."""
        starts = [span.start for span in sentences]
        since = sentences[sentence_index(starts, offset)].start if sentences else 0
        for start, _end, key in sorted(mentions, reverse=True):
            if start >= offset:
                continue
            if start < since:
                break
            info = clusters.get(key, {}).get("info", {})
            known = info.get("known")
            if known is not None and known.kind == "country":
                return known.key
            if info.get("org_kind") in (OrgKind.GOVERNMENT, OrgKind.STATE_ORGAN) and info.get("country"):
                return info["country"]
        return None

    def _disambiguate(self, candidate: Candidate, doc) -> str:
        """"UNHCR adopted a resolution at its session" means the Human Rights Council."""
        entity = self.gazetteer.entities[candidate.ref]
        if not entity.ambiguous_with:
            return candidate.ref
        span = doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
        context = fold(span.sent.text) if span is not None else ""
        if any(cue in context for cue in entity.cues):
            return candidate.ref
        for other, cues in sorted(entity.ambiguous_with.items()):
            if any(cue in context for cue in cues):
                return other
        return candidate.ref

    def _add_bare_names(self, doc, clusters: dict, mentions: list[tuple[int, int, str]]) -> None:
        """"Karimi" after "Reza Karimi Tabar", where the model did not tag it."""
        taken = Covered((start, end) for start, end, _key in mentions)
        for key, cluster in list(clusters.items()):
            if cluster["info"].get("kind") != "person":
                continue
            full = max((surface for _s, _e, surface in cluster["surfaces"]), key=len)
            words = self.labels.strip_honorific(full)[0].split()
            if len(words) < 2:
                continue
            first_seen = min(start for start, _e, _s in cluster["surfaces"])
            for start, end in whole_words(text_of(doc), words[-1]):
                if start < first_seen or taken.overlaps(start, end):
                    continue
                cluster["surfaces"].append((start, end, words[-1]))
                mentions.append((start, end, key))
                taken.add(start, end)

    def _ensure_known(self, clusters: dict, key: str | None, candidate: Candidate) -> None:
        # A parent organisation or a governed country is referenced, not mentioned: it still
        # needs a node, derived from the sentence that implies it.
        if key and key not in clusters and key in self.gazetteer.entities:
            clusters[key] = {"surfaces": [], "info": {"known": self.gazetteer.entities[key]}, "implied_by": (candidate.start, candidate.end)}

    def _parent_named(self, key: str, mentions: list[tuple[int, int, str]]) -> bool:
        """Whether the body a known entity is part of (the UN for its office) is named before."""
        parent = self.gazetteer.entities[key].part_of
        return parent is not None and any(mention_key == parent for _start, _end, mention_key in mentions)

    def _unknown_key(self, candidate: Candidate, surface: str, clusters: dict, acronyms: dict[str, str]) -> str | None:
        surface = clean_surface(surface)
        surface = re.sub(r"\s+(?:19|20)\d\d$", "", surface)
        key_text = name_key(surface)
        if not key_text or len(key_text) < 2:
            return None
        if fold(surface) in self.tables.countries:
            return self.tables.countries[fold(surface)]
        words = surface.split()
        if candidate.kind == "place" and len(words) > 1 and words[-1].lower() in self.tables.place_nouns:
            # "Xinjiang region", "Rakhine state": a known place with its type noun
            known = self.tables.known_places.get(fold(" ".join(words[:-1])))
            if known:
                return known
        if surface in acronyms:
            defined = name_key(acronyms[surface])
            for key, cluster in clusters.items():
                if any(name_key(name) == defined for name in cluster_names(cluster)):
                    return key
        elif is_acronym(surface) and 2 < len(surface) <= 6:
            # "the TPLF" after "the Tigray People's Liberation Front": the initials of a name given
            for key, cluster in clusters.items():
                if cluster["info"].get("kind") == "organization" and any(initials(name) == surface for name in cluster_names(cluster)):
                    return key
        prefix = "org" if candidate.kind == "organization" else "place"
        # every cluster for every unknown name: kind first; under 8 letters no typos (``is_typo_of``)
        place_like = candidate.kind in _PLACE_KINDS
        typos = len(key_text) >= 8
        for key, cluster in clusters.items():
            info = cluster["info"]
            known: KnownEntity | None = info.get("known")
            kind = known.kind if known else info.get("kind")
            if kind != candidate.kind and not (place_like and kind in _PLACE_KINDS):
                continue
            names = name_keys_by_letter(cluster).get(key_text[0])
            if names and (any(is_typo_of(key_text, name) for name in names) if typos else key_text in names):
                return key
        if len(key_text) >= 8:  # shorter names have no typos (is_typo_of)
            for entity, known in self._known_names_like(key_text):
                same_kind = entity.kind == candidate.kind or {entity.kind, candidate.kind} <= {"place", "country"}
                if same_kind and is_typo_of(key_text, known):
                    return entity.key
        return f"{prefix}:{slug(key_text)}"

    def _known_names_like(self, key_text: str) -> list[tuple[KnownEntity, str]]:
        """The known names a typo of ``key_text`` could be: those sharing its first two letters or
        its first word, within two letters of its length (what ``is_typo_of`` allows), in data order."""
        by_opening, by_word = self._known_name_index
        found = by_opening.get(key_text[:2], []) + by_word.get(key_text.split()[0], [])
        seen, near = set(), []
        for order, entity, known in sorted(found, key=lambda item: item[0]):
            if order not in seen and abs(len(known) - len(key_text)) <= 2:
                seen.add(order)
                near.append((entity, known))
        return near

    @cached_property
    def _known_name_index(self) -> tuple[dict, dict]:
        """Every known name key, by its first two letters and by its first word, made once."""
        by_opening: dict[str, list] = {}
        by_word: dict[str, list] = {}
        order = 0
        for entity, keys in self._known_name_keys:
            for known in keys:
                if not known:
                    continue
                by_opening.setdefault(known[:2], []).append((order, entity, known))
                by_word.setdefault(known.split()[0], []).append((order, entity, known))
                order += 1
        return by_opening, by_word

    @cached_property
    def _known_name_keys(self) -> list[tuple[KnownEntity, list[str]]]:
        """Every known entity with the keys of its names, made once (not for every unknown name)."""
        return [(entity, [name_key(name) for name in entity.names]) for entity in self.gazetteer.entities.values()]

    def _named_organ(self, surface: str) -> tuple[str | None, str | None]:
        """The kind of a named body that may belong to a state, and that state when the name
        gives it: "Ministry of Water Affairs" and "Kenyan Ministry on Coastal Affairs" are
        state organs; "Kenya Army" the state's army, "Delta Liberation Army" an armed group."""
        words = clean_surface(surface).split()
        if not words:
            return None, None
        country, country_end = None, -1
        for width in (4, 3, 2, 1):
            for start in range(0, len(words) - width + 1):
                folded = re.sub(r"['’]s$", "", fold(" ".join(words[start : start + width])))
                found = self.tables.countries.get(folded) or self.tables.demonyms.get(folded)
                if found and country is None:
                    country, country_end = found, start + width
        lexicon = self.gazetteer
        # a state's own forces open with the state's name: "Ruritanian National Defence Force",
        # "Ruritania Navy"; "Free Ruritanian Army" is an armed group, and so is every movement
        # or front, whatever state it names
        last = words[-1][:1].upper() + words[-1][1:]  # "… Defense force" as some write it
        if last in lexicon.words("state_force_heads"):
            for width in (3, 2, 1):
                opening = fold(" ".join(words[:width]))
                state = self.tables.countries.get(opening) or self.tables.demonyms.get(opening)
                if state and width < len(words):
                    return OrgKind.STATE_ORGAN, state
        # "Armed Police Force", "Border Police Force": a force named for policing is the state's police
        policing = lexicon.words("state_organ_heads") & lexicon.words("state_force_heads")
        if last in lexicon.words("armed_group_heads") and not policing.intersection(words[:-1]):
            return OrgKind.ARMED_GROUP, None
        if words[0] in lexicon.words("beyond_state_words") or words[0] in ("UN", "U.N.") or words[:2] == ["United", "Nations"]:
            return None, None  # "World Uyghur Congress", "International Court", "United Nations Police": no one state's
        if any(word in lexicon.words("state_organ_heads") for word in words) or words[:2] == ["House", "of"]:
            return OrgKind.STATE_ORGAN, country  # "House of Commons", "House of Representatives": a legislature
        if any(word in lexicon.words("country_named_organ_heads") for word in words) \
                and any(word in lexicon.words("state_function_words") for word in words) \
                and not any(word.lower() in lexicon.words("state_organ_blockers") for word in words):
            return OrgKind.STATE_ORGAN, country  # "Central Intelligence Agency", "Federal Bureau of Investigation"
        if country and country_end < len(words) and words[-1] in lexicon.words("country_named_organ_heads") \
                and not any(word in lexicon.words("media_heads") | lexicon.words("ngo_heads") for word in words[:-1]):
            # "Israel Prison Service", "Republic of Korea Mission", "U.S. Environmental Protection Agency"; not "Kenya News Agency"
            return OrgKind.STATE_ORGAN, country
        return None, None


def _country_counts(chosen: list[Candidate]) -> tuple[Counter, dict[str, int]]:
    """How often the candidates name each country (itself or its government), and where first."""
    counts = Counter(candidate.ref for candidate in chosen if candidate.kind == "country")
    counts.update(candidate.country for candidate in chosen if candidate.kind == "government")
    first_seen = {}
    for candidate in chosen:
        key = candidate.ref if candidate.kind == "country" else candidate.country
        first_seen.setdefault(key, candidate.start)
    return counts, first_seen


def _dominant_country(counts: Counter, first_seen: dict[str, int]) -> str | None:
    """The country named most, the first named of those named as often."""
    if not counts:
        return None
    return max(counts, key=lambda key: (counts[key], -first_seen.get(key, 0)))


def _last_cluster(mentions, clusters, offset: int, org_kinds: tuple[str, ...]) -> str | None:
    for start, _end, key in sorted(mentions, reverse=True):
        if start < offset and clusters[key]["info"].get("org_kind") in org_kinds:
            return key
    return None


__all__ = ["Resolver"]
