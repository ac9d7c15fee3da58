"""Text clean-up keeps every offset; unwrapping undoes PDF line wraps and page footers."""

from extractors.normalise import normalise, original_range, unwrap


def test_normalise_is_length_preserving_and_unifies_variants():
    raw = "陝西省戶縣人民法院\u00a0行政裁定書（2016）陝0125行非執字第12號【2016】﹝2017﹞２０２１年"
    out = normalise(raw)
    assert len(out) == len(raw)
    assert out.startswith("陕西省户县人民法院 行政裁定书(2016)陕0125行非执字第12号")
    assert "〔2016〕〔2017〕2021年" in out


def test_unwrap_joins_wrapped_lines_and_skips_page_footers():
    text = (
        "我局于2019年6月20日作出的检察建议书，我局已于2019年6月2\n"
        "4日收悉。我局高度重视，立即召开专题会议研究部署整改工作。现将\n"
        "— 1 —\n"
        "整改落实情况回复如下：\n"
        "一、对大国土资监(旅)罚字2018第7号行政处罚决定已申请强制执行。\n"
        "特此回复。"
    )
    joined, index = unwrap(text)
    assert "2019年6月24日收悉" in joined and "现将整改落实情况" in joined and "— 1 —" not in joined
    assert "回复如下：\n一、" in joined  # a line ending a sentence keeps its break
    assert all(text[index[i]] == ch for i, ch in enumerate(joined))
    start = joined.index("2019年6月24日")
    a, b = original_range(index, start, start + len("2019年6月24日"))
    assert text[a:b] == "2019年6月2\n4日"


def test_short_documents_are_left_alone():
    joined, index = unwrap("行政裁定书\n准予执行")
    assert joined == "行政裁定书\n准予执行" and index == list(range(len(joined)))


def test_lower_case_name_mask_is_upper_cased_but_codes_and_urls_are_not():
    raw = "当事人：钱xx，身份证号：3301231975xxxxxxxx，网址 www.xx.gov.cn，孙x某"
    out = normalise(raw)
    assert len(out) == len(raw)
    assert "钱XX," in out and "孙X某" in out
    assert "1975xxxxxxxx" in out and "www.xx.gov.cn" in out


def test_mixed_case_name_mask_from_ocr_reads_as_upper_case():
    assert normalise("被告知人：赵Xx，女") == "被告知人:赵XX,女"
