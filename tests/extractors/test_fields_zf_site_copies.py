"""Court and bureau pages as judgment sites and publicity pages copy them, on invented texts: a form's label
padded to a wider cell, a copy cut inside a list of evidence, a site's record line that glues the ruling's
date to the court and its number, masks and mis-decoded characters inside names and numbers."""

from __future__ import annotations

from plain_text_extraction import everything, party_keys, reference_numbers

from extractors.evaluation import canonical_text


def test_a_label_padded_to_a_wider_cell_still_names_the_party() -> None:
    text = (
        "行政处罚决定书\n平城罚决字〔2024〕第52号\n当  事 人:舒某某\n身份证号码:43302419541218xxxx\n"
        "住     址:平川省平川县卢峰镇\n你于2024年5月在平川县卢峰镇实施修建房屋的行为。\n"
    )
    assert party_keys(everything(text)) == {("party", "舒某某")}


def test_a_copy_cut_inside_a_list_of_evidence_has_no_issue_date() -> None:
    text = (
        "平川县人民法院\n行政判决书\n(2014)平行初字第2号\n原告刘某,男。\n被告平川县林业局。\n"
        "被告向本院提交了以下证据:\n6、卷宗2014年6月30日询问刘某笔录,证明刘某垫草原所用的土系买来;\n"
        "7、卷宗2014年7月7日和2014年8月12"
    )
    assert "issue_date" not in everything(text)


def test_a_site_record_line_dates_the_ruling_and_names_its_court() -> None:
    text = (
        "裁判文书详情\n\n马**与平川市金岭镇人民政府拆迁行政强制二审行政裁定书\n\n"
        "2015.12.03平川市中级人民法院(2015)平行终字第33-2号\n\n审理经过\n\n"
        "上诉人马**因诉平川市金岭镇人民政府拆迁行政强制一案,不服平川市临江区人民法院(2014)临行初字第59号行政裁定,"
        "向本院提起上诉。\n"
    )
    found = everything(text)
    assert found["issuer"]["value"] == "平川市中级人民法院"
    assert found["issuer"]["confidence"] < 0.8  # the site's spelling, not the court's header: a clerk confirms it
    assert found["issue_date"]["value"] == "2015-12-03"


def test_a_ruling_on_papers_received_names_who_sued_whom() -> None:
    text = (
        "林**行政撤销一审行政裁定书\n\n审理经过\n\n本院收到林**诉平川省人民政府请求撤销征地批复一案的起诉材料。"
        "起诉人诉称其系平川县竹岐乡村民。\n\n裁判结果\n\n对林**的起诉,本院不予立案。\n"
    )
    assert party_keys(everything(text)) == {("plaintiff", "林**"), ("defendant", "平川省人民政府")}


def test_numbers_with_a_mask_after_the_year_or_a_verb_before_them() -> None:
    text = (
        "平川市中级人民法院\n行政裁定书\n(2014)平中行终字第00129号\n"
        "上诉人平川市国土资源和规划局因被上诉人吴**等10人诉其土地行政行为一案,不服平川市**开发区人民法院"
        "(2013)平武*开行初字第00050号行政判决,向本院提起上诉。\n"
        "一审查明:2017年7月2日,平川区政府向李某永下达北限字(2017)第3229号《限期拆除通知书》。\n"
    )
    assert reference_numbers(everything(text)) == {"(2013)平武*开行初字第00050号", "北限字(2017)第3229号"}


def test_a_name_a_site_mis_decoded_takes_its_clean_spelling() -> None:
    text = (
        "张某贵与平川市国土资源和房屋管理局南岸区分局土地行政征收申请再审行政裁定书\n"
        "再审申请人(一审原告、二审上诉人)张某贵,男。被申请人(一审被告、二审被上诉人)平川市国土资源\ufffd\ufffd\ufffd"
        "房屋管理局南岸区分局。住所地:平川市南岸区。\n"
    )
    restored = ("defendant", "平川市国土资源和房屋管理局南岸区分局")
    assert party_keys(everything(text)) == {("plaintiff", "张某贵"), restored}
    from extractors.fields.party_mentions import unmangled  # noqa: PLC0415

    assert unmangled("平川市国土\ufffd\ufffd局", "平川市国土资源局 平川市国土规划局") is None  # two readings: none


def test_a_case_record_kind_field_in_brackets_names_the_kind() -> None:
    text = (
        "仇某发与平川市阜宁镇人民政府土地管理行政强制纠纷上诉案\n【案由】行政 土地\n【审结日期】2020.08.28\n"
        "【案件字号】(2020)平10行终70号\n【文书类型】判决书\n【本院观点】根据《中华人民共和国行政诉讼法》第四十九条规定。\n"
    )
    assert everything(text)["doc_type"]["value"] == "court_judgment"


