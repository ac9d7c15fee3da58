"""Document type, title and issuer of reconsideration decisions and of judgments as web pages print
them (issue 3): refusal titles, body-only excerpts, judgment-database record lines, search-spam
headlines, site column names, disclosure-table column headers and wrapped case-name headlines.

Every text here is invented; each test pins one general cause seen on real published documents.
"""

from __future__ import annotations

from plain_text_extraction import everything

from extractors.fields.sections import find_sections


def _value(found: dict, name: str) -> str | None:
    return found[name]["value"] if name in found else None


REFUSAL = """临江市人民政府
不予受理行政复议申请决定书
临政复不受字〔2025〕第17号
申请人:王某。
被申请人:临江市东湖区人民政府。
申请人王某以临江市东湖区人民政府为被申请人,于2025年3月4日向本机关邮寄行政复议申请,本机关于同月6日收悉。
经查,申请人请求撤销的是一份催告书,该催告书告知申请人享有陈述和申辩的权利。
"""


def test_refusal_to_accept_an_application_is_a_reconsideration_decision() -> None:
    found = everything(REFUSAL)
    assert _value(found, "doc_type") == "reconsideration_decision"
    assert _value(found, "title") == "不予受理行政复议申请决定书"
    assert _value(found, "issuer") == "临江市人民政府"


EXCERPT = (
    "申请人李某因不服被申请人青山县石门镇人民政府作出的青石政〔2024〕罚决字第8号《行政处罚决定书》,"
    "于2024年9月2日向本机关提出行政复议申请,请求撤销该行政处罚决定书。经审查,本机关依法予以受理。\n"
    "申请人称:被申请人认定的占地面积有误。\n"
    "被申请人称:申请人未经批准占用集体土地建设住宅,事实清楚。\n"
)


def test_body_only_reconsideration_is_typed_by_the_application_made_to_it() -> None:
    assert _value(everything(EXCERPT), "doc_type") == "reconsideration_decision"


def test_a_decision_pointing_to_reconsideration_stays_a_penalty_decision() -> None:
    text = (
        "青山县自然资源局\n行政处罚决定书\n青自然资罚〔2024〕12号\n当事人:赵某\n"
        "经查,你于2024年3月未经批准占用耕地建房。根据《中华人民共和国土地管理法》第七十八条,决定如下:\n"
        "一、责令退还非法占用的土地。\n"
        "如不服本决定,可在收到本决定书之日起六十日内向青山县人民政府申请行政复议。\n"
    )
    assert _value(everything(text), "doc_type") == "penalty_decision"


DATABASE = """李某某、张某某等与平川县自然资源局资源行政管理:土地行政管理(土地)一审行政判决书
案号:(2022)湘0521行初9号
判决日期:2022-06-30
法院:湖南省平川县人民法院
当事人信息
原告李某某、张某某诉被告平川县自然资源局土地行政处罚一案,本院于2022年4月8日立案后依法组成合议庭,公开开庭审理了本案。
"""


def test_database_headline_with_cause_path_types_the_judgment() -> None:
    found = everything(DATABASE)
    assert _value(found, "doc_type") == "court_judgment"
    assert "title" not in found


def test_database_court_line_is_the_issuer_below_review() -> None:
    found = everything(DATABASE)
    assert _value(found, "issuer") == "湖南省平川县人民法院"
    assert found["issuer"]["confidence"] < 0.8


SPAM = """行政判决书怎么写(行政案件判决书范文)

【典型案例】平川县自然资源局、李某资源行政管理二审行政判决书

湖南省清河市中级人民法院


行 政 判 决 书

(2023)湘05行终41号

上诉人(原审被告)平川县自然资源局,住所地平川县人民路1号。
被上诉人(原审原告)李某,男,1970年5月1日出生,住平川县。
上诉人平川县自然资源局因被上诉人李某诉撤销土地行政处罚一案,不服平川县人民法院(2022)湘0521行初9号行政判决,向本院提起上诉。
"""


def test_search_bait_headline_is_not_the_title() -> None:
    found = everything(SPAM)
    assert _value(found, "title") == "行政判决书"
    assert _value(found, "doc_type") == "court_judgment"


