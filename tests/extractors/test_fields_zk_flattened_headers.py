"""Invented web copies flattened to one line, in the shapes a thirteenth look at the real batches showed: the
page's chrome (a publication date, a bullet, a font-size control) glued before the header, and a title whose
kind words (林业, 行政复议) stand between the issuer and the ending."""

from __future__ import annotations

from plain_text_extraction import everything, party_keys, reference_numbers

_FORESTRY_PAGE = (
    "您当前的位置:处罚结果• [ 索引号 ]• 11500000000000000X/2024-00007• [ 发文字号 ]•• [ 发布机构 ]• 南岭区林业局"
    "• [ 发布日期 ]• 2024-03-18林业行政处罚决定书南林罚决字〔2024〕第17号当事人:青石乡人民政府,住所地青石乡"
    "青石街1号。经依法查明,你单位于2023年5月起,未经林业主管部门审核同意,在青石乡白水村集体林地内修建便道,"
    "擅自改变林地用途0.0310公顷,违反了《中华人民共和国森林法》第三十七条第一款的规定。依据《中华人民共和国森林法》"
    "第七十三条第一款的规定,本机关决定:责令你单位在三个月内恢复被改变用途林地的植被和林业生产条件,并处罚款"
    "15500元。如不服本决定,可在收到本决定书之日起六十日内向南岭区人民政府申请行政复议。南岭区林业局2024年3月15日"
)


def test_a_title_glued_after_the_pages_publication_date_is_read_with_its_kind_words() -> None:
    found = everything(_FORESTRY_PAGE)
    assert found["title"]["value"] == "林业行政处罚决定书"
    assert found["doc_type"]["value"] == "penalty_decision"
    assert found["doc_number"]["value"] == "南林罚决字〔2024〕第17号"
    assert ("party", "青石乡人民政府") in party_keys(found)


_RECONSIDERATION_PAGE = (
    "法律咨询热线:12348当前位置: 依法治市 > 复议文书公开〔2023〕东行复第58号申请人沈某不服被申请人东川市城市管理"
    "行政执法局作出的东城执强拆字[2023]第11号《行政强制拆除决定书》• 时间:2024-01-09 10:12• 来源:市司法局• "
    "阅读次数:• 字体:[ ]东川市人民政府行政复议决定书〔2023〕东行复第58号申请人:沈某。被申请人:东川市城市管理"
    "行政执法局。申请人沈某不服被申请人东川市城市管理行政执法局于2023年9月4日作出东城执强拆字[2023]第11号"
    "《行政强制拆除决定书》的行政行为,于2023年9月20日向本机关申请行政复议,本机关依法予以受理。现已审理终结。"
    "申请人请求:撤销被申请人作出的强制拆除决定。被申请人称:申请人在河道管理范围内搭建的简易房未取得建设工程"
    "规划许可证,属违法建设,被申请人依法作出的强制拆除决定事实清楚,程序合法。"
)


def test_an_issuer_and_title_glued_after_a_font_size_control_are_read_apart() -> None:
    found = everything(_RECONSIDERATION_PAGE)
    assert found["title"]["value"] == "行政复议决定书"
    assert found["issuer"]["value"] == "东川市人民政府"
    assert found["doc_number"]["value"] == "〔2023〕东行复第58号"
    assert ("applicant", "沈某") in party_keys(found)


def test_the_own_number_behind_a_breadcrumbs_words_is_no_reference() -> None:
    found = everything(_RECONSIDERATION_PAGE)
    numbers = reference_numbers(found)
    assert "东城执强拆字[2023]第11号" in numbers
    assert not any(number.endswith("东行复第58号") for number in numbers)


def test_words_of_a_sentence_before_a_cited_title_start_no_title() -> None:
    found = everything(
        "当事人:李某,男,1970年3月2日出生。" + "经查," * 40 + "你于2023年6月在柳河村耕地上建房。本局作出的行政处罚决定书"
        "(柳自然资罚〔2023〕8号)已于2023年8月1日送达,你在法定期限内未申请行政复议,也未提起行政诉讼,又不履行。"
    )
    assert found.get("title", {}).get("value") != "行政处罚决定书"


