"""Hard .txt cases (issue 3): web copies and retyped texts of sample documents, damaged the way real ones are.

Each case starts from a sample's clean text and its expected fields.  Damage
that leaves the facts readable (spacing, punctuation, traditional characters,
metadata around the text) keeps the expected fields of the clean text, in the
clean simplified form; truncation drops every fact that is no longer printed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from generator.builder import SampleDoc, expected_fields
from generator.render_text import INDENT, plain_text
from generator.sample_edits import Case, clean, names_by_role, replace_once

SIMPLIFIED = "号执裁书决处罚国土资源区县乡镇说请发当们条证据属实与为义务关机后应于内"
TRADITIONAL = "號執裁書決處罰國土資源區縣鄉鎮說請發當們條證據屬實與為義務關機後應於內"
_ARABIC_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def one_line(doc: SampleDoc) -> Case:
    """The whole document on one line, as some judgment sites print it."""
    text, fields = clean(doc)
    return "".join(line.strip() for line in text.splitlines()) + "\n", fields


def site_metadata(doc: SampleDoc) -> Case:
    """A government-site page: metadata dates belong to the page, not to the document."""
    text, fields = clean(doc)
    head = (
        "首页 > 信息公开 > 法定主动公开内容 > 行政执法信息\n"
        "索引号：11410184MB1X000000/2020-00457\n"
        f"发布机构：{fields['issuer']['value']}\n"
        "发布日期：2020-06-03\n"
        "成文日期：2020-05-26\n"
        "主题分类：行政处罚    体裁分类：决定\n"
        f"标题：{fields['title']['value']}\n\n"
    )
    foot = "\n更新时间：2020-06-03 10:21:07    浏览次数：128\n【打印本页】【关闭窗口】\n"
    return head + text + foot, fields


def spaced_title(doc: SampleDoc) -> Case:
    """Title printed twice: once as the page headline, once letter-spaced in the body."""
    text, fields = clean(doc)
    title = fields["title"]["value"]
    spaced = " ".join(title)
    body = text.replace(f"\n{title}\n", f"\n{spaced}\n", 1)
    return f"{fields['issuer']['value']}{title}\n\n{body}", fields


def traditional(doc: SampleDoc) -> Case:
    text, fields = clean(doc)
    return text.translate(str.maketrans(SIMPLIFIED, TRADITIONAL)), fields


def web_debris(doc: SampleDoc) -> Case:
    """Indents become &nbsp; runs, sentence ends double, an &amp; in the source line."""
    text, fields = clean(doc)
    text = text.replace(INDENT, "&nbsp;&nbsp;&nbsp;&nbsp;")
    text = re.sub(r"。\n", "。。\n", text)
    text = text.replace("：\n", "：：\n")
    head = "来源：新郑市人民检察院&amp;新郑市普法网&nbsp;&nbsp;作者：第二检察部\n"
    return head + text, fields


def stray_spaces(doc: SampleDoc) -> Case:
    """Spaces inside dates and numbers, as OCR'd-then-retyped texts have them."""
    text, fields = clean(doc)
    text = _ARABIC_DATE.sub(lambda m: f"{m[1]}年{m[2]}月 {m[3]} 日", text)
    text = re.sub(r"第(\d+)号", r"第 \1号", text)
    return text, fields


def truncated(doc: SampleDoc, cut_at: str) -> Case:
    """The copy stops before the paragraph starting with `cut_at`: no outcome, no signature."""
    text = plain_text(doc)
    cut = text.index(INDENT + cut_at)
    text = text[:cut] + INDENT + "……\n"
    return text, expected_fields(doc.records, text)


def broken_dates(doc: SampleDoc) -> Case:
    """Typed dates with a dropped or swapped character; each stays unambiguous."""
    text, fields = clean(doc)
    text = text.replace("于2019年4月10日依法送达", "于2019月4月10日依法送达", 1)
    text = text.replace("我局于2019年4月8日对你", "我局于2019年4月8对你", 1)
    assert "2019月4月10日" in text and "2019年4月8对你" in text
    return text, fields


