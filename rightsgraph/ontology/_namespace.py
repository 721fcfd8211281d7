"""The rightsgraph vocabulary as a closed rdflib namespace.

Generated from ``rightsgraph.ttl``, the single source of truth; ``tests/test_ontology.py``
fails when the two disagree. A misspelt term raises instead of minting a new IRI.
"""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace


class RG(DefinedNamespace):
    _NS = Namespace("https://w3id.org/rightsgraph/ontology#")
    _fail = True

    Actor: URIRef
    Appointment: URIRef
    ArmedGroup: URIRef
    Article: URIRef
    Briefing: URIRef
    Call: URIRef
    CommissionOfInquiry: URIRef
    Communication: URIRef
    Country: URIRef
    Court: URIRef
    Denial: URIRef
    Document: URIRef
    Event: URIRef
    FactFindingMission: URIRef
    Finding: URIRef
    Government: URIRef
    Group: URIRef
    IntergovernmentalOrganization: URIRef
    LegalCase: URIRef
    LegalInstrument: URIRef
    Mandate: URIRef
    MediaOrganization: URIRef
    Mention: URIRef
    NGO: URIRef
    NamedEvent: URIRef
    Organization: URIRef
    Person: URIRef
    Place: URIRef
    Post: URIRef
    Presentation: URIRef
    Publication: URIRef
    Rejection: URIRef
    Report: URIRef
    Resolution: URIRef
    ResolutionAdoption: URIRef
    Sentence: URIRef
    Session: URIRef
    StateOrgan: URIRef
    Submission: URIRef
    UNBody: URIRef
    UNMechanism: URIRef
    ViolationType: URIRef
    Visit: URIRef
    WrittenSubmission: URIRef
    about: URIRef
    addressedTo: URIRef
    agent: URIRef
    alleges: URIRef
    author: URIRef
    cites: URIRef
    concernsCountry: URIRef
    concernsDocument: URIRef
    date: URIRef
    dateQualifier: URIRef
    dateText: URIRef
    documentSymbol: URIRef
    documents: URIRef
    governmentOf: URIRef
    holdsPost: URIRef
    inSentence: URIRef
    locatedIn: URIRef
    namesViolation: URIRef
    organOf: URIRef
    participant: URIRef
    perpetrator: URIRef
    place: URIRef
    postIn: URIRef
    quote: URIRef
    statedBy: URIRef
    statedIn: URIRef
    title: URIRef
    wording: URIRef
