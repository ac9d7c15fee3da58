"""`xianjie extract` and `xianjie eval`: the extraction contract on the command line."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from xianjie.settings import Settings, get_settings

console = Console()


def read_limits(settings: Settings) -> dict[str, int]:
    """The reader's safety limits, taken from the one settings object."""
    return {
        "max_file_bytes": settings.max_file_bytes,
        "max_image_pixels": settings.max_image_pixels,
        "max_docx_uncompressed": settings.max_docx_uncompressed,
        "ocr_dpi": settings.ocr_dpi,
    }


def learned_model_dir(settings: Settings) -> Path:
    """Where `xianjie train` saves its model; extraction uses it once it exists."""
    return settings.model_dir or settings.home / "models" / "ner"


def extract_one(path: str) -> dict[str, Any]:
    from extractors.contract import extract_file

    settings = get_settings()
    return extract_file(path, model_dir=learned_model_dir(settings), **read_limits(settings))


def _summary(result: dict[str, Any]) -> None:
    if "error" in result:
        console.print(f"[red]✗ {result['file']}[/red]  {result['error']}")
        return
    fields = result["fields"]
    console.print(
        f"[bold]{result['file']}[/bold]  读取方式 {result['reader']} · {result['pages']} 页 · "
        f"{result['seconds']:.2f} 秒"
    )
    table = Table(show_header=True, header_style="bold")
    table.add_column("字段")
    table.add_column("值")
    table.add_column("置信度", justify="right")
    threshold = get_settings().review_threshold
    for name, value in fields.items():
        items = value if isinstance(value, list) else [value]
        for item in items:
            rest = {k: v for k, v in item.items() if k not in ("value", "confidence", "span", "source")}
            shown = item.get("value", rest)
            if "value" in item and rest:
                shown = f"{item['value']}  {rest}"
            conf = float(item.get("confidence", 0))
            mark = "" if conf >= threshold else " [yellow]待复核[/yellow]"
            table.add_row(name, str(shown), f"{conf:.2f}{mark}")
    console.print(table)


def extract_command(
    files: Annotated[list[Path], typer.Argument(help="要识别的文件（DOCX、PDF、图片或文本）")],
    as_json: Annotated[bool, typer.Option("--json", help="每个文件输出一行 JSON（见 contract.md）")] = False,
) -> None:
    """识别文件并输出字段（不写入台账）。"""
    failed = False
    for path in files:
        result = extract_one(str(path))
        failed |= "error" in result
        if as_json:
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
            sys.stdout.flush()
        else:
            _summary(result)
    raise typer.Exit(1 if failed else 0)


def _print_report(title: str, report: Any, show_mismatches: bool) -> None:
    table = Table(title=title, header_style="bold")
    for col in ("字段 field", "P", "R", "F1", "样本数 support"):
        table.add_column(col, justify="left" if col.startswith("字段") else "right")
    for name in sorted(report.scores):
        s = report.scores[name]
        table.add_row(name, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.support))
    console.print(table)
    cal = report.calibration
    below, above = cal.below, cal.above
    console.print(
        f"置信度校准 (阈值 {cal.threshold:.2f}): 低于阈值 {sum(below.values())} 个值，错误率 "
        f"{cal.wrong_rate(below):.1%}；高于阈值 {sum(above.values())} 个值，错误率 {cal.wrong_rate(above):.1%}"
    )
    for err in report.errors:
        console.print(f"[red]读取失败 {err}[/red]")
    if show_mismatches:
        for line in report.mismatches:
            console.print(f"  [dim]{line}[/dim]", highlight=False)
    m = report.micro
    worst = min(report.scores.items(), key=lambda kv: kv[1].f1, default=("-", m))
    print(
        f"summary: {report.files} files, micro P={m.precision:.3f} R={m.recall:.3f} F1={m.f1:.3f}, "
        f"lowest field {worst[0]} F1={worst[1].f1:.3f}, {len(report.errors)} unreadable"
    )


