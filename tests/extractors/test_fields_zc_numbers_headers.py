"""Old and glued numbers, one-case government decisions, a headline under an empty page label, a court's
header under a long case name, and a bureau named in a representative's office, on invented texts."""

from __future__ import annotations

import pytest
from plain_text_extraction import everything

from extractors.fields.numbers import canonical_doc_number
from extractors.normalise import unwrap

_JUDGMENT = "平川市中级人民法院\n行政判决书\n(2004)平行终字第91号\n上诉人(原审原告)张某某，男，住平川市。\n{body}\n"


def _refs(body: str) -> list[str]:
    found = everything(_JUDGMENT.format(body=body)).get("references", [])
    return sorted(canonical_doc_number(r["doc_number"]) for r in found)


@pytest.mark.parametrize(
    ("body", "cited"),
    [
        pytest.param(
            "同日，平川中院作出（92）平法经裁字第24号裁定书，查封了该公司的财产。",
            ["(92)平法经裁字24号"],
            id="a 1990s court number with its two-digit year first",
        ),
        pytest.param(
            "被告已于1985年以平府〔85〕168号《关于甲村与乙村土地纠纷的处理决定》确定了权属。",
            ["平府(85)168号"],
            id="a government's old decision on one dispute",
        ),
        pytest.param(
            "原告不服被告平川镇人民政府作出的林府决(2014)1号《关于甲组张某与李某山林纠纷的处理决定》。",
            ["林府决(2014)1号"],
            id="a town government's decision on a forest dispute",
        ),
        pytest.param(
            "原告对平川镇政府2018年3月12日作出的平江访[2018]19《关于朱某信访事项的处理意见》不服，申请行政复议。",
            ["平江访(2018)19"],
            id="a citation whose title takes the place of its 号",
        ),
        pytest.param(
            "平川中院于1993年作出（1993）平民初字第3号民事判决。原告持（93）平民初字第3号判决书申请执行。",
            ["(1993)平民初字3号"],
            id="a short year and a full year are one number",
        ),
        pytest.param(
            "平川市中级人民法院于2005年10月24日作出平行终字第109号行政判决。本院裁定撤销（2005）平行终字109号行政判决。",
            ["(2005)平行终字109号"],
            id="a court number cited once without its year",
        ),
        pytest.param(
            "2014年6月3日平川市人民政府发布平政土征字〔2014〕7号征收土地方案公告。"
            "判决维持被告平川市规划管理处平规处字（1992）第13号行政处罚决定。",
            ["平政土征字(2014)7号", "平规处字(1992)13号"],
            id="a verb or an office before a number",
        ),
        pytest.param(
            "地矿厅于1994年7月18日向设计院发出平地矿监〔94〕081号《限期办理采矿许可证通知书》。"
            "原告于1997年撤回(1997)平常字第6号起诉。"
            "平川市规划局对原告作出当规行停字（2006）第（014）号停建通知书。",
            ["平地矿监(94)081号", "(1997)平常字6号", "当规行停字(2006)(014)号"],
            id="verbs and companies glued before cited numbers",
        ),
        pytest.param("依照平政发〔2014〕12号《关于加强土地管理的通知》的规定。", [], id="a rule named by its title"),
        pytest.param(
            "同年11月12日该协议进行公证，公证号：（xxx）平证经字第xxx号，原告正式取得承包经营权。",
            [],
            id="what a site left of a masked number",
        ),
        pytest.param(
            "被告提交的事实证据有：4、杨某笔录，5、平政（1991）9号文，6、宅基地规划图。",
            [],
            id="a number cited as a rule",
        ),
        pytest.param(
            "被告以长城公司未按(1992)平地合字(13)号《国有土地使用权有偿出让合同书》第十六条之约定开发为由收回土地。",
            [],
            id="a land-grant contract's number",
        ),
    ],
)
def test_what_a_sentence_cites(body: str, cited: list[str]) -> None:
    assert _refs(body) == sorted(canonical_doc_number(n) for n in cited)


def test_a_short_year_and_a_full_year_print_one_number() -> None:
    assert canonical_doc_number("（９３）三亚民初字第３号") == canonical_doc_number("（1993）三亚民初字第3号")







def test_a_headline_under_an_empty_page_label_is_the_title() -> None:
    text = (
        "索引号: 113325/2023-71188 公开方式: 主动公开\n文号: 公开日期: 2023-03-14\n发布单位: 司法局 有效性:\n"
        "平川县人民政府行政复议决定书(平政复〔2022〕15号)\n\n2023-03-14 15:55 信息来源: 县司法局 浏览次数:\n\n"
        "申请人:叶某兰\n\n被申请人:平川县某乡人民政府\n\n申请人请求撤销被申请人作出的山林裁决。\n"
    )
    found = everything(text)
    assert found["title"]["value"] == "行政复议决定书"
    assert found["doc_number"]["value"] == "平政复〔2022〕15号"
    assert found["issuer"]["value"] == "平川县人民政府"


