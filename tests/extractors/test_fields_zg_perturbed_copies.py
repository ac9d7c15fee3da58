"""Real copies rewritten the ways formats.md lists (entity debris, site metadata, spaced titles, stray spaces,
Chinese-numeral signatures): each field must read as it does in the tidy copy."""

from __future__ import annotations

from pathlib import Path

from extractors.pipeline import extract
from extractors.read import read


def _fields(tmp_path: Path, text: str) -> dict:
    path = tmp_path / "copy.txt"
    path.write_text(text, encoding="utf-8")
    return extract(read(path)).to_json()


def _parties(out: dict) -> set[tuple[str, str]]:
    return {(p["role"], p["name"]) for p in out["parties"]}


REVIEW_WITH_ENTITIES = (
    "申请人李&times;&times;因不服被申请人某市某区某镇人民政府作出的某某镇政〔2021〕罚决字第&times;&times;-1号"
    "《行政处罚决定书》，于2023年9月19日向本机关提出行政复议申请。\n"
    "&nbsp;&nbsp;&nbsp;&nbsp;申请人称：被申请人重新作出的某某镇政〔2021〕罚决字第&times;&times;-1号《行政处罚决定书》"
    "（以下简称&ldquo;重作行为&rdquo;）违反法定程序。\n"
)


def test_masks_written_as_entities_keep_the_name_and_the_number(tmp_path):
    out = _fields(tmp_path, REVIEW_WITH_ENTITIES)
    assert ("applicant", "李××") in _parties(out)
    assert "某某镇政〔2021〕罚决字第××-1号" in {r["doc_number"] for r in out["references"]}


SITE_PAGE = """索 引 号：1144030000720517/2024-00211\t主题分类：行政执法
发布机构：本站\t发布日期：2024-06-03
【字体：大 中 小】 打印本页 关闭窗口
某某自资罚决〔2024〕12号

索引号:mlz/2024-1002 发布机构:某某镇 发文日期:2024-06-03
公开方式:政府网站

行政处罚决定书
当事人:陈某某
我局于2024年3月2日对你非法占用土地一案立案调查。经查,你未经批准占用集体土地180平方米建房。
"""


def test_a_number_under_the_page_controls_and_between_two_metadata_blocks_is_the_documents(tmp_path):
    out = _fields(tmp_path, SITE_PAGE)
    assert out["doc_number"]["value"] == "某某自资罚决〔2024〕12号"


def test_the_page_controls_never_run_into_the_number_below_them(tmp_path):
    page = (
        "【字体：大 中 小】 打印本页 关闭窗口\n某某国土资执法〔2016〕47号\n时间:2016-05-13\n"
        "国土资源违法案件行政处罚决定书\n"
    )
    out = _fields(tmp_path, page + "被处罚单位:某某机械修理有限公司\n经查,你单位未经批准占用土地。\n")
    assert out["doc_number"]["value"] == "某某国土资执法〔2016〕47号"


def test_a_sites_greeting_names_no_issuer(tmp_path):
    page = (
        "索引号:11341700/2020-01 发布日期:2020-12-01\n欢迎访问某州市自然资源和规划局网站!\n"
        "行政处罚决定书 某自然资规罚决字[2020]11号\n某某乡人民政府:\n"
        "我局于2020年9月15日对你单位非法占地建设一案立案调查。经查,你单位超出批准范围占用水田762平方米。\n"
    )
    issuer = _fields(tmp_path, page).get("issuer")
    assert issuer is None or not issuer["value"].startswith("欢迎")


def test_a_stray_space_in_a_date_does_not_make_a_cited_number_a_headline(tmp_path):
    text = (
        "裁判文书详情\n\n某某市某某有限公司与某某市国土资源局行政处罚一审行政判决书\n\n审理经过\n\n"
        "原告不服被告作出的处罚决定,于2015年5月 6 日向本院起诉。本案现已审理终结。\n\n"
        "被告某某市国土资源局于2015年1月 15 日作出(某土)罚字(2014)第 7161号行政处罚决定书,因原告未经批准,"
        "在租用的集体土地上建房及硬化路面,违反了《中华人民共和国土地管理法》第五十九条的规定,依据《中华人民共和国土地管理法》"
        "第七十六条的规定,决定限原告自接到处罚决定书之日起15日内自行拆除非法占用土地上的建筑物,恢复土地原状,并处罚款。"
        "原告不服,向某某市人民政府申请行政复议,某某市人民政府维持了该处罚决定。\n"
    )
    out = _fields(tmp_path, text)
    assert out["doc_type"]["value"] == "court_judgment"
    assert "doc_number" not in out
    assert "(某土)罚字(2014)第7161号" in {r["doc_number"] for r in out["references"]}


