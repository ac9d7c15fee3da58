"""Hard .txt cases for cited numbers and issue dates (issue 3): what published copies do around them.

A judgment copied from a legal-news page prints no 案号 of its own, only the decision it reviews (in a
summary line on top and in sentences that lead into the number with 且, a date's 收到 or a role noun);
a batch decision carries a serial after its 号 (…号—02) and a masked copy prints ××-1 for the serial;
a disclosure row gives the decision's number under a 文号 column and cites an agency's 发 document as a
rule and a government's 通告 to the public; a page cut off in mid-narrative has dates but no signature.
Each case damages a sample's clean text; expected values keep the labelling conventions' clean form.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.builder import SampleDoc, expected_fields
from generator.sample_edits import Case, clean, replace_once


def _decision(fields: dict[str, Any]) -> dict[str, str]:
    return next(r for r in fields["references"] if r.get("doc_type") == "penalty_decision")


def judgment_without_own_number(doc: SampleDoc) -> Case:
    """A judgment as a news site reprints it: the 案号 line is gone, a summary line on top names the
    reviewed decision, and the body leads into the decision's number with a date's 收到 and with 且."""
    text, fields = clean(doc)
    number, decision = fields["doc_number"]["value"], _decision(fields)["doc_number"]
    text = replace_once(text, f"{number}\n", "")
    text = f"摘要：被告以{decision}对原告作出处罚\n{text}"
    sentence = f"原告次日收到{decision}《行政处罚决定书》，且{decision}《行政处罚决定书》未载明复议机关。"
    text = replace_once(text, "经审理查明，", f"经审理查明，{sentence}")
    fields = expected_fields(doc.records, text)
    fields.pop("doc_number", None)
    return text, fields


def batch_and_masked_serials(doc: SampleDoc) -> Case:
    """A ruling citing a batch decision (…号—02) and, as a masked copy prints it, a 催告书 whose serial is
    ××-1: both are cited numbers as written, the suffix included."""
    text, fields = clean(doc)
    decision = _decision(fields)
    demand = next(r for r in fields["references"] if r.get("doc_type") == "demand_notice")
    batch = f"{decision['doc_number']}—02"
    masked = demand["doc_number"].rsplit("〕", 1)[0] + "〕××-1号"
    text = replace_once(text, decision["doc_number"], batch, -1)
    text = replace_once(text, demand["doc_number"], masked, -1)
    cited = [{**decision, "doc_number": batch}, {**demand, "doc_number": masked}]
    fields = expected_fields(doc.records, text)
    fields["references"] = cited
    return text, fields


def disclosure_row_number(doc: SampleDoc) -> Case:
    """A disclosure page's table row: the decision's number only under the 文号 column, the 处罚依据 cell
    citing an agency's …发〔〕号文件 and a government's 通告 to the public (rules, not case steps)."""
    text, fields = clean(doc)
    issuer, title, number = fields["issuer"]["value"], fields["title"]["value"], fields["doc_number"]["value"]
    text = replace_once(text, f"{issuer}\n{title}\n{number}\n", "")
    row = (
        "行政处罚决定书文号 | 违法行为类型 | 处罚依据 | 处罚类别\n"
        f"{number} | 非法占用土地 | 郑资规发〔2019〕12号文件、郑政告〔2018〕3号《郑州市人民政府关于"
        "库区移民限期搬迁的通告》 | 罚款\n"
    )
    text = row + text
    fields = expected_fields(doc.records, text)
    fields.pop("title", None)
    fields["doc_type"] = {"value": str(doc.doc_type)}
    fields["doc_number"] = {"value": number}
    return text, fields


def truncated_narrative(doc: SampleDoc) -> Case:
    """A judgment page that ends in mid-narrative: its last line holds dates inside sentences and no
    signature, so the document has no issue date."""
    text, fields = clean(doc)
    cut = text.index("经审理查明")
    tail = "经审理查明，原告在鄂城区杜山镇东港村承租土地，租期自2019年3月1日起2029年2月28日"
    text = text[:cut] + tail + "2019年5月6日原告将该地块转租他人，"
    fields = expected_fields(doc.records, text)
    fields.pop("issue_date", None)
    fields["dates"] = [d for d in fields.get("dates", []) if d["role"] != "issued"]
    fields["dates"] += [
        {"value": "2019-03-01", "role": "violation_found"},  # 自…起: the start of the occupation
        {"value": "2029-02-28", "role": "other"},
        {"value": "2019-05-06", "role": "other"},
    ]
    return text, fields


CASES: list[tuple[str, str, Callable[[SampleDoc], Case]]] = [
    ("hard_judgment_without_number", "court_judgment_01", judgment_without_own_number),
    ("hard_batch_masked_serials", "court_ruling_02", batch_and_masked_serials),
    ("hard_disclosure_row_number", "penalty_decision_02", disclosure_row_number),
    ("hard_truncated_narrative", "court_judgment_01", truncated_narrative),
]
