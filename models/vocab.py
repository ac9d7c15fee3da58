"""The one source of the codes every interface shares (../shared/contract.md).

Each vocabulary is a StrEnum so that codes serialise as plain strings in JSON,
the database and the CLI, while code keeps the typo-safety of an enum.  The
Chinese labels are what users see; the codes are what programs exchange.
Extend only by adding: removing or renaming a code breaks stored ledgers.
"""

from __future__ import annotations

from enum import StrEnum


class DocType(StrEnum):
    PENALTY_DECISION = "penalty_decision"
    PENALTY_NOTICE = "penalty_notice"
    STOP_ORDER = "stop_order"
    DEMAND_NOTICE = "demand_notice"
    ENFORCEMENT_APPLICATION = "enforcement_application"
    COURT_ACCEPTANCE = "court_acceptance"
    COURT_RULING = "court_ruling"
    COURT_JUDGMENT = "court_judgment"
    RECONSIDERATION_DECISION = "reconsideration_decision"
    PROCURATORIAL_SUGGESTION = "procuratorial_suggestion"
    SUGGESTION_REPLY = "suggestion_reply"
    SUPERVISION_APPLICATION = "supervision_application"
    CLUE_REFERRAL = "clue_referral"
    CRIMINAL_REFERRAL = "criminal_referral"
    CASE_REFERRAL = "case_referral"
    SERVICE_RECEIPT = "service_receipt"  # 送达回证 (added: proves a service date)
    OTHER = "other"


DOC_TYPE_LABELS: dict[DocType, str] = {
    DocType.PENALTY_DECISION: "行政处罚决定书",
    DocType.PENALTY_NOTICE: "行政处罚告知书",
    DocType.STOP_ORDER: "责令停止违法行为通知书",
    DocType.DEMAND_NOTICE: "催告书",
    DocType.ENFORCEMENT_APPLICATION: "强制执行申请书",
    DocType.COURT_ACCEPTANCE: "受理案件通知书",
    DocType.COURT_RULING: "行政裁定书",
    DocType.COURT_JUDGMENT: "行政判决书",
    DocType.RECONSIDERATION_DECISION: "行政复议决定书",
    DocType.PROCURATORIAL_SUGGESTION: "检察建议书",
    DocType.SUGGESTION_REPLY: "检察建议回复",
    DocType.SUPERVISION_APPLICATION: "检察监督申请书",
    DocType.CLUE_REFERRAL: "问题线索移送书",
    DocType.CRIMINAL_REFERRAL: "涉嫌犯罪案件移送书",
    DocType.CASE_REFERRAL: "案件移送函",
    DocType.SERVICE_RECEIPT: "送达回证",
    DocType.OTHER: "其他文书",
}


class RulingType(StrEnum):
    ENFORCE = "enforce"
    REFUSE = "refuse"
    NOT_ACCEPTED = "not_accepted"
    SUSPEND = "suspend"
    TERMINATE = "terminate"
    TERMINATE_ROUND = "terminate_round"
    WITHDRAWN = "withdrawn"


RULING_TYPE_LABELS: dict[RulingType, str] = {
    RulingType.ENFORCE: "准予强制执行",
    RulingType.REFUSE: "不准予强制执行",
    RulingType.NOT_ACCEPTED: "不予受理",
    RulingType.SUSPEND: "中止执行",
    RulingType.TERMINATE: "终结执行",
    RulingType.TERMINATE_ROUND: "终结本次执行程序",
    RulingType.WITHDRAWN: "准许撤回申请",
}


class Executor(StrEnum):
    COURT = "court"
    GOVERNMENT = "government"
    APPLICANT = "applicant"


class PartyRole(StrEnum):
    PARTY = "party"
    APPLICANT = "applicant"
    RESPONDENT = "respondent"
    PLAINTIFF = "plaintiff"
    DEFENDANT = "defendant"
    THIRD_PARTY = "third_party"
    RECIPIENT_ORG = "recipient_org"
    REFERRED_PERSON = "referred_person"