def test_a_plea_after_the_applicants_label_names_no_party(tmp_path):
    text = (
        "申请人:某某联户小组\n代表人:龚某,某村村民。\n被申请人:某某县某某镇人民政府\n"
        "申请人某某联户小组不服被申请人作出的某政处决字〔2021〕2号处理决定书,于二〇二一年八月三日向本府申请行政复议。\n\n"
        "申请人请求:撤销某政处决字〔2021〕2号处理决定书第三项;按申请人持有的使用证登记界线进行确权。\n"
    )
    assert ("applicant", "请求") not in _parties(_fields(tmp_path, text))


def test_a_traditional_approval_spelled_with_fu_covering_is_no_reference(tmp_path):
    text = (
        "某某市國土資源局\n行政處罰決定書\n某國土資罰字〔2016〕3號\n當事人:某某房地產開發有限公司\n"
        "經查,該地塊在2003年2月12日《關於某某市2002年第三批城市建設用地的批覆》(某政土批函(2003)25號)的批文範圍內,"
        "當事人未經批准擅自改變土地用途。\n"
    )
    references = _fields(tmp_path, text).get("references", [])
    assert "某政土批函(2003)25号" not in {r["doc_number"] for r in references}


def test_a_quoted_compensation_ruling_in_a_one_line_commentary_keeps_its_title_and_court(tmp_path):
    commentary = (
        "最高法判例|重大行政处罚决定未经法制审核违反法定程序2025.11.27裁判要旨重大行政处罚决定应当进行法制审核和集体讨论,"
        "法制审核程序应在听证程序结束后进行,以保障审核人员充分考虑当事人的陈述、申辩意见。本案中行政机关作出的处罚决定包括"
        "限期拆除违法建筑物和较大数额的罚款,属于重大行政处罚决定,应当进行集体讨论和法制审核,但行政机关未按规定在听证程序"
        "结束后再次进行集体讨论和法制审核即直接作出处罚决定,属于违反法定程序。原案例"
    )
    ruling = (
        "中华人民共和国最高人民法院行 政 赔 偿 裁 定 书(2019)最高法行赔申88号再审申请人(一审被告、二审上诉人):"
        "某某省某某市某某区人民政府,住所地某某市某某大道18号。法定代表人:张某,该区人民政府区长。"
        "被申请人(一审原告、二审上诉人):某某铝业有限公司,住所地某某产业集聚区。法定代表人:王某,该公司董事长。"
    )
    out = _fields(tmp_path, commentary + ruling)
    assert out["doc_type"]["value"] == "court_ruling"
    assert out["title"]["value"] == "行政赔偿裁定书"
    assert out["issuer"]["value"] == "中华人民共和国最高人民法院"


def test_a_flattened_ruling_page_under_its_case_description_heading_names_the_applicant(tmp_path):
    text = (
        "裁判文书详情某某县国土资源局与邓**非诉执行审查裁定书案件描述申请执行人某某县国土资源局认定,2014年6月,"
        "被执行人在未取得合法用地手续的情况下,擅自占用某某镇某某村五组土地1467.93平方米建房。经审查,"
        "申请执行人以被执行人在未经依法批准的情况下擅自占用土地新建房屋为由,决定处罚如下:责令退还非法占用的土地。"
        "逾期后,因被执行人未自动履行,现申请执行人向本院申请强制执行。本院认为本院认为,申请执行人作出的处罚决定"
        "认定事实清楚。裁判结果准予强制执行。"
    )
    parties = _parties(_fields(tmp_path, text))
    assert ("applicant", "某某县国土资源局") in parties
    assert not {name for role, name in parties if name.startswith("以") or name.endswith("认定")}


