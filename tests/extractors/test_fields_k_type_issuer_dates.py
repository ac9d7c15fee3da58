"""doc_type, issuer and issue_date on the shapes of the fifth real batch: appeal judgments cut before
their outcome, a decision that only says its addressee waived the hearing, third-person reconsideration
decisions without header, summary pages that run label fields together, a court filed under a wrong
record label, and cut pages whose last paragraph the section finder takes for the signature.
All text is invented."""

from __future__ import annotations

from plain_text_extraction import everything

APPEAL_CUT = (
    "上诉人(原审原告)周某甲,男,1968年3月2日出生,汉族,住青岚县柳河镇。\n"
    "上诉人(原审原告)周某乙,女,1971年8月9日出生,汉族,住青岚县柳河镇。\n"
    "被上诉人(原审被告)青岚县自然资源局,住所地青岚县滨河路18号。\n"
    "法定代表人刘某某,局长。\n"
    "上诉人周某甲、周某乙因土地行政处罚一案,不服青岚县人民法院(2021)青0102行初55号行政判决,"
    "向本院提起上诉。本院依法组成合议庭,公开开庭审理了本案。本案现已审理终结。\n"
    "原审法院查明,2020年5月,周某甲在柳河镇占用耕地建房……\n"
)

# the bureau appealed: its 上诉人 line comes first, the citizen is the 被上诉人
APPEAL_BUREAU = (
    "法院: 青州市中级人民法院\n"
    "案号:(2022)青01行终88号\n"
    "\n"
    "上诉人(原审被告)青州市自然资源和规划局\n"
    "被上诉人(原审原告)青州市白沙石料厂\n"
    "\n"
    "上诉人青州市自然资源和规划局因行政处罚一案,不服青州市白沙区人民法院(2021)青0105行初19号行政判决,"
    "向本院提起上诉。\n"
    "原审法院认定:2019年起,原告占用白沙镇集体土地堆放石料……\n"
)

APPEAL_RULING = APPEAL_CUT.replace(
    "原审法院查明,2020年5月,周某甲在柳河镇占用耕地建房……\n",
    "本院认为,上诉人的起诉已超过法定期限。依照《中华人民共和国行政诉讼法》第八十九条第一款第一项之规定,"
    "裁定如下:\n驳回上诉,维持原裁定。\n",
)

WAIVED_HEARING = (
    "青岚县鑫源石材有限公司:\n"
    "我局于2023年3月6日对你公司在青岚县柳河镇占用土地开采石料的行为立案调查。经查,你公司未经批准"
    "占用集体土地2300平方米,违反了《中华人民共和国土地管理法》第四十四条的规定。\n"
    "上述违法事实有下列证据证实:\n"
    "1、询问笔录2份;\n"
    "2、现场勘测笔录1份。\n"
    "我局已于2023年5月10日依法向你公司送达了行政处罚告知书和听证告知书,你公司放弃了陈述、申辩、"
    "听证的权利。\n"
    "根据《中华人民共和国土地管理法》第七十七条和《中华人民共和国土地管理法实施条例》第五十二条的规定,"
    "经我局集体讨论,对你公司处以\n"
)

# a notice says what happens if the rights are not used (视为放弃), and cites the hearing rules afterwards
NOTICE_WAIVER = (
    "青岚县鑫源石材有限公司:\n"
    "你公司未经批准占用青岚县柳河镇集体土地2300平方米开采石料,违反了《中华人民共和国土地管理法》"
    "第四十四条的规定,我局拟对你公司作出责令退还土地、处以罚款的行政处罚。\n"
    "你公司有权进行陈述和申辩,并有要求举行听证的权利。逾期不提出的,视为放弃陈述、申辩和听证的权利。"
    "根据《中华人民共和国行政处罚法》第六十四条的规定,你公司要求听证的,应当在收到本告知书之日起五日内提出。\n"
)

RECONSIDERATION_THIRD_PERSON = (
    "申请人:青岚县绿野农业开发有限公司,住所:青岚县柳河镇工业园8号,法定代表人:孙某某。\n"
    "被申请人:青岚县自然资源局,地址:青岚县滨河路18号,负责人:刘某某,职务:副局长。\n"
    "第三人:青岚县宏达砂石有限公司,住所:青岚县白沙镇,法定代表人:钱某某。\n"
    "申请人青岚县绿野农业开发有限公司不服被申请人青岚县自然资源局于2023年4月12日作出的《不予立案告知书》,"
    "向青岚县人民政府申请行政复议,青岚县人民政府已依法予以受理,现已审查终结。\n"
    "复议请求:\n"
    "请求确认被申请人作出的《不予立案告知书》违法,并责令被申请人重新作出处理。\n"
    "申请人称:\n"
    "申请人承包的林地于2022年9月3日被第三人推平建成砂场,申请人向青岚县人民政府提交了《处理申请书》,"
    "请求事项:“一、请求政府责令青岚县公安局撤销其2022年10月8日《不予立案通知书》,重新作出处理。"
    "二、请求政府对第三人毁坏申请人果树的行为依法作出处理\n"
)

