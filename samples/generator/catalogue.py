"""Which template writes which spec list: the full set of sample documents."""

from __future__ import annotations

from collections.abc import Callable

from generator import specs, templates, templates_court
from generator.builder import SampleDoc
from generator.templates import Spec

_PAIRS: list[tuple[Callable[[Spec], SampleDoc], list[Spec]]] = [
    (templates.penalty_decision, specs.PENALTY_DECISIONS),
    (templates_court.court_ruling, specs.COURT_RULINGS),
    (templates_court.procuratorial_suggestion, specs.PROCURATORIAL_SUGGESTIONS),
    (templates.enforcement_application, specs.ENFORCEMENT_APPLICATIONS),
    (templates.demand_notice, specs.DEMAND_NOTICES),
    (templates.criminal_referral, specs.CRIMINAL_REFERRALS),
    (templates.clue_referral, specs.CLUE_REFERRALS),
    (templates.penalty_notice, specs.PENALTY_NOTICES),
    (templates.stop_order, specs.STOP_ORDERS),
    (templates.suggestion_reply, specs.SUGGESTION_REPLIES),
    (templates.case_referral, specs.CASE_REFERRALS),
    (templates.service_receipt, specs.SERVICE_RECEIPTS),
    (templates_court.court_acceptance, specs.COURT_ACCEPTANCES),
    (templates_court.court_judgment, specs.COURT_JUDGMENTS),
    (templates_court.supervision_application, specs.SUPERVISION_APPLICATIONS),
    (templates_court.reconsideration_decision, specs.RECONSIDERATION_DECISIONS),
]


def all_documents() -> list[SampleDoc]:
    return [template(spec) for template, spec_list in _PAIRS for spec in spec_list]


def by_name() -> dict[str, SampleDoc]:
    return {doc.name: doc for doc in all_documents()}
