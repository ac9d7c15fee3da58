"""Invented copies in the shapes the references of the real batches still got wrong: rules of general
application cited under titles the general-rule test did not know (an office's 通知, a county's 工作方案, a
ministry's 指导意见, a 规范性文件), contracts whose numbers stand inside their title, a town's notices
numbered by a bare year and a bracketed serial, and an agency's answer to one holder's application."""

from __future__ import annotations

from plain_text_extraction import everything, reference_numbers


def test_an_office_notice_cited_as_the_legal_basis_is_no_step_of_the_case() -> None:
    text = """杭州市萧山区人民法院
行政判决书
(2014)杭萧行初字第31号
原告陈**。
被告杭州市萧山区人民政府城厢街道办事处。
被告城厢街道于2013年10月21日作出2013第(57)号《强制拆除违法建筑通知书》,内容为:“根据区城市管理局已下发的《限期拆除违法建筑通知书》2013年第(57)号要求,你户未按规定期限履行自行拆除违法建筑义务。”
法律、法规依据:《杭州市萧山区人民政府办公室关于进一步规范违法建设查处工作的通知》(萧**发(2010)153号)。
"""
    assert reference_numbers(everything(text)) == {"2013第(57)号", "2013年第(57)号"}


def test_campaign_plans_and_a_ministry_guideline_are_rules_for_every_holder() -> None:
    text = """青山县人民政府
关于关闭青山县宏发铁矿露天采场的通告
根据《青山县露天矿山污染深度整治专项行动方案》(青政办字[2016]34号)、《青山县露天矿山关闭退出工作方案》(青字[2017]17号)有关规定,经县人民政府研究,决定关闭青山县宏发铁矿露天采场。
逾期未治理的,按照《财政部 国土资源部 环境保护部关于建立矿山地质环境治理恢复基金的指导意见》(财建[2017]638号)处理。
原告请求一并审查合国土资函【2018】63号规范性文件。
根据《青山市钢铁产业结构调整领导小组办公室文件》(青钢办〔2014〕30号),清点范围以公布为准。
"""
    assert reference_numbers(everything(text)) == set()


def test_numbers_inside_a_contract_title_number_the_contract() -> None:
    text = """收回国有建设用地使用权决定书
编号:2016011236
广西海清投资有限公司:
我局与你公司签订的《南宁土出字2013052号、南宁土出字2013053号国有建设用地使用权出让合同第三次补充协议》约定的开工期限已过。
根据原南宁市国土资源局与你公司签订的《宗地延期建设补充协议》[南宁土延(审)字20170025号],宗地至今未动工。
我局于2016年3月2日作出南国土资字〔2016〕第075号《闲置土地认定书》。
"""
    assert reference_numbers(everything(text)) == {"南国土资字〔2016〕第075号"}


def test_an_answer_to_one_holders_application_is_the_act_under_review() -> None:
    text = """龙山市新罗区人民法院
行政判决书
(2017)闽0802行初44号
原告龙山市洪山祥润石场。
被告龙山市国土资源局。
被诉行政行为:龙山市国土资源局作出《关于永定县洪山祥润石场申请采矿许可证延续的答复》(龙国土资函[2016]148号),答复不再办理原告的采矿许可证延续手续。
"""
    assert reference_numbers(everything(text)) == {"龙国土资函[2016]148号"}


def test_a_cut_judgment_has_no_date_from_an_aside_of_its_last_sentence() -> None:
    text = """福清市人民法院
行政判决书
(2015)融行初字第27号
原告林某,男,1968年5月3日出生。
被告福清市渔溪镇人民政府。
被告于2012年7月30日发布《渔溪镇畜禽养殖污染整治通告》。协议书第四条写明:“若乙方在最后期限内(养禽场为2013年1月31日,养猪场为2013年5月31日)未能全面完成拆除工作,甲方将依照有关规定实行强制拆除。”被告分别于2013年9月18日、2013年12月31日、2014年6月1日作出通知,要求原告做好清
"""
    found = everything(text)
    assert "issue_date" not in found
    assert "issuer" not in found or found["issuer"]["value"] == "福清市人民法院"


def test_the_date_closing_a_quoted_decision_is_not_the_judgments() -> None:
    text = """宣城市宣州区人民法院
行政判决书
原告雕某秀。
被告宣城市宣州区城市管理行政执法局。
区城管局于2014年10月21日作出《限期拆除决定书》。主要内容如下:“雕某秀:经查,你在某路建设的砖木结构房屋违反了《中华人民共和国城乡规划法》第六十四条之规定,现责令你于2014年10月24日前拆除违法建设。逾期不拆除的,我局将依法强制拆除。2014年10月21日(宣城市宣州区城市管理行政执法局印章)”。
原告诉称,被告超越职权,把原告的合法房屋认定为违法建筑,但被
"""
    found = everything(text)
    assert "issue_date" not in found
    assert found.get("issuer", {}).get("value") in (None, "宣城市宣州区人民法院")
