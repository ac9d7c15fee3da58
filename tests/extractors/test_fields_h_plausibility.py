"""Plausibility caps (issue 3, "confidence that means something"): a value whose shape does not fit
its field goes below review level whichever path produced it; a well-shaped value is left alone.
Names, places and numbers are invented (places are real divisions, as an agency's name must be)."""

from __future__ import annotations

import pytest
from plain_text_extraction import everything

from extractors.document import Page, ReadResult
from extractors.field_model import Extracted
from extractors.fields.name_shapes import (
    has_org_ending,
    is_person_shaped,
    known_places,
    lost_place_head,
)
from extractors.fields.plausibility import (
    CEILING,
    Context,
    context_of,
    doubt,
    issuer_doubt,
    name_doubt,
    number_doubt,
    party_doubt,
    plausibility_component,
    title_doubt,
)
from extractors.pipeline import build_nlp, make_doc
from models.vocab import Reader

# ---- party names ----------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "邹某军性别",  # a form row's next label glued on
        "青石县竹溪家庭农场营业执照",
        "李**住址",
        "松林码头有限公司与被告海滨区海洋与渔业局",  # a case headline's next side
        "王某以平安区人民政府为被申请人",  # the sentence that names the role
        "东城区国土资源分局送达回证上显示",  # a sentence piece, no organisation ending
        "单位工作人员",
        "现对你公司",
        "该单位",
    ],
)
def test_damaged_party_names_are_doubted(name: str) -> None:
    assert name_doubt(name) is not None


@pytest.mark.parametrize(
    "name",
    [
        "张伟",
        "欧阳春华",
        "于某某",  # 于, 向, 应 are surnames as well as sentence words
        "向**",
        "李××",
        "阿依古丽·买买提",
        "青石县竹溪家庭农场",
        "平安区人民政府江东街道办事处",
        "长青寺",
        "龚某迁联户小组",
        "某某区XX",  # a masked ending may hide the kind of body
        "远航建材有限公司(以下简称远航公司)",
        "市第三人民医院",  # not a 第三人
        "于都县国土资源局",  # a county whose first character is a sentence word
        "ABC Trading Co., Ltd.",
        "王某某个体工商户",
        "青石水库",
    ],
)
def test_well_shaped_party_names_pass(name: str) -> None:
    assert name_doubt(name) is None


def test_a_person_on_a_side_only_an_agency_takes_is_doubted() -> None:
    judgment, ruling = Context(doc_type="court_judgment"), Context(doc_type="court_ruling")
    assert party_doubt({"role": "defendant", "name": "张某某"}, judgment) is not None
    assert party_doubt({"role": "defendant", "name": "青石县自然资源局"}, judgment) is None
    assert party_doubt({"role": "plaintiff", "name": "张某某"}, judgment) is None
    assert party_doubt({"role": "applicant", "name": "李伟"}, ruling) is not None
    assert party_doubt({"role": "respondent", "name": "李伟"}, ruling) is None
    assert party_doubt({"role": "applicant", "name": "李伟"}, Context(doc_type="reconsideration_decision")) is None
    assert party_doubt({"role": "respondent", "name": "李伟"}, Context(doc_type="reconsideration_decision"))


def test_person_and_organisation_shapes() -> None:
    assert is_person_shaped("王**") and is_person_shaped("欧阳春华")
    assert not is_person_shaped("青石县竹溪家庭农场")
    assert has_org_ending("远航建材有限公司") and has_org_ending("长青寺")
    assert not has_org_ending("送达回证上显示")


# ---- titles -----------------------------------------------------------------------


@pytest.mark.parametrize("title", ["政复议决定书", "政处罚决定书", "业行政处罚决定书", "决定书", "通知书"])
def test_cut_or_bare_titles_are_doubted(title: str) -> None:
    assert title_doubt(title) is not None


@pytest.mark.parametrize(
    "title",
    [
        "行政复议决定书",
        "行政处罚决定书",
        "林业行政处罚决定书",
        "行政裁定书",
        "催告书",
        "送达回证",
        "政府信息公开告知书",
        "查封决定书",  # a kind the contract has no code for is still a whole title
    ],
)
def test_whole_titles_pass(title: str) -> None:
    assert title_doubt(title) is None


# ---- issuers --------------------------------------------------------------------------


def test_gazetteer_loads_once_with_provinces_cities_and_counties() -> None:
    places = known_places()
    assert {"湖南省", "永州市", "双牌县", "双牌"} <= places
    assert known_places() is places


@pytest.mark.parametrize("issuer", ["牌县人民政府", "陵县林业和草原局", "江市自然资源局"])
def test_an_issuer_that_lost_the_first_character_of_its_place_is_doubted(issuer: str) -> None:
    assert lost_place_head(issuer) is not None
    assert issuer_doubt(issuer) is not None


@pytest.mark.parametrize(
    "issuer",
    [
        "双牌县人民政府",
        "湖南省双牌县人民法院",
        "湖南炎陵县人民法院",  # a province named without 省
        "广西壮族自治区高级人民法院",
        "南京市城市管理行政执法局",  # 城市 after a known city is no place
        "户县国土资源局",  # a county renamed since: unknown, but no known place's ending
        "厦门海事法院",
        "长春净月高新技术产业开发区人民法院",
        "海南省第一中级人民法院",
    ],
)
def test_issuers_named_after_whole_places_pass(issuer: str) -> None:
    assert issuer_doubt(issuer) is None


def test_an_issuer_that_is_no_body_is_doubted() -> None:
    assert issuer_doubt("双牌县人民政府办理") is not None


