"""Parties in the shapes a fourth held-out batch showed: case headlines, first-instance third parties,
复议 blocks with 代表人 lines, form rows with the next label on the same line, table header words,
pronouns and job titles, addressee lines with a code in brackets, a bracket broken over a line.

Every name, court, bureau and number here is invented.
"""

import pytest
from plain_text_extraction import everything, party_keys

from extractors.fields.party_names import is_bad_name, read_name


def test_case_headline_stops_the_plaintiff_at_the_other_side():
    text = (
        "原告青禾水产有限公司与被告南湾县海洋与渔业局不服行政处罚诉讼案\n"
        "南湾海事法院\n行政判决书\n(2021)南72行初5号\n"
        "原告青禾水产有限公司,住所地南湾县海港路1号。\n"
        "法定代表人钱多,董事长。\n"
        "被告南湾县海洋与渔业局,住所地南湾县滨海路2号。\n"
        "法定代表人孙海,局长。\n"
        "原告青禾水产有限公司不服被告南湾县海洋与渔业局作出的行政处罚决定,于2021年3月1日向本院提起行政诉讼。\n"
    )
    assert party_keys(everything(text)) == {
        ("plaintiff", "青禾水产有限公司"),
        ("defendant", "南湾县海洋与渔业局"),
    }


def test_first_instance_third_party_line_stays_in_the_block():
    text = (
        "江南省高级人民法院\n行 政 判 决 书\n(2020)江行终88号\n"
        "上诉人(一审原告)海蓝科技有限公司,住所地海城市兴港路3号。\n"
        "被上诉人(一审被告)海城市海洋与渔业局,住所地海城市海天路**\n"
        "一审第三人海城市碧波养殖有限公司,,住所地海城市西环路**商铺\n"
        "法定代表人赵一,该公司总经理。\n"
        "上诉人海蓝科技有限公司因与被上诉人海城市海洋与渔业局海域行政处罚一案,不服海城市中级人民法院判决,"
        "向本院提起上诉。\n"
    )
    assert party_keys(everything(text)) == {
        ("plaintiff", "海蓝科技有限公司"),
        ("defendant", "海城市海洋与渔业局"),
        ("third_party", "海城市碧波养殖有限公司"),
    }


def test_review_block_with_representative_lines_keeps_every_side():
    text = (
        "青山县人民政府\n行政复议决定书\n青政复决字[2022]第3号\n\n"
        "申请人:李某甲联户小组\n\n代表人:李某甲,青山县石门镇某村村民。\n\n"
        "被申请人:青山县石门镇人民政府。\n\n法定代表人:王五,镇长。\n\n"
        "第三人:李某乙联户小组\n\n代表人:李某乙,石门镇某村村民。\n\n"
        "第三人:李某丙联户小组\n\n代表人:李某丙,石门镇某村村民。\n\n"
        "申请人李某甲联户小组不服青山县石门镇人民政府作出的山林权属争议处理决定,于2022年5月3日向本府申请行政复议。\n"
    )
    assert party_keys(everything(text)) == {
        ("applicant", "李某甲联户小组"),
        ("respondent", "青山县石门镇人民政府"),
        ("third_party", "李某乙联户小组"),
        ("third_party", "李某丙联户小组"),
    }


@pytest.mark.parametrize(
    ("row", "name"),
    [
        ("桃源县青竹家庭农场 营业执照注册号(或社会信用代码):无", "桃源县青竹家庭农场"),
        ("李X明 性 别: 男 出生日期:1980.××××", "李X明"),
        ("青山砂石有限公司 联系方式:138××××", "青山砂石有限公司"),
    ],
)
def test_next_form_label_on_the_same_line_ends_the_name(row: str, name: str):
    start, end = read_name(row, 0, len(row))
    assert row[start:end] == name


