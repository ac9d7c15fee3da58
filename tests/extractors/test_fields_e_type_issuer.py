"""Document type and issuer on copies that lost the lines which usually name them (issue 3).

Every text here is invented; each test pins one general cause seen on real published documents.
"""

from __future__ import annotations

from plain_text_extraction import everything

from extractors.fields.sections import find_sections

REVIEW = 0.8


def _value(found: dict, name: str) -> str | None:
    return found[name]["value"] if name in found else None


# 1 + 4: a judgment whose title line the site masked; the case headline names the kind, the court
# stands alone on the line under it.
MASKED_JUDGMENT = """【审理法院】:华东地区/江西省/江西省吉安市中级人民法院/江西省永丰县人民法院
【法院层级】:基层法院
【文书类型】:判决书

永丰县青石建材有限公司、永丰县XX等行政一审行政判决书

江西省永丰县人民法院

XX

(2023)赣0825行初41号

原告永丰县青石建材有限公司,住所地江西省永丰县恩江镇工业园。
法定代表人周某某,经理。
被告永丰县XX,住所地江西省永丰县恩江镇永丰大道18号。
法定代表人李某,局长。
被告永丰县恩江镇人民政府,住所地江西省永丰县恩江镇。
原告不服被告作出的责令限期拆除决定,于2023年3月2日向本院提起行政诉讼。本院依法组成合议庭,公开开庭审理了本案。
"""


def test_masked_title_judgment_is_typed_from_its_headline() -> None:
    found = everything(MASKED_JUDGMENT)
    assert _value(found, "doc_type") == "court_judgment"
    assert "title" not in found  # a case-name headline is not the document's title


def test_court_alone_under_the_headline_is_the_issuer() -> None:
    found = everything(MASKED_JUDGMENT)
    assert _value(found, "issuer") == "江西省永丰县人民法院"
    assert found["issuer"]["confidence"] >= REVIEW


# 2: an excerpt that starts inside the party block of a non-litigation review ruling.
HEADLESS_RULING = """法定代表人王某某,系该局局长。
被申请人赵某某,男,1962年8月9日生,住甘肃省清水县白沙镇。
申请人清水县林业和草原局于2022年5月6日向本院申请,请求依法强制执行该局于2021年11月20日作出的清林罚决字〔2021〕第19号林业行政处罚决定。本院受理后,依法组成合议庭对申请人的申请进行审查,本案现已审查终结。
申请人称,被申请人未经批准擅自采伐林木,申请人作出处罚决定后被申请人逾期未履行,故申请强制执行。
"""


def test_ruling_without_header_is_typed_from_the_court_reviewing_an_application() -> None:
    found = everything(HEADLESS_RULING)
    assert _value(found, "doc_type") == "court_ruling"
    assert found["doc_type"]["confidence"] < REVIEW  # content alone: a reviewer confirms


def test_applicant_of_a_ruling_is_not_its_issuer() -> None:
    text = "申请人:清水县林业和草原局\n" + HEADLESS_RULING
    assert _value(everything(text), "issuer") != "清水县林业和草原局"


def test_acceptance_notice_that_recounts_an_application_stays_an_acceptance() -> None:
    text = (
        "清水县林业和草原局:\n你局向本院申请强制执行清林罚决字〔2021〕第19号林业行政处罚决定一案,"
        "本院已立案受理,特此通知。\n"
    )
    assert _value(everything(text), "doc_type") == "court_acceptance"


# 3: a procuratorate's public notice urging a government to act on its suggestion.
SUGGESTION_NOTICE = """清水县人民检察院督促履行检察建议公告

陇东日报 2022-09-14 08:10

清水县白沙镇人民政府:

本院于2022年4月2日依法向你单位发出了诉前检察建议,要求依法清理白沙镇河道旁堆放的建筑垃圾并恢复耕地种植条件。经本院跟进调查,你单位至今未整改到位。本院现公告督促你单位自公告之日起15日内依法履行监管职责。

2022年9月13日
"""


def test_procuratorate_notice_is_a_procuratorial_suggestion() -> None:
    found = everything(SUGGESTION_NOTICE)
    assert _value(found, "doc_type") == "procuratorial_suggestion"
    assert "title" not in found


def test_procuratorate_notice_issuer_is_the_procuratorate_not_the_addressee() -> None:
    found = everything(SUGGESTION_NOTICE)
    assert _value(found, "issuer") == "清水县人民检察院"
    assert _value(found, "recipient") == "清水县白沙镇人民政府"


