"""Bureaus' publicity pages of penalty decisions and copies cut to their body, on invented texts: the labels
such pages give the party, tables copied cell by cell, numbers cited as evidence or rules, and copies whose
words a site broke with pinyin glosses."""

from __future__ import annotations

import pytest
from plain_text_extraction import everything


def _parties(text: str) -> set[tuple[str, str]]:
    return {(p["role"], p["name"]) for p in everything(text).get("parties", [])}


def _references(text: str) -> set[str]:
    return {r["doc_number"] for r in everything(text).get("references", [])}


@pytest.mark.parametrize(
    "label_line",
    [
        "被处罚对象:平川市青山区佛教协会,统一社会信用代码: 51330304××××××××××,住所,平川市青山区××街道。",
        "当事企业基本情况: 平川市青山区佛教协会,法定代表人吴某燕,现地址平川市青山区海滨路中段",
    ],
)
def test_a_publicity_pages_own_label_for_the_party(label_line: str) -> None:
    text = (
        "行政处罚决定书 平资规罚〔2022〕61号\n发布日期:2022-11-17 来源:平川市自然资源和规划局\n\n"
        f"{label_line}\n\n案由:擅自改变林地用途。\n\n经查,2021年1月至今,平川市青山区佛教协会未经审批在青山镇"
        "非法破坏林地建厢房。\n"
    )
    assert _parties(text) == {("party", "平川市青山区佛教协会")}


def test_a_form_whose_empty_fields_come_before_the_units_name() -> None:
    text = (
        "林业行政处罚决定书\n\n被处罚人姓名 ——性别 ——出生日期 ——\n\n身份证号码 ——\n\n"
        "工作单位    ——   住址——\n\n被处罚单位名称 青山河农业发展(平川)专业合作社\n\n法定代表人刘某职务    ——\n\n"
        "经依法查明,你(你单位)于2023年3月至今,在未办理林地征占用手续的情况下,擅自占用林地修建水池。\n"
    )
    assert _parties(text) == {("party", "青山河农业发展(平川)专业合作社")}


_TABLE = """平川区自然资源局行政处罚信息公开表

行政处罚决定书文号

平自资林罚决〔2023〕1号


被处罚当事人姓名或全称



个人姓名


单位名称

平川市青山农业发展有限公司

法定代表人(主要负责人)姓名

邓某军


主要违法违规事实

2020年3月平川市青山农业发展有限公司未经依法批准擅自在青山镇大昌村建设养鸡场,占用林地1670平方米。

行政处罚依据

《中华人民共和国森林法》第七十三条;《平川省"恢复植被和林业生产条件所需费用执行标准(试行)"》(平林法〔2021〕2号);\
《平川省林业行政处罚裁量权基准》(平林策〔2018〕6号)

作出行政处罚决定的机关名称

平川区自然资源局

作出行政处罚决定的日期

2023年4月3日
"""


def test_a_disclosure_table_copied_cell_by_cell() -> None:
    found = everything(_TABLE)
    assert found["doc_number"]["value"] == "平自资林罚决〔2023〕1号"
    assert {(p["role"], p["name"]) for p in found["parties"]} == {("party", "平川市青山农业发展有限公司")}
    assert not found.get("references")  # a standard of costs and a 裁量权基准 are rules, not steps of the case


@pytest.mark.parametrize(
    "sentence",
    [
        "经平川市森茂林业勘察设计事务所鉴定并出具鉴定报告书(平森所鉴字〔2022〕023号),证明破坏林地面积0.3亩。",
        "有询问笔录、《平川市林业局关于石船镇泥结石路新建工程项目拟使用林地的审核同意书》(平北林许可〔2020〕41号)、"
        "现场照片等证据为证。",
        "2008年8月22日,平川省财政厅、平川省国土资源厅以平财建[2008]126号、平国土资发[2008]246号《关于下达2008年"
        "第一批省以上投资土地开发整理项目计划和预算的通知》批准了土地整理项目。",
    ],
)
def test_evidence_and_rules_cited_by_number_are_no_references(sentence: str) -> None:
    text = f"平川市自然资源局\n行政处罚决定书\n平自然资罚〔2023〕7号\n当事人:李某\n经查,{sentence}\n"
    assert _references(text) == set()


