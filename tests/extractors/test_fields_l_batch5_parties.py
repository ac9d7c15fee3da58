"""Parties in the shapes the first sight of a fifth real batch showed: a form label that starts a longer
word (被告知人 is no 被告, 第三人民医院 no 第三人), a co-party on its own line without the label, an
appeal page whose case title stands above its party block, an empty field row, a describing bracket,
and a name run into "对 + organ" in a sentence line.

Every name, court, bureau and number here is invented.
"""

import pytest
from plain_text_extraction import everything, party_keys

from extractors.fields import party_flat_text
from extractors.fields.case_headline import case_title_line, read_case_names
from extractors.fields.party_case_sides import headline_sides
from extractors.fields.party_mentions import headline_names
from extractors.fields.party_names import LABEL, names_on_following_lines, read_name
from extractors.fields.sections import find_sections
from models.vocab import PartyRole

# --- a label that is the start of a longer word ---------------------------------------------------


def test_notified_person_form_label_names_the_party_of_a_decision():
    text = (
        "临川县林业和草原局\n林业行政处罚决定书\n临林罚决字[2022]第12号\n"
        "被告知人姓名: 钱** 性别: 男 出生日期: 1970年5月1日\n"
        "现住址: 临川县东乡镇某某村**号\n"
        "经依法查明,钱**于2021年3月在东乡镇某某村擅自开垦林地种植茶树,开垦面积共计820平方米。\n"
        "本局认为:当事人违反了《中华人民共和国森林法实施条例》第二十一条的规定。决定如下:罚款8200元。\n"
    )
    assert party_keys(everything(text)) == {("party", "钱**")}


@pytest.mark.parametrize(
    ("line", "label"),
    [("被告知人姓名: 钱**", "被告知人"), ("被告:临川县自然资源局", "被告"), ("第三人:赵某", "第三人")],
)
def test_a_label_is_read_whole(line, label):
    match = LABEL.match(line)
    assert match is not None and match.group("label") == label


@pytest.mark.parametrize("line", ["第三人民医院住院部", "申请人民法院强制执行", "当事人员名单"])
def test_a_label_that_goes_on_into_another_word_is_none(line):
    assert LABEL.match(line) is None


def test_a_hospital_line_does_not_open_the_party_block():
    text = (
        "临川县自然资源局\n行政处罚决定书\n临自然资罚〔2022〕7号\n"
        "第三人民医院东侧空地占用情况说明附后\n"
        "当事人:临川县福来物流有限公司,住所地临川县东环路8号。\n"
        "经查,当事人于2021年5月在第三人民医院东侧擅自占用集体土地建设仓库。\n"
    )
    sections, _ = find_sections(text)
    assert text[slice(*sections["parties"])].startswith("当事人:临川县福来物流有限公司")
    assert party_keys(everything(text)) == {("party", "临川县福来物流有限公司")}


# --- a co-party on its own line -------------------------------------------------------------------


def test_second_applicant_on_its_own_line_shares_the_label():
    text = (
        "行政复议决定书\n临政复决〔2024〕31号\n"
        "申 请 人:孙某一,男\n孙某二,男\n"
        "被 申 请 人:临川县自然资源和规划局\n"
        "申请人对被申请人未履行查处的法定职责不服,向本机关申请行政复议,依法已予受理。\n"
    )
    assert party_keys(everything(text)) == {
        ("applicant", "孙某一"),
        ("applicant", "孙某二"),
        ("respondent", "临川县自然资源和规划局"),
    }


def test_a_long_co_party_line_keeps_the_block_open():
    text = (
        "行政复议决定书\n临政复决〔2024〕32号\n"
        "申请人:周某一,男,1966年生,住临川县龙湖镇泰山村。\n"
        "周某二,女,1969年生,住临川县龙湖镇泰山村。\n"
        "被申请人:临川县自然资源和规划局,住所地临川县人民路6号。\n"
        "申请人不服被申请人作出的行政处罚决定,向本机关申请行政复议。\n"
    )
    assert party_keys(everything(text)) == {
        ("applicant", "周某一"),
        ("applicant", "周某二"),
        ("respondent", "临川县自然资源和规划局"),
    }


def test_an_organisation_co_party_with_its_details():
    text = (
        "申请人:临川县丰收农机合作社,住所地临川县北路1号。\n"
        "临川县金穗种植有限公司,统一社会信用代码:91360000MA00000001。\n"
    )
    assert [text[s:e] for s, e in names_on_following_lines(text, 12, len(text))] == ["临川县金穗种植有限公司"]