def test_a_one_line_decision_keeps_names_apart_from_spaced_labels_and_cell_bars(tmp_path):
    spaced_label = (
        "行政处罚决定书某国土资罚决字〔2015〕21号当 事 人:苏*忠地 址:某某区某某街道八里屯村你于2014年12月,未经政府批准,"
        "擅自占用某某街道八里屯村集体土地494平方米建房,违反了《中华人民共和国土地管理法》第四十三条的规定。"
    )
    assert _parties(_fields(tmp_path, spaced_label)) == {("party", "苏*忠")}
    cell_bar = (
        "行政处罚决定书某自资罚决〔2023〕002号 |曾某兵:我局于2023年7月28日对你未取得建设工程规划许可证一案立案调查。"
        "经查,你未取得建设工程规划许可证,于2023年5月10日在某某镇某某村建设住宅一栋,违反了《中华人民共和国城乡规划法》"
        "第四十条第一款的规定。上述违法事实有当事人身份证复印件、询问笔录、现场勘测照片等证据证实。根据《中华人民共和国"
        "城乡规划法》第六十五条的规定,我局决定对你作出如下行政处罚:责令限期拆除违法建筑。"
    )
    assert _parties(_fields(tmp_path, cell_bar)) == {("party", "曾某兵")}


_FLAT_PAGE_HEAD = (
    "索 引 号:11440300MB2C920417/2023-00417 主题分类:行政执法发布机构:本站 发布日期:2023-11-28成文日期:2023-11-27 "
    "更新时间:2023-11-29 09:12:44【字体:大 中 小】 打印本页 关闭窗口"
)


def test_a_flattened_page_starts_the_document_after_its_controls(tmp_path):
    text = _FLAT_PAGE_HEAD + (
        "某某市某某区人民政府行政复议决定书某金行复字〔2023〕38号申请人:李某某。被申请人:某某新区自然资源事务服务中心。"
        "住所地:某某新区管委会九号办公区。负责人:王某,系该中心主任。申请人李某某对某某新区国土资源监察大队作出的答复不服,"
        "于2023年4月6日向本机关申请行政复议,本机关已依法受理,现已审查终结。"
    )
    out = _fields(tmp_path, text)
    assert out["title"]["value"] == "行政复议决定书"
    assert out["doc_number"]["value"] == "某金行复字〔2023〕38号"
    assert out["issuer"]["value"] == "某某市某某区人民政府"


def test_a_line_break_put_into_a_flattened_copy_is_not_joined_back(tmp_path):
    commentary = (
        "裁判要点行政机关所作的限期拆除通知,不仅仅是程序性告知,还给行政相对人直接设定了限期自行拆除的义务,"
        "对行政相对人的合法权益已经产生了不利影响,属于可诉的行政行为。裁判文书"
    )
    ruling = (
        "中华人民共和国最高人民法院行 政 裁 定 书(2019)最高法行申77号再审申请人(一审原告、二审上诉人)李某,男,"
        "1971年3月6日出生,汉族,住某某市某某区某某村。被申请人(一审被告、二审被上诉人)某某市某某区人民政府。"
        "住所地某某市某某区某某北路88号。"
    )
    out = _fields(tmp_path, _FLAT_PAGE_HEAD + commentary + ruling)
    assert out["title"]["value"] == "行政裁定书"
    assert out["issuer"]["value"] == "中华人民共和国最高人民法院"


def test_a_one_line_form_ends_the_name_at_its_kind_box_and_next_field(tmp_path):
    text = (
        "伊宁县水利局行政处罚决定书伊县罚决字〔2024〕第01号当事人:楼*(个人)姓名:楼*身份证号:332626********0013"
        "(单位)名称:法定代表人(负责人):住所(地址):新疆尼勒克县苏布台乡某某村****本单位于2024年4月25日对在某某河"
        "某某村段防洪堤附近从事开挖、填堵行为进行了立案调查。经查,你于2024年4月在防洪堤管理范围内开挖、填堵河道,"
        "违反了《中华人民共和国防洪法》第二十二条的规定。"
    )
    assert _parties(_fields(tmp_path, text)) == {("party", "楼*")}