class PairedExtractor:
    """Reads each file once and extracts it with the rules alone and with the trained model,
    so `eval` can show before/after without paying OCR twice."""

    def __init__(self, model_dir: Path | None) -> None:
        self.model_dir = model_dir
        self._after: dict[str, dict[str, Any]] = {}

    def before(self, path: str) -> dict[str, Any]:
        from extractors.contract import contract_line, error_line
        from extractors.errors import ReadError
        from extractors.pipeline import extract
        from extractors.read import read

        try:
            result = read(path, **read_limits(get_settings()))
        except ReadError as error:
            self._after[path] = error_line(path, error)
            return self._after[path]
        line = contract_line(result, extract(result)) | {"file": path}
        if self.model_dir is not None:
            self._after[path] = contract_line(result, extract(result, model_dir=self.model_dir)) | {"file": path}
        return line

    def after(self, path: str) -> dict[str, Any]:
        return self._after.pop(path)


def _folders(directory: Path, by_format: bool) -> list[Path]:
    subs = [sub for sub in sorted(directory.iterdir()) if sub.is_dir()] if by_format else []
    return subs or [directory]


def _report_json(report: Any) -> dict[str, Any]:
    return {n: {"p": s.precision, "r": s.recall, "f1": s.f1, "support": s.support} for n, s in report.scores.items()}


def _print_before_after(before: Any, after: Any) -> None:
    table = Table(title="学习更正前后对比（F1）", header_style="bold")
    for col in ("字段 field", "仅规则 before", "规则+模型 after"):
        table.add_column(col)
    for name in sorted(set(before.scores) | set(after.scores)):
        table.add_row(name, f"{before.score(name).f1:.3f}", f"{after.score(name).f1:.3f}")
    console.print(table)
    print(f"before/after: micro F1 {before.micro.f1:.3f} → {after.micro.f1:.3f}")


def eval_command(
    directory: Annotated[Path, typer.Argument(help="含 NAME.expected.json 的样本目录")],
    by_format: Annotated[bool, typer.Option("--by-format", help="按子目录（格式）分别统计")] = False,
    mismatches: Annotated[bool, typer.Option("--mismatches", help="列出每个不一致的字段")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="以 JSON 输出各字段 P/R/F1")] = False,
    fields: Annotated[
        str | None, typer.Option("--fields", help="只评这些字段（逗号分隔），用于只标注了核心字段的语料")
    ] = None,
    model: Annotated[
        Path | None, typer.Option("--model", help="训练所得模型目录（默认 $XIANJIE_HOME/models/ner，存在时对比前后）")
    ] = None,
) -> None:
    """对照样本的期望结果，按字段计算精确率、召回率和 F1；有训练模型时显示学习前后对比。"""
    from extractors.evaluation import Report, evaluate

    if not directory.is_dir():
        console.print(f"[red]目录不存在：{directory}[/red]")
        raise typer.Exit(2)
    settings = get_settings()
    model_dir = model or learned_model_dir(settings)
    paired = PairedExtractor(model_dir if (model_dir / "config.cfg").exists() else None)
    only_fields = _field_names(fields)
    total, total_after = Report(), Report()
    total.calibration.threshold = total_after.calibration.threshold = settings.review_threshold
    per_folder: dict[str, Any] = {}
    options: dict[str, Any] = {"threshold": settings.review_threshold, "fields": only_fields, "label_root": directory}
    for folder in _folders(directory, by_format):
        report = evaluate(folder, paired.before, **options)
        if paired.model_dir is not None:
            total_after.merge(evaluate(folder, paired.after, **options))
        per_folder[folder.name] = report
        total.merge(report)
        if by_format and not as_json:
            _print_report(f"{folder.name} ({folder})", report, False)
    if as_json:
        out = {"全部": _report_json(total)} | {name: _report_json(r) for name, r in per_folder.items()}
        if paired.model_dir is not None:
            out["after_model"] = _report_json(total_after)
        print(json.dumps(out, ensure_ascii=False))
        return
    _print_report(f"全部 ({directory})", total, mismatches)
    if paired.model_dir is not None:
        _print_before_after(total, total_after)


def _field_names(option: str | None) -> frozenset[str] | None:
    """The --fields list, checked against the contract so a typo is an error, not an empty score."""
    if not option:
        return None
    from models.vocab import LIST_FIELDS, SCALAR_FIELDS

    names = frozenset(n.strip() for n in option.split(",") if n.strip())
    unknown = sorted(names - set(SCALAR_FIELDS) - set(LIST_FIELDS))
    if unknown:
        console.print(f"[red]未知字段：{'、'.join(unknown)}（字段名见 contract.md）[/red]")
        raise typer.Exit(2)
    return names


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_command)
    app.command("eval")(eval_command)
