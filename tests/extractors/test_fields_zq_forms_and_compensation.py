"""Invented copies in the shapes a fourteenth real batch's later pages showed: city-management decisions whose
number stands alone under a metadata line or in a 公示 headline and whose form letter-spaces 姓 名, state
compensation decisions of a court's committee, an identity line giving a date of death, a ruling taking a
plaintiff's absence as withdrawal, flattened copies that run a label or a headline word into a name or a
number, specially authorised agents' lines, a short form that ends the full name, and breadcrumbs OCR joined
to a number."""

from __future__ import annotations

from plain_text_extraction import everything, party_keys, reference_numbers


def test_a_number_alone_under_a_metadata_line_is_the_pages_own() -> None:
    text = """发布时间:2025-11-04 14:27 信息来源:南江市城市管理和综合执法局
南城罚决字〔2025〕建设第23号
名称:南江市国有资本投资营运集团有限公司
统一社会信用代码:91431281765625572G
法定代表人:易明
住所:湖南省南江市黔城镇株山村5楼516室
你(单位)建设南江市稻源路综合楼项目未取得施工许可证擅自施工的行为,涉嫌违反了《中华人民共和国建筑法》第七条的规定,本机关于2025年10月11日立案调查。
"""
    found = everything(text)
    assert found["doc_number"]["value"] == "南城罚决字〔2025〕建设第23号"
    assert reference_numbers(found) == set()


def test_a_disclosure_headline_of_number_and_title_then_gongshi() -> None:
    text = """衡北规罚字〔2018〕61号 行政处罚决定书公示
发布时间:2018-12-19 17:18      来源:市城乡规划局     浏览量:

                         行政处罚决定书

当 事 人:衡北市石鼓区城市建设投资有限公司

单 位 地 址:衡北市石鼓区石鼓路66号

经查实,衡北市石鼓区城市建设投资有限公司在未依法取得《建设工程规划许可证》的情况下,于2014年8月28日擅自动工兴建综合安置小区项目。
"""
    found = everything(text)
    assert found["doc_number"]["value"] == "衡北规罚字〔2018〕61号"
    assert reference_numbers(found) == set()


def test_a_form_that_letter_spaces_its_name_label() -> None:
    text = """南洲市城市管理综合执法局
行政处罚决定书
南(醴)城行罚字〔2024〕第14018号
姓 名:李*芳
身份证号码:430219***********
家庭住址:南洲市阳三石街道泉湖村******
联系电话:199****3133
你于2023年3月在南洲市阳三石街道泉湖村建设房屋时,未按照建设工程规划许可证的规定进行建设,本机关于2024年5月17日予以立案调查。
"""
    found = everything(text)
    assert party_keys(found) == {("party", "李*芳")}
    assert found["parties"][0]["id_number"] == "430219***********"


_COMPENSATION = """(2018)粤05行初23号

广东省南海市中级人民法院

赔偿委员会

国家赔偿决定书

(2020)粤05委赔4号

赔偿请求人:周某庆,男,1950年10月24日出生,汉族,住广东省南海市西门区

赔偿义务机关:广东省南海市西门区人民法院。

法定代表人:黄明,院长。

赔偿请求人周某庆因错误执行民事判决申请广东省南海市西门区人民法院国家赔偿一案,不服该院作出的决定,向本院赔偿委员会申请作出赔偿决定。
"""


def test_a_courts_compensation_committee_decides_a_state_compensation_claim() -> None:
    found = everything(_COMPENSATION)
    assert found["doc_type"]["value"] == "other"
    assert found["issuer"]["value"] == "广东省南海市中级人民法院赔偿委员会"
    assert found["doc_number"]["value"] == "(2020)粤05委赔4号"
    assert party_keys(found) == {("applicant", "周某庆"), ("respondent", "广东省南海市西门区人民法院")}


def test_a_supreme_committees_petition_sides_by_their_bracketed_roles() -> None:
    text = """中华人民共和国最高人民法院赔偿委员会
决 定 书
(2025)最高法委赔监92号
申诉人(赔偿请求人):张某明,男,1950年5月18日出生,汉族,住天津市和平区。
被申诉人(赔偿义务机关):天津市第二中级人民法院。住所地:天津市南开区。
申诉人张某明申请天津市第二中级人民法院违法不执行赔偿一案,不服天津市高级人民法院赔偿委员会的决定,向本院赔偿委员会提出申诉。
"""
    found = everything(text)
    assert found["doc_type"]["value"] == "other"
    assert found["issuer"]["value"] == "中华人民共和国最高人民法院赔偿委员会"
    assert party_keys(found) == {("applicant", "张某明"), ("respondent", "天津市第二中级人民法院")}
    assert all("doubt" not in p for p in found["parties"])


