"""Domain knowledge that holds across the genre, read from the package's data files.

UN bodies and mechanisms with their aliases, well-known NGOs and media, countries with their
other names, demonyms and capitals, post titles and the words that tell what a name is.
Nothing here belongs to one article.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources


@dataclass(frozen=True, eq=False)
class KnownEntity:
    """An entity the domain data knows by name."""

    key: str
    kind: str  # organization, country or place
    label: str
    aliases: tuple[str, ...] = ()
    org_kind: str | None = None
    wikidata: str | None = None
    part_of: str | None = None
    context_aliases: tuple[str, ...] = ()  # "the Office": only after the entity was named
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    capital_wikidata: dict[str, str] = field(default_factory=dict)  # a capital's name -> its Wikidata item
    country: str | None = None
    ambiguous: bool = False  # also a common first name: needs the model to agree it is a place
    # another entity this name is often written for, with the words that show it is meant
    ambiguous_with: dict[str, tuple[str, ...]] = field(default_factory=dict)
    cues: tuple[str, ...] = ()  # words that show this entity is meant
    # the registry's facts: `country` above is where a place lies; `org_country` the country a
    # body is in or about (rg:concernsCountry)
    mandate: bool = False  # a special-procedure mandate
    org_country: str | None = None  # the country a body is in or about
    theme: str | None = None
    start: int | None = None  # the year it was established
    seat: str | None = None  # the city of its headquarters
    source: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.label, *self.aliases)


@dataclass(frozen=True, eq=False)  # hashed by identity: it is loaded once and cached
class Gazetteer:
    entities: dict[str, KnownEntity]
    post_heads: tuple[str, ...]
    post_modifiers: frozenset[str]
    honorifics: dict[str, str]
    post_organizations: dict[str, str]
    mandate_heads: frozenset[str]
    #: Posts of a state's government ("Foreign Minister", "President"), lower case.
    state_post_heads: frozenset[str] = frozenset()
    #: Heads that say only whom a person works for ("official", "chief"), lower case.
    generic_post_heads: frozenset[str] = frozenset()
    lexicon: dict[str, frozenset[str] | dict] = field(default_factory=dict)
    # every entry of un_machinery.json, also those that `entities` leaves out (see _matched_by_name)
    registry: dict[str, KnownEntity] = field(default_factory=dict)

    def words(self, name: str) -> frozenset[str]:
        return self.lexicon[name]

    def lexicon_dict(self, name: str) -> dict:
        return self.lexicon[name]

    @property
    def countries(self) -> list[KnownEntity]:
        return [entity for entity in self.entities.values() if entity.kind == "country"]

    def country_by_demonym(self) -> dict[str, str]:
        return dict(self._demonyms)

    @cached_property
    def _demonyms(self) -> dict[str, str]:  # asked for by every article
        return {demonym.lower(): country.key for country in self.countries for demonym in country.demonyms}

    @cached_property
    def country_names(self) -> frozenset[str]:
        """Every country's names, lower-cased: "belarus", "republic of belarus"."""
        return frozenset(name.lower() for country in self.countries for name in (country.label, *country.aliases))

    def capital_country(self) -> dict[str, str]:
        return {capital.lower(): country.key for country in self.countries for capital in country.capitals}


