"""Hard .txt cases for safe repairs of issuers and numbers (issue 3): a header that lost its place's first
character, a sentence word glued before a cited number, a stop notice numbered with a year glued to a
seven-digit serial, and a judgment site's record page that names the court only under a bare 法院 line.

Each case damages a sample's clean text the way held-out real copies were damaged; the expected fields
are what the copy still prints (a repaired issuer only where the text prints the whole place too).
"""

from __future__ import annotations

from collections.abc import Callable

from generator.builder import SampleDoc, expected_fields
from generator.render_text import plain_text
from generator.sample_edits import Case, replace_once


def lost_place_head(doc: SampleDoc) -> Case:
    """The court's header line lost its first character (湖北省… read as 北省…); the party block prints the
    province whole, so the issuer is still the court's full name."""
    text = plain_text(doc)
    fields = expected_fields(doc.records, text)
    issuer = fields["issuer"]["value"]
    return replace_once(text, issuer + "\n", issuer[1:] + "\n"), fields


def glued_function_word(doc: SampleDoc) -> Case:
    """A sentence cites the decision with 由 glued before its number and nothing between: the number is the
    decision's as cited elsewhere, not a new reference."""
    text = plain_text(doc)
    fields = expected_fields(doc.records, text)
    number = fields["references"][0]["doc_number"]
    text = replace_once(text, "本院认为，", f"由{number}《行政处罚决定书》可见，本院认为，")
    return text, fields


def long_serial_stop_order(doc: SampleDoc) -> Case:
    """The decision recounts the stop order it served, numbered with the year glued to a seven-digit serial
    (…执通字2015第0003127号) as a county's case system prints it."""
    text = plain_text(doc)
    stop = "户国土资执通字2015第0003127号"
    text = replace_once(
        text,
        "我局于2015年7月20日",
        f"我局执法人员巡查发现后，当即下达了《责令停止国土资源违法行为通知书》({stop})。我局于2015年7月20日",
    )
    fields = expected_fields(doc.records, text)
    fields["references"] = [*fields.get("references", []), {"doc_number": stop, "doc_type": "stop_order"}]
    return text, fields


def record_page(doc: SampleDoc) -> Case:
    """A judgment site's record page photographed alone: number, dates, the case name, then 法院 over the
    court's line; the judgment's own text is on the next page."""
    text = plain_text(doc)
    fields = expected_fields(doc.records, text)
    sides = {p["role"]: p["name"] for p in fields["parties"]}
    date = fields["issue_date"]["value"]
    record = (
        f"跳转到主要内容\n{fields['doc_number']['value']}\n裁判日期:{date}\n公开日期:{date[:4]}-06-30\n案件名称\n"
        f"{sides['plaintiff']}与{sides['defendant']}土地行政处罚一审行政判决书\n法院\n{fields['issuer']['value']}\n"
        "所属地区\n鄂州市\n案件类型\n行政案件\n审理程序\n一审\n"
    )
    kept = {key: fields[key] for key in ("doc_type", "doc_number", "issuer", "issue_date")}
    kept["parties"] = [p for p in fields["parties"] if p["role"] in ("plaintiff", "defendant")]
    kept["dates"] = [{"value": date, "role": "issued"}]  # 裁判日期; 公开日期 is the site's, not the case's
    return record, kept


CASES: list[tuple[str, str, Callable[[SampleDoc], Case]]] = [
    ("hard_lost_place_head", "court_judgment_01", lost_place_head),
    ("hard_glued_function_word", "court_ruling_01", glued_function_word),
    ("hard_long_serial_stop_order", "penalty_decision_01", long_serial_stop_order),
    ("hard_record_page", "court_judgment_01", record_page),
]
