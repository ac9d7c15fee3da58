"""Normalising real copies: pinyin debris, whole traditional texts, line breaks inside words and numbers."""

from extractors.normalise import GLOSS_BLANK, normalise, unwrap


def test_pinyin_after_a_character_is_blanked_to_its_length():
    text = "江海国土(執(zhí)法)決定字〔2018〕第15號"
    out = normalise(text)
    assert len(out) == len(text)
    assert out.replace(GLOSS_BLANK, "") == "江海国土(执法)决定字〔2018〕第15号"


def test_unwrap_drops_the_pinyin_blanks():
    joined, index = unwrap(normalise("江海區(qū)國(guó)土資源局"))
    assert joined == "江海区国土资源局"
    assert len(index) == len(joined)


def test_traditional_text_is_converted_whole_simplified_text_keeps_its_characters():
    traditional = "江門市江海區正順現代農業科技有限公司違反規劃,當事人應於收到本決定書之日起履行。"
    assert normalise(traditional) == "江门市江海区正顺现代农业科技有限公司违反规划,当事人应于收到本决定书之日起履行。"
    simplified = "沅江市草尾镇協力农村客运发展有限公司"  # one stray traditional character is kept as printed
    assert normalise(simplified) == simplified


def test_a_variant_form_outside_opencc_is_simplified_in_a_traditional_text():
    text = "陜西省洛南縣人民法院行政判決書(2020)陜1021行初24號"
    assert normalise(text) == "陕西省洛南县人民法院行政判决书(2020)陕1021行初24号"


def test_latin_brackets_that_are_not_pinyin_stay():
    assert normalise("恒达(HK)石材有限公司") == "恒达(HK)石材有限公司"


def test_ocr_capitalised_pinyin_is_blanked_too():
    assert normalise("本行政機(Ji)關").replace(GLOSS_BLANK, "") == "本行政机关"


def test_line_break_inside_a_label_or_a_number_is_a_wrap_whatever_the_widths():
    text = (
        "山西省平川县人民法院行政裁定书(2017)晋1182行审69号申请执\n行人平川县自然资源局。"
        + "法定代表人韩某。" * 12
        + "\n罚字〔201\n7〕第3号\n"
    )
    joined, _ = unwrap(text)
    assert "申请执行人平川县自然资源局" in joined
    assert "〔2017〕" in joined


def test_addressee_line_is_never_joined_to_the_line_above():
    text = (
        "宁波市某某局行政处罚决定书(甬某罚〔2023〕6号) 宁波某某置业有限公司非法占地案" * 2
    ) + "\n宁波某某置业有限公司:\n我局于2023年3月29日立案。\n"
    joined, _ = unwrap(text)
    assert "\n宁波某某置业有限公司:\n" in joined