def test_form_with_person_and_unit_rows():
    text = (
        "林业行政处罚决定书\n桃林罚决字〔2024〕第7号\n"
        "被处罚人姓名:李X明 性 别: 男 出生日期:1980.×××× 身份证号码:43000019800××××XXX\n"
        "现住址:桃源县青竹镇某村\n"
        "被处罚单位名称:桃源县青竹家庭农场 营业执照注册号(或社会信用代码):无\n"
        "法定代表人:李X明 职务:无\n"
        "经查,桃源县青竹家庭农场负责人李X明在青竹镇某村占用林地120平方米修建厂房,未办理林地使用手续。\n"
    )
    assert party_keys(everything(text)) == {("party", "李X明"), ("party", "桃源县青竹家庭农场")}


@pytest.mark.parametrize("name", ["类别", "类型", "现对你公司", "单位副局长", "单位工作人员", "该局工作人员", "副局长"])
def test_header_words_pronouns_and_job_titles_are_no_names(name: str):
    assert is_bad_name(name)


@pytest.mark.parametrize("name", ["张局", "王主任家庭农场", "青山县林业局", "李某某"])
def test_names_near_those_words_stay_names(name: str):
    assert not is_bad_name(name)


def test_disclosure_table_category_row_is_no_party():
    text = (
        "行政相对人名称 | 王XX | ||\n行政相对人类别 | 自然人 | ||\n"
        "案件名称 | 王XX擅自改变林地用途案 | ||\n"
        "决定书文号 | 青林罚决字2019第05号 |\n"
        "违法事实 | 王XX于2018年未取得林地审核审批手续在青山镇某村林地上搭建房屋。 ||\n"
    )
    assert ("party", "自然人") not in party_keys(everything(text))
    assert ("party", "类别") not in party_keys(everything(text))


def test_sentence_speaking_to_the_company_names_no_party():
    text = (
        "行政处罚详情\n决定书文号 青城规罚决[2021]第015号\n"
        "行政处罚内容 依据《中华人民共和国城乡规划法》第六十四条规定,属一般行政处罚,责令停止建设,限期改正。"
        "现对你公司违法建设行为处以单体工程造价7%的罚款。\n"
        "处罚决定日期 2021-10-07\n决定机关 青城市城乡规划管理局\n"
    )
    assert not any("你" in name for _, name in party_keys(everything(text)))


def test_job_title_after_defendant_in_a_one_line_block_is_no_party():
    text = (
        "青川县人民法院行 政 判 决 书(2015)青行初字第9号原告王大山。委托代理人王小山(特别授权),居民。"
        "被告青川县石桥镇人民政府,住所地青川县石桥镇。法定代表人:张三,镇长。委托代理人李四(特别授权),"
        "被告单位工作人员。第三人青川县国土资源局,住所地:青川县和平路。法定代表人:赵六,局长。"
        "出庭负责人钱七,男,1970年1月4日出生,汉族,被告单位副局长,住青川县。"
        "原告王大山诉被告青川县石桥镇人民政府土地行政处理一案,本院于2015年3月2日立案后,依法组成合议庭。\n"
    )
    assert party_keys(everything(text)) == {
        ("plaintiff", "王大山"),
        ("defendant", "青川县石桥镇人民政府"),
        ("third_party", "青川县国土资源局"),
    }


def test_addressee_line_with_a_code_in_brackets():
    text = (
        "行政处罚决定书 青自然资规罚决字[2020]21号\n"
        "石门乡人民政府(机构代码:00123456-7):\n"
        "我局于2020年6月15日对你单位非法占地建设一案立案调查。经查,你单位超出批准的用地范围占地建设。\n"
    )
    assert party_keys(everything(text)) == {("party", "石门乡人民政府")}


def test_appeal_bracket_broken_over_a_line():
    text = (
        "江北省青阳市中级人民法院行 政 判 决 书(2016)江12行终6号上诉人(\n"
        "原审被告)青阳县国土资源局,住所地青阳县新区路18号。法定代表人刘一,该局局长。"
        "被上诉人(原审原告)青阳电控有限公司,住所地青阳县某镇。法定代表人刘二,该公司董事长。"
        "上诉人青阳县国土资源局因不履行法定职责一案,不服青阳县人民法院行政判决,向本院提起上诉。\n"
    )
    assert party_keys(everything(text)) == {
        ("defendant", "青阳县国土资源局"),
        ("plaintiff", "青阳电控有限公司"),
    }