# a non-litigation ruling cut before its outcome: the party did not apply for reconsideration
RULING_NOT_RECONSIDERATION = (
    "申请执行人:青岚县自然资源局,住所地青岚县滨河路18号。\n"
    "被执行人:王某某,男,1975年6月1日出生,住青岚县柳河镇。\n"
    "申请执行人青岚县自然资源局于2023年8月2日向本院申请强制执行其作出的青自然资罚字〔2023〕第21号"
    "行政处罚决定。本院受理后,依法组成合议庭进行了审查,现已审查终结。\n"
    "经审查查明,被执行人在法定期限内未申请行政复议,也未提起行政诉讼,又不履行处罚决定……\n"
)

# a judgment recounting the reconsideration the plaintiff went through before suing
JUDGMENT_RECOUNTING_RECONSIDERATION = (
    "原告王某某,男,1975年6月1日出生,住青岚县柳河镇。\n"
    "被告青岚县自然资源局,住所地青岚县滨河路18号。\n"
    "原告不服被告作出的行政处罚决定,向青岚县人民政府申请行政复议后向本院提起诉讼,本院受理后,"
    "依法组成合议庭,公开开庭进行了审理,本案现已审理终结。\n"
)

RECONSIDERATION_TITLED = (
    "行政复议决定书\n"
    "青政复决〔2024〕31号\n"
    "申 请 人:马某一,男\n"
    "被 申 请 人:青岚县自然资源和规划局\n"
    "申请人对被申请人未履行查处职责不服,向本机关申请行政复议,本机关依法已予受理。现已审理终结。\n"
    "申请人称:2024年3月2日,申请人向青岚县自然资源和规划局递交《查处申请书》,请求依法立案查处违法占地行为,"
    "被申请人至今未作处理。\n"
    "被申请人称:青岚县自然资源和规划局于2024年3月10日已对该地块立案调查,申请人的查处申请不属于……\n"
)

SUMMARY_GLUED = (
    "行政处罚决定文书号:青自然资规罚〔2022〕9号\n"
    "被处罚单位(被处罚人):青岚县柳河镇东坡村村民委员会执法部门:青岚县自然资源和规划局\n"
    "作出行政处罚日期: 2022年6月15日\n"
    "行政处罚决定书(摘要)\n"
    "2021年3月至5月期间,青岚县柳河镇东坡村村民委员会未经批准擅自占用本村土地建设停车场。\n"
)

# without the bureau's field the punished village committee (…委员会) is no issuer
SUMMARY_NO_BUREAU = (
    "被处罚单位:青岚县柳河镇东坡村村民委员会\n"
    "行政处罚决定书(摘要)\n"
    "2021年3月至5月期间,青岚县柳河镇东坡村村民委员会未经批准擅自占用本村土地建设停车场。\n"
)

COURT_MISLABELLED = (
    "上诉人周某甲等诉被上诉人青岚县自然资源局土地行政处罚一案\n"
    "\n"
    "当事人:   法官:   文号:青州市中级人民法院\n"
    "\n" + APPEAL_CUT
)

FIRST_INSTANCE_COURT_FIELD = "原审法院:青岚县人民法院\n\n" + APPEAL_CUT

SIGNED_DECISION = (
    "青岚县自然资源局\n"
    "行政处罚决定书\n"
    "青自然资罚〔2023〕第12号\n"
    "当事人:青岚县鑫源石材有限公司\n"
    "你公司未经批准占用集体土地2300平方米,违反了《中华人民共和国土地管理法》第四十四条的规定。"
    "根据《中华人民共和国土地管理法》第七十七条的规定,决定如下:责令退还非法占用的土地。\n"
    "青岚县自然资源局(印章)\n"
    "2023年6月2日\n"
)


def test_appeal_party_lines_make_a_judgment_when_the_outcome_is_cut() -> None:
    found = everything(APPEAL_CUT, ("sections", "doc_type"))
    assert found["doc_type"]["value"] == "court_judgment"
    assert found["doc_type"]["confidence"] < 0.8  # inferred without title or outcome


def test_appeal_lines_in_either_order() -> None:
    assert everything(APPEAL_BUREAU, ("sections", "doc_type"))["doc_type"]["value"] == "court_judgment"


def test_appeal_with_ruling_outcome_stays_a_ruling() -> None:
    assert everything(APPEAL_RULING, ("sections", "doc_type"))["doc_type"]["value"] == "court_ruling"


def test_waived_hearing_then_the_punishing_article_is_a_decision() -> None:
    assert everything(WAIVED_HEARING, ("sections", "doc_type"))["doc_type"]["value"] == "penalty_decision"


def test_a_notice_saying_silence_counts_as_waiver_stays_a_notice() -> None:
    assert everything(NOTICE_WAIVER, ("sections", "doc_type"))["doc_type"]["value"] == "penalty_notice"


