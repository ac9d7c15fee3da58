"""Parties the outcome names in full where the facts only counted them ("李某等5人"), on invented texts."""

from __future__ import annotations

import pytest
from plain_text_extraction import everything

_WITHDRAWN = """平川市中级人民法院
行政裁定书
(2014)平中行终字第00123号
上诉人平川市国土资源和规划局因被上诉人李某等5人诉其土地行政行为一案，不服原审判决，向本院提起上诉。
本院认为，被上诉人自愿申请撤回起诉，符合法律规定。裁定如下：
{outcome}
准许上诉人平川市国土资源和规划局撤回上诉。
二〇一四年五月二十六日
"""


def _parties(text: str) -> set[tuple[str, str]]:
    return {(p["role"], p["name"]) for p in everything(text).get("parties", [])}


@pytest.mark.parametrize(
    "outcome",
    [
        "准许被上诉人即原审原告李某、周某、郑二、孙某某、钱*撤回起诉。",
        "准许原审原告李某、周某、郑二、孙某某、钱*等五人撤回起诉。",
    ],
)
def test_plaintiffs_the_outcome_lists_are_parties(outcome: str) -> None:
    found = _parties(_WITHDRAWN.format(outcome=outcome))
    assert {("plaintiff", n) for n in ("李某", "周某", "郑二", "孙某某", "钱*")} <= found
    assert ("defendant", "平川市国土资源和规划局") in found


def test_a_judgment_dismissing_the_claims_names_each_plaintiff_once() -> None:
    text = (
        "平川县人民法院\n行政判决书\n(2019)平0102行初45号\n原告王某某等3人诉被告平川县人民政府土地征收一案，"
        "本院依法审理。\n判决如下：\n驳回原告王某某、赵某、钱某某的诉讼请求。\n二〇一九年十月八日\n"
    )
    names = [p["name"] for p in everything(text)["parties"] if p["role"] == "plaintiff"]
    assert sorted(names) == sorted(["王某某", "赵某", "钱某某"])
