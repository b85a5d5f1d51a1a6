"""ORM models. Importing this package registers every table on ``Base.metadata``.

Alembic's env.py and the tests import it so that autogenerate and comparisons see all models.
"""

from lijiabu_desk.models.accounts import Account
from lijiabu_desk.models.base import Base
from lijiabu_desk.models.boundary import (
    BoundaryAgreement,
    BoundaryMarker,
    BoundaryMeasurement,
    BoundaryParty,
    BoundaryWitness,
)
from lijiabu_desk.models.disputes import Dispute, DisputeParty, Referral
from lijiabu_desk.models.mediation import (
    Agreement,
    AgreementTerm,
    FollowUp,
    MediationSession,
    SessionParticipant,
)
from lijiabu_desk.models.meetings import (
    JointMeeting,
    MeetingActionItem,
    MeetingAttendee,
    MeetingTopic,
)
from lijiabu_desk.models.places import Village, VillageGroup
from lijiabu_desk.models.records import Attachment, AuditEntry
from lijiabu_desk.models.register import (
    HomeVisit,
    HomeVisitOfficer,
    HomeVisitPerson,
    Household,
    HouseholdTag,
    IdRenewal,
    Person,
    PersonMerge,
)
from lijiabu_desk.models.services_log import (
    ContactCard,
    OutreachEvent,
    OutreachOfficer,
    ServiceCall,
)
from lijiabu_desk.models.station import DocumentCounter, Officer, Station

__all__ = [
    "Account",
    "Agreement",
    "AgreementTerm",
    "Attachment",
    "AuditEntry",
    "Base",
    "BoundaryAgreement",
    "BoundaryMarker",
    "BoundaryMeasurement",
    "BoundaryParty",
    "BoundaryWitness",
    "ContactCard",
    "Dispute",
    "DisputeParty",
    "DocumentCounter",
    "FollowUp",
    "HomeVisit",
    "HomeVisitOfficer",
    "HomeVisitPerson",
    "Household",
    "HouseholdTag",
    "IdRenewal",
    "JointMeeting",
    "MediationSession",
    "MeetingActionItem",
    "MeetingAttendee",
    "MeetingTopic",
    "Officer",
    "OutreachEvent",
    "OutreachOfficer",
    "Person",
    "PersonMerge",
    "Referral",
    "ServiceCall",
    "SessionParticipant",
    "Station",
    "Village",
    "VillageGroup",
]