PARTY_ROLE_LABELS: dict[PartyRole, str] = {
    PartyRole.PARTY: "当事人",
    PartyRole.APPLICANT: "申请执行人",
    PartyRole.RESPONDENT: "被执行人",
    PartyRole.PLAINTIFF: "原告",
    PartyRole.DEFENDANT: "被告",
    PartyRole.THIRD_PARTY: "第三人",
    PartyRole.RECIPIENT_ORG: "主送机关",
    PartyRole.REFERRED_PERSON: "被移送人",
}


# The labels documents print before a party's name, and the role each stands for (the party readers and the
# section finder both read them).
PRINTED_ROLE_LABELS: dict[str, PartyRole] = {
    "被申请执行人": PartyRole.RESPONDENT,
    "被申请人": PartyRole.RESPONDENT,
    "被执行人": PartyRole.RESPONDENT,
    "申请执行人": PartyRole.APPLICANT,
    "复议申请人": PartyRole.APPLICANT,
    "申请复议人": PartyRole.APPLICANT,
    "申请人": PartyRole.APPLICANT,
    "违法当事人": PartyRole.PARTY,
    "违法行为人": PartyRole.PARTY,
    "被处罚单位": PartyRole.PARTY,
    "被处罚行为人": PartyRole.PARTY,
    "被处罚人": PartyRole.PARTY,
    "被处罚对象": PartyRole.PARTY,
    "被处罚当事人": PartyRole.PARTY,
    # an order to correct names whom it orders (责令改正违法行为决定书: 被责令改正单位:X公司)
    "被责令改正单位": PartyRole.PARTY,
    "被责令改正人": PartyRole.PARTY,
    "被责令改正当事人": PartyRole.PARTY,
    "当事企业": PartyRole.PARTY,  # a publicity page's "当事企业基本情况:"
    "当事单位": PartyRole.PARTY,
    "当事人": PartyRole.PARTY,
    "行政相对人": PartyRole.PARTY,
    "原告": PartyRole.PLAINTIFF,
    "被告": PartyRole.DEFENDANT,
    "第三人": PartyRole.THIRD_PARTY,
    # An appeal keeps each side's first-instance role (the contract has no appellant role); 上诉人 and
    # 被上诉人 are resolved by their bracket "(原审被告)" or, without one, by the name (see first_instance_role).
    "原审原告": PartyRole.PLAINTIFF,
    "原审被告": PartyRole.DEFENDANT,
    "原审第三人": PartyRole.THIRD_PARTY,
    "一审原告": PartyRole.PLAINTIFF,
    "一审被告": PartyRole.DEFENDANT,
    "一审第三人": PartyRole.THIRD_PARTY,
    "一、二审第三人": PartyRole.THIRD_PARTY,  # a retrial's third party at both earlier instances
    "上诉人": PartyRole.PLAINTIFF,
    "被上诉人": PartyRole.PLAINTIFF,
    # a retrial's other appeal sides (原审上诉人(一审被告)): resolved the same way
    "原审上诉人": PartyRole.PLAINTIFF,
    "原审被上诉人": PartyRole.PLAINTIFF,
    # a retrial lists a side that did not petition by its appeal role (二审被上诉人(一审被告):X)
    "二审上诉人": PartyRole.PLAINTIFF,
    "二审被上诉人": PartyRole.PLAINTIFF,
    # A retrial petition's sides too ("再审申请人(一审原告、二审上诉人)"); one who sued and was turned
    # away (起诉人) is the plaintiff, the body sued (被起诉人) the defendant.
    "再审申请人": PartyRole.PLAINTIFF,
    "再审被申请人": PartyRole.PLAINTIFF,
    "申请再审人": PartyRole.PLAINTIFF,  # the older wording of the same label
    "被申请再审人": PartyRole.PLAINTIFF,
    "申诉人": PartyRole.PLAINTIFF,  # a petition against a final judgment: its bracket tells the first-instance side
    "被申诉人": PartyRole.PLAINTIFF,
    "起诉人": PartyRole.PLAINTIFF,
    "被起诉人": PartyRole.DEFENDANT,
    "被移送人": PartyRole.REFERRED_PERSON,
    "犯罪嫌疑人": PartyRole.REFERRED_PERSON,
    "主送机关": PartyRole.RECIPIENT_ORG,
    "主送": PartyRole.RECIPIENT_ORG,
    # a state-compensation case (国家赔偿决定书): who claims, and the body that owes it
    "赔偿请求人": PartyRole.APPLICANT,
    "赔偿义务机关": PartyRole.RESPONDENT,
    "受送达人": PartyRole.PARTY,
    # A form's "被告知人" is the person a notice or decision is served on: the party, never a 被告.
    "被告知人": PartyRole.PARTY,
}


