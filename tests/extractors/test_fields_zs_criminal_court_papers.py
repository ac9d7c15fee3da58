"""Invented copies in the shapes of a fifteenth real batch from the police and discipline side: a criminal
court's judgments and rulings on officials and on illegal farmland occupation.  They are no case documents
of ours (no deadline follows from them): the type is other, the accused (被告人) is no defendant of a
lawsuit, and the court that wrote them is still their issuer."""

from __future__ import annotations

from plain_text_extraction import everything, party_keys


def test_a_flattened_criminal_judgment_is_other_with_its_court() -> None:
    text = (
        "(2016)闽0799刑初318号\n裁判日期: 2017-07-18\n全文\n"
        "福建省南屿县人民法院刑 事 判 决 书(2016)闽0799刑初318号公诉机关南屿县人民检察院。被告人吴正华,男,"
        "1957年10月1日出生,系南屿县徐墩林业站工作人员,住南屿县。因涉嫌犯玩忽职守罪,于2015年9月11日被取保候审。"
        "南屿县人民检察院以屿检诉刑诉(2016)191号起诉书指控被告人吴正华犯玩忽职守罪,于2016年7月1日向本院提起公诉。"
        "本院依法组成合议庭,公开开庭审理了本案。"
    )
    found = everything(text)
    assert found["doc_type"]["value"] == "other"
    assert found["title"]["value"] == "刑事判决书"
    assert found["issuer"]["value"] == "福建省南屿县人民法院"
    assert found["doc_number"]["value"] == "(2016)闽0799刑初318号"
    assert not found.get("parties")


def test_a_criminal_appeal_ruling_names_no_lawsuit_sides() -> None:
    text = """湖南省娄江市中级人民法院
刑事裁定书
(2020)湘13刑终88号
原公诉机关湖南省新田县人民检察院。
上诉人(原审被告人)黄建军,男,案发前系双江县林业局林业执法稽查大队副大队长。
上诉人(原审被告人)谢光明,男,案发前系双江县林业局干部。
湖南省新田县人民法院审理湖南省新田县人民检察院指控原审被告人黄建军、谢光明犯徇私舞弊不移交刑事案件罪一案,于2020年3月5日作出(2019)湘1322刑初301号刑事判决。
"""
    found = everything(text)
    assert found["doc_type"]["value"] == "other"
    assert found["issuer"]["value"] == "湖南省娄江市中级人民法院"
    assert not found.get("parties")


def test_a_criminal_case_headline_repeated_is_no_title_and_its_card_names_the_court() -> None:
    text = """首页 > 无罪案例 > 非法占用农用地罪
李某犯非法占用农用地罪一审刑事判决书
来源:裁判文书网 2025-02-17 17:22:38 浏览:

李某犯非法占用农用地罪一审刑事判决书

李某犯非法占用农用地罪一审刑事判决书

审理法院

湖南省溪口县人民法院

案号

(2018)湘3199刑初14号

公诉机关溪口县人民检察院。

被告人李某,男,住吉首市。因涉嫌非法占用农用地罪,溪口县人民检察院于2017年8月8日决定对其取保候审。
"""
    found = everything(text)
    assert found["doc_type"]["value"] == "other"
    assert found.get("title") is None
    assert found["issuer"]["value"] == "湖南省溪口县人民法院"
    assert not found.get("parties")


def test_an_administrative_judgment_citing_a_criminal_judgment_keeps_its_sides() -> None:
    text = """湖南省溪口县人民法院
行政判决书
(2021)湘3199行初5号
原告李某,男,住吉首市。
被告溪口县自然资源局,住所地溪口县人民路1号。
原告李某不服被告作出的溪自然资罚决〔2020〕12号行政处罚决定,向本院提起行政诉讼。被告称,原告因非法占用农用地已被(2018)湘3199刑初14号刑事判决书认定。
"""
    found = everything(text)
    assert found["doc_type"]["value"] == "court_judgment"
    assert party_keys(found) == {
        ("plaintiff", "李某"),
        ("defendant", "溪口县自然资源局"),
    }


def test_a_lawsuit_telling_of_a_prosecution_keeps_its_sides() -> None:
    text = """湖南省溪口县人民法院
行政判决书
(2021)湘3199行初6号
原告王某,男,住吉首市。
被告溪口县林业局,住所地溪口县人民路2号。
原告曾因非法占用农用地被公诉机关以非法占用农用地罪提起公诉,后被告以同一事实作出溪林罚决〔2020〕3号行政处罚决定。
"""
    found = everything(text)
    assert found["doc_type"]["value"] == "court_judgment"
    assert party_keys(found) == {("plaintiff", "王某"), ("defendant", "溪口县林业局")}