def test_a_date_of_death_in_an_identity_line_does_not_end_the_party_block() -> None:
    text = """新疆维吾尔自治区高级人民法院
行 政 裁 定 书
(2018)新行终89号
原审原告:阿不都·买买提,男,维吾尔族,于2017年1月14日死亡。
原审被告:西河县人民政府,住所地:西河县杜林拜街。
法定代表人:王明,该县县长。
原审第三人:西河县加尕乡牧业队。
负责人:江明,该队队长。
原审原告阿不都·买买提与原审被告西河县人民政府其他行政行为一案,本院依法组成合议庭审理了本案。
"""
    assert party_keys(everything(text)) == {
        ("plaintiff", "阿不都·买买提"),
        ("defendant", "西河县人民政府"),
        ("third_party", "西河县加尕乡牧业队"),
    }


def test_a_plaintiffs_absence_taken_as_withdrawal() -> None:
    text = """浙江省东岭市人民法院
行 政 裁 定 书
(2017)浙1082行初41号
原告张某香,女,1960年出生,住东岭市。
被告东岭市国土资源局,住所地东岭市。
本院认为,原告张某香经本院传票传唤未到庭参加诉讼,依法应当按照撤诉处理。依照《中华人民共和国行政诉讼法》第五十八条的规定,裁定如下:本案按照原告张某香撤诉处理。本案受理费50元,由原告张某香负担。
"""
    assert everything(text)["ruling_type"]["value"] == "withdrawn"


def test_a_flattened_copy_runs_the_next_label_into_an_agencys_name() -> None:
    text = (
        "东州市北区人民政府 行政复议决定书 东北府复〔2022〕12号 申请人唐某,男,1970年出生。 "
        "被申请人重庆市东州区百安街道办事处申请人唐某请求确认被申请人重庆市东州区百安街道办事处强制拆除行为违法。"
        "本府依法予以受理,现已审查终结。\n"
    )
    assert party_keys(everything(text)) == {("applicant", "唐某"), ("respondent", "重庆市东州区百安街道办事处")}


def test_a_flattened_headlines_last_word_is_no_prefix_of_the_number() -> None:
    text = (
        "《行政处罚决定书》送达公告东余罚决字〔2024〕第000122号当事人:王某妮,性别:女,住所:浙江省东州市"
        "余杭街道林泉居**号。本机关于2024年3月对你未取得建设工程规划许可证进行建设一案立案调查,"
        "现依法作出如下行政处罚:限期拆除违法建筑。\n"
    )
    assert everything(text)["doc_number"]["value"] == "东余罚决字〔2024〕第000122号"


def test_specially_authorised_agents_and_a_partner_do_not_end_the_party_block() -> None:
    text = """南冈市人民法院

行政裁定书

(2020)湘0582行初71号

原告:刘某贵,男,1975年10月16日出生,汉族。
原告:刘某波,男,1981年9月12日出生,汉族。
二原告共同特别授权委托代理人:钟明,湖南湘驰律师事务所律师。
被告:北宁县自然资源局,住所地:北宁县长铺镇人民路**。
法定代表人:杨明,该局局长。
特别授权委托代理人:秋明,该局法律顾问。
第三人:北宁县金屋塘镇双飞村(原北宁县梅坪乡飞蛾村)。
第三人:北宁县飞蛾电站,住所地:北宁县梅坪乡飞蛾村。
执行事务合伙人:黄明。
经审查,本院确认以下案件事实:2001年水利部发布通知,北宁县列入了名单。
"""
    assert party_keys(everything(text)) == {
        ("plaintiff", "刘某贵"),
        ("plaintiff", "刘某波"),
        ("defendant", "北宁县自然资源局"),
        ("third_party", "北宁县金屋塘镇双飞村"),
        ("third_party", "北宁县飞蛾电站"),
    }