@pytest.mark.parametrize(
    "after",
    [
        "法定代表人:孙某,经理。\n李某,男,1970年生。\n",  # a representative's line: any name after is theirs
        "委托代理人:\n李某,男,律师。\n",
        "临川县东乡镇某某村三组,男。\n",  # a wrapped address
        "申请人对被申请人的处理不服,于2024年1月2日申请复议。\n",  # a sentence
        "李某某\n",  # a bare name, nothing says it is a person
        "其妻李某,女,1972年生。\n",  # a relative
    ],
)
def test_lines_that_are_no_co_party(after):
    text = "申请人:赵某一,男\n" + after
    assert names_on_following_lines(text, 8, len(text)) == []


def test_identity_lines_of_the_first_party_are_passed_over():
    text = "申请人:赵某一,男\n住临川县东乡镇。\n1968年5月生\n\n赵某二,女\n"
    assert [text[s:e] for s, e in names_on_following_lines(text, 8, len(text))] == ["赵某二"]


# --- an appeal page: its case title over the block -------------------------------------------------

_APPEAL_PAGE = (
    "您的位置:首页 >> 判裁案例 >> 案例正文\n\n"
    "上诉人吴某甲等诉被上诉人临川县国土资源局土地行政处罚一案\n\n"
    "当事人:   法官:   文号:临州市中级人民法院\n\n"
    "上诉人(原审原告)吴某甲,男,X年X月X日出生,汉族,住(略)。\n\n"
    "上诉人(原审原告)郑某乙,男,X年X月X日出生,汉族,住(略)。\n\n"
    "2上诉人的共同委托代理人吴某丙,男,住(略)。\n\n"
    "被上诉人(原审被告)临川县国土资源局,住所地临川县X街道环城路X号。\n\n"
    "法定代表人冯某某,局长。\n\n"
    "被上诉人(原审第三人)陈某丁(系临川县X镇红星五金厂业主),男,住(略)。\n\n"
    "上诉人吴某甲、郑某乙因诉被上诉人临川县国土资源局土地行政处罚一案,不服临川县人民法院作出的行政判决,"
    "向本院提起上诉。本院受理后,依法组成合议庭进行了审理。\n"
)


def test_appeal_block_under_a_case_title_is_read_with_first_instance_roles():
    assert party_keys(everything(_APPEAL_PAGE)) == {
        ("plaintiff", "吴某甲"),
        ("plaintiff", "郑某乙"),
        ("defendant", "临川县国土资源局"),
        ("third_party", "陈某丁"),
    }


def test_the_case_title_does_not_start_the_party_block():
    sections, metadata = find_sections(_APPEAL_PAGE)
    assert _APPEAL_PAGE[slice(*sections["parties"])].startswith("上诉人(原审原告)吴某甲")
    assert any(_APPEAL_PAGE[s:e].startswith("当事人:   法官:") for s, e in metadata)  # the page's empty field row
    assert "上诉人(原审第三人)" not in _APPEAL_PAGE[slice(*sections["body"])][:40]


def test_case_title_line_is_the_whole_line_only():
    title = _APPEAL_PAGE.index("上诉人吴某甲等")
    assert case_title_line(_APPEAL_PAGE, title) == (title, _APPEAL_PAGE.index("\n", title))
    assert case_title_line(_APPEAL_PAGE, _APPEAL_PAGE.index("上诉人(原审原告)吴某甲")) is None
    sentence = _APPEAL_PAGE.index("上诉人吴某甲、")
    assert case_title_line(_APPEAL_PAGE, sentence) is None


def test_headline_reader_knows_appeal_labels_and_the_closing_deng():
    text = "上诉人吴某甲等诉被上诉人临川县国土资源局土地行政处罚一案"
    [name] = read_case_names(text, 0, len(text))
    assert (text[slice(*name.first)], text[slice(*name.second)], name.kind) == ("吴某甲", "临川县国土资源局", "一案")
    assert name.lawsuit


def test_a_case_title_alone_gives_both_sides_below_the_threshold():
    text = (
        "上诉人吴某甲等诉被上诉人临川县国土资源局土地行政处罚一案\n\n"
        "本院于2021年8月4日受理后,依法组成合议庭,公开开庭进行了审理。\n"
    )
    found = everything(text)["parties"]
    assert {(p["role"], p["name"]) for p in found} == {("plaintiff", "吴某甲"), ("defendant", "临川县国土资源局")}
    assert all(p["confidence"] < 0.8 for p in found)


def test_appeal_headline_with_brackets_reads_first_instance_sides():
    text = "上诉人(原审原告)吴某甲诉被上诉人(原审被告)临川县国土资源局土地行政处罚二审行政判决书"
    assert [(s.role, s.name) for s in headline_sides(text, 0, len(text))] == [
        (PartyRole.PLAINTIFF, "吴某甲"),
        (PartyRole.DEFENDANT, "临川县国土资源局"),
    ]


