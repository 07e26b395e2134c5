"""The guideline's rules as plain functions.

Every function quotes, in its docstring, the passage of *Göteborgs Stads riktlinje för arbete med
avhoppare* (2023) that it implements and names its section; ``docs/guideline-conformance.md`` maps
each rule to its function and test.
"""

from utvag.domain.rules.assessment import (
    assess,
    assessment_contradictions,
    consent_withdrawn_errors,
    future_date_errors,
)
from utvag.domain.rules.case_flow import (
    ALLOWED_TRANSITIONS,
    TransferPlan,
    add_intervention,
    can_transition,
    change_status,
    may_decide_intervention,
    open_case,
    open_transferred_case,
    process_ending,
    record_routing,
    transfer_case,
    transfer_target,
)
from utvag.domain.rules.checkpoints import (
    custody_warnings,
    may_continue_after_serious_crime,
    may_handle_relatives_case,
    relative_warnings,
    serious_crime_warnings,
    state_funding_warnings,
)
from utvag.domain.rules.criteria import (
    belonging_source_warnings,
    belongs_criterion,
    consent_criterion,
    involved_authorities,
    is_defector,
    needs_protection_criterion,
    wants_to_leave_criterion,
    womens_roles_warnings,
)
from utvag.domain.rules.milieu import (
    describe_milieu,
    expected_milieu_judge,
    is_honour_context_defector,
    milieu_judge_warnings,
)
from utvag.domain.rules.protection import (
    effective_protection_need,
    protection_contradictions,
    relocation_reasons,
    required_relocation,
)
from utvag.domain.rules.result import RuleResult
from utvag.domain.rules.routing import is_special_defector, route, sav_judgement_needed
from utvag.domain.rules.threat import governing_threat, threat_review_warnings
from utvag.domain.rules.threat_update import (
    RoutingBasis,
    ThreatRerouting,
    current_threat,
    reroute_on_threat,
)

__all__ = [
    "ALLOWED_TRANSITIONS",
    "RoutingBasis",
    "RuleResult",
    "ThreatRerouting",
    "TransferPlan",
    "add_intervention",
    "assess",
    "assessment_contradictions",
    "belonging_source_warnings",
    "belongs_criterion",
    "can_transition",
    "change_status",
    "consent_criterion",
    "consent_withdrawn_errors",
    "current_threat",
    "custody_warnings",
    "describe_milieu",
    "effective_protection_need",
    "expected_milieu_judge",
    "future_date_errors",
    "governing_threat",
    "involved_authorities",
    "is_defector",
    "is_honour_context_defector",
    "is_special_defector",
    "may_continue_after_serious_crime",
    "may_decide_intervention",
    "may_handle_relatives_case",
    "milieu_judge_warnings",
    "needs_protection_criterion",
    "open_case",
    "open_transferred_case",
    "process_ending",
    "protection_contradictions",
    "record_routing",
    "relative_warnings",
    "relocation_reasons",
    "required_relocation",
    "reroute_on_threat",
    "route",
    "sav_judgement_needed",
    "serious_crime_warnings",
    "state_funding_warnings",
    "threat_review_warnings",
    "transfer_case",
    "transfer_target",
    "wants_to_leave_criterion",
    "womens_roles_warnings",
]
