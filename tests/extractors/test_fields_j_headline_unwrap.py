"""One reader of a case-name headline and one unwrap: the callers that used their own copies agree with them."""

import pytest
from plain_text_extraction import everything, party_keys

from extractors.document import Page, ReadResult
from extractors.fields.case_headline import looks_like_case_name, read_case_names
from extractors.fields.party_case_sides import headline_sides
from extractors.fields.party_flat_text import PARTY_WRAPS, flat_text
from extractors.fields.party_mentions import headline_names
from extractors.normalise import LAYOUT, unwrap
from extractors.pipeline import make_doc
from models.vocab import PartyRole, Reader


def _sides(text: str) -> list[tuple[str, str, str, str, tuple[str, ...]]]:
    return [
        (text[slice(*n.first)], text[slice(*n.second)], n.separator, n.kind, n.stages)
        for n in read_case_names(text, 0, len(text))
    ]


def test_ruling_case_name_with_labels_splits_at_yu():
    text = "申请执行人临川县自然资源局与被执行人周某某非诉执行审查行政裁定书"
    assert _sides(text) == [("临川县自然资源局", "周某某", "与", "裁定书", ())]


def test_second_side_is_named_whole_up_to_its_organ_ending():
    """Lazy matching alone stops at the first case word inside the name (鄂州市|自然资源…)."""
    text = "孙某某、钱某某等与鄂州市自然资源和规划局等资源行政管理:土地行政管理(土地)一审行政判决书"
    [name] = read_case_names(text, 0, len(text))
    assert text[slice(*name.second)] == "鄂州市自然资源和规划局"
    assert name.named and name.stages == ("一审",)


def test_a_person_as_second_side_is_read_though_not_named_by_an_ending():
    text = "临川县国土资源局与王小平行政非诉审查行政裁定书"
    [name] = read_case_names(text, 0, len(text))
    assert (text[slice(*name.second)], name.named) == ("王小平", False)


def test_case_words_wrapped_onto_the_next_line_and_a_part_number_after_the_kind():
    text = "临川砂石有限公司与 临川县自然资源局土地行政处罚一\n审行政判决书(2)\n"
    assert _sides(text) == [("临川砂石有限公司", "临川县自然资源局", "与", "判决书", ("一审",))]


def test_a_line_that_goes_on_after_the_kind_is_no_case_name():
    assert _sides("临川县自然资源局与王小平行政非诉审查行政裁定书的执行情况说明") == []


@pytest.mark.parametrize(
    "line",
    [
        "临川县自然资源局与王**非诉执行审查行政裁定书",
        "王某诉临川县人民政府土地行政登记一案行政判决书",
        "非诉执行审查行政裁定书",
        "王某因不服土地行政处罚一案行政判决",
    ],
)
def test_headline_shapes(line):
    assert looks_like_case_name(line)


@pytest.mark.parametrize("line", ["行政处罚决定书", "临川县自然资源局行政处罚决定书", "关于王某违法占地的处理意见"])
def test_titles_are_no_headlines(line):
    assert not looks_like_case_name(line)


def test_ruling_reader_and_judgment_reader_read_the_same_headline():
    text = "罗某某与临川县自然资源局土地行政处罚一审行政判决书"
    applicant, respondent = headline_names(text, (0, len(text)))
    assert (applicant.name, respondent.name) == ("罗某某", "临川县自然资源局")
    assert [(s.role, s.name) for s in headline_sides(text, 0, len(text))] == [
        (PartyRole.PLAINTIFF, "罗某某"),
        (PartyRole.DEFENDANT, "临川县自然资源局"),
    ]


def test_judgment_reader_skips_an_appeal_and_reads_the_first_instance_below():
    text = "临川县自然资源局与罗某某土地行政处罚二审行政判决书\n罗某某与临川县自然资源局土地行政处罚一审行政判决书\n"
    assert [s.name for s in headline_sides(text, 0, len(text))] == ["罗某某", "临川县自然资源局"]


def test_headline_of_a_ruling_without_party_block_names_both_sides():
    text = (
        "临川县自然资源局与周某某非诉执行审查行政裁定书\n"
        "审理经过\n本院于2021年3月2日立案受理临川县自然资源局申请强制执行一案。经审查,"
        "被执行人周某某未经批准擅自占用集体土地建房。\n裁定如下:\n准予强制执行。\n"
    )
    keys = party_keys(everything(text))
    assert ("applicant", "临川县自然资源局") in keys and ("respondent", "周某某") in keys


# A PDF text layer: full lines of about 30 characters, a table row and a party label after a full line.
_PAGE = (
    "临川县自然资源局经调查查明,当事人于2021年3月在临川县城关镇五一村未经批准\n"
    "擅自占用集体土地建设厂房,占地面积共计1200平方米,违反了土地管理法的规定\n"
    "| 案件名称 | 临川县某某建材有限公司非法占用土地案件的处罚决定书 |\n"
    "依据《中华人民共和国土地管理法》第七十七条的规定,本局决定对当事人作出处\n"
    "当事人:临川县某某建材有限公司\n"
    "罚如下:责令退还非法占用的土地,限期拆除在非法占用的土地上新建的建筑物。\n"
    "— 2 —\n"
    "特此决定。\n"
)


def test_both_rules_join_a_full_line_that_ends_no_sentence():
    for rule in (LAYOUT, PARTY_WRAPS):
        joined, _ = unwrap(_PAGE, rule)
        assert "五一村未经批准擅自占用" in joined


def test_party_rule_keeps_a_table_row_and_a_block_start_apart():
    joined, _ = unwrap(_PAGE, PARTY_WRAPS)
    assert "处罚决定书 |\n依据" in joined and "作出处\n当事人:" in joined
    layout, _ = unwrap(_PAGE, LAYOUT)
    # the layout rule joins the table row, but a party's label with its colon starts a row under either rule
    assert "处罚决定书 |依据" in layout and "作出处\n当事人:" in layout


def test_only_the_layout_rule_drops_a_page_footer():
    assert "— 2 —" not in unwrap(_PAGE, LAYOUT)[0]
    assert "— 2 —" in unwrap(_PAGE, PARTY_WRAPS)[0]


def test_article_broken_after_its_numeral_is_joined_by_both_rules_whatever_the_width():
    text = "依据《土地管理法》第七十\n七条\n处罚如下。\n"
    for rule in (LAYOUT, PARTY_WRAPS):
        joined, index = unwrap(text, rule)
        assert "第七十七条" in joined
        assert all(text[index[i]] == ch for i, ch in enumerate(joined))


def test_addressee_line_is_never_joined_whatever_the_rule():
    text = ("临川县自然资源局关于责令临川县某某建材有限公司限期拆除违法建筑物的通知送达" * 2 + "\n") * 3
    text += "临川县某某建材有限公司:\n你公司于2021年3月在城关镇擅自占用集体土地。\n"
    for rule in (LAYOUT, PARTY_WRAPS):
        assert "\n临川县某某建材有限公司:\n" in unwrap(text, rule)[0]


def test_flat_text_is_unwrap_with_the_party_rule():
    page = Page(number=1, text=_PAGE)
    doc = make_doc(ReadResult(path="t.txt", sha256="0", reader=Reader.TEXT, pages=[page], format="text"))
    joined, index = unwrap(doc._.text, PARTY_WRAPS)
    flat = flat_text(doc)
    assert flat.text == joined and flat.origin == (*index, len(doc._.text))
    start = flat.text.index("五一村未经批准擅自")
    assert flat.to_doc(start, start + 9) == (doc._.text.index("五一村"), doc._.text.index("擅自") + 2)