def resectioned(doc: SampleDoc) -> Case:
    """A judgment-site copy: case number and 裁判日期 fields, body re-cut under headings."""
    text, fields = clean(doc)
    lines = text.splitlines()
    number = fields["doc_number"]["value"]
    out: list[str] = []
    for line in lines:
        body = line.strip()
        if body == number:
            out += [
                f"案号：{number}",
                f"裁判日期：{fields['issue_date']['value']}",
                "发布日期：2024-01-15",
                "当事人信息",
            ]
            continue
        if body.startswith("申请执行人") and "向本院申请" in body:
            out.append("审理经过")
        elif body.startswith("本院认为"):
            out.append("本院认为")
        elif body.startswith("一、准予"):
            out.append("裁判结果")
        elif body.startswith("审判长"):
            out.append("审判人员")
        out.append(line)
    return "\n".join(out) + "\n", fields


def pinyin(doc: SampleDoc) -> Case:
    text, fields = clean(doc)
    text = text.replace("涉嫌滥用职权", "涉嫌滥(làn)用职(zhí)权", 1)
    return text, fields


def full_width(doc: SampleDoc) -> Case:
    text, fields = clean(doc)
    return text.translate(str.maketrans("0123456789()", "０１２３４５６７８９（）")), fields


def addressee(doc: SampleDoc) -> Case:
    """A decision to a person that names them only in the addressee line and then says 你."""
    text, fields = clean(doc)
    party = fields["parties"][0]["name"]
    line = next(ln for ln in text.splitlines() if ln.startswith(f"当事人：{party}"))
    text = replace_once(text, line, f"{party}：")
    text = text.replace("当事人", "你")
    fields = expected_fields(doc.records, text)
    fields["recipient"] = {"value": party}
    return text, fields


def month_only_dates(doc: SampleDoc) -> Case:
    """Violation dates known only to the month, in Arabic and Chinese numerals; the full dates stay."""
    text = plain_text(doc)
    text = replace_once(text, "2015年5月12日，我局执法人员", "2015年5月，我局执法人员")
    text = replace_once(text, "当事人未经依法批准", "当事人自二〇一四年十二月起未经依法批准")
    return text, expected_fields(doc.records, text)


def glossed_names(doc: SampleDoc) -> Case:
    """Letter-spaced labels, a label run into the name, and a Latin transcription after a name."""
    text, fields = clean(doc)
    text = replace_once(text, "申请执行人：安吉县", "申请执行人安吉县")
    text = replace_once(text, "被执行人：李××，", "被 执 行 人：李××（Li XX），")
    return text, fields


def case_headline(doc: SampleDoc) -> Case:
    """A judgment-site page on one line: the case name as headline, page counters, a letter-spaced title."""
    text, fields = clean(doc)
    title = fields["title"]["value"]
    applicant, respondent = (p["name"] for p in fields["parties"][:2])
    body = " ".join(line.strip() for line in text.splitlines() if line.strip())
    body = replace_once(body, f" {title} ", f" {' '.join(title)} ")
    head = f"{applicant}与{respondent}非诉执行审查{title} 发布日期：2023-01-05 浏览：56次 "
    return head + body + "\n", fields


def cited_rules(doc: SampleDoc) -> Case:
    """Numbers of rules of general application and of third parties' evidence (not references),
    next to case documents cited with a hyphenated serial and a bare 编号 (references)."""
    text, fields = clean(doc)
    anchor = "上述事实有现场勘测笔录"
    text = replace_once(
        text,
        anchor,
        "我局曾于2019年作出户国土资罚字〔2019〕第7-2号处罚决定，编号2019—31号立案审批表载明的案情与本案相同。"
        "非法占用土地的价值经《价格认定结论书》（户价认〔2015〕16号）认定。" + anchor,
    )
    text = replace_once(
        text,
        "的规定，经我局案件审理委员会集体讨论",
        "的规定，参照《陕西省自然资源行政处罚裁量基准》（陕自然资规〔2019〕2号）"
        "和法释〔2011〕9号《最高人民法院关于审理非诉执行案件的若干规定》，经我局案件审理委员会集体讨论",
    )
    fields["references"] = [*fields["references"], {"doc_number": "户国土资罚字〔2019〕第7-2号"}]
    fields["references"].append({"doc_number": "2019—31号"})
    return text, fields