def test_court_line_above_blank_lines_is_the_issuer() -> None:
    assert _value(everything(SPAM), "issuer") == "湖南省清河市中级人民法院"


COLUMN = """首页 法律文书 案例判例

行政案件判决书

旗下栏目: 行政案件判决书

王某某与清河市自然资源局土地行政处罚一审行政判决书(2)

另查明:被告于2020年5月3日作出清自然资罚〔2020〕7号土地行政处罚决定,原告对该处罚无异议。
本院认为,被告作出的处罚决定程序合法。
"""


def test_site_column_name_is_no_title() -> None:
    found = everything(COLUMN)
    assert "title" not in found
    assert _value(found, "doc_type") == "court_judgment"


def test_headline_wrapped_before_its_kind_is_no_title() -> None:
    text = COLUMN.replace("土地行政处罚一审行政判决书(2)", "土地行政处罚一\n审行政判决书(2)")
    sections, _ = find_sections(text)
    assert "title" not in sections
    assert "headline" in sections


TABLE = """| 索引号 | 01526263-6/20250703-00027 | 发布机构 | 清河县林业和草原局 |
| 公开目录 | 行政处罚 | 发布日期 | 2025-07-03 |
行政相对人名称 | 行政处罚决定书文号 | 违法行为类型 | 违法事实 | 处罚机关 |
周某某 | 清林草罚决字(2025)第0107号 | 擅自改变林地用途 | 未经审核同意修建道路,占用林地120平方米。 |
"""


def test_disclosure_column_header_is_no_title_and_still_a_decision() -> None:
    found = everything(TABLE)
    assert "title" not in found
    assert _value(found, "doc_type") == "penalty_decision"


def test_publisher_metadata_stays_the_issuer_below_review() -> None:
    """The corpora's convention (tuning 19, holdout 05): 发布机构 naming an agency is the issuer,
    kept below review level since the page, not the document, prints it."""
    found = everything(TABLE)
    assert _value(found, "issuer") == "清河县林业和草原局"
    assert found["issuer"]["confidence"] < 0.8


def test_title_glued_onto_a_headline_ending_with_it_is_the_title() -> None:
    """A PDF line join runs the page headline and the title line together."""
    text = (
        "石门镇执法中队关于清河石料有限公司临时占地超期的行政处罚决定书行政处罚决定书\n"
        "石镇执罚决字〔2024〕第3号\n"
        "当事人:清河石料有限公司\n"
    )
    sections, _ = find_sections(text)
    start, end = sections["title"]
    assert text[start:end] == "行政处罚决定书"
    assert start > 10


def test_headline_with_the_next_record_line_joined_on_still_types_the_judgment() -> None:
    """OCR of a wide page joins the case number line onto the headline (…一审行政判决书案号:…)."""
    text = DATABASE.replace("判决书\n案号:", "判决书案号:")
    found = everything(text)
    assert _value(found, "doc_type") == "court_judgment"
    assert _value(found, "issuer") == "湖南省平川县人民法院"


def test_headline_with_page_metadata_glued_after_it_types_the_judgment() -> None:
    text = COLUMN.replace("判决书(2)\n", "判决书(2)来源:法律文书网 作者:佚名 发布时间:2016-03-02\n")
    found = everything(text)
    assert _value(found, "doc_type") == "court_judgment"
    assert "title" not in found


def test_case_table_court_cell_without_colon_is_not_the_issuer() -> None:
    """A site's case table prints 法院 over the short name it files the case under."""
    text = (
        "(2019)湘0528行审3号\n裁判日期:2019-05-08\n案件名称\n"
        "平川县自然资源局与李某土地行政处罚非诉执行审查行政裁定书\n法院\n平川县人民法院\n所属地区\n平川县\n"
    )
    assert "issuer" not in everything(text)


def test_case_name_told_as_a_sentence_types_the_judgment() -> None:
    """A site's case name may be the appeal's opening clause (上诉人X因…一案行政判决书)."""
    text = (
        "(2016)湘05行终12号\n裁判日期:2016-09-19\n案件名称\n"
        "上诉人平川县自然资源局因土地行政处罚一案行政判决书\n法院\n湖南省清河市中级人民法院\n"
    )
    found = everything(text)
    assert _value(found, "doc_type") == "court_judgment"
    assert "title" not in found
