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

    Accusation: URIRef
    Action: URIRef
    Actor: URIRef
    Adoption: URIRef
    Appointment: URIRef
    ArmedGroup: URIRef
    Article: URIRef
    Attack: URIRef
    Briefing: URIRef
    Call: URIRef
    CommissionOfInquiry: URIRef
    Communication: URIRef
    Cooperation: URIRef
    Country: URIRef
    Court: URIRef
    CourtFiling: URIRef
    Criticism: URIRef
    Denial: URIRef
    Detention: URIRef
    Displacement: URIRef
    Document: URIRef
    Election: URIRef
    EpistemicStatus: URIRef
    Establishment: URIRef
    Event: URIRef
    FactFindingMission: URIRef
    Finding: URIRef
    Government: URIRef
    Group: URIRef
    IntergovernmentalOrganization: URIRef
    Investigation: URIRef
    Leadership: URIRef
    LegalCase: URIRef
    LegalInstrument: URIRef
    Letter: URIRef
    Mandate: URIRef
    MediaOrganization: URIRef
    Meeting: URIRef
    Membership: URIRef
    Mention: URIRef
    NGO: URIRef
    NamedEvent: URIRef
    Organization: URIRef
    Person: URIRef
    Place: URIRef
    Post: URIRef
    Presentation: URIRef
    Prosecution: URIRef
    Publication: URIRef
    Ratification: URIRef
    Rejection: URIRef
    Report: URIRef
    Resolution: URIRef
    ResolutionAdoption: URIRef
    Section: URIRef
    Sentence: URIRef
    Session: URIRef
    StateOrgan: URIRef
    Statement: URIRef
    Submission: URIRef
    Support: URIRef
    UNBody: URIRef
    UNMechanism: URIRef
    ViolationType: URIRef
    Visit: URIRef
    Withdrawal: URIRef
    WrittenSubmission: URIRef
    about: URIRef
    accused: URIRef
    addressedTo: URIRef
    addressee: URIRef
    adopted: URIRef
    affiliatedWith: URIRef
    agent: URIRef
    alleges: URIRef
    appointed: URIRef
    attacked: URIRef
    author: URIRef
    basedIn: URIRef
    calledOn: URIRef
    cites: URIRef
    concernsCountry: URIRef
    concernsDocument: URIRef
    cooperatedWith: URIRef
    criticised: URIRef
    cue: URIRef
    date: URIRef
    dateQualifier: URIRef
    dateText: URIRef
    denies: URIRef
    detained: URIRef
    displaced: URIRef
    documentSymbol: URIRef
    documents: URIRef
    established: URIRef
    governmentOf: URIRef
    holdsPost: URIRef
    inSentence: URIRef
    informed: URIRef
    investigated: URIRef
    joined: URIRef
    leads: URIRef
    lemma: URIRef
    locatedIn: URIRef
    metWith: URIRef
    namesViolation: URIRef
    nationality: URIRef
    organOf: URIRef
    paragraph: URIRef
    participant: URIRef
    patient: URIRef
    perpetrator: URIRef
    place: URIRef
    postIn: URIRef
    presentedTo: URIRef
    prosecuted: URIRef
    published: URIRef
    quote: URIRef
    ratified: URIRef
    rejected: URIRef
    reportedBy: URIRef
    section: URIRef
    sectionNumber: URIRef
    sectionTitle: URIRef
    speaksOf: URIRef
    statedBy: URIRef
    statedIn: URIRef
    status: URIRef
    supported: URIRef
    title: URIRef
    victim: URIRef
    visited: URIRef
    withdrewFrom: URIRef
    wording: URIRef
