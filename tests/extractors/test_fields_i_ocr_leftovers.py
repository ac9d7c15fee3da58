"""What OCR of scans and photos leaves behind that the text copies never show (issue 3, round i).

All texts are invented; each test names the general cause it guards.  OCR reads a printed form row
as one box and loses the spaces in it, and it damages the pinyin a web copy prints after a label.
"""

from __future__ import annotations

from typing import Any

import pytest
from plain_text_extraction import everything, party_keys

from extractors.fields.numbers import canonical_doc_number
from extractors.fields.party_form_rows import column_values, glued_label_at

NUMBERS = ("sections", "doc_type", "numbers")


def _own(found: dict[str, Any]) -> str | None:
    number = found.get("doc_number")
    return number["value"] if number else None


def _refs(found: dict[str, Any]) -> set[str]:
    return {r["doc_number"] for r in found.get("references", [])}


# ---- an own number under a label whose pinyin gloss OCR damaged ---------------------------------

_GLOSSED_TABLE = (
    "行政相對(duì)人名稱|譚XX||\n"
    "決定書(通知書)名稱|林業(yè)行政處罰決定書|決定書(通知書)文號{gloss}|清林罰決字2021第07號(hào)|\n"
    "違法事實(shí)|譚XX於2020年未經批准擅自改變林地用途,面積215平方米。|\n"
)


@pytest.mark.parametrize("gloss", ["(hà0)", "(ha0)", "(hao)", "(Hào)", "(hà0"])
def test_number_under_a_label_with_an_ocr_damaged_gloss_is_the_own_number(gloss: str) -> None:
    """OCR reads the o of 號(hào) as 0 or drops a tone or a bracket; normalise() then leaves the gloss
    in place and the label no longer ends right before the number."""
    found = everything(_GLOSSED_TABLE.format(gloss=gloss), NUMBERS)
    assert _own(found) == "清林罚决字2021第07号"
    assert _refs(found) == set()


def test_number_under_an_intact_gloss_stays_the_own_number() -> None:
    found = everything(_GLOSSED_TABLE.format(gloss="(hào)"), NUMBERS)
    assert _own(found) == "清林罚决字2021第07号"


def test_number_under_a_damaged_gloss_on_a_simplified_label_cell() -> None:
    """A retyped details page: label cell and value side by side, the gloss OCR-damaged, no bar."""
    text = "某县林业局行政处罚信息公开\n决定书文号(ha0) 某林罚决〔2022〕第3号\n当事人:某某木业有限公司\n"
    assert _own(everything(text, NUMBERS)) == "某林罚决〔2022〕第3号"


def test_number_in_a_column_whose_heading_carries_a_damaged_gloss() -> None:
    """A disclosure table's heading row (文號(hà0)) over its value row: the column still labels the number."""
    text = (
        "序號 | 行政相對人名稱 | 行政處罰決定書文號(hà0) | 處罰決定日期 |\n"
        "1 | 某某石材廠 | 某自然資罰〔2021〕15號 | 2021-06-02 |\n"
    )
    found = everything(text, NUMBERS)
    assert canonical_doc_number(_own(found) or "") == "某自然资罚(2021)15号"


def test_a_cited_number_after_a_glossed_word_stays_a_citation() -> None:
    """Dropping a damaged gloss never turns a cited decision into the page's own number."""
    text = (
        "某县人民法院\n行政判决书\n(2021)湘0123行初45号\n"
        "原告不服被告作出的某林罚决字〔2020〕第9號(hà0)行政处罚决定书,向本院提起行政诉讼。\n"
    )
    found = everything(text, NUMBERS)
    assert _own(found) == "(2021)湘0123行初45号"
    assert "某林罚决字〔2020〕第9号" in _refs(found)


def test_a_year_in_brackets_is_no_gloss() -> None:
    """Only a bracket with a Latin letter in it is a gloss: a year after a label is part of the number."""
    text = "文号:(2021)某林罚字第12号\n当事人:某某\n"
    assert _own(everything(text, NUMBERS)) == "(2021)某林罚字第12号"


# ---- a form label glued onto the name before it --------------------------------------------------


