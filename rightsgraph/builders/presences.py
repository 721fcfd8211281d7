"""Field presences of UN offices: "the UN human rights office in Nairobi", "OHCHR in Cambodia",
"UNHCR's office in Cox's Bazar" are UN bodies of their own, part of the office they name.

A mention of a known UN body whose name holds "Office" (or "High Commissioner", whose office
it is), followed by "in" and a place or country the article names, is that presence; the
body's other mentions stay the body; the office in the city of its seat is the office itself.
The presence is keyed by body and place, so the same presence in two articles is one node.
"""

from __future__ import annotations

import re

from rightsgraph.builders.names import fold, slug
from rightsgraph.builders.org_kinds import OrgKind

_IN = re.compile(r"['’]s[ \t]+office[ \t]+in[ \t]+(?:the[ \t]+)?|[ \t]+in[ \t]+(?:the[ \t]+)?")
_OFFICE_WORDS = ("Office", "High Commissioner")


def add_field_presences(text: str, clusters: dict, mentions: list[tuple[int, int, str]], known: dict) -> None:
    """Re-key each mention of a UN office followed by "in <place>" to that office's presence
    there (a cluster of its own, part of the office)."""
    places = {start: (end, key) for start, end, key in mentions
              if (clusters[key]["info"].get("kind") or getattr(known.get(key), "kind", None)) in ("place", "country", "capital")}
    for position, (start, end, key) in enumerate(list(mentions)):
        office = known.get(key)
        if office is None or office.org_kind != OrgKind.UN_BODY or not any(word in office.label for word in _OFFICE_WORDS):
            continue
        joint = _IN.match(text, end)
        if joint is None or joint.end() not in places:
            continue
        place_end, place = places[joint.end()]
        place_label = text[joint.end() : place_end]
        if office.seat and fold(place_label) == fold(office.seat):
            continue  # "the UN human rights office in Geneva": the office at its seat is the office
        presence = f"{key}-{slug(place_label)}"
        cluster = clusters.setdefault(presence, {"info": {"kind": "organization", "org_kind": OrgKind.UN_BODY, "part_of": key,
                                                          "label": f"{office.label} in {place_label}"}, "surfaces": []})
        surface = (start, end, text[start:end])
        clusters[key]["surfaces"] = [item for item in clusters[key]["surfaces"] if item != surface]
        cluster["surfaces"].append(surface)
        cluster.setdefault("aliases", set()).add(" ".join(text[start:joint.end()].split()) + " " + place_label)
        mentions[position] = (start, end, presence)
    for key in [key for key, cluster in clusters.items() if key in known and not cluster["surfaces"] and "implied_by" not in cluster]:
        if not any(mention_key == key for _s, _e, mention_key in mentions):
            del clusters[key]  # every mention of the office was one of a presence


__all__ = ["add_field_presences"]
