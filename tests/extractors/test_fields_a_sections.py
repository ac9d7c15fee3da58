"""Section finder: the parts other components rely on, in line-based and one-line documents."""

from extractors.fields.sections import find_sections
from extractors.normalise import normalise

RULING = """陕西省户县人民法院
行 政 裁 定 书
（2017）陕0125行审3号
申请执行人：户县国土资源局，住所地户县画展街。
法定代表人：王某某，局长。
被执行人：西安一宇路桥建设养护有限公司，住所地户县余下镇。
法定代表人：李某，总经理。
申请执行人户县国土资源局于2017年2月20日向本院申请强制执行户国土罚字〔2016〕第126号行政处罚决定书，本院于2017年2月22日立案受理后，依法组成合议庭进行了审查。
本院认为，申请执行人作出的行政处罚决定事实清楚，证据充分。依照《中华人民共和国行政强制法》第五十三条的规定，裁定如下：
准予强制执行户国土罚字〔2016〕第126号行政处罚决定书。
如不服本裁定，可在收到本裁定之日起十五日内向上一级人民法院申请复议。
审 判 长  张某
审 判 员  刘某
二〇一七年三月二日
书 记 员  赵某"""

WEB_PENALTY = (
    "索引号：11610125/2016-00123 发布机构：户县国土资源局 发布日期：2016-09-05 成文日期：2016-08-31\n"
    "户县国土资源局行政处罚决定书户国土罚字[2016]第126号当事人：西安一宇路桥建设养护有限公司。法定代表人：李某。"
    "经查，当事人于2016年3月未经批准擅自占用余下镇集体土地523.4平方米建设厂房。"
    "依据《中华人民共和国土地管理法》第七十六条规定，决定处罚如下：一、责令退还非法占用的土地；二、处以罚款12345元。"
    "当事人如对本决定不服，可在收到本决定书之日起六十日内申请行政复议。户县国土资源局 2016年8月31日"
)

LETTER = """关于移送王某某涉嫌非法占用农用地案的函
XX县公安局：
我局在2021年5月动态巡查中发现，王某某于2021年3月擅自占用林地，涉嫌犯罪，现将该案移送你局。
XX县自然资源局
二O二一年六月十日"""


def _parts(text: str) -> dict[str, str]:
    text = normalise(text)
    sections, _ = find_sections(text)
    return {name: text[a:b] for name, (a, b) in sections.items()}


def test_court_ruling_sections():
    parts = _parts(RULING)
    assert parts["title"] == "行 政 裁 定 书"
    assert "陕0125行审3号" in parts["header"] and "申请执行人" not in parts["header"]
    assert parts["parties"].startswith("申请执行人:户县国土资源局")
    assert "被执行人:西安一宇路桥建设养护有限公司" in parts["parties"]
    assert "向本院申请" not in parts["parties"]
    assert parts["body"].startswith("申请执行人户县国土资源局于2017年2月20日")
    assert parts["dispositive"].strip() == "准予强制执行户国土罚字〔2016〕第126号行政处罚决定书。"
    assert parts["signature"].startswith("审 判 长") and parts["signature"].endswith("赵某")


def test_one_line_web_copy_with_metadata():
    parts = _parts(WEB_PENALTY)
    assert parts["metadata"].startswith("索引号") and "2016-09-05" in parts["metadata"]
    assert parts["title"] == "行政处罚决定书"
    assert parts["header"].endswith("第126号")
    assert parts["parties"].startswith("当事人:西安一宇路桥") and "经查" not in parts["parties"]
    assert parts["dispositive"].startswith("一、责令退还") and "不服" not in parts["dispositive"]
    assert parts["signature"] == "户县国土资源局 2016年8月31日"


def test_letter_without_party_block():
    parts = _parts(LETTER)
    assert parts["title"] == "关于移送王某某涉嫌非法占用农用地案的函"
    assert "parties" not in parts
    assert parts["header"].endswith("XX县公安局:")
    assert parts["signature"] == "XX县自然资源局\n二O二一年六月十日"


def test_truncated_document_has_no_signature():
    parts = _parts(RULING.split("审 判 长")[0][:400])
    assert "signature" not in parts
    assert parts["title"] == "行 政 裁 定 书"
