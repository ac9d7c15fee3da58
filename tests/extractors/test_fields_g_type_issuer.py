"""doc_type, title and issuer on published-page shapes: a bureau's third-person summary of its
decision, disclosure records whose field names end in a title word, and a letter-spaced header
that lost its first character under a complete page headline.  All text is invented."""

from __future__ import annotations

from plain_text_extraction import everything

SUMMARY_PAGE = (
    "2022年3月,青岚县石桥建材有限公司擅自占用青岚县柳河镇集体土地堆放砂石的行为,违反了《中华人民共和国"
    "土地管理法》第四十四条的规定,已构成非法占地事实。\n"
    "2022年4月6日,青岚县自然资源局对青岚县石桥建材有限公司非法占地的行为进行立案查处,"
    "并于2022年5月9日依法对其作出行政处罚决定:\n"
    "责令该公司退还非法占用的土地,没收在非法占用的土地上新建的建筑物。\n"
    "附件:青自然资罚字〔2022〕第14号 行政处罚决定书\n"
    "文件下载:\n"
)

JUDGMENT_RECOUNTING = (
    "原告王某某诉被告青岚县自然资源局土地行政处罚一案,本院依法审理。\n"
    "被告青岚县自然资源局于2022年5月9日对原告作出行政处罚决定。\n"
    "附件:青自然资罚字〔2022〕第14号 行政处罚决定书\n"
)

RECORD_SPACED = (
    "行政处罚详情\n"
    "    决定书文号 青规罚决[2023]第007号\n"
    "    违法行为类型 违反《中华人民共和国城乡规划法》第四十条规定\n"
    "    行政处罚内容 依据《中华人民共和国城乡规划法》第六十四条的规定,责令停止建设,限期改正,处罚款。\n"
    "    处罚决定日期 2023-06-12\n"
    "    决定机关 青岚县城乡规划管理局\n"
)

# the same record as OCR reads a photo of it: the spaces between label and value are gone
RECORD_GLUED = "\n".join(line.strip().replace(" ", "", 1) for line in RECORD_SPACED.splitlines()) + "\n"

RECORD_TABLE = (
    "行政相对人名称 | 赵XX | ||\n"
    "案件名称 | 赵XX擅自改变林地用途案 | ||\n"
    "决定书(通知书)名称 | 林业行政处罚决定书 | 决定书(通知书)文号 | 青林罚决字2020第11号 |\n"
    "违法事实 | 赵XX在青岚县林地上搭建棚房。 | ||\n"
)

RECORD_TABLE_TRADITIONAL = (
    "行政相對人名稱 | 趙XX | ||\n"
    "案件名稱 | 趙XX擅自改變林地用途案 | ||\n"
    "決定書(通知書)名稱 | 林業行政處罰決定書 | 決定書(通知書)文號 | 青林罰決字2020第11號 |\n"
    "違法事實 | 趙XX在青嵐縣林地上搭建棚房。 | ||\n"
)

CUT_HEADER = (
    "名称:青岚县人民政府行政复议决定书\n"
    "青岚县人民政府行政复议决定书 青政复决字[2022]第3号\n"
    "\n"
    "岚 县 人 民 政 府\n"
    "\n"
    "政 复 议 决 定 书\n"
    "\n"
    "青政复决字[2022]第3号\n"
    "\n"
    "申请人:李某某。\n"
    "被申请人:青岚县柳河镇人民政府。\n"
    "申请人不服被申请人作出的处理决定,于2022年2月3日向本府申请行政复议。\n"
)

# the same page as OCR reads a photo of it: no letter spacing, the headline glued to its number
CUT_HEADER_GLUED = CUT_HEADER.replace("3号\n\n岚 县", "3号\n岚 县").replace(" 青政", "青政").replace(" ", "")

PARTY_HEADLINE = (
    "张某某林业行政处罚决定书\n"
    "青岚县林业局\n"
    "行政处罚决定书\n"
    "青林罚决字〔2021〕第5号\n"
    "当事人:张某某。\n"
    "经查,你于2021年3月擅自改变林地用途。本局决定给予如下处罚:罚款五千元。\n"
)


def _value(found: dict, field: str) -> object:
    item = found.get(field)
    return item["value"] if item else None


def test_summary_page_of_a_decision_is_a_penalty_decision_by_the_reporting_bureau() -> None:
    found = everything(SUMMARY_PAGE)
    assert _value(found, "doc_type") == "penalty_decision"
    assert found["doc_type"]["confidence"] < 0.8
    assert _value(found, "issuer") == "青岚县自然资源局"
    assert found["issuer"]["confidence"] < 0.8
    assert _value(found, "title") is None


def test_a_court_recounting_a_bureau_decision_does_not_make_the_bureau_issuer() -> None:
    found = everything(JUDGMENT_RECOUNTING)
    assert _value(found, "issuer") != "青岚县自然资源局"


def test_record_with_space_separated_fields_is_a_penalty_decision_without_title() -> None:
    found = everything(RECORD_SPACED)
    assert _value(found, "doc_type") == "penalty_decision"
    assert _value(found, "title") is None
    assert _value(found, "issuer") == "青岚县城乡规划管理局"


def test_record_table_naming_a_penalty_decision_is_one_and_its_label_is_no_title() -> None:
    found = everything(RECORD_TABLE)
    assert _value(found, "doc_type") == "penalty_decision"
    assert _value(found, "title") is None


def test_traditional_script_record_table_reads_the_same() -> None:
    found = everything(RECORD_TABLE_TRADITIONAL)
    assert _value(found, "doc_type") == "penalty_decision"
    assert _value(found, "title") is None


def test_letter_spaced_header_missing_its_first_character_yields_to_the_headline() -> None:
    found = everything(CUT_HEADER)
    assert _value(found, "doc_type") == "reconsideration_decision"
    assert _value(found, "title") == "行政复议决定书"
    assert _value(found, "issuer") == "青岚县人民政府"


def test_headline_naming_the_party_still_gives_way_to_the_printed_title() -> None:
    found = everything(PARTY_HEADLINE)
    assert _value(found, "title") == "行政处罚决定书"
    assert _value(found, "doc_type") == "penalty_decision"


def test_glued_record_fields_still_name_type_and_issuer() -> None:
    found = everything(RECORD_GLUED)
    assert _value(found, "doc_type") == "penalty_decision"
    assert _value(found, "title") is None
    assert _value(found, "issuer") == "青岚县城乡规划管理局"


def test_label_without_separator_inside_a_sentence_is_no_issuer_field() -> None:
    found = everything("决定机关青岚县城乡规划管理局认为当事人的申辩理由不能成立。\n")
    assert _value(found, "issuer") is None


def test_cut_header_under_a_headline_glued_to_its_number() -> None:
    found = everything(CUT_HEADER_GLUED)
    assert _value(found, "title") == "行政复议决定书"
    assert _value(found, "issuer") == "青岚县人民政府"
