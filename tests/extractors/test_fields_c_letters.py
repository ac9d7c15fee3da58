"""Letters copied without title or signature: the kind from the content, the issuer from the body."""

from plain_text_extraction import everything, party_keys

DEMAND = (
    "平川县宏达驾驶员培训有限公司:\n"
    "平川县自然资源局于2020年11月24日对你单位作出的平自然资罚[2020]153号《行政处罚决定书》已发生法律效力,"
    "平川县自然资源局已依法向平川县人民法院申请强制执行。平川县人民法院作出(2021)甘0403行审71号行政裁定书,准予强制执行,"
    "并由平川县人民政府宝积街道办事处组织实施。\n现催告你单位在十日内自行清场并交还所占土地。\n"
    "特此公告\n平川县人民政府宝积街道办事处\n2021年9月9日\n"
)


def test_demand_notice_that_recounts_an_application():
    found = everything(DEMAND)
    assert found["doc_type"]["value"] == "demand_notice"
    assert found["issuer"]["value"] == "平川县人民政府宝积街道办事处"
    assert party_keys(found) == {("party", "平川县宏达驾驶员培训有限公司")}


REFERRAL = (
    "平川县公安局:\n根据平川县自然资源局调查认定,2018年9月,平川交通建设投资有限公司未办理农用地转用手续,"
    "即在宝积镇修路。2021年4月,平川聚泰公路工程有限公司擅自占用共和镇耕地堆放沥青。"
    "我局于2021年11月22日对该项目立案查处,编号(平自然资立字〔2021〕1145号)。\n"
    "《中华人民共和国刑法》规定,违反土地管理法规,非法占用耕地,构成犯罪的,依法追究刑事责任。\n"
)


def test_referral_to_the_police_without_title():
    found = everything(REFERRAL)
    assert found["doc_type"]["value"] == "criminal_referral"
    assert found["issuer"]["value"] == "平川县自然资源局"
    assert party_keys(found) == {
        ("recipient_org", "平川县公安局"),
        ("referred_person", "平川交通建设投资有限公司"),
        ("referred_person", "平川聚泰公路工程有限公司"),
    }


TAIL = (
    "当事人应当自收到本处罚决定书之日起十五日内缴清罚款。"
    " 如不服本处罚决定,可在六十日内向平川县人民政府申请行政复议。"
    " 当事人逾期不复议、不起诉又不履行的,本机关将申请人民法院强制执行。"
    " 平川县城市管理综合行政执法局 2020年2月21日 |\n"
)


def test_tail_of_a_decision_where_sentences_open_with_the_role_word():
    found = everything(TAIL)
    assert found["doc_type"]["value"] == "penalty_decision"
    assert found["issuer"]["value"] == "平川县城市管理综合行政执法局"
    assert found["issue_date"]["value"] == "2020-02-21"
    assert "parties" not in found


def test_executor_left_to_a_choice_is_not_reported():
    text = (
        "平川县人民法院\n行政裁定书\n(2017)甘0403行审3号\n申请人:平川县自然资源局。\n被申请人:平川某路桥有限公司。\n"
        "本院认为,……裁定如下:\n准予强制执行平自然资罚〔2016〕第126号行政处罚决定书。由申请人或当地人民政府组织实施。\n"
    )
    found = everything(text)
    assert found["ruling_type"]["value"] == "enforce"
    assert "executor" not in found
