"""What a resolved cluster of mentions is called and what kind it is: the Entity record made
from it (a person by the fullest name, a government as "Government of the Syrian Arab
Republic", an organisation by its full name over its acronym), and a person's name with the
honorifics and post titles before it taken off."""

from __future__ import annotations

from collections import Counter

from rightsgraph.builders.acronyms import is_acronym
from rightsgraph.builders.gazetteer import Gazetteer, KnownEntity
from rightsgraph.builders.index import sentence_index
from rightsgraph.builders.names import clean_surface, fold
from rightsgraph.builders.records import Entity, Mention, Span
from rightsgraph.builders.org_kinds import OrgKind

#: Kinds of things that are neither actors nor places.
NOT_ACTORS = ("group", "instrument", "case", "happening")


class EntityLabels:
    """Names and types the entity of each cluster."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.post_heads = frozenset(head.lower() for head in gazetteer.post_heads)
        self._post_head_prefixes = tuple(head.lower() + " " for head in gazetteer.post_heads)  # longest first

    def strip_honorific(self, surface: str) -> tuple[str, str | None]:
        """A person's name without the honorifics and post titles before it, and the gender an
        honorific tells."""
        words = clean_surface(surface).split()
        gender = None
        heads = self.post_heads
        while len(words) > 1 and (words[0] in self.gazetteer.honorifics or words[0].lower() in heads):
            gender = gender or self.gazetteer.honorifics.get(words[0]) or None
            words = words[1:]
        # multi-word post titles before a name: "High Commissioner Lindqvist"
        joined = " ".join(words)
        lowered = joined.lower()
        # most names open with no title: one test for all of them before the loop over each
        for head in self._post_head_prefixes if lowered.startswith(self._post_head_prefixes) else ():
            if lowered.startswith(head) and len(joined) > len(head):
                joined = joined[len(head) :]
                break
        return joined, gender

    def to_entity(self, key: str, cluster: dict, text: str, sentences: list[Span]) -> Entity:
        """The record of one cluster: its label, aliases, kind and the data it knows of."""
        info = cluster["info"]
        known: KnownEntity | None = info.get("known")
        if not known and key in self.gazetteer.entities:
            known = self.gazetteer.entities[key]
        spans = [Span(start, end, surface) for start, end, surface in sorted(set(cluster["surfaces"]))]
        if not spans and "implied_by" in cluster:
            start, end = cluster["implied_by"]
            spans_for_provenance = [Span(start, end, text[start:end])]
        else:
            spans_for_provenance = spans
        starts = [sentence.start for sentence in sentences]
        mentions = tuple(Mention(span, sentence_index(starts, span.start)) for span in spans_for_provenance)
        surfaces = [clean_surface(span.text) for span in spans]
        surfaces = [surface for surface in surfaces if surface] + sorted(cluster.get("aliases", ()))
        if info.get("kind", known.kind if known else "organization") == "organization":
            # "the Council" standing for the body named before is a mention of it, not a name:
            # a name would join it with every other council the corpus names
            heads = self.gazetteer.words("anaphoric_heads")
            named = [surface for surface in surfaces if surface.lower() not in heads]
            surfaces = named or surfaces
        if known:
            aliases = tuple(sorted({*known.aliases, *surfaces} - {known.label}))
            return Entity(
                key=known.key, kind=known.kind, label=known.label, mentions=mentions, aliases=aliases,
                org_kind=known.org_kind, ref=known.key, wikidata=known.wikidata, part_of=known.part_of,
                located_in=known.country, country=known.org_country or info.get("country"),
            )
        kind = info.get("kind", "organization")
        if kind in NOT_ACTORS:
            label = info.get("label") or max(surfaces, key=len)
            aliases = tuple(sorted(set(surfaces) - {label}))
            return Entity(key=key, kind=kind, label=label, mentions=mentions, aliases=aliases)
        if kind == "person":
            names = [self.strip_honorific(surface)[0] for surface in surfaces]
            label = max(names, key=lambda name: (len(name.split()), len(name), -names.index(name)))
            aliases = tuple(sorted(set(surfaces) - {label}))
        elif info.get("org_kind") == OrgKind.GOVERNMENT and info.get("country"):
            country = self.gazetteer.entities[info["country"]]
            label = f"Government of {self.with_article(country.label)}"
            # the article's own words for it, "the authorities" too, as for any organ of a state
            aliases = tuple(sorted(set(surfaces) - {label}))
        else:
            # a full name over its acronym, then the most frequent, then the longest form
            counts = Counter(surfaces)
            label = max(counts, key=lambda name: (not is_acronym(name), counts[name], len(name), -surfaces.index(name)))
            if info.get("org_kind") in (OrgKind.COMMISSION_OF_INQUIRY, OrgKind.FACT_FINDING_MISSION) and info.get("country"):
                # one name in every article: its kind and its country
                country = self.gazetteer.entities[info["country"]]
                kind_name = "Commission of Inquiry" if info["org_kind"] == OrgKind.COMMISSION_OF_INQUIRY else "Fact-Finding Mission"
                label = f"{kind_name} on {self.with_article(country.label)}"
            elif info.get("org_kind") in (OrgKind.COMMISSION_OF_INQUIRY, OrgKind.FACT_FINDING_MISSION, OrgKind.UN_MECHANISM):
                label = max(surfaces, key=lambda name: (len(name), -surfaces.index(name)))
            if info.get("label"):
                label = info["label"]  # an organ of a state: "Police of India", whatever the article calls it
            aliases = tuple(sorted(set(surfaces) - {label}))
            if info.get("part_of"):
                # a presence of an office: its words with the place, never the office's alone
                aliases = tuple(sorted(set(cluster.get("aliases", ())) - {label}))
        org_kind = info.get("org_kind")
        part_of = None
        if kind == "organization" and org_kind is None:
            part_of = self._presence_of(label)
            org_kind = OrgKind.UN_BODY if part_of else self.guess_org_kind(label)
        as_organ, as_place = cluster.get("votes", (1, 0))
        if as_place > as_organ:
            kind, org_kind = "place", None  # "killed in the consulate": where it happened
        return Entity(
            key=key, kind=kind, label=label, mentions=mentions, aliases=aliases, org_kind=org_kind,
            country=info.get("country"), located_in=info.get("located_in"), wikidata=info.get("wikidata"),
            part_of=part_of or info.get("part_of"),
        )

    def _presence_of(self, label: str) -> str | None:
        """The UN body a field presence or regional office belongs to: "the Office of the UN
        High Commissioner for Human Rights in Colombia", "UNHCR's office in Nairobi" are part
        of the body they name before "in"."""
        head, found, _place = label.partition(" in ")
        if not found:
            return None
        for key, entity in self.gazetteer.entities.items():
            if entity.org_kind == OrgKind.UN_BODY and any(fold(name) == fold(head) for name in entity.names):
                return key
        return None

    def is_expert_body(self, label: str) -> bool:
        """Whether a body's name says it is a group of experts ("Group of Eminent Experts on
        Ruritania", "Expert Mechanism on …", "Working Group on …")."""
        return any(f" {words} " in f" {label} " for words in self.gazetteer.words("expert_body_words"))

    def with_article(self, label: str) -> str:
        """A country's name as it reads after "of": "the Syrian Arab Republic", "the
        Philippines" (by its first word, a form of state or a union, or its last, a plural)."""
        words = label.split()
        if words[0] in self.gazetteer.words("country_article_first_words") \
                or words[-1] in self.gazetteer.words("country_article_last_words"):
            return f"the {label}"
        return label

    def guess_org_kind(self, label: str) -> str:
        """The kind of an organisation no list knows, by the words of its name."""
        words = label.split()
        lowered = fold(label)
        if any(head.lower() in lowered for head in self.gazetteer.words("media_heads") if " " in head) \
                or words[-1] in self.gazetteer.words("media_heads") or len(words) > 1 and words[0] in self.gazetteer.words("media_first_words"):
            return OrgKind.MEDIA  # "Daily News", "Radio Azattyk"
        if self.is_expert_body(label):
            return OrgKind.UN_MECHANISM  # "Group of Eminent Experts on …", "Working Group on …"
        if words[0] in ("UN", "U.N.") or words[:2] == ["United", "Nations"] or " of the UN " in f"{label} " or " of the U.N. " in f"{label} " \
                or " of the United Nations " in f"{label} ":
            return OrgKind.UN_BODY  # "UN Assistance Mission for Iraq", "Human Rights Office of the UN Assistance Mission"
        if any(word in self.gazetteer.words("government_heads") for word in words) or any(
            head in label for head in self.gazetteer.words("government_heads") if " " in head
        ):
            return OrgKind.GOVERNMENT
        if not self.gazetteer.words("court_heads").isdisjoint(words) and not self.gazetteer.words("international_court_words").isdisjoint(words):
            return OrgKind.COURT  # "the International Criminal Tribunal for …", "the Special Court for …"
        if any(word in self.gazetteer.words("ngo_heads") for word in words):
            return OrgKind.NGO
        return OrgKind.OTHER


__all__ = ["NOT_ACTORS", "EntityLabels"]
