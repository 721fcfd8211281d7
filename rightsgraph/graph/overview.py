"""The actor-centred overview of a view: the things a researcher names stay nodes, and the
statements about them (findings, events, posts) fold into labelled edges between them.

Which nodes fold is read from the ontology: instances of rg:Event, rg:Finding and rg:Post
and their subclasses are statements; everything else the view shows is an actor (persons,
organisations, places, groups, documents, legal instruments, violation types). A folded
statement links actors by its roles (rg:agent, rg:statedBy, rg:patient ...): the actors in
the first attributing role it has (who did or said it) become the edge's source, every
other actor it links the targets, and the edge's label is the verb of its class (the
specific property the verb class names, "called on") or what the role means for the kind
of statement ("documents" for what a finding alleges). Relations between two actors stay
edges, backed by the sentences of their reified statements. Edges with the same ends and
label merge; their count is the number of distinct sentences behind them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from rightsgraph.graph.network import View, _ontology_labels, _subclasses
from rightsgraph.ontology import RG

_RG = str(RG._NS)
_INVERSE = "^"
#: Roles that say who did or said a statement, first found first: its actors are the source.
SOURCE_ROLES = [str(RG.agent), str(RG.statedBy), _INVERSE + str(RG.holdsPost), str(RG.author), str(RG.reportedBy), str(RG.statedIn)]
#: Without an attributing role, the first of these present is the source.
FALLBACK_ROLES = [str(RG.perpetrator), str(RG.concernsDocument), str(RG.patient), str(RG.participant), str(RG.addressee),
                  str(RG.postIn), str(RG.place), str(RG.victim), str(RG.concernsCountry), str(RG.alleges)]
#: Roles that name what an action is done to: the edge to them carries the verb alone.
_OBJECT_ROLES = {str(RG.patient), str(RG.addressee), str(RG.participant), str(RG.concernsDocument)}
#: What a role means for a finding, a denial and a post, as the edge's label.
_ROLE_LABELS = {
    "finding": {str(RG.alleges): str(RG.documents), str(RG.perpetrator): str(RG.accused), str(RG.concernsCountry): "reported on",
                str(RG.victim): "reported victims", str(RG.statedIn): str(RG.statedIn), str(RG.concernsDocument): "commented on"},
    "denial": {str(RG.alleges): "denied", str(RG.concernsDocument): str(RG.rejected), str(RG.concernsCountry): "denied reports on",
               str(RG.statedIn): str(RG.statedIn)},
    "post": {str(RG.postIn): "holds post in", str(RG.concernsCountry): "holds mandate on"},
}
#: Labels for relations whose predicate has none in the ontology.
_PLAIN_LABELS = {"http://www.w3.org/ns/org#subOrganizationOf": "part of"}
#: Relations that tie an actor to its country, so that a country's filter finds it.
_COUNTRY_LINKS = {str(RG.governmentOf), str(RG.organOf), str(RG.locatedIn), str(RG.concernsCountry), str(RG.about)}


@dataclass(frozen=True)
class Overview:
    """Actors (IRI -> the view's attributes and ``statements``, the sentences about it),
    edges (source, target, label, items: indices into ``items``) and items, one a folded
    statement or relation: kind, label, date, sentences (indices into ``sentences``) and
    facets (the actors and countries it involves, as IRIs)."""

    nodes: dict[str, dict]
    edges: list[dict]
    items: list[dict]
    sentences: list[dict]


def folded_types() -> frozenset[str]:
    """The classes whose instances fold into edges: events, findings, posts, at any depth."""
    roots = (str(RG.Event), str(RG.Finding), str(RG.Post))
    return frozenset(roots).union(*(_subclasses(root) for root in roots))


def overview_of(view: View) -> Overview:
    """The actor-centred overview of ``view``; the same view gives the same overview."""
    folded = folded_types()
    nodes = {iri: dict(data) for iri, data in view.nodes.items() if data["type"] not in folded}
    roles: dict[str, dict[str, list[str]]] = {}
    direct = []
    for edge in view.edges:
        subject_folded, object_folded = edge.subject not in nodes, edge.object not in nodes
        if not subject_folded and not object_folded:
            direct.append(edge)
        elif subject_folded and not object_folded:
            roles.setdefault(edge.subject, {}).setdefault(edge.predicate, []).append(edge.object)
        elif object_folded and not subject_folded:
            roles.setdefault(edge.object, {}).setdefault(_INVERSE + edge.predicate, []).append(edge.subject)
    countries = _countries(view, nodes)
    sentences: dict[tuple[str, str], int] = {}
    sentence_list: list[dict] = []
    items: list[dict] = []
    merged: dict[tuple[str, str, str], list[int]] = {}
    touching: dict[str, set] = {}

    def add_item(kind: str, label: str, date: str, sources: list[dict], involved: set[str], links: list[tuple[str, str, str]]) -> None:
        indices = []
        for source in sources:
            key = (source["sentence"], source["document"])
            if key not in sentences:
                sentences[key] = len(sentence_list)
                sentence_list.append(source)
            indices.append(sentences[key])
        number = len(items)
        facets = set(involved)
        for actor in involved:
            facets |= countries.get(actor, set())
        # undated, a statement takes the date of a dated document it involves
        date = date or min((nodes[actor]["date"] for actor in involved if nodes[actor]["date"]), default="")
        items.append({"kind": kind, "label": label, "date": date, "sentences": sorted(set(indices)), "facets": sorted(facets)})
        for actor in involved:
            touching.setdefault(actor, set()).update(indices or [("item", number)])
        for link in links:
            merged.setdefault(link, []).append(number)

    labels = _ontology_labels()
    for statement in sorted(roles):
        data = view.nodes[statement]
        own = roles[statement]
        links = _links(data, own, labels)
        involved = {actor for actors in own.values() for actor in actors}
        add_item(data["type_label"], data["label"], data["date"], data["sources"], involved, links)
    for edge in direct:
        if edge.subject == edge.object:
            continue
        sources = view.support.get((edge.subject, edge.predicate, edge.object), [])
        label = _PLAIN_LABELS.get(edge.predicate, edge.label)
        add_item(label, f"{nodes[edge.subject]['label']} {label} {nodes[edge.object]['label']}", "", sources,
                 {edge.subject, edge.object}, [(edge.subject, edge.object, label)])
    edges = []
    for (source, target, label), numbers in sorted(merged.items()):
        keys = {key for number in numbers for key in (items[number]["sentences"] or [("item", number)])}
        edges.append({"from": source, "to": target, "label": label, "items": sorted(set(numbers)), "count": len(keys)})
    # Places, groups, documents and violation types that no edge reaches add nothing to a
    # picture of who is connected to whom (the statement view keeps them); actors all stay.
    actors = _subclasses(str(RG.Actor))
    linked = {edge[end] for edge in edges for end in ("from", "to")}
    nodes = {iri: data for iri, data in nodes.items() if iri in linked or data["type"] in actors}
    for iri, data in nodes.items():
        data["statements"] = len(touching.get(iri, ())) + len(data["sources"]) * (iri not in touching)
    return Overview(nodes, edges, items, sentence_list)


def _links(data: dict, own: dict[str, list[str]], labels: dict[str, str]) -> list[tuple[str, str, str]]:
    """The labelled edges one folded statement stands for."""
    attributed = next((role for role in SOURCE_ROLES if role in own), None)
    source_role = attributed or next((role for role in FALLBACK_ROLES if role in own), None)
    if source_role is None:
        return []
    family = _family(data["type"])
    verb = _verb(data, labels) if family in ("action", "event") else None
    has_object = any(role in own for role in _OBJECT_ROLES)
    links, seen = [], set(own[source_role])
    for role in sorted(own, key=_role_rank):
        if role == source_role:
            continue
        if attributed is None:
            label = labels.get(role.lstrip(_INVERSE), role.rsplit("#")[-1])
        elif verb and (role in _OBJECT_ROLES or (role == str(RG.place) and not has_object)):
            label = verb
        elif verb and role == str(RG.place):
            label = f"{verb} in"
        else:
            named = _ROLE_LABELS.get(family, {}).get(role) or labels.get(role.lstrip(_INVERSE), role.rsplit("#")[-1])
            label = labels.get(named, named) if named.startswith(_RG) else named
        for target in own[role]:
            if target in seen:
                continue
            seen.add(target)
            links.extend((source, target, label) for source in own[source_role] if source != target)
    return links


def _role_rank(role: str) -> tuple[int, str]:
    order = SOURCE_ROLES + FALLBACK_ROLES
    return (order.index(role) if role in order else len(order), role)


def _family(rdf_type: str) -> str:
    if rdf_type == str(RG.Denial):
        return "denial"
    if rdf_type == str(RG.Finding):
        return "finding"
    if rdf_type in _subclasses(str(RG.Post)) | {str(RG.Post)}:
        return "post"
    if rdf_type in _subclasses(str(RG.Action)) | {str(RG.Action)}:
        return "action"
    return "event"


def _verb(data: dict, labels: dict[str, str]) -> str:
    """An action's verb: the label of its verb class's property, else its lemma; an event's
    class, lowercased."""
    prop = verb_properties().get(data["kind"])
    if prop:
        return labels.get(prop, prop.rsplit("#")[-1])
    if data.get("lemma"):
        return data["lemma"]
    return labels.get(data["kind"], data["type_label"]).lower()


@lru_cache(maxsize=1)
def verb_properties() -> dict[str, str]:
    """Each verb class (IRI) with its specific property (IRI), from the builders' table."""
    text = resources.files("rightsgraph").joinpath("builders", "data", "verb_classes.json").read_text(encoding="utf-8")
    return {_RG + entry["class"]: _RG + entry["property"] for name, entry in json.loads(text).items()
            if not name.startswith("_") and "property" in entry}


def _countries(view: View, nodes: dict[str, dict]) -> dict[str, set[str]]:
    """Each actor's countries: the ones it is the government, organ, part or subject of."""
    country = str(RG.Country)
    found: dict[str, set[str]] = {}
    for edge in view.edges:
        if edge.predicate in _COUNTRY_LINKS and view.nodes.get(edge.object, {}).get("type") == country and edge.subject in nodes:
            found.setdefault(edge.subject, set()).add(edge.object)
    return found