def test_a_short_form_that_ends_the_full_name_is_no_second_party() -> None:
    text = """福建省南岩市新罗区人民法院
行政判决书
(2017)闽0802行初6号
原告南岩市永定区洪山祥和石场,住所地南岩市永定区洪山乡。
投资人郑明。
被告福建省南岩市国土资源局,住所地南岩市龙岩大道。
原告南岩市永定区洪山祥和石场(下称:祥和石场)诉被告福建省南岩市国土资源局地质矿产行政管理一案,本院于2017年1月3日立案后,依法组成合议庭公开开庭进行了审理。原告祥和石场的投资人郑明及其委托诉讼代理人陈明,被告福建省南岩市国土资源局的委托诉讼代理人倪明到庭参加诉讼。
原告祥和石场诉称,其采矿许可证延续申请符合规定。
"""
    assert party_keys(everything(text)) == {
        ("plaintiff", "南岩市永定区洪山祥和石场"),
        ("defendant", "福建省南岩市国土资源局"),
    }


def test_a_breadcrumbs_last_word_ocr_joined_to_the_number() -> None:
    text = """当前位置: 首页 >> 行政复议决定公开 >> 正文临沂政复字〔2023〕52号行政复议决定书
2023-06-08   市司法局网站

申请人:欧某1。

被申请人:南陵县人民政府。

申请人不服被申请人作出的实施方案,向本机关申请行政复议,本机关依法予以受理。
"""
    assert everything(text)["doc_number"]["value"] == "临沂政复字〔2023〕52号"


def test_a_suit_to_make_the_agency_act_names_its_sides_in_the_headline() -> None:
    text = """裁判文书详情

单某年与北水县规划和城市管理局不履行法定职责二审行政判决书

审理经过

单某年诉北水县规划和城市管理局履行法定职责一案,单某年与北水县规划和城市管理局均不服北水县人民法院(2014)北行初字第0018号行政判决,向本院提起上诉。本院依法组成合议庭审理了本案。

一审法院查明

原审法院经审理查明,开发区管委会批准将一块101.5平方米的土地划拨给原告单**建房。1994年5月12日,原告单**在北水县国土资源局领取了建设用地批准书。2005年9月份,第三人华明刚在没有取得任何手续的情况下开工建房。同年11月份,第三人华明刚建成两间两层楼房一幢。原告向土地管理部门反映第三人华明刚无证建房的情况。
"""
    assert party_keys(everything(text)) == {
        ("plaintiff", "单某年"),
        ("defendant", "北水县规划和城市管理局"),
        ("third_party", "华明刚"),
    }


def test_an_appeal_sentence_names_the_branch_office_whole() -> None:
    text = """裁判文书详情

崔**与被上诉人南河市国土资源局源西分局《责令改正违法行为通知书》纠纷二审行政裁定书

审理经过

上诉人崔**因与被上诉人南河市国土资源局源西分局(以下简称源西分局)关于《责令改正违法行为通知书》一案,不服舞阳县人民法院(2015)舞行初字第17号行政判决,向本院提起上诉。本院依法组成合议庭审理了本案。
"""
    assert party_keys(everything(text)) == {("plaintiff", "崔**"), ("defendant", "南河市国土资源局源西分局")}


def test_a_jointly_issued_standard_and_its_issuers_are_not_the_cases() -> None:
    text = """林业行政处罚决定书
涪林业罚决字〔2024〕第118号
被处罚单位:重庆市东陵商务集团有限公司
法定代表人:刘明
统一社会信用代码:91500102582823128A
"""
    text += (
        "经依法查明:你单位未经县级以上人民政府林业主管部门审核同意,擅自占用林地1200平方米。依据《中华人民共和国"
        "森林法》第七十三条之规定,参照重庆市林业局关于印发《重庆市恢复植被和林业生产条件、树木补种标准》的通知"
        "(渝林生〔2021〕19号)第四条之规定和《重庆市财政局 重庆市林业局关于调整森林植被恢复费征收标准的通知》"
        "(渝财综〔2017〕109号)第一条的规定,决定对你单位处以罚款。\n"
    )
    found = everything(text)
    assert reference_numbers(found) == set()
    assert "issuer" not in found


def test_a_bulletin_on_an_office_that_acted_without_title() -> None:
    text = (
        "南禺区基本建设投资管理办公室未完善用地手续于2020年在东环街蔡三路地块平整和硬底化。2022年4月,经实地测量,"
        "该建设行为涉及土地面积9922.75平方米。依据土地利用总体规划,该地块为城镇建设用地区。\n"
    )
    assert party_keys(everything(text)) == {("party", "南禺区基本建设投资管理办公室")}