def case_table(doc: SampleDoc) -> Case:
    """A judgment-database page: case number and dates, a table of label lines, then 全文 on one line."""
    text, fields = clean(doc)
    names = names_by_role(fields)
    number, court = fields["doc_number"]["value"], fields["issuer"]["value"]
    head = (
        f"{number}\n裁判日期: {fields['issue_date']['value']}\n公开日期: 2021-06-30\n案件名称\n"
        f"{names['applicant']}与{names['respondent']}非诉执行审查裁定书\n法院\n{court}\n所属地区\n鄂州市\n"
        f"案件类型\n行政案件\n审理程序\n非诉执行审查\n当事人\n{names['applicant']},{names['respondent']}\n"
        "案由\n法律依据\n《中华人民共和国行政强制法》:第五十七条全文\n"
    )
    body = "".join(line.strip() for line in text.splitlines())
    return head + body + "\n", fields


def ragged_wrap(doc: SampleDoc) -> Case:
    """A one-line copy laid out in lines of uneven width that break inside labels and numbers."""
    text, fields = clean(doc)
    body = "".join(line.strip() for line in text.splitlines())
    cuts = [body.index("申请执行人") + 3, body.index("被申请执行人") + 4, body.index("〔2020〕") + 4]
    lines, start = [], 0
    for cut in sorted(cuts):
        lines.append(body[start:cut])
        start = cut
    lines.append(body[start:])
    return "\n".join(lines) + "\n", fields


def name_headline(doc: SampleDoc) -> Case:
    """A page headline "NAME行政处罚决定书", then issuer, spaced title and number on one line."""
    text, fields = clean(doc)
    party, issuer = fields["parties"][0]["name"], fields["issuer"]["value"]
    title, number = fields["title"]["value"], fields["doc_number"]["value"]
    text = replace_once(text, f"{issuer}\n{title}\n{number}\n", f"{issuer} {' '.join(title)} {number}\n")
    return f"{party}{title} | ||||\n| ||||\n" + text, fields


def pipe_table(doc: SampleDoc) -> Case:
    """A site table with "|" cells carries the title, number and publisher; the copy starts at the party."""
    text, fields = clean(doc)
    issuer, title, number = fields["issuer"]["value"], fields["title"]["value"], fields["doc_number"]["value"]
    body = replace_once(text, f"{issuer}\n{title}\n{number}\n", "")
    summary = "".join(body.splitlines()[:2])[:120]
    head = (
        f"索引号 | 11410184MB1X000000/202006-00031 | 组配分类 | 行政处罚结果 |\n"
        f"发布机构 | {issuer} | 发文日期 | 2020-06-03 16:20 |\n"
        f"信息名称 | {title}({number}) | 内容概述 | {summary} |\n"
    )
    return head + body, fields


def evidence_list(doc: SampleDoc) -> Case:
    """The party only in the addressee line; 被处罚人 recurs as a noun in the list of evidence."""
    text, fields = clean(doc)
    party = fields["parties"][0]["name"]
    line = next(ln for ln in text.splitlines() if ln.startswith(f"当事人：{party}"))
    text = replace_once(text, line + "\n", f"{party}：\n")
    for label in ("法定代表人：周某某，该公司执行董事。\n", "委托代理人：张某某，该公司员工。\n"):
        text = replace_once(text, label, "")
    text = replace_once(
        text,
        "上述事实有现场勘测笔录、询问笔录、土地利用现状图、现场照片等证据为证。",
        "本案证据如下：\n1.被处罚人的营业执照复印件一份，用以证明其主体资格；\n"
        "2.被处罚人询问笔录2份，用以证明其占地建设的经过。被处罚人占地现场照片4张。",
    )
    fields = expected_fields(doc.records, text)
    fields["recipient"] = {"value": party}
    return text, fields


