"""Case linking: by cited numbers, by court case number, by party and place; ambiguity goes to review."""

from __future__ import annotations

from datetime import date

import ledger_docs as docs
import pytest
from sqlmodel import select

from ledger.linking import link_document, merge_cases, open_link_candidates, resolve_link, split_document
from ledger.numbers import canonical_doc_number, canonical_name, is_masked_name
from ledger.record import record_document
from models.tables import AuditEntry, Case, Document, Party

TODAY = date(2025, 9, 1)


@pytest.mark.parametrize("written", [
    "户国土罚字〔2016〕第126号", "户国土罚字[2016]126号", "户国土罚字（2016）第126号", "户国土罚字【2016】第 126 号",
    "户国土罚字﹝２０１６﹞第１２６號", "户国土罚字(2016)第0126号", "户国土罚字 ［2016］ 126 号",
])
def test_variants_of_one_number_share_a_key(written):
    assert canonical_doc_number(written) == canonical_doc_number("户国土罚字〔2016〕第126号") == "户国土罚字(2016)126号"


def test_court_numbers_keep_their_court_code():
    assert canonical_doc_number("（2017）陕0125行审3号") == canonical_doc_number("(2017)陕0125行审第3号")
    assert canonical_doc_number("（2017）陕0125行审3号") != canonical_doc_number("（2017）陕0125行审13号")


def test_judicial_interpretations_link_nothing(session):
    from ledger.numbers import is_normative_number

    assert is_normative_number(canonical_doc_number("法释〔2018〕1号"))
    assert not is_normative_number(canonical_doc_number("户国土罚字〔2016〕第126号"))
    first = docs.court_ruling(number="（2025）陕0118行审45号")
    second = docs.court_ruling(number="（2025）陕0118行审46号")
    for line, company in ((first, "西安华通建材有限公司"), (second, "陕西秦岭石材有限公司")):
        line["fields"]["references"] = [docs.reference("法释〔2018〕1号")]
        line["fields"]["parties"] = [docs.party("respondent", company)]
    a = link_document(session, _record(session, first))
    b = link_document(session, _record(session, second))
    assert a.created_case and b.created_case and a.case_id != b.case_id


def test_names_and_masks():
    assert canonical_name("一宇路桥养护有限公司（分公司）") == canonical_name("一宇路桥养护有限公司 (分公司)")
    assert is_masked_name("张某某") and is_masked_name("***") and not is_masked_name("张建国")


def _record(session, line):
    outcome = record_document(session, sha256=line["sha256"], original_name=line["file"], archive_path="x",
                              extraction=line)
    return outcome.document_id


def test_a_ruling_citing_a_decision_joins_its_case(session):
    decision = link_document(session, _record(session, docs.penalty_decision()))
    assert decision.created_case and decision.how == "new"
    ruling = link_document(session, _record(session, docs.court_ruling()))  # cites 〔2025〕第12號
    assert ruling.case_id == decision.case_id and ruling.how == "number"
    assert "文号引用一致" in ruling.message


def test_a_decision_arriving_late_joins_the_documents_citing_it(session):
    ruling = link_document(session, _record(session, docs.court_ruling()))
    decision = link_document(session, _record(session, docs.penalty_decision()))
    assert decision.case_id == ruling.case_id and decision.how == "number"


def test_court_documents_share_a_case_number(session):
    acceptance = docs.court_acceptance()
    del acceptance["fields"]["references"]
    ruling = docs.court_ruling(number="（2025）陕0118行审第45号")
    del ruling["fields"]["references"]
    first = link_document(session, _record(session, acceptance))
    second = link_document(session, _record(session, ruling))
    assert second.case_id == first.case_id and second.how == "court_number"


def test_same_party_at_the_same_place_links(session):
    decision = link_document(session, _record(session, docs.penalty_decision()))
    application = docs.enforcement_application()
    del application["fields"]["references"]
    linked = link_document(session, _record(session, application))  # same company, same 东韩村
    assert linked.case_id == decision.case_id and linked.how == "party"


def test_same_party_elsewhere_is_another_case(session):
    link_document(session, _record(session, docs.penalty_decision()))
    other = docs.penalty_decision(number="鄠自然资罚字〔2025〕第40号", place="鄠邑区蒋村街道西凹里村")
    linked = link_document(session, _record(session, other))
    assert linked.created_case


def test_masked_names_do_not_link(session):
    first = docs.penalty_decision(number="鄠自然资罚字〔2025〕第7号", company="张某某")
    second = docs.penalty_decision(number="鄠自然资罚字〔2025〕第8号", company="张某某")
    a = link_document(session, _record(session, first))
    b = link_document(session, _record(session, second))
    assert a.created_case and b.created_case and a.case_id != b.case_id


def test_same_party_without_a_place_goes_to_review(session):
    decision = link_document(session, _record(session, docs.penalty_decision()))
    notice = docs.demand_notice()
    del notice["fields"]["references"]
    linked = link_document(session, _record(session, notice))
    assert linked.case_id is None and linked.how == "review" and linked.candidates == [decision.case_id]
    assert "请人工确认" in linked.message
    case_id = resolve_link(session, linked.document_id, decision.case_id, who="赵书记员", today=TODAY)
    assert case_id == decision.case_id
    assert session.get(Document, linked.document_id).case_id == decision.case_id
    assert open_link_candidates(session) == []


def test_a_document_citing_two_cases_is_not_guessed(session):
    a = link_document(session, _record(session, docs.penalty_decision()))
    b = link_document(session, _record(session, docs.penalty_decision(number="鄠自然资罚字〔2025〕第13号",
                                                                      company="西安华通建材有限公司",
                                                                      place="鄠邑区草堂街道")))
    suggestion = docs.procuratorial_suggestion()
    suggestion["fields"]["references"].append(docs.reference("鄠自然资罚字[2025]13号", "penalty_decision"))
    linked = link_document(session, _record(session, suggestion))
    assert linked.case_id is None and sorted(linked.candidates) == sorted([a.case_id, b.case_id])
    assert len(open_link_candidates(session)) == 2
    new_case = resolve_link(session, linked.document_id, None, who="赵书记员", today=TODAY)
    assert new_case not in (a.case_id, b.case_id)
    assert open_link_candidates(session) == []


def test_merge_and_split_leave_an_audit_trail(session):
    a = link_document(session, _record(session, docs.penalty_decision()))
    # OCR misread the number and the name: nothing links it, so it starts a case of its own
    misread = {"cited": "鄠自然资罚字〔2025〕第99号", "company": "西安一宇路桥建设养扩有限公司"}
    receipt = docs.service_receipt("2025-01-10", **misread)
    b = link_document(session, _record(session, receipt))
    assert b.created_case
    merge_cases(session, a.case_id, b.case_id, who="赵书记员", today=TODAY)
    assert session.get(Case, b.case_id).merged_into_id == a.case_id
    assert {d.case_id for d in session.exec(select(Document)).all()} == {a.case_id}
    assert {p.case_id for p in session.exec(select(Party)).all()} == {a.case_id}
    later = docs.service_receipt("2025-02-01", **misread)  # cites the same (misread) number
    again = link_document(session, _record(session, later))
    assert again.case_id == a.case_id  # the merged case's documents now lead to the survivor
    split = split_document(session, b.document_id, who="赵书记员", today=TODAY)
    assert session.get(Document, b.document_id).case_id == split.id != a.case_id
    actions = {e.action for e in session.exec(select(AuditEntry)).all()}
    assert {"merge", "split", "link:new", "link:court_number"} <= actions
