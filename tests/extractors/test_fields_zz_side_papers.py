"""Invented copies in the shapes of the seventeenth session's pages: papers a side writes to the court (行政上诉状,
an untitled 起诉状, a lawyer's 代理词), reprinted on blogs and forums. They are no document of ours (other); their
sides are read from their own labels, and their story's clauses (原、被告, 被上诉人强制拆迁的事实依据不足,
增加被告的也应当通知其作为第三人) name no one."""

from __future__ import annotations

from plain_text_extraction import everything, party_keys


def test_an_appeal_brief_reprinted_after_a_bloggers_sentence() -> None:
    text = (
        "收到长兴县人民法院行政裁定书后,张某、陈某夫妇不服,向湖州市中级人民法院提起上诉,法院立案后,"
        "通知一审原、被告进行了开庭前的调解,调解无果。 上诉状全文如下:\n"
        + """行政上诉状
上诉人:张某,男,1965年2月23日生,住浙江省安吉县递铺镇某小区1号。 上诉人:陈某明,女,住某小区1号。
被上诉人:安吉县递铺镇人民政府,法人:曾某峰,该镇镇长。 上诉请求:撤销一审裁定。
1、请求撤销行政裁定书(2014)湖长行初字第20号。
上诉事实和理由:一、被上诉人强制拆迁的事实依据不足。如果原告不同意增加被告的也应当通知其作为第三人参加诉讼。
"""
    )
    out = everything(text)
    assert out["doc_type"]["value"] == "other" and out["title"]["value"] == "行政上诉状"
    assert party_keys(out) == {("plaintiff", "张某"), ("plaintiff", "陈某明"), ("defendant", "安吉县递铺镇人民政府")}


def test_an_untitled_complaint_with_a_wrapped_address_and_a_plaintiff_masked_whole() -> None:
    text = """原告:XXX,男,1975年2月23日生,
重庆市
丰都县人,住该县XX镇XXX村X组。被告:重庆市丰都县XX镇人民政府(以下简称“XX政府”)
法定代表人:XXX(丰都县XX镇人民政府镇长)
第三人:丰都县XX镇XX村村民委员会
诉讼请求
1、依法确认XX政府侵犯原告土地使用权的具体行政行为违法。
事实和理由
2011年1月15日,原告发现自己承包经营的耕地全部被挖掘机深挖毁坏。
"""
    out = everything(text)
    assert out["doc_type"]["value"] == "other"
    assert party_keys(out) == {
        ("plaintiff", "XXX"),
        ("defendant", "重庆市丰都县XX镇人民政府"),
        ("third_party", "丰都县XX镇XX村村民委员会"),
    }


def test_a_blog_headline_naming_the_case_gives_no_issuer() -> None:
    text = """美文网首页
上岭圩诉吴川市住房和规划建设局行政上诉状(第三稿)
作者: 某律师 | 来源:发表于2018-01-03 14:57
    行政上诉状
    上诉人(原审原告):吴川市某村上岭圩村民小组
    被上诉人(原审被告):吴川市住房和规划建设局
"""
    out = everything(text)
    assert "issuer" not in out
    assert party_keys(out) == {("plaintiff", "吴川市某村上岭圩村民小组"), ("defendant", "吴川市住房和规划建设局")}


def test_a_cited_title_after_a_label_is_no_name() -> None:
    text = """审判长、人民陪审员:
某律师事务所接受某村第九村民小组委托,指派本律师担任本案原告方诉讼代理人。
被告《某县国土资源局关于某乡政府征地的批复》未经公告即实施,现发表如下代理意见。
"""
    out = everything(text)
    assert out["doc_type"]["value"] == "other"
    assert not [p for p in out.get("parties", []) if "《" in p["name"]]


def test_a_party_line_wrapped_after_a_label_colon_keeps_the_block_open() -> None:
    """A PDF page wraps the run-on party paragraph anywhere, here right after 身份证号:."""
    text = """行政上诉状
上诉人:张某(以下简称上诉人),男,汉,1965年2月23日生、身份证号:
3305231965022XXXXX、住浙江省安吉县递铺镇XX小区X号 电话:1381
92699XX 上诉人:陈某明,女,住浙江省安吉县递铺镇XX小区X号。 上诉人:
张某昱,男,住浙江省安吉县递铺镇XX小区X号。 被上诉人:安吉县递铺镇人
民政府(以下简称被上诉人),法人:曾某峰,该镇镇长。
上诉请求:撤销一审裁定。
"""
    assert party_keys(everything(text)) == {
        ("plaintiff", "张某"),
        ("plaintiff", "陈某明"),
        ("plaintiff", "张某昱"),
        ("defendant", "安吉县递铺镇人民政府"),
    }


def test_a_list_lead_ending_on_a_colon_closes_the_block() -> None:
    """Only an identity field's colon carries the party line on; a list's lead (提供以下证据:) starts the facts."""
    text = """原告赵某,男,汉族,住日照市岚山区。
被告某海洋渔业局,住所地日照市岚山区。
原告为支持其诉讼请求提供以下证据:
1、《处罚决定书》。证明原告收到决定书,对决定不服。被告质证认为,对该证据真实性无异议。
"""
    assert party_keys(everything(text)) == {("plaintiff", "赵某"), ("defendant", "某海洋渔业局")}