def test_a_ruling_copy_cut_to_its_body_whose_words_a_site_broke_with_pinyin() -> None:
    text = (
        "申請(qǐng)執(zhí)行人:平川市國(guó)土資源局。\n法定代表人:孫某華,局長(zhǎng)。\n被執(zhí)行人:馬某某。\n"
        "申請(qǐng)執(zhí)行人平川市國(guó)土資源局于2016年3月21日向本院提出申請(qǐng),申請(qǐng)強(qiáng)制執(zhí)行平國(guó)土資罰字"
        "〔2015〕第5169號(hào)國(guó)土資源行政處罰決定書。本案現(xiàn)已審查終結(jié)。\n"
    )
    found = everything(text)
    assert found["doc_type"]["value"] == "court_ruling"
    assert {(p["role"], p["name"]) for p in found["parties"]} == {
        ("applicant", "平川市国土资源局"),
        ("respondent", "马某某"),
    }


def test_a_reconsideration_decision_quoted_without_its_head_or_sides() -> None:
    text = (
        "网友发帖:下面是市国土局的行政复议书,请大家评说。(上面部分为申请人请求部分和被申请人答复部分省略) "
        "本机关审理查明:2008年8月22日,平川省国土资源厅批准了土地整理项目。本机关认为,被申请人的答复并无不当。"
    )
    assert everything(text)["doc_type"]["value"] == "reconsideration_decision"


def test_a_person_form_followed_by_the_unit_the_person_runs() -> None:
    text = (
        "平川市青山区林业局\n林业行政处罚决定书\n青林林罚决字〔2024〕5号\n"
        "被处罚人姓名:朱** 性别:男 出生日期:1975-**-**\n身份证号码:430902************\n"
        "现住址:平川市青山区香铺仑乡***村**村民组\n单位名称:平川市青山区**家庭农场\n统一社会信用代码:9243**************\n"
        "类型:个体工商户经营者:朱**\n单位地址:平川市青山区长春镇**村**组\n"
        "经查明,2023年4月,平川市青山区**家庭农场在未经林业主管部门审核同意的情况下,占用林地建养牛场。\n"
    )
    parties = {p["name"]: p for p in everything(text)["parties"]}
    assert set(parties) == {"朱**", "平川市青山区**家庭农场"}
    assert parties["朱**"]["kind"] == "person" and "credit_code" not in parties["朱**"]
    assert parties["平川市青山区**家庭农场"]["credit_code"] == "9243**************"


_COLUMNS = """【行政处罚】平川州林业和草原行政处罚典型案件处罚结果公示
发布日期: 2024-11-04 16:42:19 来源:青山县林业和草原局

行政相对人名称

行政相对人类别

行政相对人代码(统一社会信用代码)

法定代表人

法定代表人证件类型

行政处罚决定书文号

违法事实

处罚依据

平川天山煤电有限责任公司

企业

/

张*兵

/

青林草(草)罚决字〔2023〕19号

平川天山煤电有限责任公司非法使用草原面积1.66公顷(24.91亩)

依据《中华人民共和国草原法》第六十五条规定,处以罚款。
"""


def test_a_table_copied_cell_by_cell_with_its_headings_first() -> None:
    found = everything(_COLUMNS)
    assert found["doc_number"]["value"] == "青林草(草)罚决字〔2023〕19号"
    assert not found.get("references")


