"""Invented agency documents in the shapes a fourteenth real batch showed: a notice served by publication under
its 《…告知书》送达公告 headline, a hearing notice whose title brackets its procedure and whose copy glued the
salutation to the first sentence, an order to correct naming 被责令改正单位, and an order whose project papers
(环评批复) are listed by number."""

from __future__ import annotations

from plain_text_extraction import everything, party_keys, reference_numbers

_SERVED_NOTICE = """南江市西城区城市管理和综合执法局
《行政处理意见(听证)告知书》送达公告

发布时间:2025-03-10 15:07 来源: 本网 字号: 【大】 【中】 【小】


南江市恒远商业管理有限公司:

我局于2025年1月6日对南江市恒远商业管理有限公司在南江市西城区体育中心东广场实施未办理《建设工程规划许可证》擅自进行建设一案立案调查。经调查,你(单位)在未取得《建设工程规划许可证》的情况下,擅自搭建12处单体建筑物。

上述行为违反了《中华人民共和国城乡规划法》第四十条第一款的规定。我局依据《中华人民共和国城乡规划法》第六十四条"由县级以上地方人民政府城乡规划主管部门责令停止建设"的规定,拟对你(单位)作出如下行政处理决定:

限你(单位)自收到《行政处理决定书》之日起,10日内自行拆除违法建筑。
"""


def test_a_notice_served_by_publication_is_the_document_its_headline_names() -> None:
    found = everything(_SERVED_NOTICE)
    assert found["doc_type"]["value"] == "penalty_notice"
    assert found["issuer"]["value"] == "南江市西城区城市管理和综合执法局"
    assert party_keys(found) == {("party", "南江市恒远商业管理有限公司")}


_HEARING_NOTICE = """全国性报纸 统一刊号 报社直办
网站公告:
首页>通知声明>东川市生态环境局行政处罚事先(听证)告知书

东川市生态环境局行政处罚事先(听证)告知书

发布者:  点击:次  发布时间:2020/5/18 10:33:39

赵建军:经现场检查发现,你租赁东川市宏达船舶有限公司场地投资建设砂石筛分项目,该项目在未向生态环境部门报批环评文件的情况下,擅自于2019年3月开工建设。

你的上述行为违反了《中华人民共和国环境影响评价法》第二十五条之规定。
"""


def test_a_title_that_brackets_its_procedure_is_read_whole() -> None:
    found = everything(_HEARING_NOTICE)
    assert found["title"]["value"] == "行政处罚事先(听证)告知书"
    assert found["doc_type"]["value"] == "penalty_notice"
    assert found["issuer"]["value"] == "东川市生态环境局"


def test_a_salutation_glued_to_the_first_sentence_still_names_the_party() -> None:
    assert party_keys(everything(_HEARING_NOTICE)) == {("party", "赵建军")}


def test_a_label_opening_the_facts_is_no_salutation() -> None:
    text = _HEARING_NOTICE.replace("赵建军:经现场检查发现,你", "经查:你")
    assert not everything(text).get("parties")


_ORDER_TO_CORRECT = """西山区生态环境局

责令改正违法行为决定书

西环改〔2025〕31号

被责令改正单位:西山市华瑞电镀科技有限公司

法定代表人:孙明

统一社会信用代码:91500227MA60QH3991

地址:西山市西山区工业园聚金大道3号

我局于2025年6月9日对你单位进行检查时,发现你单位未取得环评批准书新增1条电镀生产线。
"""


def test_whom_an_order_to_correct_names_is_the_party() -> None:
    found = everything(_ORDER_TO_CORRECT)
    assert found["doc_type"]["value"] == "stop_order"
    assert party_keys(found) == {("party", "西山市华瑞电镀科技有限公司")}


_ORDER_WITH_PAPERS = """當事人:廣州市恒昌印刷股份有限公司
統一社會信用代碼:914401137435971199
法定代表人:沈明
一、環境違法事實及證據
2024年5月11日,我局執法人員對當事人進行現場檢查時發現,當事人已辦理建設項目環境影響評價手續,分別為:穗(番)環管影〔2011〕153號、穗(番)環管影〔2015〕168號批復,已辦理建設項目竣工環境保護驗收批復:穗(番)環管驗〔2016〕158號。當事人改擴建的建設項目至今未對配套建設的環境保護設施進行驗收,即投入生產。
二、執法觀察期內容
責令當事人收到本決定書之日起,立即停止實施上述違法行為,限當事人于2024年7月31日前完成整改。
"""


def test_an_order_to_stop_with_the_time_it_runs_from_between() -> None:
    assert everything(_ORDER_WITH_PAPERS)["doc_type"]["value"] == "stop_order"


def test_a_projects_approvals_listed_as_its_papers_are_no_references() -> None:
    assert reference_numbers(everything(_ORDER_WITH_PAPERS)) == set()