# 5: the issuer printed only in the body.
SPEAKS_AS_BUREAU = """行政处罚决定书
编号:永自然资罚〔2022〕7号
永丰县恒达砂石有限公司:
我局于2022年3月1日对你公司非法占地一案立案调查。经查,你公司未经批准占用恩江镇集体土地1200平方米堆放砂石。
我局已依法向你公司进行了处罚告知,你公司在法定期限内未提出陈述申辩。
根据《中华人民共和国土地管理法》第七十七条的规定,决定处罚如下:罚款24000元。
以上款项在接到本处罚决定书之日起十五日内到永丰县自然资源局财务室开具缴款凭证。
如不服本决定,可以在六十日内向永丰县人民政府申请行政复议,或者六个月内向永丰县人民法院起诉。
"""


def test_bureau_speaking_as_woju_names_itself_where_the_fine_is_paid() -> None:
    found = everything(SPEAKS_AS_BUREAU)
    assert _value(found, "issuer") == "永丰县自然资源局"
    assert found["issuer"]["confidence"] < REVIEW  # inferred from the narrative


ADDRESSES_YOU = """XX镇人民政府:
你单位于2020年在未办理用地手续的情况下占用永丰县恩江镇土地800平方米修建停车场。
永丰县自然资源局于2021年6月3日向你单位送达了《行政处罚告知书》,你单位未提出陈述申辩,也未要求听证。
依照《中华人民共和国土地管理法》第七十七条的规定,决定对你单位处以罚款。
"""


def test_bureau_that_serves_the_addressee_is_the_issuer() -> None:
    found = everything(ADDRESSES_YOU)
    assert _value(found, "issuer") == "永丰县自然资源局"
    assert found["issuer"]["confidence"] < REVIEW


def test_a_cited_bureau_that_only_certified_something_is_not_the_issuer() -> None:
    text = SPEAKS_AS_BUREAU.replace("经查,", "经查,永丰县林业局出具的证明显示该地块不涉及林地,")
    assert _value(everything(text), "issuer") == "永丰县自然资源局"


def test_court_narrating_a_bureau_does_not_make_it_the_issuer() -> None:
    text = (
        "被执行人刘某,男,住永丰县恩江镇。\n永丰县自然资源局于2021年6月3日向刘某送达了处罚决定,"
        "刘某逾期未履行。本院认为,该处罚决定认定事实清楚。\n"
    )
    assert _value(everything(text), "issuer") is None


def test_court_named_only_in_the_database_record_is_taken_below_review() -> None:
    text = (
        "【审理法院】:华东地区/江西省/江西省吉安市中级人民法院\n【案例类型】:普通案例\n【文书类型】:裁定书\n\n"
        "复议申请人(申请执行人):永丰县自然资源局。\n被执行人:刘某。\n"
        "复议申请人不服永丰县人民法院执行裁定,向本院申请复议。本院受理后,依法组成合议庭进行审查,现已审查终结。\n"
    )
    found = everything(text)
    assert _value(found, "issuer") == "江西省吉安市中级人民法院"
    assert found["issuer"]["confidence"] < REVIEW


# 6: a scanned page-index block whose rows OCR merged.
INDEX_ROWS = """索引号:36082500/2024-0012发布机构:恩江镇发文日期:2024-05-21
信息类别:综合政务公开范围:全部公开公开方式:政府网站
公开方式政府网站
行政处罚决定书
当事人:刘某
刘某未经批准占用恩江镇土地建设厂房,决定处罚如下:罚款5000元。
"""


def test_merged_index_row_is_not_an_issuer() -> None:
    assert _value(everything(INDEX_ROWS), "issuer") is None


def test_publisher_field_gives_its_agency_only_when_the_value_is_one() -> None:
    text = INDEX_ROWS.replace("发布机构:恩江镇", "发布机构:永丰县自然资源局 ")
    found = everything(text)
    assert _value(found, "issuer") == "永丰县自然资源局"
    assert found["issuer"]["confidence"] < REVIEW


# 7: a photo's OCR joins the record's date line with the case-name headline below it.
GLUED_RECORD = """【审理法院】:华东地区/江西省/江西省永丰县人民法院
【法院层级】:基层法院
【文书类型】:裁定书
【审结时间】:2023/6/8 0:00:00永丰县自然资源局与刘某非诉执行审查行政裁定书
申请执行人:永丰县自然资源局。
被执行人:刘某,男,住永丰县恩江镇。
"""