def test_a_label_copied_from_a_traditional_page_compares_with_what_was_read() -> None:
    assert canonical_text("伊寧縣水利局") == canonical_text("伊宁县水利局")
    assert canonical_text("江海國土(執(zhí)法)") == canonical_text("江海国土(执法)")


def test_a_headline_that_kept_only_the_serial_still_titles_the_page() -> None:
    text = (
        "52号行政处罚决定书\n\n发布时间: 2024-11-14 08:47 信息来源:平川县城市管理和综合执法局\n\n当事人:舒某某\n\n"
        "你于2024年5月实施修建房屋的行为,本机关于2024年9月23日立案调查。\n2024年10月28日,本局依法向你送达了"
        "《行政处罚事先告知书》(平城罚先告字〔2024〕第67号),告知你拟作出行政处罚决定的事实、理由、依据及内容,"
        "并告知你依法享有陈述、申辩的权利。\n"
    )
    found = everything(text)
    assert found["doc_type"]["value"] == "penalty_decision"
    assert found["title"]["value"] == "行政处罚决定书"


def test_two_people_a_site_masked_alike_in_one_list_are_twoparty_keys() -> None:
    text = (
        "王**、王**与平川县城市管理行政执法局城市行政处罚一审行政判决书\n\n审理经过\n\n"
        "原告王**、王**不服被告平川县城市管理行政执法局限期拆除违法建设决定一案,于2015年1月14日向本院提起行政诉讼。\n"
    )
    names = [(p["role"], p["name"]) for p in everything(text)["parties"]]
    assert names.count(("plaintiff", "王**")) == 2


def test_one_line_copies_glue_no_words_onto_the_signer_or_the_addressee() -> None:
    court = (
        "中华人民共和国山东省平川市人民法院行 政 裁 定 书(2021)鲁1681行审18号申请执行人平川市自然资源和规划局,"
        "住所地平川市鹤伴二路599号。被申请执行人平川县江泉工贸有限公司,住所地平川市长山镇。"
    )
    assert everything(court)["issuer"]["value"] == "山东省平川市人民法院"
    supreme = "中华人民共和国最高人民法院行 政 裁 定 书(2019)最高法行申3347号再审申请人张某,男。"
    assert everything(supreme)["issuer"]["value"] == "中华人民共和国最高人民法院"
    notice = (
        "催告书你单位应于收到本公告之日起十日内自行拆除硬底化部分。由此产生的费用由你单位承担。"
        "特此公告平川市人民政府东区街道办事处2021年9月9日"
    )
    assert everything(notice)["issuer"]["value"] == "平川市人民政府东区街道办事处"
    site = (
        "平川市人民政府平川市自然资源局行政处罚决定书(文市自然资决字〔2023〕第11号)信息来源:市自然资源局 "
        "    发布日期:2023年08月23日     点击:[字体: ]平川某公司:我局于2023年7月6日对你公司涉嫌非法占地一案立案调查。"
        "经查,你公司于2015年5月至2023年8月期间,未经有权机关依法批准,在平川村非法占用5957.31平方米土地建设厂房的行为,"
        "违反了《中华人民共和国土地管理法》第四十四条第一款的规定,违法事实成立。"
    )
    found = everything(site)
    assert found["issuer"]["value"] == "平川市自然资源局"
    assert party_keys(found) == {("party", "平川某公司")}


def test_a_re_sectioned_copy_flattened_to_one_line_keeps_its_headline_record_and_sides_apart() -> None:
    text = (
        "裁判文书详情马**与平川市金岭镇人民政府拆迁行政强制二审行政裁定书2015.12.03平川市中级人民法院"
        "(2015)平行终字第33-2号审理经过上诉人马**因诉平川市金岭镇人民政府拆迁行政强制一案,不服平川市临江区人民法院"
        "(2014)临行初字第59号行政裁定,向本院提起上诉。本院受理后,依法组成合议庭,公开开庭审理了本案。"
        "一审法院查明原审法院认定,马**在原审中诉称:其系金岭镇批甲村村民,以养殖肉鸭为生。本院认为上诉人的起诉"
        "超过法定期限,原审裁定驳回起诉并无不当。"
    )
    found = everything(text)
    assert party_keys(found) == {("plaintiff", "马**"), ("defendant", "平川市金岭镇人民政府")}
    assert found["issuer"]["value"] == "平川市中级人民法院"
    assert found["issue_date"]["value"] == "2015-12-03"
