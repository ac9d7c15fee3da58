"""Invented 行政复议 pages in the shapes a fourteenth real batch showed: a number run into the title under a
metadata block, a government reviewing its own sub-district office, many applicants masked by number with
their 复议代表人 and 申请人代表 lines, a one-line copy whose third party runs into the opening sentence, a
reviewing body's 告知书, and a file-sharing page that glues its file name before the number."""

from __future__ import annotations

from plain_text_extraction import everything, party_keys, reference_numbers

_NUMBER_UNDER_METADATA = """索引号 11330921002641207B/2022-86001 生成日期 2022-10-20
发布机构 县司法局 文号
组配分类 行政复议决定公开 主题分类
东海政复决字【2022】9号行政复议决定书
信息来源:县司法局 发布日期:2022-10-20 16:28 浏览次数:

申请人:陈**

被申请人:东海县西岙镇人民政府

申请人陈**不服东海县西岙镇人民政府作出的东西政拆决字[2022]第**号的《拆除决定书》一案,于2022年5月11日向本机关提起行政复议申请,本机关依法予以受理。
"""


def test_a_number_run_into_the_title_under_a_metadata_label_is_the_pages_own() -> None:
    found = everything(_NUMBER_UNDER_METADATA)
    assert found["doc_number"]["value"] == "东海政复决字【2022】9号"
    assert reference_numbers(found) == {"东西政拆决字[2022]第**号"}


_OWN_OFFICE = """您当前所在位置: 首页 > 行政复议 > 行政复议决定公开

南城府行复〔2022〕88号 行政复议决定书

来源:南城市西湖区人民政府 发布时间:2022-11-24 16:58:36

  南城市西湖区人民政府


  行政复议决定书

  南城府行复〔2022〕88号

  申请人:饶某。

  被申请人:南城市西湖区人民政府湖滨街道办事处。

  申请人不服被申请人于2022年6月14日作出的南西综(湖滨)责拆字〔2022〕**号《责令限期拆除违法建设通知书》,向本府申请行政复议。
"""


def test_a_government_reviewing_its_own_sub_district_office_is_the_issuer() -> None:
    found = everything(_OWN_OFFICE)
    assert found["issuer"]["value"] == "南城市西湖区人民政府"
    assert party_keys(found) == {("applicant", "饶某"), ("respondent", "南城市西湖区人民政府湖滨街道办事处")}


_MANY_APPLICANTS = """北沂市人民政府
行政复议决定书
北政复字〔2023〕51号

申请人:孙某1。

申请人:孙某2。

申请人:李某甲。

复议代表人:孙某1、李某甲。

申请人代表:孙某2。

被申请人:南陵县人民政府。

法定代表人:周明,县长。

申请人不服被申请人作出的《南陵县XX镇XX村拆旧安置实施方案》的行政行为,向本机关申请行政复议,本机关依法予以受理。
"""


def test_applicants_masked_by_number_and_their_representatives_lines() -> None:
    found = everything(_MANY_APPLICANTS)
    assert party_keys(found) == {
        ("applicant", "孙某1"),
        ("applicant", "孙某2"),
        ("applicant", "李某甲"),
        ("respondent", "南陵县人民政府"),
    }
    assert all("doubt" not in p for p in found["parties"])


_ONE_LINE_REVIEW = (
    "王某某复议北川市自然资源和规划局案 北政复〔2023〕611号 | |||\n|\n|||\n"
    "北川市人民政府 行政复议决定书 北政复〔2023〕611号 申请人王某某 被申请人北川市自然资源和规划局 "
    "第三人北川市周村区商家镇××村民委员会 申请人对被申请人于2023年9月7日作出的北自然规划执土罚字〔2023〕"
    "4102号《行政处罚决定书》不服,于2023年10月23日向本机关申请行政复议。2023年10月25日,本机关依法予以受理,"
    "本案现已审理终结。 申请人请求:撤销被申请人于2023年9月7日作出的北自然规划执土罚字〔2023〕4102号《行政处罚"
    "决定书》。 申请人称:申请人使用土地系商家镇××集体建设用地,符合土地利用总体规划。\n"
)


def test_a_third_party_running_into_the_opening_sentence_is_read() -> None:
    assert party_keys(everything(_ONE_LINE_REVIEW)) == {
        ("applicant", "王某某"),
        ("respondent", "北川市自然资源和规划局"),
        ("third_party", "北川市周村区商家镇××村民委员会"),
    }


def test_a_reviewing_bodys_notice_is_its_decision_not_a_penalty_notice() -> None:
    text = """行政复议告知书 淮北政复〔2025〕412号
申请人:姚某山。
被申请人:东溪县人民政府。
申请人因认为被申请人未依法履行职责重新作出答复,向本机关申请行政复议监督,本机关依法受理。本案现已审理终结。
"""
    assert everything(text)["doc_type"]["value"] == "reconsideration_decision"


def test_a_file_sharing_pages_file_name_is_no_prefix_of_the_number() -> None:
    text = """文库(example.com)你想要的内容这里独有!

南府行复〔2021〕36号南山市自然资源局行政不作为案.docx

毕业生12 页 43.636 KB下载文档
南府行复〔2021〕36号南山市自然资源局行政不作为案.docx南府行复〔2021〕36号南山市自然资源局行政不作为案.docx
当前文档共12页 下载后继续阅读

"""
    text += (
        "南 山 市 人 民 政 府 驳回行政复议申请决定书 南府行复〔2021〕36 号 申请人:黎建伟。 申请人:黎彦廷。 "
        "被申请人:南山市自然资源局。 住所:南山市玫瑰东路 2 号。 法定代表人:杨明,局长。 "
        "申请人黎建伟、黎彦廷要求确认被申请人未履行法定职责违法。\n"
    )
    found = everything(text)
    assert found["issuer"]["value"] == "南山市人民政府"
    assert reference_numbers(found) == set()