class PartyKind(StrEnum):
    PERSON = "person"
    ORGANIZATION = "organization"


class Reader(StrEnum):
    """Which reader produced the text; a mixed PDF reports pdf_text."""

    DOCX = "docx"
    PDF_TEXT = "pdf_text"
    OCR = "ocr"
    TEXT = "text"
    HTML = "html"  # a saved web page (added to the contract's docx | pdf_text | ocr | text)


class DateRole(StrEnum):
    """What a date in a document stands for; the role matters more than the date."""

    ISSUED = "issued"  # the document's own date (signature block)
    VIOLATION_FOUND = "violation_found"
    DECISION = "decision"  # date of a decision the document cites
    SERVED = "served"
    APPLICATION_FILED = "application_filed"
    RECEIVED = "received"  # court or agency received a document
    ACCEPTED = "accepted"
    RULED = "ruled"
    OTHER = "other"


class Actor(StrEnum):
    BUREAU = "bureau"
    COURT = "court"
    HIGHER_COURT = "higher_court"
    PROCURATORATE = "procuratorate"
    RESPONDENT = "respondent"
    GOVERNMENT = "government"
    POLICE = "police"
    DISCIPLINE_INSPECTION = "discipline_inspection"


ACTOR_LABELS: dict[Actor, str] = {
    Actor.BUREAU: "自然资源主管部门",
    Actor.COURT: "人民法院",
    Actor.HIGHER_COURT: "上一级人民法院",
    Actor.PROCURATORATE: "人民检察院",
    Actor.RESPONDENT: "当事人",
    Actor.GOVERNMENT: "人民政府",
    Actor.POLICE: "公安机关",
    Actor.DISCIPLINE_INSPECTION: "纪检监察机关",
}


class Counting(StrEnum):
    CALENDAR_DAYS = "calendar_days"
    WORKING_DAYS = "working_days"
    MONTHS = "months"


class EventKind(StrEnum):
    """Timeline events.  The first block are the EVENT codes of `xianjie deadlines`."""

    DECISION_SERVED = "decision_served"
    DEMAND_SERVED = "demand_served"
    APPLICATION_FILED = "application_filed"
    COURT_RECEIVED_APPLICATION = "court_received_application"
    CASE_ACCEPTED = "case_accepted"
    ACCEPTANCE_RECEIVED = "acceptance_received"
    RULING_RECEIVED = "ruling_received"
    REFUSAL_RULED = "refusal_ruled"
    SUGGESTION_RECEIVED = "suggestion_received"
    QUARTER_END = "quarter_end"
    # further timeline events (not deadline triggers on the command line)
    DECISION_MADE = "decision_made"
    RULED = "ruled"
    REPLY_SENT = "reply_sent"
    COPY_SENT = "copy_sent"  # 抄送/报送 to the procuratorate
    SUPERVISION_APPLIED = "supervision_applied"
    CRIMINAL_REFERRED = "criminal_referred"
    CLUE_REFERRED = "clue_referred"
    CASE_REFERRED = "case_referred"
    NOTICE_SERVED = "notice_served"
    STOP_ORDER_SERVED = "stop_order_served"
    RECONSIDERATION_DECIDED = "reconsideration_decided"
    JUDGMENT_RULED = "judgment_ruled"


