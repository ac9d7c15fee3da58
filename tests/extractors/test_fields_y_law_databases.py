"""Law-database and case-book copies, and bureaus' summary pages, on invented texts: a case card that prints
each label over its value, a case name above the court's own header, a case book that lists the panel and
the 案由 in its header, and a bureau's one-paragraph summary of its decision."""

from __future__ import annotations

from plain_text_extraction import everything, party_keys

_CASE_CARD = """平川某某公司与平川市自然资源和规划局再审行政裁定书
【法宝引证码】CLI.C.1234567
声明
案由：
行政> 行政主体> 土地行政管理（土地）

案 号：
(2019)平行申88号

审理法官：
张某 李某 王某

文书类型：
裁定书

公开类型：
文书公开

审理法院：
平川省高级人民法院

相关企业：
平川某某公司;

平川某某公司与平川市自然资源和规划局再审行政裁定书
平川省高级人民法院
行政裁定书
(2019)平行申88号
　　再审申请人（一审原告、二审上诉人）平川某某公司，住所地平川市解放路1号。
　　被申请人（一审被告、二审被上诉人）平川市自然资源和规划局，住所地平川市人民路2号。
　　再审申请人平川某某公司因土地行政处罚一案，不服本院(2018)平行终12号行政判决，向本院申请再审。
　　本院经审查认为，再审申请人的申请符合法定情形。
　　本案由本院提审。
审判长　张某
审判员　李某
二〇一九年十二月三十日
"""


def test_a_case_cards_values_under_their_labels_are_metadata() -> None:
    found = everything(_CASE_CARD)
    assert found["title"]["value"] == "行政裁定书"
    assert found["issuer"]["value"] == "平川省高级人民法院"
    assert found["doc_number"]["value"] == "(2019)平行申88号"
    assert not any(p["role"] == "recipient_org" for p in found.get("parties", []))


_CASE_BOOK = """平某某诉平川县人民政府撤销土地使用证案
判决书字号：平川县人民法院（1998）平行初字第3号。
　　案由：不服撤销国有土地使用证案。
　　诉讼双方
　　原告：平某某，男，1950年1月7日出生，汉族，农民，住平川县某镇。
　　委托代理人：陈某，平川某律师事务所律师。
　　被告：平川省平川县人民政府。
　　法定代表人：温某，县长。
　　审级：一审。
　　审判机关：平川省平川县人民法院。
　　合议庭组成人员：审判长：董某；审判员：赖某、卢某。
　　审结时间：1998年9月22日。
　　被诉具体行政行为：1998年6月8日，被告认定原告申请登记时提供的证明不实，撤销了原告的土地使用证。
　　平川县人民法院经审理查明：1995年7月5日．平川地区中级人民法院作出（1995）平民终字第137号民事判决书，判决驳回上诉，维持原判。
　　以上事实有平川县人民法院（1995）平民初字第54号民事判决书和平川地区中级人民法院（1995）平民终字第137号民事判决书等证据证明。
　　平川县人民法院认为：被告撤销原告土地使用证的事实依据不足。
　　平川县人民法院根据《中华人民共和国行政诉讼法》第五十四条第（二）项之规定，作出如下判决：
　　撤销平川县人民政府撤销原告土地使用证的通知。
"""


def test_a_case_books_header_fields() -> None:
    found = everything(_CASE_BOOK)
    assert party_keys(found) == {("plaintiff", "平某某"), ("defendant", "平川省平川县人民政府")}
    assert found["issuer"]["value"] == "平川省平川县人民法院"
    assert found["issue_date"]["value"] == "1998-09-22"


_SUMMARY = (
    "1、(平铜自然资规罚字〔2024〕46号)平川市某某生态园有限责任公司自2015年3月至2019年3月未办理用地手续即擅自"
    "建设公墓项目,违反了《中华人民共和国土地管理法》第四十四条第一款的规定,构成违法占用土地。平川市自然资源和"
    "规划局依据《中华人民共和国土地管理法》第七十七条第一款,于2025年3月3日对其作出以下处罚:责令退还非法占用的"
    "土地,并处罚款。\n"
)

_NUMBER_FIELD = (
    "当事人:平川市交通工程建设管理处\n"
    "行政处罚编号:平自然资规罚(2023)4号\n"
    "2022年10月11日,我局对平川市交通工程建设管理处未经批准擅自占用土地建设辅路的行为进行了立案调查。\n"
)


def test_a_bureaus_summary_of_its_decision_is_a_penalty_decision() -> None:
    assert everything(_SUMMARY)["doc_type"]["value"] == "penalty_decision"
    assert everything(_NUMBER_FIELD)["doc_type"]["value"] == "penalty_decision"


def test_a_letter_spaced_title_field_names_the_document() -> None:
    text = (
        "索 引 号 | 640324052/2025-00036 | 发文时间 | 2025-06-04 |\n"
        "发布机构 | 平川县综合执法局 | 公开方式 | 主动公开 |\n"
        "标 题: | 平川县综合执法局行政处罚决定书 |\n"
        "当事人:平川某某劳务有限公司\n"
        "2025年5月6日我局接到移交案件线索,我局于2025年5月21日进行了立案调查。\n"
    )
    found = everything(text)
    assert found["title"]["value"] == "行政处罚决定书"
    assert found["doc_type"]["value"] == "penalty_decision"


def test_a_case_names_cause_of_action_is_no_part_of_the_respondent() -> None:
    found = everything("申请执行人平川市国土资源局与被执行人韩某某处罚类纠纷一案行政裁定书\n【法宝引证码】CLI.C.8158\n")
    assert party_keys(found) == {("applicant", "平川市国土资源局"), ("respondent", "韩某某")}
