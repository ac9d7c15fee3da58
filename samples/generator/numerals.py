"""Chinese renderings of dates, counts and money, as clerks type them in real documents."""

from __future__ import annotations

from datetime import date

_DIGITS = "〇一二三四五六七八九"
_CAPITAL = "零壹贰叁肆伍陆柒捌玖"
_CAPITAL_UNITS = ("", "拾", "佰", "仟")


def small_number(n: int) -> str:
    """1..99 in ordinary numerals (十一, 二十, 三十一), the form used for months, days and articles."""
    if n < 10:
        return _DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "十" if tens == 1 else _DIGITS[tens] + "十"
    return head + (_DIGITS[ones] if ones else "")


def article_number(n: int) -> str:
    """Article numbers up to 999 (第一百六十条): the hundreds keep their 零 like legal texts do."""
    if n < 100:
        return small_number(n)
    hundreds, rest = divmod(n, 100)
    head = _DIGITS[hundreds] + "百"
    if rest == 0:
        return head
    if rest < 10:
        return head + "零" + _DIGITS[rest]
    tens, ones = divmod(rest, 10)
    return head + _DIGITS[tens] + "十" + (_DIGITS[ones] if ones else "")


def chinese_date(day: date, zero: str = "〇") -> str:
    """Signature-block date; `zero` is the glyph the typist used (〇 ○ O 0)."""
    year = "".join(_DIGITS[int(c)] for c in str(day.year)).replace("〇", zero)
    return f"{year}年{small_number(day.month)}月{small_number(day.day)}日"


def arabic_date(day: date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def _capital_group(n: int) -> str:
    """0 < n < 10000 in capital numerals, with 零 for inner gaps."""
    out = ""
    gap = False
    for power in (3, 2, 1, 0):
        digit = (n // 10**power) % 10
        if digit == 0:
            gap = bool(out)
            continue
        if gap:
            out += "零"
            gap = False
        out += _CAPITAL[digit] + _CAPITAL_UNITS[power]
    return out


def capital_yuan(amount: int) -> str:
    """Whole yuan in capital numerals (人民币叁万零伍佰元), up to 99,999,999."""
    wan, rest = divmod(amount, 10000)
    if wan == 0:
        return _capital_group(rest) + "元"
    text = _capital_group(wan) + "万"
    if rest:
        text += ("零" if rest < 1000 else "") + _capital_group(rest)
    return text + "元"