EVENT_LABELS: dict[EventKind, str] = {
    EventKind.DECISION_SERVED: "处罚决定送达",
    EventKind.DEMAND_SERVED: "催告书送达",
    EventKind.APPLICATION_FILED: "申请强制执行",
    EventKind.COURT_RECEIVED_APPLICATION: "法院收到申请",
    EventKind.CASE_ACCEPTED: "法院立案受理",
    EventKind.ACCEPTANCE_RECEIVED: "收到受理通知书",
    EventKind.RULING_RECEIVED: "收到执行裁定",
    EventKind.REFUSAL_RULED: "作出不准予执行裁定",
    EventKind.SUGGESTION_RECEIVED: "收到检察建议",
    EventKind.QUARTER_END: "季度末",
    EventKind.DECISION_MADE: "作出处罚决定",
    EventKind.RULED: "法院作出裁定",
    EventKind.REPLY_SENT: "书面回复检察建议",
    EventKind.COPY_SENT: "抄送检察院",
    EventKind.SUPERVISION_APPLIED: "申请检察监督",
    EventKind.CRIMINAL_REFERRED: "移送公安机关",
    EventKind.CLUE_REFERRED: "移送问题线索",
    EventKind.CASE_REFERRED: "案件移送",
    EventKind.NOTICE_SERVED: "告知书送达",
    EventKind.STOP_ORDER_SERVED: "责令通知书送达",
    EventKind.RECONSIDERATION_DECIDED: "作出复议决定",
    EventKind.JUDGMENT_RULED: "作出行政判决",
}


class FieldSource(StrEnum):
    RULE = "rule"
    MODEL = "model"
    REVIEWER = "reviewer"


class FieldStatus(StrEnum):
    AUTO = "auto"
    NEEDS_REVIEW = "needs_review"
    CONFIRMED = "confirmed"
    CORRECTED = "corrected"


class ObligationStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    OVERDUE = "overdue"


class DocumentStatus(StrEnum):
    """Where a recorded document stands; `needs_review` while any field awaits a person."""

    RECORDED = "recorded"
    NEEDS_REVIEW = "needs_review"
    REVIEWED = "reviewed"


DOCUMENT_STATUS_LABELS: dict[DocumentStatus, str] = {
    DocumentStatus.RECORDED: "已入账",
    DocumentStatus.NEEDS_REVIEW: "待审核",
    DocumentStatus.REVIEWED: "已审核",
}


class LinkStatus(StrEnum):
    """A proposed document-to-case link that linking could not decide alone."""

    OPEN = "open"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class UserRole(StrEnum):
    REVIEWER = "reviewer"
    CLERK = "clerk"
    PROCURATORATE = "procuratorate"
    ADMIN = "admin"


USER_ROLE_LABELS: dict[UserRole, str] = {
    UserRole.REVIEWER: "审核员",
    UserRole.CLERK: "办案人员",
    UserRole.PROCURATORATE: "检察院",
    UserRole.ADMIN: "管理员",
}

# Scalar fields and list fields of an extraction, in the order the contract lists them.
SCALAR_FIELDS: tuple[str, ...] = (
    "doc_type",
    "title",
    "doc_number",
    "issuer",
    "recipient",
    "issue_date",
    "ruling_type",
    "executor",
    "fine_amount",
    "area_m2",
    "location",
    "confiscation",
    "demolition",
    "return_land",
)
LIST_FIELDS: tuple[str, ...] = ("parties", "references", "legal_basis", "stated_deadlines", "dates")