# ---- document numbers and references ------------------------------------------------


@pytest.mark.parametrize(
    "number",
    [
        "跳转到主要内容(2017)苏01行终393号",  # page chrome before a court's case number
        "日收到平政复〔2023〕12号",  # the sentence before the number
        "复议机关平政复〔2023〕12号",
        "〔2018007号",  # the issuer's part lost
        "(2018)007号",
        "函〔2023〕382号",  # only the kind of letter left of the issuer's part
    ],
)
def test_numbers_with_glued_or_missing_heads_are_doubted(number: str) -> None:
    assert number_doubt(number, Context(), own=False) is not None


@pytest.mark.parametrize(
    "number",
    [
        "(2017)苏01行终393号",
        "(2018)桂行终1163号",
        "(2014)海南一中环行终字第1号",
        "青林罚决字〔2024〕第1-004号",
        "〔2024〕平行复第546号",  # the issuer's part after the year
        "(青土)罚字(2014)第7161号",
        "新国土资罚字[2017](回龙)第53号",
        "日国土资罚字〔2019〕5号",  # 日 is a city's abbreviation too
        "2016—23号",
    ],
)
def test_well_shaped_numbers_pass(number: str) -> None:
    assert number_doubt(number, Context(), own=False) is None


def test_a_function_word_before_a_head_the_document_uses_elsewhere_is_doubted() -> None:
    context = context_of({"doc_number": "(2015)汴行初字第12号"}, [{"doc_number": "汴城国土(2013)159号"}])
    assert number_doubt("且汴城国土(2014)141号", context, own=False) is not None
    assert number_doubt("汴城国土(2014)141号", context, own=False) is None


def test_a_court_document_numbered_like_an_agency_letter_is_doubted() -> None:
    court = Context(doc_type="court_judgment")
    assert number_doubt("汴城国土(2013)159号", court, own=True) is not None
    assert number_doubt("(2015)汴行初字第12号", court, own=True) is None
    assert number_doubt("〔2017〕苏01行终393号", court, own=True) is None  # OCR's bracket
    assert number_doubt("汴城国土(2013)159号", Context(doc_type="penalty_decision"), own=True) is None


def test_doubt_dispatches_by_field() -> None:
    assert doubt("parties", {"role": "party", "name": "邹某军性别"}, Context()) is not None
    assert doubt("references", {"doc_number": "函〔2023〕382号"}, Context()) is not None
    assert doubt("fine_amount", 0.0, Context()) is None


# ---- the component -------------------------------------------------------------------


def _doc_with(scalars: dict[str, Extracted], lists: dict[str, list[Extracted]]):
    result = ReadResult(path="t.txt", sha256="0", reader=Reader.TEXT, pages=[Page(number=1, text="x")], format="text")
    doc = make_doc(result, build_nlp(("sections",)))
    doc._.fields.update(scalars)
    doc._.lists.update(lists)
    return doc


def test_the_component_caps_doubtful_values_keeps_them_and_says_why() -> None:
    glued = Extracted({"role": "party", "name": "青石县竹溪家庭农场营业执照", "kind": "organization"}, 0.9)
    person = Extracted({"role": "party", "name": "邹某军", "kind": "person"}, 0.9)
    issuer = Extracted("牌县人民政府", 0.88)
    title = Extracted("政复议决定书", 0.5)  # already below: a cap never raises
    doc = plausibility_component(_doc_with({"issuer": issuer, "title": title}, {"parties": [glued, person]}))
    assert doc._.fields["issuer"].value == "牌县人民政府"
    assert doc._.fields["issuer"].confidence == CEILING
    assert "牌县" in doc._.fields["issuer"].extra["doubt"]
    assert doc._.fields["title"].confidence == 0.5
    assert [p.confidence for p in doc._.lists["parties"]] == [CEILING, 0.9]
    assert "doubt" not in person.extra


PENALTY = """青石县自然资源局
行政处罚决定书
青自然资罚字〔2024〕第8号
当事人：青石县竹溪家庭农场
统一社会信用代码：92430922MA4L000000
经营者：邹某军
2024年3月5日，我局执法人员在巡查中发现，当事人未经批准擅自占用青石镇河口村集体土地建设养殖棚。
上述行为违反了《中华人民共和国土地管理法》第四十四条的规定。依据《中华人民共和国土地管理法》第七十七条的规定，决定如下：
责令退还非法占用的土地，限期拆除在非法占用的土地上新建的建筑物和其他设施。
青石县自然资源局
2024年5月20日
"""


def test_a_clean_decision_keeps_its_confidences() -> None:
    """The plausibility stage must not send well-read values to the review queue."""
    found = everything(PENALTY)
    party = found["parties"][0]
    assert party["name"] == "青石县竹溪家庭农场"
    assert "doubt" not in party
    for name in ("title", "doc_number", "issuer"):
        assert "doubt" not in found[name], name


def test_the_gazetteer_is_read_from_the_zip_a_fresh_install_ships(tmp_path) -> None:
    """jionlp unzips china_location.txt only on its own first use; before that only the zip is there."""
    import zipfile

    from extractors.fields.name_shapes import _gazetteer_text

    with zipfile.ZipFile(tmp_path / "china_location.zip", "w") as archive:
        archive.writestr("china_location.txt", "湖南省\t43\t湘\n")
    assert _gazetteer_text(tmp_path) == "湖南省\t43\t湘\n"
    (tmp_path / "china_location.txt").write_text("广东省\t44\t粤\n", encoding="utf-8")
    assert _gazetteer_text(tmp_path).startswith("广东省")
