"""The national disclosure template (行政处罚案件信息公开表) copied cell by cell, on invented texts: every column
heading on its own line, a heading the page wrapped onto two lines, a page number between cells, then the
first row's values in the same order. The party, the number, the agency and the date are read from the
column each value stands under."""

from __future__ import annotations

from plain_text_extraction import everything, party_keys

_HEADINGS = (
    "序号\n\n行政处罚决定书文号\n\n案件名称\n\n违法企业名称或违法自然人姓名\n\n违法企业统一社会信用代码\n\n"
    "法定代表人姓名\n\n主要违法\n\n事实\n\n行政处罚的种类和依据\n\n行政处罚的履行方式和期限\n\n"
)


def _table(last_cells: str, number: str = "青农(林)罚决字〔2021〕第7号") -> str:
    return (
        "平川县农业农村局行政处罚案件信息公开表(2021年9月)\n\n发布时间:2021-09-30 10:12 来源:平川县农业农村局\n\n"
        + _HEADINGS
        + "- 1 -\n\n作出处罚的机关名称和日期\n\n备注\n\n1\n\n"
        + f"{number}\n\n擅自改变林地用途案\n\n平川县青石建材有限公司\n\n91440000123456789X\n\n王某清\n\n"
        + "擅自改变林地用途修建堆场\n\n"
        + last_cells
    )


def test_the_row_under_a_wrapped_heading_gives_party_number_agency_and_date() -> None:
    text = _table(
        "责令限期恢复原状,并处罚款人民币8400元。依据《森林法实施条例》第四十三条。\n\n自动履行,十五日内。\n\n"
        "平川县农业农村局 2021年9月14日\n\n无\n"
    )
    found = everything(text)
    assert party_keys(found) == {("party", "平川县青石建材有限公司")}
    assert found["doc_number"]["value"] == "青农(林)罚决字〔2021〕第7号"
    assert found["issuer"]["value"] == "平川县农业农村局"
    assert found["issue_date"]["value"] == "2021-09-14"


def test_a_number_the_site_printed_without_its_hao_is_still_the_columns_number() -> None:
    cells = "责令限期恢复原状。\n\n自动履行。\n\n平川县农业农村局 2021年9月14日\n"
    found = everything(_table(cells, "青农(林)罚决字〔2021〕第7"))
    assert found["doc_number"]["value"] == "青农(林)罚决字〔2021〕第7"
    assert found["doc_number"]["confidence"] < 0.8  # damaged: a reviewer confirms it


def test_a_cell_that_names_its_parts_gives_agency_and_date_after_a_cell_ran_over_two_lines() -> None:
    # the penalty cell ran over two lines, so the last cells no longer stand under their headings
    text = _table(
        "处罚决定1、责令九十日内恢复原状;\n\n2、罚款人民币8400元。\n\n履行方式:自动履行\n\n"
        "机关名称:平川县农业农村局\n\n日期2021.9.14\n"
    )
    found = everything(text)
    assert found["issuer"]["value"] == "平川县农业农村局"
    assert found["issue_date"]["value"] == "2021-09-14"
    assert party_keys(found) == {("party", "平川县青石建材有限公司")}


def test_a_value_shifted_under_the_party_column_is_no_party() -> None:
    # the case-name cell ran over two lines: the party column's line is the rest of that name
    text = _table("罚款。\n\n自动履行。\n\n平川县农业农村局 2021年9月14日\n").replace(
        "擅自改变林地用途案\n\n", "擅自改变林地用途\n\n修建堆场案\n\n"
    )
    assert ("party", "修建堆场案") not in party_keys(everything(text))


def test_a_bar_table_with_the_templates_offender_column() -> None:
    text = (
        "行政处罚案件信息公开表\n"
        "行政处罚决定书文号 | 违法企业名称或违法自然人姓名 | 主要违法事实 | 作出处罚的机关名称和日期 |\n"
        "平农罚〔2022〕3号 | 李某明 | 擅自占用林地建房 | 平川县农业农村局 2022年3月1日 |\n"
    )
    assert party_keys(everything(text)) == {("party", "李某明")}


def test_an_agency_named_in_a_sentence_pushed_under_the_agency_column_is_no_issuer() -> None:
    # the penalty cell ran over three lines: its legal basis stands under 作出处罚的机关名称和日期
    text = _table(
        "处罚决定1、责令九十日内恢复原状;\n\n2、罚款人民币8400元。\n\n"
        "处罚依据:《森林法实施条例》第四十三条“未经县级以上人民政府林业主管部门审核同意,擅自改变林地用途的”\n"
    )
    assert "issuer" not in everything(text)


_RESULTS = """行政处罚结果公开 |
|||||||||
|
序号 |
权力编码 |
项目 名称 |
处罚 文号 |
立案时间 |
被处罚人 |
案由(具体) |
处罚依据 |
处罚结果及执行情况 |
决定书时间 |
|
1 |
未经批准或者采取欺骗手段骗取批准占用土地的处罚 |
平城管罚决[2025]0007号 |
2025.6.3 |
李某某、王某某、李某某 |
平川区青山镇李某某、王某某、李某某三人于2020年未经批准擅自占用集体土地建设仓库,占地约800平方米。 |
《中华人民共和国土地管理法》第七十七条第一款 |
1、责令退还非法占用的800平方米土地; 2、没收在非法占用的土地上新建的建筑物和其他设施。 |
2025.7.2 |
|
附:相关行政职权目录
"""


def test_a_results_table_that_left_an_empty_cell_out_and_names_several_persons() -> None:
    found = everything(_RESULTS)
    assert [(p["role"], p["name"]) for p in found["parties"]] == [
        ("party", "李某某"),
        ("party", "王某某"),
        ("party", "李某某"),
    ]
    assert found["doc_number"]["value"] == "平城管罚决[2025]0007号"
    assert found["issue_date"]["value"] == "2025-07-02"  # the decision's date, not the case's 立案时间


def test_values_find_their_columns_by_shape() -> None:
    from extractors.fields.cell_alignment import align

    headings = ["序号", "权力编码", "处罚文号", "立案时间", "被处罚人", "处罚结果", "决定书时间"]
    values = ["1", "平城管罚决[2025]0007号", "2025.6.3", "李某某、王某某", "责令退还土地;", "没收建筑物。", "2025.7.2"]
    # 权力编码 left empty; the penalty ran over two lines
    assert align(headings, values) == [0, None, 1, 2, 3, 4, 6]
    # nothing in the shapes says otherwise: the plain order
    assert align(["名称", "类别", "事由"], ["甲", "乙", "丙"]) == [0, 1, 2]


def test_a_traditional_character_copy_finds_its_number_column_too() -> None:
    cells = "责令限期恢复原状。\n\n自动履行。\n\n平川县农业农村局 2021年9月14日\n"
    text = _table(cells, "青農(林)罰決字〔2021〕第7").replace("行政处罚决定书文号", "行政處罰決定書文號")
    assert everything(text)["doc_number"]["value"] == "青农(林)罚决字〔2021〕第7"  # reported in simplified spelling
