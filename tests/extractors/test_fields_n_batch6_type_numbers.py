"""Type, issuer, date and number shapes the first sight of a sixth real batch showed: judgments and
reconsideration decisions cut before their header, a maker's verb or an alias's chrome glued before a
cited number, a number run into its title or printed without 号, a date in an aside of the last
paragraph, a publicity page signed later than its decision, and a site's placeless bureau name.

Every name, court, bureau and number here is invented.
"""

from plain_text_extraction import everything, reference_numbers

from extractors.fields.dates import _in_sentence


def _value(found: dict, field: str) -> object:
    item = found.get(field)
    return None if item is None else item["value"]


# --- numbers: words glued before a cited number -------------------------------------------------------

_JUDGMENT_BODY = (
    "上诉人(原审原告)周德明,男,1968年3月2日出生,住临川县东乡镇。\n"
    "被上诉人(原审被告)临川县自然资源和规划局。\n"
    "上诉人周德明不服临川县人民法院(2020)赣1099行初12号行政判决,向本院提起上诉。本院依法组成合议庭,"
    "公开开庭审理了本案。上诉人周德明、被上诉人的委托代理人到庭参加诉讼。本案现已审理终结。\n"
    "原审查明:2018年5月31日,被上诉人下属的执法监察大队制作了临土资执(2018)21号违法线索登记表。"
    "同日,被上诉人制作临土资责改(2018)21号《责令改正违法行为通知书》,责令上诉人停止违法行为。"
    "2019年3月6日,被上诉人作出临自然资罚(2019)47号《行政处罚决定书》(以下简称(2019)47号处罚决定),"
    "决定如下:没收在非法占用的土地上新建的建筑物。\n"
)


def test_a_makers_verb_before_a_cited_number_is_no_part_of_it():
    refs = reference_numbers(everything(_JUDGMENT_BODY))
    assert "临土资责改(2018)21号" in refs
    assert not any(ref.startswith("制作") for ref in refs)


def test_an_alias_of_a_cited_number_is_no_reference_of_its_own():
    refs = reference_numbers(everything(_JUDGMENT_BODY))
    assert "临自然资罚(2019)47号" in refs
    assert not any("简称" in ref for ref in refs)
    assert "(2019)47号" not in refs


def test_a_number_run_into_the_title_on_a_site_headline_is_the_own_number():
    text = (
        "欢迎访问临川县政府网\n您当前所在位置: 首页 > 互动交流 > 行政复议文书\n\n"
        "临府行复〔2023〕88号行政复议决定书\n\n来源:本网 发布时间:2024-01-03 09:39\n\n"
        "  申请人:钱某。\n\n  被申请人:临川县东乡街道办事处。\n\n"
        "  申请人不服被申请人于2023年6月2日作出的《违法建设行政处理决定书》(东街违建处字〔2023〕第31号),"
        "于2023年8月1日向本府申请行政复议,本府依法予以受理,现已审查终结。\n"
    )
    found = everything(text)
    assert _value(found, "doc_number") == "临府行复〔2023〕88号"
    assert _value(found, "title") == "行政复议决定书"
    assert _value(found, "doc_type") == "reconsideration_decision"
    assert "临府行复(2023)88号" not in reference_numbers(found)


def test_a_number_without_its_hao_under_the_title_is_the_own_number_kept_for_review():
    text = (
        "临川县人民政府行政复议决定书\n时间 : 2016年08月03日  来源 : 法制办\n\n"
        "临川县人民政府行政复议决定书\n\n临政行复决字〔2016〕9\n\n\n"
        "申请人:吴某,男,住临川县东乡镇。\n\n被申请人:临川县国土资源局。\n\n"
        "申请人不服临川县国土资源局作出的临国土资罚字[2016]第41号行政处罚决定,向本机关申请行政复议,"
        "本机关依法予以受理,现已审理终结。\n"
    )
    found = everything(text)
    assert found["doc_number"]["value"] == "临政行复决字〔2016〕9"
    assert found["doc_number"]["confidence"] < 0.8
    assert reference_numbers(found) == {"临国土资罚字[2016]第41号"}


def test_a_bare_number_in_the_body_is_no_own_number():
    text = (
        "临川县人民政府行政复议决定书\n\n申请人:吴某。\n\n被申请人:临川县国土资源局。\n\n"
        "申请人称,此前的处理意见见临国土函〔2016〕3\n该意见未送达申请人。\n"
    )
    assert everything(text).get("doc_number") is None


# --- doc_type: pages cut before their title ---------------------------------------------------------


def test_an_appeal_judgment_cut_before_its_header_is_a_judgment_not_the_decision_it_quotes():
    assert _value(everything(_JUDGMENT_BODY), "doc_type") == "court_judgment"


def test_a_first_instance_judgment_cut_inside_its_party_block_is_a_judgment():
    text = (
        "委托代理人孙立新。\n被告临川县林业局。\n法定代表人赵国强,系该局局长。\n"
        "原告李长顺诉被告临川县林业局林业行政处罚一案,于2015年9月29日向本院提起行政诉讼。本院受理后,"
        "依法组成合议庭,于2015年11月3日在临川县人民法院公开开庭审理了本案。原告李长顺到庭参加诉讼。"
        "本案现已审理终结。\n临川县森林公安局于2015年5月14日巡逻时发现原告擅自移栽林木,被告告知原告"
        "有陈述、申辩的权利,后作出临林罚书字[2015]第9号林业行政处罚决定书。\n"
    )
    found = everything(text)
    assert _value(found, "doc_type") == "court_judgment"
    assert found["issuer"]["value"] == "临川县人民法院"
    assert found["issuer"]["confidence"] < 0.8