def test_headline_glued_to_a_record_date_still_types_the_ruling() -> None:
    found = everything(GLUED_RECORD)
    assert _value(found, "doc_type") == "court_ruling"
    assert _value(found, "issuer") == "江西省永丰县人民法院"


def test_record_block_is_metadata_up_to_the_time_of_day() -> None:
    sections, metadata = find_sections(GLUED_RECORD)
    record_end = GLUED_RECORD.index("0:00:00") + len("0:00:00")
    assert any(start == 0 and end == record_end for start, end in metadata)
    assert GLUED_RECORD[sections["headline"][0] :].startswith("永丰县自然资源局与刘某")


# 8: a wrapped evidence list in a PDF whose next line starts with a report's name.
WRAPPED_EVIDENCE = """永丰县自然资源局
永自然资罚〔2022〕9号
当事人:刘某
我局于2022年3月1日立案调查。上述事实有现场勘测笔录、询问笔录、
土地利用现状核查报告、现场照片等证据为证。
根据《中华人民共和国土地管理法》第七十七条,决定对当事人作出如下行政处罚:罚款5000元。
"""


def test_report_named_at_the_start_of_a_wrapped_line_is_not_a_title() -> None:
    found = everything(WRAPPED_EVIDENCE)
    assert "title" not in found
    assert _value(found, "doc_type") == "penalty_decision"


def test_standalone_report_title_is_still_a_title() -> None:
    text = (
        "永丰县自然资源局\n关于恩江镇违法占地整改情况的报告\n永丰县人民检察院:\n我局收到贵院检察建议后,立即组织整改。\n"
    )
    assert _value(everything(text), "title") == "关于恩江镇违法占地整改情况的报告"


def test_a_colon_line_introducing_the_evidence_addresses_no_one() -> None:
    text = (
        "行政处罚决定书\n永自然资罚〔2024〕3号\n刘某\n"
        "上述违法事实有下列证据证实:\n1.询问笔录一份;\n2.现场照片一组。\n决定处罚如下:罚款5000元。\n"
    )
    assert _value(everything(text), "recipient") != "上述违法事实有下列证据证实"


def test_headline_that_lost_its_last_character_and_ran_into_the_court_line() -> None:
    """OCR at a photo's edge drops 书, and a reader that takes the headline for a wrapped line joins
    the court line to it."""
    text = MASKED_JUDGMENT.replace("行政一审行政判决书\n\n江西省永丰县人民法院", "行政一审行政判决江西省永丰县人民法院")
    assert "行政判决江西省" in text
    found = everything(text)
    assert _value(found, "doc_type") == "court_judgment"
    assert _value(found, "issuer") == "江西省永丰县人民法院"


def test_headline_repeated_from_an_index_block_gives_way_to_the_title() -> None:
    """OCR reads a page index without colons: the 标题 value and the page headline name the party
    twice before the document's own title line."""
    text = (
        "索引号\n36082500/2024-0031\n发布机构\n永丰县林业局\n标题\n刘某某林业行政处罚决定书\n"
        "刘某某林业行政处罚决定书\n字号:\n林业行政处罚决定书\n永林罚决字〔2024〕12号\n"
        "被处罚人:刘某某\n经查,你未经批准擅自占用林地,决定处罚如下:罚款3000元。\n"
    )
    assert _value(everything(text), "title") == "林业行政处罚决定书"


def test_publisher_printed_as_label_and_value_lines_is_taken_below_review() -> None:
    text = (
        "  • 索引号\n  • 36082500/2024-0031\n  • 发布机构\n  • 永丰县林业局\n  • 成文日期\n  • 2024-03-02\n"
        "林业行政处罚决定书\n被处罚人:刘某某\n经查,刘某某未经批准擅自占用林地,决定处罚如下:罚款3000元。\n"
    )
    found = everything(text)
    assert _value(found, "issuer") == "永丰县林业局"
    assert found["issuer"]["confidence"] < REVIEW


def test_publisher_row_holding_no_agency_gives_no_issuer() -> None:
    text = "发布机构\n恩江镇\n公开方式\n政府网站\n行政处罚决定书\n当事人:刘某\n决定处罚如下:罚款5000元。\n"
    assert _value(everything(text), "issuer") is None