_ONE_CELL_ROWS_FLATTENED = (
    "| 河西省青山市中级人民法院 || 行政裁定书 || (2016)青行终字第31号 |上诉人(原审原告)刘长顺,男,1950年2月3日出生,"
    "汉族。 委托代理人刘红,女,1975年6月1日出生,汉族。 被上诉人(原审被告)青山县白石镇人民政府。 法定代表人赵平。"
    " 委托代理人钱进。 上诉人刘长顺因土地行政处理一案,不服青山县人民法院(2015)青行初字第4号行政裁定,向本院提起上诉,"
    "本院受理后依法组成合议庭,公开开庭审理了本案。上诉人刘长顺及委托代理人刘红,被上诉人青山县白石镇人民政府的委托代理人"
    "钱进到庭参加诉讼。本案现已审理终结。"
)


def test_a_header_of_one_cell_rows_flattened_onto_one_line_gives_court_and_title() -> None:
    found = everything(_ONE_CELL_ROWS_FLATTENED)
    assert found["issuer"]["value"] == "河西省青山市中级人民法院"
    assert found["title"]["value"] == "行政裁定书"
    assert found["doc_number"]["value"] == "(2016)青行终字第31号"


_PUBLICITY_FLATTENED = (
    "当前位置:首页 > 政务公开 > 行政执法 > 正文行政处罚决定公示(〔2024〕11号)发布机构 青河县自然资源局 "
    "发布日期 2024-10-09 来源 青河县自然资源局行政处罚当事人基本情况:青河县鑫石矿业有限公司违法事实:"
    "于2023年3月至2024年6月未经批准非法使用天然草原开采砂石料,违反了《中华人民共和国草原法》第三十八条的规定。"
    "处罚依据:《中华人民共和国草原法》第六十五条。处罚内容:责令恢复草原植被,罚款9800元。处罚决定日期:"
    "2024年10月8日公示期限:3个月当前状态:执行当中青河县自然资源局2024年10月9日打印本页  关闭窗口相关文章"
)


def test_a_status_value_run_into_the_signer_is_dropped_from_the_issuer() -> None:
    found = everything(_PUBLICITY_FLATTENED)
    assert found["issuer"]["value"] == "青河县自然资源局"
    assert found["issuer"]["printed"] == "执行当中青河县自然资源局"


_BARE_TITLE_PAGE = """行政处罚决定书(青自然资罚决〔2025〕14号)

索 引 号:4309810018/2025-2140011 发布机构:青江市自然资源局 发文日期:2025-06-20 信息类别:综合政务

行政处罚决定

                    编号:青自然资罚202514

当事人:青江市白沙镇宏远建材有限公司

法定代表人:李四

我单位于2025年3月2日对你单位非法占地一案予以立案调查。经查实,你单位未经批准,于2019年擅自占用白沙镇立新村土地建设厂房。
"""


def test_a_title_printed_without_its_shu_under_the_pages_headline_is_the_title() -> None:
    found = everything(_BARE_TITLE_PAGE)
    assert found["title"]["value"] == "行政处罚决定"
    assert found["doc_type"]["value"] == "penalty_decision"


def test_the_headlines_bracketed_number_stays_the_own_number_above_a_bare_title() -> None:
    found = everything(_BARE_TITLE_PAGE)
    assert found["doc_number"]["value"] == "青自然资罚决〔2025〕14号"
    assert not reference_numbers(found)


def test_a_short_metadata_line_run_into_the_title_keeps_its_date_as_the_pages() -> None:
    found = everything(
        "• [ 索引号 ]• 11540000/2023-00009• [ 发布日期 ]• 2023-06-02行政处罚决定书\n拉自然资堆罚【2023】11号\n"
        "当事人:扎西,男,1980年生。\n经查,你于2022年5月未经批准占用耕地建房。\n拉萨市自然资源局堆龙德庆区分局\n2023年5月30日\n"
    )
    assert found["title"]["value"] == "行政处罚决定书"
    assert found["doc_number"]["value"] == "拉自然资堆罚【2023】11号"
    assert found["issue_date"]["value"] == "2023-05-30"
    assert ("2023-06-02", "decision") not in {(d["value"], d.get("role")) for d in found.get("dates", [])}
