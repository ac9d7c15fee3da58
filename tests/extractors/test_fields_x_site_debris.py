"""Pages that carry a site's debris into the document, on invented texts: a hacked site's advertising line
inside the party block, a case page's empty 当事人 field under a headline as wide as the text, and an
appeal against a ruling cut before its title."""

from __future__ import annotations

from plain_text_extraction import everything, party_keys

_SPAM_IN_BLOCK = """平川省高级人民法院
行 政 判 决 书
(2021)平行终512号
上诉人(一审原告)平川某某置业有限公司。住所地:平川市解放路18号。
法定代表人赵某,董事长。
委托诉讼代理人钱某,平川某律师事务所律师。

365bet开户网_365bet体育在线赌博_bte365官网

被上诉人(一审被告)平川市人民政府。住所地:平川市人民路1号。
法定代表人孙某,市长。
一审第三人平川市物流园区管理委员会。住所地:平川市新城大道8号。
上诉人平川某某置业有限公司因土地行政登记一案,不服平川市中级人民法院(2020)平01行初33号行政判决,向本院提起上诉。
"""


def test_an_advertising_line_does_not_end_the_party_block() -> None:
    keys = party_keys(everything(_SPAM_IN_BLOCK))
    assert ("defendant", "平川市人民政府") in keys
    assert ("third_party", "平川市物流园区管理委员会") in keys
    assert not any("bet" in name for _, name in keys)


_EMPTY_FIELD_ROW = """裁判文书
登录        电话咨询
上诉人平川县某某村民委员会诉被上诉人平川县人民政府林地行政登记一案
当事人:   法官:   文号:平川市中级人民法院

上诉人(原审原告)平川县某某村民委员会。

法定代表人周某,主任。

被上诉人(原审被告)平川县人民政府,住所地平川县人民路1号。

法定代表人吴某,县长。

第三人平川县某某林业有限公司

上诉人平川县某某村民委员会诉被上诉人平川县人民政府林地行政登记一案,不服平川县人民法院(2011)平行初字第12号行政裁定,向本院提起上诉。本院依法组成合议庭,审理了本案。
本院认为,颁发林权证的行为属于行政确权行为,应当先申请行政复议。
"""


def test_an_empty_party_field_in_a_case_pages_row_labels_no_one() -> None:
    found = everything(_EMPTY_FIELD_ROW)
    assert party_keys(found) == {
        ("plaintiff", "平川县某某村民委员会"),
        ("defendant", "平川县人民政府"),
        ("third_party", "平川县某某林业有限公司"),
    }


def test_an_appeal_against_a_ruling_is_decided_by_a_ruling() -> None:
    assert everything(_EMPTY_FIELD_ROW)["doc_type"]["value"] == "court_ruling"