def test_a_courts_name_under_a_case_name_ending_in_an_is_not_wrapped_onto_it() -> None:
    case_name = (
        "申请执行人平川市国土资源局申请强制执行平土资罚〔2013〕5号行政处罚决定确定的被执行人退还土地拆除违法建筑案"
    )
    body = (
        "申请执行人平川市国土资源局于2017年2月28日向本院申请强制执行，本院于2017年3月6日受理后依法组成合议庭进行了审查。"
    )
    text = f"{case_name}\n平川市平海区人民法院\n行政裁定书\n(2017)平0304行审137号\n{body}\n{body}\n{body}\n"
    joined, _ = unwrap(text)
    assert "建筑案\n平川市平海区人民法院\n" in joined
    # a sentence that breaks off just before a court's name still runs on into it
    appeal = ("如不服本裁定可在裁定书送达之日起十日内向本院递交上诉状并按对方当事人的人数提出副本" * 2)[: len(body) - 3]
    appeal += "上诉于"
    assert "上诉于平川市中级人民法院" in unwrap(f"{body}\n{body}\n{body}\n{appeal}\n平川市中级人民法院\n")[0]


def test_a_bureau_named_in_a_representatives_office_is_not_the_writer() -> None:
    text = (
        "申请人:平川县某镇某村某组\n被申请人:平川水族自治县自然资源局\n法定代表人:岑某,系平川县自然资源局局长\n"
        "申请人不服平川县人民政府颁发的集体土地所有证,提出的行政复议申请,本机关依法予以受理。\n"
    )
    assert everything(text).get("issuer") is None





def test_a_case_records_short_court_name_takes_the_province_the_page_prints() -> None:
    text = (
        "# 某厂诉平川市规划管理处拆除施工建筑案\n"
        "- **文书信息**：二审行政判决书吉林省平川市中级人民法院 (1993)行终字第4号\n"
        "经典案例\n一审法院：平川市西安区人民法院。\n二审法院：平川市中级人民法院。\n"
        "原告某厂不服被告平川市规划管理处作出的拆除决定，提起诉讼。\n"
    )
    assert everything(text)["issuer"]["value"] == "吉林省平川市中级人民法院"


def test_a_page_footer_between_a_case_name_and_the_courts_header_joins_nothing() -> None:
    lines = ["本院依法组成合议庭公开开庭审理了本案现已审理终结本院依法组成合议庭公开开庭审理了本案"] * 3
    tail = ["钟某诉平川市国土资源和房屋管理局确认违法案", "— 2 —", "平川市永川区人民法院", "行政判决书", ""]
    text = "\n".join(lines + tail)
    joined, _ = unwrap(text)
    assert "确认违法案\n平川市永川区人民法院\n行政判决书" in joined


def test_a_name_a_long_line_cut_after_its_label_goes_on_at_the_next_lines_start() -> None:
    head = "平川县人民法院行 政 判 决 书(2015)平行初字第00001号原告成"
    rest = "元洪,系原告方推选的诉讼代表人。原告成元荣。被告平川县人民政府,住所地平川县舞阳镇。原告不服被告的处理决定。"
    assert "原告成元洪,系" in unwrap(f"{head}\n{rest}\n")[0]
    assert "原告王某\n委托代理人" in unwrap("本院受理的本案原告被告及第三人如下列原告王某\n委托代理人李某\n")[0]



def test_a_year_ocr_lost_a_digit_of_is_the_one_the_page_prints_for_that_day() -> None:
    text = (
        "平川省高级人民法院\n行政判决书\n(2020)平行终字第3号\n上诉人(原审原告)张某。\n被上诉人(原审被告)平川市人民政府。\n"
        "本院于2020年12月15日公开宣判。本判决为终审判决。\n审判长  李某\n二〇二年十二月十五日\n"
    )
    assert everything(text)["issue_date"]["value"] == "2020-12-15"


def test_a_record_kind_field_over_its_value_is_no_title() -> None:
    text = (
        "案 号：\n(2009)平行初字第70号\n文书类型:\n判决书\n公开类型\n文书公开\n审理法院:\n平川县人民法院\n"
        "杨某不服平川市人民政府土地行政处理案\n平川县人民法院\n行政判决书\n(2009)平行初字第70号\n原告杨某。\n"
        "被告平川市人民政府。\n"
    )
    found = everything(text)
    assert found["title"]["value"] == "行政判决书"
    assert found["issuer"]["value"] == "平川县人民法院"





def test_a_case_records_kind_field_names_the_kind_of_a_write_up() -> None:
    text = (
        "案 号：\n(1997)平行初字第3号\n文书类型：\n判决书\n \n审理法院：\n平川市中级人民法院\n \n相关企业：\n"
        "平川省水利水电勘测设计研究院;\n\n平川省水电勘测设计研究院不服省地矿厅行政处罚案\n\n"
        "原告：平川省水利水电勘测设计研究院。\n被告：平川省地质矿产厅。\n原告不服被告作出的行政处罚决定，向本院提起诉讼。\n"
    )
    found = everything(text)
    assert found["doc_type"]["value"] == "court_judgment"
    assert {(p["role"], p["name"]) for p in found["parties"]} == {
        ("plaintiff", "平川省水利水电勘测设计研究院"),
        ("defendant", "平川省地质矿产厅"),
    }


def test_a_headline_number_that_lost_its_prefix_is_the_pages_full_number() -> None:
    text = (
        "平川区人民政府\n行政复议决定书〔2020〕4号\n\n"
        "索引号 640502003/2020-00089 文号 平沙政行复〔2020〕4号 生成日期 2020-08-26\n"
        "申请人：李某。\n被申请人：平川区综合执法局。\n申请人不服被申请人作出的限期拆除决定，向本机关申请行政复议。\n"
    )
    found = everything(text)
    assert canonical_doc_number(found["doc_number"]["value"]) == canonical_doc_number("平沙政行复〔2020〕4号")
    assert not found.get("references")