@pytest.mark.parametrize(
    ("row", "name"),
    [
        ("桃源县青山家庭农场营业执照注册号(或社会信用代码):无", "桃源县青山家庭农场"),
        ("某某建材有限公司营业执照号码:91430000XXXXXXXX", "某某建材有限公司"),
        ("李X华年龄:45岁", "李X华"),
        ("某某石料厂单位地址:某县某镇某村", "某某石料厂"),
        ("王某某工作单位:某县某村委会", "王某某"),
        ("赵某家庭住址:某县某镇", "赵某"),
        ("某某养殖专业合作社法人代表:刘某", "某某养殖专业合作社"),
        ("陈某证件号码:43012419800101XXXX", "陈某"),
    ],
)
def test_a_name_stops_at_a_form_label_ocr_glued_on(row: str, name: str) -> None:
    assert row[: glued_label_at(row, 0, len(row))] == name


@pytest.mark.parametrize("name", ["某某手机店", "某县农业技术推广站", "某某家庭农场", "某某物流有限公司", "年某某"])
def test_a_name_without_a_glued_label_is_left_whole(name: str) -> None:
    assert glued_label_at(name, 0, len(name)) == len(name)


def test_a_label_at_the_start_of_the_value_is_no_tail() -> None:
    """A row that opens with a label holds no name before it: nothing is cut to nothing."""
    row = "营业执照注册号:无"
    assert glued_label_at(row, 0, len(row)) == len(row)


def test_the_cut_stays_inside_the_range_read() -> None:
    text = "被处罚单位名称:某某家庭农场营业执照注册号:无"
    start = text.index("某")
    end = text.index("营")
    assert glued_label_at(text, start, end) == end
    assert glued_label_at(text, start, len(text)) == end


def test_a_summary_row_run_into_the_issuer_row_ends_the_name_at_its_label() -> None:
    """被处罚单位:X村民委员会执法部门:Y局 — the issuer row's label is known by its colon, even past the name's end."""
    text = "被处罚单位(被处罚人):某县某镇某村村民委员会执法部门:某县自然资源局"
    start = text.index("某")
    name_end = text.index(":", start)
    assert text[start : glued_label_at(text, start, name_end)] == "某县某镇某村村民委员会"


def test_an_agency_name_that_ends_in_an_issuer_word_without_a_colon_is_kept() -> None:
    text = "当事人:某县综合行政执法部门"
    assert glued_label_at(text, 4, len(text)) == len(text)


# ---- a disclosure table's heading row wrapped over several lines ----------------------------------

_WRAPPED_HEADINGS = (
    "|索引号|0000000-1/20250301-00012|发布机构|某县林业和草原局|\n"
    "行政相对人名称|行政处罚决定书文号|违法行为类型|违法事实|处\n"
    "罚依据|处罚类别|处罚内容|罚款金额(万元)|没收违法所得、没收非\n"
    "法财物的金额(万元)|处罚决定日期|处罚机关|备注|\n"
    "赵某林|某林草罚决字(2025)第00318号|擅自改变林地用途|未经审核同意,于2024年10月修建便道,"
    "占用林地180平方米。|《中华人民共和国森林法》第七十三条|罚款|罚款3600元|0.36||2025-02-27|某县林业和草原局||\n"
)


def test_a_heading_row_a_photo_wrapped_still_labels_the_value_row() -> None:
    """A narrow photo wraps the heading row over three lines (a cell split at the wrap); the party is in
    the value row below the last of them, not in the heading's second line (罚依据)."""
    assert party_keys(everything(_WRAPPED_HEADINGS)) == {("party", "赵某林")}


def test_column_values_reads_under_the_whole_wrapped_heading_row() -> None:
    found = column_values(_WRAPPED_HEADINGS)
    assert [(head, _WRAPPED_HEADINGS[s:e]) for head, s, e in found] == [("行政相对人", "赵某林")]


def test_a_row_without_closing_bars_is_never_taken_for_a_wrapped_heading() -> None:
    """A table that does not close its rows with a bar: a value row without digits stays the value row."""
    text = "当事人名称 | 违法行为类型 | 处罚机关\n钱某某 | 非法占用土地 | 某县自然资源局\n"
    found = column_values(text)
    assert [(head, text[s:e]) for head, s, e in found] == [("当事人", "钱某某")]


def test_a_value_row_with_a_number_is_no_heading_continuation() -> None:
    """A complete heading row above a value row that ends without its bar: values hold digits."""
    text = "行政相对人名称|行政处罚决定书文号|处罚决定日期|\n孙某某|某自然资罚〔2024〕21号|2024-05-06\n"
    found = column_values(text)
    assert [(head, text[s:e]) for head, s, e in found] == [("行政相对人", "孙某某")]