def test_a_reconsideration_decision_with_only_its_body_names_its_reviewer_not_a_request():
    text = (
        "申请人: 临川某公司\n法定代表人:郑某某 职务:执行董事\n被申请人:临川县自然资源局\n"
        "住所地:临川县东大街北侧\n"
        "因申请人临川某公司不服被申请人临川县自然资源局作出的临自然资行处字〔2023〕第***号行政处罚决定书,"
        "向临川县人民政府申请行政复议。经审查,符合受理条件,本机关于2024年6月12日依法受理,"
        "现案件已审理完结。\n申请人请求:请求撤销临川县自然资源局作出的临自然资行处字〔2023〕第***号"
        "行政处罚决定书。\n"
    )
    found = everything(text)
    assert _value(found, "doc_type") == "reconsideration_decision"
    assert found["issuer"]["value"] == "临川县人民政府"
    assert found["issuer"]["confidence"] < 0.8


def test_a_penalty_decision_naming_where_to_apply_for_review_stays_a_decision():
    text = (
        "临川县自然资源局\n行政处罚决定书\n临自然资罚〔2024〕5号\n当事人:王某\n"
        "经查,你于2023年4月擅自占用集体土地建房。决定如下:罚款5000元。\n"
        "如不服本决定,可在收到本决定书之日起六十日内向临川县人民政府申请行政复议,也可以在六个月内"
        "向临川县人民法院提起行政诉讼。\n临川县自然资源局\n2024年3月1日\n"
    )
    found = everything(text)
    assert _value(found, "doc_type") == "penalty_decision"
    assert _value(found, "issuer") == "临川县自然资源局"


# --- dates and the publicity page ----------------------------------------------------------------


def test_a_date_in_an_aside_of_a_sentence_is_not_a_signature_date():
    text = "本案楼房首层建于1999年,早于该法施行时间(2008年1月1日),因此不存在规划许可。"
    start = text.index("2008")
    assert _in_sentence(text, start, start + len("2008年1月1日"))


_PUBLICITY = (
    "1. 当前位置:\n  2. 首页 > 政务公开 > 行政执法\n\n行政处罚决定公示\n\n"
    "行政处罚当事人基本情况:临川某砂石有限公司\n\n违法事实:2023年5月起未经批准开采建筑用砂。\n\n"
    "处罚结果:罚款11600元。\n\n处罚决定日期:2024年12月2日\n\n公示期限:3个月\n\n"
    "                              临川县自然资源局\n\n"
    "                              2024年12月4日\n\n 打印本页  关闭窗口\n"
)


def test_a_publicity_page_dates_the_decision_by_its_field_not_by_its_publication():
    found = everything(_PUBLICITY)
    assert found["issue_date"]["value"] == "2024-12-02"
    assert found["issue_date"]["confidence"] < 0.8
    assert found["issue_date"]["alternatives"] == ["2024-12-04"]


def test_the_signer_above_a_date_only_signature_block_is_the_issuer():
    assert _value(everything(_PUBLICITY), "issuer") == "临川县自然资源局"


def test_a_sites_bureau_without_its_place_is_no_issuer():
    text = (
        "临川县东乡村民委员会非法占地案\n\n发布时间: 2024-01-29 10:56\n\n信息来源: 市自然资源和规划局\n\n"
        "行政处罚决定书文号:临自然资规罚字(2024)3号\n\n被处罚单位(被处罚人):临川县东乡村民委员会\n\n"
        "经查:2021年6月,临川县东乡村民委员会未经依法批准动工建造抽水房。\n"
    )
    found = everything(text)
    assert _value(found, "issuer") != "市自然资源和规划局"
    assert _value(found, "doc_number") == "临自然资规罚字(2024)3号"


def test_a_breadcrumb_line_above_the_number_is_no_part_of_it():
    text = (
        "首页 > 政务公开 > 行政复议办事指南 > 复议决定文书公开\n临福府复决﹝2019﹞12号\n"
        "临 川 县 人 民 政 府\n行政复议决定书\n临福府复决﹝2019﹞12号\n申请人:韩**\n被申请人:临川县规划土地监察局\n"
        "申请人不服被申请人于2019年7月3日作出的临规土监行案〔2018〕**号《行政处罚决定书》,向本机关申请行政复议,"
        "本机关已依法受理。\n"
    )
    found = everything(text)
    assert _value(found, "doc_number") == "临福府复决﹝2019﹞12号"
    assert reference_numbers(found) == {"临规土监行案〔2018〕**号"}


def test_a_record_row_label_before_the_title_is_no_part_of_the_issuer():
    """A disclosure record whose separators OCR lost: the row 决定书名称 holds the agency-prefixed title."""
    text = (
        "当前位置:网站首页>政务公开>县林业和草原局>执法案件公示\n"
        "索引号:111521280116190283/202308-00006组配分类:执法案件公示\n"
        "发布机构: 县林业和草原局主题分类: 其他/其他\n成文日期:2023-08-29发布日期:2023-08-31\n"
        "某某林场擅自改变林地用途案\n执法主体名称某县林业和草原局\n案件名称某某林场擅自改变林地用途案\n"
        "决定书名称某县林业和草原局行政处罚决定书\n决定书文号某林罚字〔2023〕2号\n处罚决定日期2023年8月29日\n"
    )
    assert _value(everything(text), "issuer") == "某县林业和草原局"