def test_a_lawsuit_headline_names_no_applicant_of_a_ruling():
    text = "上诉人临川县国土资源局与被上诉人吴某甲土地行政处罚二审行政裁定书"
    assert headline_names(text, (0, len(text))) is None
    ruling = "申请执行人临川县国土资源局与被执行人吴某甲非诉执行审查行政裁定书"
    applicant, respondent = headline_names(ruling, (0, len(ruling)))
    assert (applicant.name, respondent.name) == ("临川县国土资源局", "吴某甲")


# --- names that run on ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("李某某对临川县国土资源执法监察大队(系被申请人分支机构)作出的答复不服", "李某某"),
        ("李某某就临川县自然资源局作出的处罚决定", "李某某"),
        ("临川对外贸易有限公司,住所地临川县", "临川对外贸易有限公司"),
        ("陈某丁(系临川县X镇红星五金厂业主),男", "陈某丁"),
    ],
)
def test_where_a_name_stops(text, name):
    assert text[slice(*read_name(text, 0, len(text)))] == name


def test_a_sentence_line_in_a_photo_block_gives_no_run_on_applicant():
    """OCR broke the first sentence inside an organ's name, so the block runs into the sentence line."""
    text = (
        "临川县人民政府\n行政复议决定书\n临政复决字〔2023〕5号\n"
        "申请人:王某某。\n被申请人:临川县自然资源事务服务中心。\n"
        "申请人王某某对临川县国土资源执法监察大队(系被申请人临川县自然资\n"
        "源事务服务中心分支机构)作出的《关于XX问题的答复》不服,于2023年4月6日向本机关申请行政复议,本机关已依法受理。\n"
        "申请人称:临川县国土资源执法监察大队对XX村孙某某挖毁耕地十余亩不予立案查处,所作答复系不履行法定职责,请求撤销。\n"
    )
    assert party_keys(everything(text)) == {("applicant", "王某某"), ("respondent", "临川县自然资源事务服务中心")}


def test_an_empty_field_row_gives_no_party():
    text = (
        "临川县人民法院\n行政判决书\n(2022)临行初5号\n当事人: 法官: 书记员:\n"
        "原告:何某,男,住临川县。\n被告:临川县自然资源局。\n"
        "原告不服被告作出的行政处罚决定,向本院提起行政诉讼。\n"
    )
    assert party_keys(everything(text)) == {("plaintiff", "何某"), ("defendant", "临川县自然资源局")}


def test_the_addressee_line_rule_has_one_home():
    """The party readers take ADDRESSEE_LINE from normalise, where unwrap decides with it."""
    assert "ADDRESSEE_LINE" not in party_flat_text.__all__


def test_a_pdf_line_that_ends_inside_a_name_is_joined():
    text = (
        "临川县人民法院\n行政判决书\n(2015)临行初字第9号\n"
        "原告周海\n"
        "东,男,1969年9月26日出生,汉族,住临川县。原告周建国,男,1957年10月5日出生,汉族,住临川县。"
        "被告临川县海洋与渔业局,地址临川县。法定代表人陈某,局长。\n"
        "原告周海东、周建国不服被告临川县海洋与渔业局海域管理行政处罚一案,于2015年1月12日向本院提起诉讼。\n"
    )
    assert party_keys(everything(text)) == {
        ("plaintiff", "周海东"),
        ("plaintiff", "周建国"),
        ("defendant", "临川县海洋与渔业局"),
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [("张某\n李四,男", "张某"), ("周海\n东港村委会,住所地", "周海"), ("邱某一\n邱某二,男", "邱某一")],
)
def test_two_names_on_two_lines_are_never_joined(text, name):
    assert text[slice(*read_name(text, 0, len(text)))] == name


def test_an_empty_field_row_that_ocr_read_without_its_spaces_gives_no_party():
    text = _APPEAL_PAGE.replace("当事人:   法官:   文号:", "当事人:法官:文号:")
    assert ("party", "法官") not in party_keys(everything(text))


@pytest.mark.parametrize(
    "headline",
    [
        "临川兴业建材有限公司违法占地问题行政处罚决定书",
        "临川兴业建材有限公司在东乡镇擅自占用集体土地建设厂房问题的行政处罚决定书",  # a line over 40 characters
    ],
)
def test_an_addressee_that_a_scan_glued_to_the_title_line_goes_to_review(headline):
    text = (
        f"{headline}临川兴业建材有限公司:\n"
        "我局于2021年2月26日对你单位非法占用土地一案立案调查。经查,你单位于2020年5月在临川县东乡镇"
        "擅自占用集体土地1200平方米建设厂房。\n决定对你单位处罚如下:罚款24000元。\n"
    )
    [party] = everything(text)["parties"]
    assert (party["role"], party["name"]) == ("party", "临川兴业建材有限公司")
    assert party["confidence"] < 0.8
