"""The kinds of organisation the builders tell apart, and the keys of the two organisations
the rules need by name.

One enumeration for every module and data file: ``Entity.org_kind`` holds one of these
values (the data files in ``data/`` hold the same strings), and the graph writer maps each to
its ontology class. The members are strings, so data read from JSON compares equal to them,
and they print and format as their values.
"""

from __future__ import annotations

from enum import Enum


class OrgKind(str, Enum):
    UN_BODY = "UN body"
    UN_MECHANISM = "UN mechanism"
    COMMISSION_OF_INQUIRY = "commission of inquiry"
    FACT_FINDING_MISSION = "fact-finding mission"
    GOVERNMENT = "government"
    STATE_ORGAN = "state organ"
    NGO = "NGO"
    MEDIA = "media"
    COURT = "court"
    INTERGOVERNMENTAL = "intergovernmental"
    ARMED_GROUP = "armed group"
    OTHER = "other"

    def __str__(self) -> str:
        return self.value

    def __format__(self, spec: str) -> str:
        return format(self.value, spec)


#: A UN mechanism of any sort: special procedures and their groups, commissions, missions.
UN_MECHANISMS = (OrgKind.UN_MECHANISM, OrgKind.COMMISSION_OF_INQUIRY, OrgKind.FACT_FINDING_MISSION)
#: Any part of the UN machinery.
UN_MACHINERY = (OrgKind.UN_BODY, *UN_MECHANISMS)
#: A state and its organs.
STATE = (OrgKind.GOVERNMENT, OrgKind.STATE_ORGAN)

#: The United Nations as a whole, which no rule takes for the body that acts or writes when a
#: body of it is named.
UNITED_NATIONS = "united-nations"
#: The special procedures at large, which "UN experts" names where no one body of experts is.
SPECIAL_PROCEDURES = "special-procedures"
#: The Human Rights Council, of which special procedures are part.
HUMAN_RIGHTS_COUNCIL = "human-rights-council"

__all__ = ["OrgKind", "UN_MECHANISMS", "UN_MACHINERY", "STATE", "UNITED_NATIONS", "HUMAN_RIGHTS_COUNCIL", "SPECIAL_PROCEDURES"]