def test_a_cited_decision_that_a_photo_line_starts_ends_a_sentence_not_a_title(tmp_path):
    text = (
        "申请人徐某因不服被申请人某市某区某镇人民政府作出的某\n某镇政〔2021〕罚决字第××-1号《某市某区某镇人民政府行政\n"
        "处罚决定书》,于2023年9月19日向本机关提出行政复议申请,请求撤销\n该行政处罚决定书。经审查,本机关依法予以受理。因案情较为复杂,本\n"
        "机关于2023年10月31日作出延期审理决定,本案现已审理终结。\n"
        # the photo's last line ran wider than the rest, so none of the lines above counts as a full one
        "申请人称:被申请人重新作出的某某镇政〔2021〕罚决字第××-1号《行政处罚决定书》(以下简称“重作具体行政行为”),"
        "不仅无视复议机关在撤销其前次作出的处罚决定时针对“主要事实不清、证据不足、程序违法”给出的纠错提示而大部未改。\n"
    )
    out = _fields(tmp_path, text)
    assert "title" not in out
    assert out["doc_type"]["value"] != "penalty_decision"


def test_a_sites_footer_after_the_signature_names_no_issuer(tmp_path):
    text = (
        "您当前所在位置：首页 > 政务公开 > 行政执法\n"
        "索 引 号： | 1143070000720211/2024-00211 | 主题分类： | 行政执法\n"
        "发布机构： | 某某县自然资源局 | 发布日期： | 2024-06-03\n【字体：大 中 小】 打印本页 关闭窗口\n"
        "某某县自然资源局\n行 政 处 罚 决 定 书\n某自然资罚〔2024〕12号\n"
        "当事人：张某某，男，1970年3月2日出生，住某某县某某镇某某村。\n"
        "我局于2024年3月2日对你非法占用土地一案立案调查。经查，你于2023年10月未经批准，擅自占用某某村集体土地180平方米"
        "建房，违反了《中华人民共和国土地管理法》第四十四条的规定。\n"
        "根据《中华人民共和国土地管理法》第七十七条的规定，我局决定：1.责令退还非法占用的180平方米土地；2.限你自收到本决定书"
        "之日起十五日内自行拆除在非法占用的土地上新建的建筑物和其他设施；3.并处罚款人民币3600元。\n"
        "如不服本决定，可在收到本决定书之日起六十日内向某某县人民政府申请行政复议，也可以在六个月内向某某县人民法院提起行政诉讼。\n"
        "某某县自然资源局\n2024年5月20日\n"
        "主办单位：某某县人民政府办公室 网站标识码：4307000031\n技术支持：某某网络公司\n"
    )
    out = _fields(tmp_path, text)
    assert out["issuer"]["value"] == "某某县自然资源局"
    assert out["issue_date"]["value"] == "2024-05-20"


def test_a_letter_spaced_party_label_under_a_long_page_line_opens_the_party_block(tmp_path):
    text = (
        "52号行政处罚决定书\n发布时间: 2024-11-14 08:47 信息来源:某某县城市管理和综合执法局\n当 事 人:舒xx\n"
        "身份证号码:43302419541218xxxx\n住 址:湖南省某某县某某镇xxxxx\n"
        "你于2024年5月在某某县某某镇xxxxx实施修建房屋的行为,涉嫌违反了《中华人民共和国城乡规划法》第四十三条的规定,"
        "本机关于2024年9月23日立案调查。\n"
        "经查明,你于2024年5月在某某县某某镇修建的房屋,审批为2层、占地面积132平方米,实际修建3层、总建筑面积为396平方米,"
        "存在未按照规划条件进行建设的行为。\n上述事实,由以下证据证实:\n"
        "证据一:当事人身份证复印件,证明违法行为相对人的主体资格,以及当事人户籍所在地和实际居住地的情况;\n"
        "证据二:调查询问笔录,证明当事人具体违法行为的事实,以及当事人对违法事实和建设过程的陈述和确认;\n"
        "证据三:现场勘验笔录、现场照片和勘验图,证明该违法行为的具体位置、建设规模和现状以及周边的情况;\n"
    )
    assert ("party", "舒xx") in _parties(_fields(tmp_path, text))