def untitled_demand(doc: SampleDoc) -> Case:
    """A demand notice copied without its title and number; it recounts an application to the court."""
    text = plain_text(doc)
    issuer, number_line = text.splitlines()[0], text.splitlines()[2]
    text = replace_once(text, f"{issuer}\n{text.splitlines()[1]}\n{number_line}\n", "")
    text = replace_once(
        text, "并于2019年4月10日依法送达。", "并于2019年4月10日依法送达。我局已就没收事项依法申请强制执行。"
    )
    return text, {**expected_fields(doc.records, text), "doc_type": {"value": str(doc.doc_type)}}


def untitled_referral(doc: SampleDoc) -> Case:
    """A referral to the police copied from the addressee line on: no title, no number."""
    text = plain_text(doc)
    lines = text.splitlines()
    text = "\n".join(lines[3:]) + "\n"
    return text, {**expected_fields(doc.records, text), "doc_type": {"value": str(doc.doc_type)}}


def headline_parties(doc: SampleDoc) -> Case:
    """A re-sectioned ruling page without its header and party block: the case-name headline names both
    sides, the respondent masked more than in the text."""
    text, fields = clean(doc)
    names = names_by_role(fields)
    lines = text.splitlines()
    first_fact = next(i for i, ln in enumerate(lines) if ln.startswith(INDENT))
    body = "\n\n".join(ln.strip() for ln in lines[first_fact:] if ln.strip() and not ln.startswith(INDENT * 4))
    masked = names["applicant"][:2] + "**" + names["applicant"][-2:]
    head = f"裁判文书详情\n\n{masked}与{names['respondent']}非诉执行审查裁定书\n\n审理经过\n\n"
    tail = f"\n\n裁判日期\n\n{doc_signature_date(text)}\n\n相关文章\n"
    text = head + body + tail
    fields = {**expected_fields(doc.records, text), "doc_type": {"value": str(doc.doc_type)}}
    fields["parties"] = [
        {"role": "applicant", "name": names["applicant"], "kind": "organization"},
        {"role": "respondent", "name": names["respondent"], "kind": "person"},
    ]
    return text, fields


def doc_signature_date(text: str) -> str:
    return next(
        ln.strip() for ln in reversed(text.splitlines()) if re.fullmatch(r"\s*[〇○零一二三四五六七八九十]+年.+日", ln)
    )


def tail_fragment(doc: SampleDoc) -> Case:
    """Only the end of a decision survives, on one line: sentences open with 当事人, then the signature."""
    text = plain_text(doc)
    start = text.index(INDENT + "当事人应当自收到本决定书")
    text = " ".join(line.strip() for line in text[start:].splitlines() if line.strip()) + " |\n"
    return text, {**expected_fields(doc.records, text), "doc_type": {"value": str(doc.doc_type)}}


def lost_day(doc: SampleDoc) -> Case:
    """The signature date retyped in Arabic digits with its 日 lost at the line end, as OCR leaves it."""
    text, fields = clean(doc)
    issued = fields["issue_date"]["value"]
    year, month, day = (int(part) for part in issued.split("-"))
    written = doc_signature_date(text)
    text = replace_once(text, written, f"{year}年{month}月{day}")
    fields = expected_fields(doc.records, text)
    fields["issue_date"] = {"value": issued}
    fields["dates"] = [*fields.get("dates", []), {"value": issued, "role": "issued"}]
    return text, fields


def spaced_court(doc: SampleDoc) -> Case:
    """The court's name letter-spaced across the header line, as some retyped rulings print it."""
    text, fields = clean(doc)
    issuer = fields["issuer"]["value"]
    return replace_once(text, f"{issuer}\n", " ".join(issuer) + "\n"), fields


def bracket_word_number(doc: SampleDoc) -> Case:
    """An own number whose prefix carries a bracketed word (…[处罚决定]〔2015〕…号) and a party
    labelled 被处罚行为人, as some county bureaus print them."""
    text, fields = clean(doc)
    number = fields["doc_number"]["value"]
    year = re.search(r"[〔(（\[](?:19|20)\d\d", number)
    assert year is not None, number
    marked = number[: year.start()] + "[处罚决定]" + number[year.start() :]
    party = fields["parties"][0]["name"]
    text = replace_once(text, f"{number}\n", f"{marked}\n")
    text = replace_once(text, f"当事人：{party}", f"被处罚行为人：{party}")
    fields = expected_fields(doc.records, text)
    fields["doc_number"] = {"value": marked}
    return text, fields