@pytest.mark.parametrize(
    ("summary", "number", "party"),
    [
        (
            "××擅自改变林地用途案违法行为人张××,于2017年12月下旬至2018年1月30日期间,未办理林地使用手续探采硅石。"
            "青山市林业局于2018年1月30日接到群众举报,次日将该案立为青林罚立字[2018]第09号案件进行调查。"
            "根据《中华人民共和国森林法实施条例》第四十三条的规定,青山市林业局于2018年2月6日以青林罚决字[2018]第11号"
            "给予张××如下处罚:责令限期恢复原状;并处罚款22748元。",
            "青林罚决字[2018]第11号",
            "张××",
        ),
        (
            "某某擅自改变林地用途案2018年6月2日,稽查中队对图斑林地变化进行核查。青山市林业局于2018年6月6日将该案"
            "立为青林罚立字[2018]第45号案件进行调查。经查实,当事人杨某某2016年4-2017年3月期间,在户弄组开挖林地。"
            "青山市林业局于2018年6月19日以青林罚决字[2018]第48号给予杨某某如下处罚:责令限期恢复原状。",
            "青林罚决字[2018]第48号",
            "杨某某",
        ),
    ],
)
def test_a_bureaus_summary_of_its_own_decision(summary: str, number: str, party: str) -> None:
    head = "索引号 01526035-8-06_B/2018-0313001 发布机构 青山市林业和草原局\n青山市林业局行政处罚事项(摘要)\n\n"
    text = f"{head}{summary}\n"
    found = everything(text)
    assert found["doc_type"]["value"] == "penalty_decision"
    assert found["doc_number"]["value"] == number
    assert found["issuer"]["value"] == "青山市林业局"
    assert {(p["role"], p["name"]) for p in found["parties"]} == {("party", party)}
    assert not found.get("references")  # the number the case was filed under names no document


def test_a_name_field_with_the_identity_fields_on_the_same_line() -> None:
    text = (
        "索  引  号:nhxyxj-/2025-0430001 公开范围:公开 发布机关:青山县一街乡\n\n"
        "青山县一街乡人民政府行政处罚决定书—一政罚决〔2025〕04号\n\n"
        "姓名:鲁某清 性别:男 身份证:532324********1510\n\n住址:青山县一街乡**村委会**小组**号\n\n"
        "经依法查明:2025年3月28日,鲁某清在未办理相关占用林地手续的情况下对路面进行扩宽。\n"
    )
    assert _parties(text) == {("party", "鲁某清")}


def test_an_addressee_without_an_organisations_suffix_whom_the_facts_name_as_the_actor() -> None:
    text = (
        "平川市自然资源和规划局行政处罚决定书(平自然资规罚[2023]8号)\n\n发布日期:2023-08-25 浏览次数:\n\n"
        "平川青山云峰寺:\n\n我局于2023年5月25日对平川青山云峰寺涉嫌未经批准违法占用土地一案立案调查。经查,你(单位)"
        "未经依法办理用地手续,擅自占用塘溪镇土地建设寺庙附属用房。\n违法事实:\n违法事实清楚。\n"
    )
    assert _parties(text) == {("party", "平川青山云峰寺")}


def test_a_results_table_whose_number_heading_is_letter_spaced_is_a_penalty_record() -> None:
    text = (
        "|\n行政处罚结果公开 |\n|||||\n|\n单位名称:平川区城市管理和综合执法局 |\n|||||\n|\n序号 |\n项目 名称 |\n"
        "处罚 文号 |\n立案时间 |\n被处罚人 |\n|\n1 |\n未经批准占用土地的处罚 |\n平荔城管罚罚告[2025]0002号 |\n"
        "2025.7.15 |\n黄某某、周某某 |\n"
    )
    assert everything(text)["doc_type"]["value"] == "penalty_decision"


def test_a_case_books_source_line_names_the_ruling_it_retells() -> None:
    text = (
        "平川市国土资源局与平川体育运动学校国土资源非诉执行一案二审行政裁定书\n案例依据\n"
        "平川朝鲜族自治州中级人民法院(2018)平24行审复1号行政裁定书。\n案例内容\n"
        "复议申请人平川市国土资源局不服平川市人民法院(2018)平2401行审6号行政裁定,向平川朝鲜族自治州中级人民法院"
        "提出复议申请。本案现已审查终结。\n"
    )
    found = everything(text)
    assert found["doc_number"]["value"] == "(2018)平24行审复1号"
    assert found["issuer"]["value"] == "平川朝鲜族自治州中级人民法院"
    assert "(2018)平24行审复1号" not in {r["doc_number"] for r in found.get("references", [])}
