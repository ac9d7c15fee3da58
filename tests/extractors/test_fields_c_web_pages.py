"""Web copies of real documents: headlines, page counters and letter-spaced titles on one line."""

from plain_text_extraction import everything, party_keys

from extractors.fields.numbers import find_numbers
from extractors.normalise import normalise

PART_A = ("sections", "doc_type", "numbers", "dates", "agencies")

ONE_LINE = (
    "平川县自然资源局与马某某非诉执行审查行政裁定书 发布日期：2022-03-01 浏览：128次 "
    "甘肃省平川县人民法院 行 政 裁 定 书 （2021）甘0403行审17号 当事人信息 "
    "申请执行人：平川县自然资源局，住所地平川县长征路8号。 被执行人：马某某，男，住平川县共和镇。 "
    "审理经过 申请执行人平川县自然资源局于2021年11月2日向本院申请强制执行平自然资罚〔2021〕12号行政处罚决定书。 "
    "本院认为……裁定如下： 裁判结果 准予强制执行。 审判人员 审判长 李某 裁判日期 二〇二一年十一月二十日 书记员 刘某"
)


def fields(text: str) -> dict:
    return everything(text, PART_A)


def test_case_name_headline_is_not_the_title():
    found = fields(ONE_LINE)
    assert found["title"]["value"] == "行政裁定书"
    assert found["issuer"]["value"] == "甘肃省平川县人民法院"
    assert found["doc_number"]["value"] == "（2021）甘0403行审17号"
    assert found["issue_date"]["value"] == "2021-11-20"
    assert [r["doc_number"] for r in found["references"]] == ["平自然资罚〔2021〕12号"]


def test_headline_alone_is_no_title_but_names_the_kind():
    found = fields("平川县自然资源局与马某某非诉执行审查行政裁定书\n准予强制执行。\n")
    assert "title" not in found and "issuer" not in found
    assert found["doc_type"]["value"] == "court_ruling"


def test_last_letter_of_a_spaced_title_is_not_a_number_prefix():
    text = normalise("行 政 裁 定 书 （2021）甘0403行审17号")
    [number] = find_numbers(text, text)
    assert number.value == "(2021)甘0403行审17号"


CASE_TABLE = (
    "(2019)甘0403行审12号\n裁判日期: 2019-05-20\n公开日期: 2019-06-30\n案件名称\n"
    "平川县自然资源局与马某某非诉执行审查裁定书\n法院\n平川县人民法院\n所属地区\n平川县\n案件类型\n行政案件\n"
    "审理程序\n非诉执行审查\n当事人\n平川县自然资源局,马某某\n案由\n法律依据\n"
    "《中华人民共和国行政强制法》:第五十七条全文\n"
    "甘肃省平川县人民法院行 政 裁 定 书(2019)甘0403行审12号申请执\n行人平川县自然资源局。法定代表人韩某,该局局长。"
    "被执行人马某某,男,生于1970年2月3日,回族,住平川县。申请执行人平川县自然资源局于2019年4月2日向本院申请强制执行"
    "平自然资罚〔2019〕3号行政处罚决定书。\n"
)


def test_judgment_database_page():
    found = everything(CASE_TABLE)
    assert found["title"]["value"] == "行政裁定书"
    assert found["issuer"]["value"] == "甘肃省平川县人民法院"
    assert found["issue_date"]["value"] == "2019-05-20"
    assert party_keys(found) == {("applicant", "平川县自然资源局"), ("respondent", "马某某")}


PIPE_TABLE = (
    "索引號(hào) | 11620403/2021-00119 | 組配分類 | 行政處罰結(jié)果 |\n"
    "發(fā)布機(jī)構(gòu) | 平川縣自然資源局 | 發文日期 | 2021-10-11 16:23 |\n"
    "信息名稱 | 行政處罰決定書(平自然資罰〔2021〕2號(hào)) | 內容概述 | "
    "平川**建材有限公司:我局於2019年10月23日對你單位 |\n"
    "平川**建材有限公司:\n我局於2019年10月23日對(duì)你單位未經(jīng)批準擅自取土一案立案調查。\n"
)


def test_metadata_table_page_in_traditional_characters_with_pinyin():
    found = everything(PIPE_TABLE)
    assert found["doc_type"]["value"] == "penalty_decision"
    assert found["title"]["value"] == "行政处罚决定书"
    assert found["doc_number"]["value"] == "平自然资罚〔2021〕2号"
    assert found["issuer"]["value"] == "平川县自然资源局"
    assert party_keys(found) == {("party", "平川**建材有限公司")}


def test_headline_naming_the_party_is_not_the_title():
    text = (
        "马某某行政处罚决定书 | ||||\n| ||||\n平川县自然资源局 行 政 处 罚 决 定 书 平自然资罚〔2024〕4号\n"
        "当事人:马某某 你未经依法批准,于2015年擅自占用土地建设房屋。\n"
    )
    found = everything(text)
    assert found["title"]["value"] == "行政处罚决定书"
    assert found["issuer"]["value"] == "平川县自然资源局"


def test_ruling_page_without_party_block_takes_parties_from_its_headline():
    text = (
        "裁判文书详情\n\n平川**源局与平川县宝积镇砖厂非诉执行审查裁定书\n\n审理经过\n\n"
        "申请人平川县自然资源局于2015年6月23日向本院申请执行平自然资罚(2015)31号行政处罚决定。\n\n本院认为\n\n"
        "本院认为,……裁定如下:\n\n裁判结果\n\n申请执行人平川**源局平自然资罚(2015)31号行政处罚决定,准予强制执行。\n\n"
        "裁判日期\n\n二〇一五年七月十三日\n\n相关文章\n"
    )
    found = everything(text)
    assert "title" not in found and "issuer" not in found
    assert found["doc_type"]["value"] == "court_ruling"
    assert party_keys(found) == {("applicant", "平川县自然资源局"), ("respondent", "平川县宝积镇砖厂")}