def data_file(name: str) -> dict:
    """One of the package's domain data files (``builders/data/NAME``), parsed."""
    return json.loads(resources.files("rightsgraph.builders").joinpath("data").joinpath(name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def load_given_names() -> frozenset[str]:
    """Given names, folded (public-domain birth records; see data/SOURCES.md)."""
    from rightsgraph.builders.names import fold

    text = resources.files("rightsgraph.builders").joinpath("data").joinpath("given_names.txt").read_text(encoding="utf-8")
    return frozenset(fold(line) for line in text.splitlines() if line.strip())


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The packaged domain data, read once."""
    entities: dict[str, KnownEntity] = {}
    places = data_file("places.json")
    for item in places["countries"]:
        entities[item["key"]] = KnownEntity(
            key=item["key"], kind="country", label=item["label"], aliases=tuple(item["aliases"]),
            wikidata=item.get("wikidata"), demonyms=tuple(item.get("demonyms", ())),
            capitals=tuple(item.get("capitals", ())), ambiguous=item.get("ambiguous", False),
            capital_wikidata=dict(item.get("capital_wikidata", {})),
        )
    for item in places["regions"]:
        entities[item["key"]] = KnownEntity(
            key=item["key"], kind="place", label=item["label"], aliases=tuple(item["aliases"]),
            wikidata=item.get("wikidata"), country=item.get("country"),
        )
    roles = data_file("roles.json")
    organizations = [*data_file("actors.json")["actors"], *data_file("organizations.json")["organizations"]]
    machinery = data_file("un_machinery.json")["machinery"]
    registry = {item["key"]: _organization(item, derived=True) for item in machinery}
    # the machinery first, then the other organisations; a short form several bodies share
    # ("the Council") stands for the one the article named last
    for item in [item for item in machinery if _matched_by_name(item, roles["mandate_heads"])] + organizations:
        if item["key"] in entities:
            raise ValueError(f"two entries in the domain data have the key {item['key']!r}")
        entities[item["key"]] = registry.get(item["key"]) or _organization(item)
    # word lists as sets, made once: the builders ask for them per candidate
    lexicon = {
        key: frozenset(value) if isinstance(value, list) else value
        for key, value in data_file("lexicon.json").items() if not key.startswith("_")
    }
    return Gazetteer(
        entities=entities,
        post_heads=tuple(sorted(roles["post_heads"], key=lambda head: (-len(head.split()), -len(head), head))),
        post_modifiers=frozenset(roles["post_modifiers"]),
        honorifics=dict(roles["honorifics"]),
        post_organizations=dict(roles["post_organizations"]),
        mandate_heads=frozenset(roles["mandate_heads"]),
        state_post_heads=frozenset(head.lower() for head in roles["state_post_heads"]),
        generic_post_heads=frozenset(head.lower() for head in roles["generic_post_heads"]),
        lexicon=lexicon,
        registry=registry,
    )


#: Words a mechanism's name opens with that articles leave out: "the Commission of Human Rights
#: Experts on X" for "the International Commission of Human Rights Experts on X".
_LEFT_OUT_OPENINGS = re.compile(r"^(?:(?:UN|U\.N\.|United Nations)\s+)?(?:Independent\s+)?(?:International\s+)?")


def _organization(item: dict, derived: bool = False) -> KnownEntity:
    """An organisation of the domain data; ``derived``: with its names also without the
    qualifiers they open with, where four words or more are left."""
    source = item.get("source", ())
    aliases = list(item["aliases"])
    if derived:
        for name in (item["label"], *item["aliases"]):
            short = _LEFT_OUT_OPENINGS.sub("", name)
            if short != name and len(short.split()) >= 4 and short not in aliases and short != item["label"]:
                aliases.append(short)
    return KnownEntity(
        key=item["key"], kind="organization", label=item["label"], aliases=tuple(aliases),
        org_kind=item["kind"], wikidata=item.get("wikidata"), part_of=item.get("part_of"),
        context_aliases=tuple(item.get("context_aliases", ())),
        ambiguous_with={key: tuple(words) for key, words in item.get("ambiguous_with", {}).items()},
        cues=tuple(item.get("cues", ())), mandate=item.get("mandate", False), org_country=item.get("country"),
        theme=item.get("theme"), start=item.get("start"), seat=item.get("seat"),
        source=(source,) if isinstance(source, str) else tuple(source),
    )


def _matched_by_name(item: dict, mandate_heads: list[str]) -> bool:
    """Whether a registry entry's names are looked for in articles: not a mandate one person
    holds ("Special Rapporteur on torture"), which the post finder reads as a post and its
    holder. A commission or mission is keyed as the mechanism pattern keys it, so the two meet."""
    held = item.get("mandate") and any(item["label"].startswith(head) for head in mandate_heads)
    return not held


@lru_cache(maxsize=1)
def load_verb_classes() -> dict[str, dict]:
    """The verb classes of clause-level actions (``data/verb_classes.json``), by class name."""
    return {name: spec for name, spec in data_file("verb_classes.json").items() if not name.startswith("_")}
