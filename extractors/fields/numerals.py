"""Chinese and Arabic numerals, read one way for every field (amounts, areas, periods, dates).

Money uses the financial forms (壹贰叁), dates the OCR zero variants (〇○O0); one digit table
holds both, so a numeral means the same thing whichever field it is found in.
"""

from __future__ import annotations

import re

ZEROS = "〇○Oo0零"
CN_DIGIT: dict[str, int] = {
    **{z: 0 for z in ZEROS},
    "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "三": 3, "叁": 3, "四": 4,
    "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8, "九": 9, "玖": 9,
}  # fmt: skip
CN_UNIT = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_NUMERAL = "零〇○一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿"
ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d(?:\s?\d)*(?:\s?\.\s?\d+)?"


def chinese_integer(text: str) -> int | None:
    if text and all(ch in CN_DIGIT for ch in text) and len(text) > 1:
        return int("".join(str(CN_DIGIT[ch]) for ch in text))  # 二〇一七: read digit by digit
    result, section, digit = 0, 0, 0
    for ch in text:
        if ch in CN_DIGIT:
            digit = CN_DIGIT[ch]
        elif ch in CN_UNIT:
            section += (digit or 1) * CN_UNIT[ch]
            digit = 0
        elif ch == "万":
            result += (section + digit) * 10_000
            section = digit = 0
        elif ch == "亿":
            result = (result + section + digit) * 100_000_000
            section = digit = 0
        else:
            return None
    return result + section + digit


def parse_number(text: str) -> float | None:
    """Arabic (12,345.00 / 5.3万) or Chinese (壹万贰仟叁佰肆拾伍 / 十五 / 四点五) numerals to a number."""
    clean = re.sub(r"[\s,，]", "", text)
    arabic = re.fullmatch(r"(\d+(?:\.\d+)?)(万|亿)?", clean)
    if arabic:
        return float(arabic.group(1)) * {"万": 10_000, "亿": 100_000_000}.get(arabic.group(2) or "", 1)
    whole, _, fraction = clean.partition("点")
    integer = chinese_integer(whole) if whole else 0
    if integer is None or not all(ch in CN_DIGIT for ch in fraction):
        return None
    decimals = "".join(str(CN_DIGIT[ch]) for ch in fraction)
    return float(f"{integer}.{decimals}") if decimals else float(integer)


def cn_number(text: str) -> int | None:
    """A date part: 二〇一七 → 2017 (digit by digit), 十三 → 13, 二十 → 20; None when not one."""
    text = text.strip()
    tens, has_ten, units = text.partition("十")
    allowed = all(ch in CN_DIGIT for ch in tens + units)
    if not text or not allowed or (has_ten and (len(tens) > 1 or len(units) > 1)):
        return None
    value = chinese_integer(text)
    return None if value is None else int(value)