_CASES: list[tuple[str, str, Callable[[SampleDoc], Case]]] = [
    ("hard_oneline", "court_ruling_02", one_line),
    ("hard_site_metadata", "penalty_decision_02", site_metadata),
    ("hard_spaced_title", "court_ruling_03", spaced_title),
    ("hard_traditional", "court_ruling_01", traditional),
    ("hard_web_debris", "procuratorial_suggestion_01", web_debris),
    ("hard_stray_spaces", "enforcement_application_01", stray_spaces),
    ("hard_truncated", "court_ruling_04", lambda doc: truncated(doc, "本院认为")),
    ("hard_broken_dates", "demand_notice_02", broken_dates),
    ("hard_resectioned", "court_ruling_05", resectioned),
    ("hard_pinyin", "clue_referral_02", pinyin),
    ("hard_full_width", "criminal_referral_02", full_width),
    ("hard_addressee", "penalty_decision_03", addressee),
    ("hard_month_dates", "penalty_decision_01", month_only_dates),
    ("hard_glossed_names", "court_ruling_03", glossed_names),
    ("hard_case_headline", "court_ruling_03", case_headline),
    ("hard_cited_rules", "penalty_decision_01", cited_rules),
    ("hard_case_table", "court_ruling_02", case_table),
    ("hard_ragged_wrap", "court_ruling_02", ragged_wrap),
    ("hard_name_headline", "penalty_decision_03", name_headline),
    ("hard_pipe_table", "penalty_decision_02", pipe_table),
    ("hard_evidence_list", "penalty_decision_01", evidence_list),
    ("hard_untitled_demand", "demand_notice_02", untitled_demand),
    ("hard_untitled_referral", "criminal_referral_01", untitled_referral),
    ("hard_headline_parties", "court_ruling_03", headline_parties),
    ("hard_tail_fragment", "penalty_decision_03", tail_fragment),
    ("hard_lost_day", "penalty_decision_01", lost_day),
    ("hard_spaced_court", "court_ruling_01", spaced_court),
    ("hard_bracket_word_number", "penalty_decision_01", bracket_word_number),
]


def hard_cases(docs: dict[str, SampleDoc]) -> dict[str, Case]:
    """Every hard case: this file's web-copy damage plus the per-field sets written beside it."""
    # Imported here: the per-field modules reuse this module's character tables.
    from generator import (
        hard_cases_batch5_parties,
        hard_cases_batch5_type,
        hard_cases_batch6_parties,
        hard_cases_batch6_type,
        hard_cases_batch12,
        hard_cases_batch13,
        hard_cases_batch14,
        hard_cases_batch15,
        hard_cases_dates_numbers,
        hard_cases_judgments,
        hard_cases_ocr_leftovers,
        hard_cases_parties,
        hard_cases_reconsideration,
        hard_cases_references,
        hard_cases_repairs,
        hard_cases_type_issuer,
    )

    every = [
        *_CASES,
        *hard_cases_parties.CASES,
        *hard_cases_type_issuer.CASES,
        *hard_cases_dates_numbers.CASES,
        *hard_cases_judgments.CASES,
        *hard_cases_reconsideration.CASES,
        *hard_cases_references.CASES,
        *hard_cases_batch5_type.CASES,
        *hard_cases_ocr_leftovers.CASES,
        *hard_cases_repairs.CASES,
        *hard_cases_batch5_parties.CASES,
        *hard_cases_batch6_type.CASES,
        *hard_cases_batch6_parties.CASES,
        *hard_cases_batch12.CASES,
        *hard_cases_batch13.CASES,
        *hard_cases_batch14.CASES,
        *hard_cases_batch15.CASES,
    ]
    return {f"{prefix}_{source}": make(docs[source]) for prefix, source, make in every}
