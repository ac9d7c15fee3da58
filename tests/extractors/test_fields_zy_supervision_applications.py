"""Invented copies in the shapes of the seventeenth session's pages: a party's application to the procuratorate
to review a court's final rulings (检察监督申请书, 行政抗诉申请书). Its sides are its own (申请人, 被申请人),
whatever their brackets say they were in court; co-applicants are counted off (第一申请人, 第二申请人) with every
earlier role in the bracket; and the story under 申请事项 / 事实与理由 uses 申请人 as a word, naming no one."""

from __future__ import annotations

from plain_text_extraction import everything, party_keys


def test_counted_applicants_keep_their_own_roles() -> None:
    text = """行政诉讼检察监督申请书
第一申请人(一审原告、二审上诉人、再审申请人):成都市某某化工试验厂
地址:成都市温江区某村6组,投资人:杨某文,联系电话:13800000000
第二申请人(一审原告、二审上诉人、再审申请人):杨某文,男,汉族,1966年7月31日生,电话:13800000000
住所地:成都市温江区某社区14号楼
被申请人(一审被告、二审被上诉人、再审被申请人):成都市温江区人民政府某街道办事处,负责人:帅某成,职务:主任
申请人与被申请人因行政强制拆除一案,不服一审法院(2019)川0124行初97号行政裁定书。
"""
    out = everything(text)
    assert out["doc_type"]["value"] == "supervision_application"
    assert party_keys(out) == {
        ("applicant", "成都市某某化工试验厂"),
        ("applicant", "杨某文"),
        ("respondent", "成都市温江区人民政府某街道办事处"),
    }


def test_the_story_under_the_request_headings_names_no_one() -> None:
    text = (
        "行政抗诉申请书 申请人(原审原告、二审上诉人、再审申请人):刘某文,男,汉族,1972年出生。住址:某县某大道57号。"
        " 被申请人(原审被告、二审被上诉人、再审被申请人)某县某镇人民政府,地址:某镇驻地, 法定代表人:张某,镇长。"
        " 申请事项 申请人不服某县人民法院行政裁定书【(2022)鲁1328行初6号】。特申请山东省检察院依法监督,提起抗诉。\n"
        "事实与理由\n申请人桃园因高速修建被占用。工作组让申请人确认签字。申请人投诉053112345。"
    )
    assert party_keys(everything(text)) == {("applicant", "刘某文"), ("respondent", "某县某镇人民政府")}


def test_the_court_numbers_heading_the_page_are_the_rulings_it_contests() -> None:
    text = """成都市郫都区人民法院(2019)川0124行初97号
四川省成都市中级人民法院(2019)川01行终925号
四川省高级人民法院(2020)川行申294号
行政诉讼检察监督申请书
申请人:成都市某某化工试验厂,地址:成都市温江区某村6组
被申请人:成都市温江区人民政府某街道办事处,负责人:帅某成
申请人不服上述裁定,依法提出本次行政诉讼检察监督申请。
"""
    out = everything(text)
    assert "doc_number" not in out
    assert {r["doc_number"] for r in out["references"]} == {
        "(2019)川0124行初97号",
        "(2019)川01行终925号",
        "(2020)川行申294号",
    }
