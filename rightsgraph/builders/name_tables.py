"""Lookups made once from the domain data and read by every candidate source and by
resolution: states by their names, demonyms and capitals; place nouns; given names; the
names of known places."""

from __future__ import annotations

from functools import cached_property

from rightsgraph.builders.gazetteer import Gazetteer, load_given_names
from rightsgraph.builders.names import fold


class NameTables:
    """The domain data's names, folded for lookup."""

    def __init__(self, gazetteer: Gazetteer):
        self.gazetteer = gazetteer
        self.countries = country_name_lookup(gazetteer)
        self.demonyms = gazetteer.country_by_demonym()
        self.capitals = gazetteer.capital_country()
        self.place_nouns = gazetteer.words("place_nouns")
        self.given_names = load_given_names()

    @cached_property
    def known_places(self) -> dict[str, str]:
        """Folded names of the countries and places the domain data knows."""
        return {fold(name): entity.key for entity in self.gazetteer.entities.values()
                if entity.kind in ("country", "place") for name in entity.names}


def country_name_lookup(gazetteer: Gazetteer) -> dict[str, str]:
    lookup = {}
    for country in gazetteer.countries:
        for name in country.names:
            lookup[fold(name)] = country.key
    return lookup


__all__ = ["NameTables", "country_name_lookup"]
