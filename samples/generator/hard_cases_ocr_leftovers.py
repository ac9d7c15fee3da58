"""Hard .txt cases for what OCR leaves of a published page (issue 3): text as a scan or photo reads it.

OCR reads a form row as one box and loses the space between a value and the next label, so the label
is glued onto the party's name ("…家庭农场营业执照注册号"); it damages the pinyin a web copy prints
after a label (文號(hà0)), which then stands between the label and the number it labels; and a narrow
photo wraps a disclosure table's heading row over several lines.  Each case damages a sample's clean
text that way; the expected values stay the clean ones.
"""

from __future__ import annotations

from collections.abc import Callable

from generator.builder import SampleDoc
from generator.sample_edits import Case, clean, kind_kept_fields, replace_once


def glossed_number_label(doc: SampleDoc) -> Case:
    """A disclosure page: the header is gone and, under the party's row, the number stands in a
    label | value row whose label keeps an OCR-damaged pinyin gloss (文號(hà0)), its 号 glossed too."""
    text, fields = clean(doc)
    issuer, title, number = fields["issuer"]["value"], fields["title"]["value"], fields["doc_number"]["value"]
    party = next(row for row in text.splitlines() if row.startswith("被处罚人："))
    row = f"决定书名称|{title}|决定书文號(hà0)|{number[:-1]}號(hao)|"
    text = replace_once(text, f"{issuer}\n{title}\n{number}\n{party}\n", f"{party}\n{row}\n")
    fields = kind_kept_fields(doc, text)
    fields["doc_number"] = {"value": number}
    return text, fields


def glued_form_label(doc: SampleDoc) -> Case:
    """The party block as a registration form OCR read row by row: the organisation's name runs straight
    into the next label (营业执照注册号), with no space, comma or colon between them."""
    text, fields = clean(doc)
    party = fields["parties"][0]["name"]
    line = next(row for row in text.splitlines() if row.startswith("被处罚人：") and party in row)
    code = line.split("统一社会信用代码：", 1)[1].split("，", 1)[0]
    place = line.rsplit("住所地", 1)[1].rstrip("。")
    form = f"被处罚单位名称:{party}营业执照注册号(或统一社会信用代码):{code}\n单位地址:{place}"
    text = replace_once(text, line, form)
    return text, fields


_WRAPPED_HEADING_ROW = (
    "|索引号|0000000-1/20200521-00031|发布机构|信息公开|\n"
    "行政相对人名称|行政处罚决定书文号|违法行为类型|违法事实|处\n"
    "罚依据|处罚类别|处罚内容|罚款金额(万元)|没收违法所得、没收非\n"
    "法财物的金额(万元)|处罚决定日期|处罚机关|备注|\n"
)


def wrapped_heading_row(doc: SampleDoc) -> Case:
    """A disclosure page photographed narrow: the header and the party line are gone, the table's heading
    row wraps over three lines (a cell split at each wrap) and the value row names the party."""
    text, fields = clean(doc)
    issuer, title, number = fields["issuer"]["value"], fields["title"]["value"], fields["doc_number"]["value"]
    party = fields["parties"][0]["name"]
    line = next(row for row in text.splitlines() if row.startswith("被处罚人：") and party in row)
    values = f"{party}|{number}|非法占用土地|未经批准占用集体土地硬化场地|见决定书|罚款|见决定书|||||\n"
    text = replace_once(text, f"{issuer}\n{title}\n{number}\n{line}\n", _WRAPPED_HEADING_ROW + values)
    fields = kind_kept_fields(doc, text)
    return text, fields


CASES: list[tuple[str, str, Callable[[SampleDoc], Case]]] = [
    ("hard_glossed_number_label", "penalty_decision_02", glossed_number_label),
    ("hard_wrapped_heading_row", "penalty_decision_02", wrapped_heading_row),
    # Passes once party_names.read_name stops a name at party_form_rows.glued_label_at (see the report).
    ("hard_glued_form_label", "penalty_decision_02", glued_form_label),
]