def test_third_person_reconsideration_without_header() -> None:
    found = everything(RECONSIDERATION_THIRD_PERSON, ("sections", "doc_type"))
    assert found["doc_type"]["value"] == "reconsideration_decision"
    assert found["doc_type"]["confidence"] < 0.8


def test_ruling_whose_party_did_not_apply_for_reconsideration_stays_a_ruling() -> None:
    assert everything(RULING_NOT_RECONSIDERATION, ("sections", "doc_type"))["doc_type"]["value"] == "court_ruling"


def test_judgment_recounting_a_reconsideration_stays_a_judgment() -> None:
    found = everything(JUDGMENT_RECOUNTING_RECONSIDERATION, ("sections", "doc_type"))
    assert found["doc_type"]["value"] == "court_judgment"


def test_glued_enforcement_department_field_names_the_issuer() -> None:
    found = everything(SUMMARY_GLUED)
    assert found["issuer"]["value"] == "青岚县自然资源和规划局"
    assert found["doc_type"]["value"] == "penalty_decision"


def test_summary_decision_date_field_is_the_issue_date() -> None:
    found = everything(SUMMARY_GLUED, ("sections", "doc_type", "dates"))
    assert found["issue_date"]["value"] == "2022-06-15"


def test_punished_committee_is_no_issuer() -> None:
    assert "issuer" not in everything(SUMMARY_NO_BUREAU)


def test_court_field_of_a_blog_copy_names_the_court() -> None:
    found = everything(APPEAL_BUREAU)
    assert found["issuer"]["value"] == "青州市中级人民法院"
    assert found["issuer"]["confidence"] < 0.8


def test_court_under_a_wrong_record_label_names_the_court_below_review_level() -> None:
    found = everything(COURT_MISLABELLED)
    assert found["doc_type"]["value"] == "court_judgment"
    assert found["issuer"]["value"] == "青州市中级人民法院"
    assert found["issuer"]["confidence"] < 0.8


def test_first_instance_court_field_is_not_the_issuer() -> None:
    found = everything(FIRST_INSTANCE_COURT_FIELD)
    assert found.get("issuer", {}).get("value") != "青岚县人民法院"


def test_respondent_bureau_is_never_the_issuer_of_a_reconsideration() -> None:
    found = everything(RECONSIDERATION_TITLED)
    assert found["doc_type"]["value"] == "reconsideration_decision"
    assert "issuer" not in found


def test_cut_page_takes_the_reviewing_body_not_a_sentence_fragment() -> None:
    found = everything(RECONSIDERATION_THIRD_PERSON)
    assert found["issuer"]["value"] == "青岚县人民政府"
    assert found["issuer"]["confidence"] < 0.8


def test_date_in_a_quoted_request_at_the_cut_end_is_no_issue_date() -> None:
    found = everything(RECONSIDERATION_THIRD_PERSON, ("sections", "doc_type", "dates"))
    assert "issue_date" not in found


def test_signature_with_seal_mark_still_names_the_issuer_and_date() -> None:
    found = everything(SIGNED_DECISION)
    assert found["issuer"]["value"] == "青岚县自然资源局"
    assert found["issuer"]["confidence"] >= 0.9
    assert found["issue_date"]["value"] == "2023-06-02"


def test_waiver_without_perfective_and_a_conditional_waiver() -> None:
    waived = WAIVED_HEARING.replace("你公司放弃了陈述、申辩、听证的权利", "当事人明确表示放弃陈述申辩和听证")
    assert everything(waived, ("sections", "doc_type"))["doc_type"]["value"] == "penalty_decision"
    conditional = NOTICE_WAIVER.replace("逾期不提出的,视为放弃", "如你公司放弃")
    assert everything(conditional, ("sections", "doc_type"))["doc_type"]["value"] == "penalty_notice"


def test_record_labels_of_the_issuer_family() -> None:
    for label in ("行政处罚机关", "执法单位", "处罚单位"):
        text = SUMMARY_GLUED.replace("执法部门:", f"\n{label}:")
        assert everything(text)["issuer"]["value"] == "青岚县自然资源和规划局", label


def test_appeal_labels_on_a_page_run_onto_one_line() -> None:
    one_line = APPEAL_CUT.replace("\n", "")
    assert everything(one_line, ("sections", "doc_type"))["doc_type"]["value"] == "court_judgment"


def test_third_person_acceptance_and_closing_in_two_sentences() -> None:
    text = RECONSIDERATION_THIRD_PERSON.replace("已依法予以受理,现已审查终结", "依法已予受理。现已审理终结")
    assert everything(text, ("sections", "doc_type"))["doc_type"]["value"] == "reconsideration_decision"


def test_court_after_empty_record_fields_run_together_by_ocr() -> None:
    found = everything(COURT_MISLABELLED.replace("当事人:   法官:   文号:", "当事人:法官:文号:"))
    assert found["issuer"]["value"] == "青州市中级人民法院"
