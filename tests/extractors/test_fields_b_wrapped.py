"""PDF text layers and OCR break lines at the page edge, mid-word: part-B fields read across those breaks."""

import pytest

from extractors.document import Line, Page, ReadResult
from extractors.pipeline import extract
from models.vocab import Reader

WRAPPED = """户县国土资源局
行政处罚决定书
户国土资罚字〔2015〕第126号
当事人：户县鑫茂建材有限公司，统一社会信用代码：91610125MA6T
X3K28Q，住所地陕西省户县玉蝉镇东韩村。
法定代表人：周某某，该公司执行董事。
2015年5月12日，我局执法人员在动态巡查中发现，当事人未经依
法批准，擅自占用户县玉蝉镇东韩村集体土地建设混凝土搅拌站。我局
经查明：当事人非法占用土地面积3421.5平方米，其中耕地2800
平方米，地上建有彩钢结构厂房及料仓，该宗地不符合户县土地利用总
体规划。依据《中华人民共和国土地管理法》第七十六条、《中华人
民共和国土地管理法实施条例》第四十二条的规定，经我局案件审理委员
会集体讨论，决定对当事人作出如下行政处罚：
一、责令退还非法占用的土地；
三、按每平方米10元的标准处以罚款，计人民币叁万肆仟贰佰壹拾
伍元（¥34,215元）。
当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向
户县人民政府或者西安市国土资源局申请行政复议，也可以在收到本决
定书之日起六个月内直接向户县人民法院提起行政诉讼。逾期不申请行
政复议、不提起行政诉讼，又不履行本处罚决定的，我局将依法申请人
民法院强制执行。
户县国土资源局
二〇一五年八月三十一日"""


def test_fields_read_across_soft_line_breaks():
    result = ReadResult(
        path="t.pdf", sha256="0", reader=Reader.PDF_TEXT, pages=[Page(number=1, text=WRAPPED)], format="pdf"
    )
    fields = extract(result).to_json()
    [party] = fields["parties"]
    assert party["credit_code"] == "91610125MA6TX3K28Q" and party["name"] == "户县鑫茂建材有限公司"
    assert fields["fine_amount"]["value"] == 34215.0
    assert fields["area_m2"]["value"] == 3421.5
    assert [b["value"] for b in fields["legal_basis"]] == [
        "《中华人民共和国土地管理法》第七十六条",
        "《中华人民共和国土地管理法实施条例》第四十二条",
    ]
    assert [d["value"] for d in fields["stated_deadlines"]] == [
        "在收到本决定书之日起六十日内",
        "在收到本决定书之日起六个月内",
    ]


def test_spans_across_a_break_map_to_the_page_text():
    result = ReadResult(
        path="t.pdf", sha256="0", reader=Reader.PDF_TEXT, pages=[Page(number=1, text=WRAPPED)], format="pdf"
    )
    [item] = [d for d in extract(result, ("stated_deadlines",)).lists["stated_deadlines"] if "六个月" in d.value]
    assert WRAPPED[item.span.start : item.span.end] == "在收到本决\n定书之日起六个月内"


def test_ocr_boxes_follow_the_span():
    text = "行政处罚决定书\n当事人：张某某\n经查，当事人擅自占地。本局决定：处以罚款人民币5000元。"
    lines, pos = [], 0
    for i, line in enumerate(text.split("\n")):
        lines.append(Line(text=line, start=pos, end=pos + len(line), box=(0, i * 40, 600, i * 40 + 30), confidence=0.9))
        pos += len(line) + 1
    page = Page(number=1, text=text, lines=lines, ocr=True)
    result = ReadResult(path="t.png", sha256="0", reader=Reader.OCR, pages=[page], format="png")
    fine = extract(result, ("sections", "doc_type", "parties", "penalty")).scalars["fine_amount"]
    assert fine.value == 5000.0 and fine.span.box == (0, 80, 600, 110) and fine.confidence < 0.9


def test_article_number_broken_across_a_short_line():
    text = (
        "强制执行申请书\n申请人：户县国土资源局\n被申请人仍未履行。\n"
        "为维护土地管理秩序，根据《中华人民共和国行政强制法》第五十\n三条、第五十四条的规定，特申请贵院依法强制执行。"
    )
    result = ReadResult(path="t.png", sha256="0", reader=Reader.OCR, pages=[Page(number=1, text=text)], format="png")
    values = [item.value for item in extract(result, ("legal_basis",)).lists["legal_basis"]]
    assert values == ["《中华人民共和国行政强制法》第五十三条", "《中华人民共和国行政强制法》第五十四条"]


@pytest.mark.parametrize(
    "law",
    [
        "《最高人民法院关于适用《中华人民共和国行政诉讼法〉的解释》",
        "《最高人民法院关于适用〈中华人民共和国行政诉讼法》的解释》",
    ],
)
def test_ocr_inner_title_bracket_read_as_double_bracket(law):
    text = f"依照《中华人民共和国行政强制法》第五十八条、{law}第一百六十条之规定，裁定如下："
    result = ReadResult(path="t.png", sha256="0", reader=Reader.OCR, pages=[Page(number=1, text=text)], format="png")
    values = [item.value for item in extract(result, ("legal_basis",)).lists["legal_basis"]]
    assert values == [
        "《中华人民共和国行政强制法》第五十八条",
        "《最高人民法院关于适用〈中华人民共和国行政诉讼法〉的解释》第一百六十条",
    ]
