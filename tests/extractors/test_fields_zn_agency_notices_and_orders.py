"""Invented agency documents in the shapes a fourteenth real batch showed: a notice served by publication under
its 《…告知书》送达公告 headline, a hearing notice whose title brackets its procedure and whose copy glued the
salutation to the first sentence, an order to correct naming 被责令改正单位, an order whose project papers
(环评批复) are listed by number, a notice citing the agency's rules by the notice that issued them, and a
criminal referral without its addressee line."""

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


def test_an_agencys_rules_issued_by_notice_are_no_reference() -> None:
    text = """清河环英罚告〔2021〕27号
清河市生态环境局
行政处罚事先(听证)告知书
英华市宏利皮革有限公司:
我局执法人员对你公司进行现场检查,发现你公司未重新报批建设项目环境影响评价文件,擅自扩建反应釜。
综合考虑你公司违法行为的事实、性质、情节,按照《清河市生态环境局关于印发<清河市生态环境局环境保护行政处罚自由裁量权执行规定(试行)>的通知》(清河环〔2019〕353号)附件的规定,我局拟对你公司作出罚款的行政处罚。
"""
    found = everything(text)
    assert found["doc_number"]["value"] == "清河环英罚告〔2021〕27号"
    assert reference_numbers(found) == set()


def test_a_referral_without_its_addressee_line_names_both_ends_in_its_body() -> None:
    text = """涉嫌环境犯罪案件移送书
北环移送〔2021〕16号
我局于2021年10月13日对位于北山县太平街道路口处的李明大型车辆洗车场进行现场检查,发现该洗车场洗车过程中产生的污水未经任何处理直接排放到土坑内,形成渗坑。李明大型车辆洗车场的行为违反了《中华人民共和国环境保护法》第四十二条的规定,根据《中华人民共和国行政处罚法》第二十七条的规定,已将案件涉及证据材料移送北山市公安局河东安全保卫支队。
北山市生态环境局
2021年12月1日
"""
    found = everything(text)
    assert found["doc_type"]["value"] == "criminal_referral"
    assert party_keys(found) == {
        ("referred_person", "李明大型车辆洗车场"),
        ("recipient_org", "北山市公安局河东安全保卫支队"),
    }


def test_one_line_copies_break_before_titles_naming_a_procedure_or_a_violation() -> None:
    notice = (
        "韶环英罚告〔2021〕28号韶关市生态环境局行政处罚事先(听证)告知书英华市宏达皮革有限公司:"
        "统一社会信用代码:914418810599220775法定代表人:付明详细地址:英华市英红镇红茶路"
        "根据信访举报受理转办清单,2021年9月25日,我局执法人员对你公司进行现场检查,发现你公司未重新报批建设项目"
        "环境影响评价文件,擅自扩建反应釜。以上事实,有现场检查笔录、调查询问笔录等证据为凭。"
        "你公司的上述行为违反了《中华人民共和国环境影响评价法》第二十四条第一款的规定。\n"
    )
    found = everything(notice)
    assert found["title"]["value"] == "行政处罚事先(听证)告知书"
    assert found["issuer"]["value"] == "韶关市生态环境局"
    order = (
        "您当前的位置: 首页> 政府信息公开> 处罚/强制> 环境违法行为责令改正决定[ 发文字号 ] 西环改〔2025〕31号"
        "[ 发布机构 ] 西山区生态环境局[ 成文日期 ] 2025-10-27 [ 发布日期 ] 2025-11-06"
        "重庆市西山区生态环境局责令改正违法行为决定书西环改〔2025〕31号被责令改正单位:重庆市华瑞电镀科技有限公司"
        "法定代表人:孙明统一社会信用代码:91500227MA60QH3991地址:重庆市西山区工业园聚金大道3号"
        "我局于2025年9月29日对你单位进行检查时,发现你单位未取得环评批准书新增1条电镀生产线,于2025年1月擅自开工建设。\n"
    )
    found = everything(order)
    assert found["title"]["value"] == "责令改正违法行为决定书"
    assert found["issuer"]["value"] == "重庆市西山区生态环境局"
    assert party_keys(found) == {("party", "重庆市华瑞电镀科技有限公司")}
