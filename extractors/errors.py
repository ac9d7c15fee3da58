"""Errors a user sees when a file cannot be read: Chinese first, English after, naming the file."""

from __future__ import annotations

from pathlib import Path


class ReadError(Exception):
    """A file that cannot be read.  `code` is stable for programs; the message is for people."""

    def __init__(self, path: str | Path, code: str, zh: str, en: str) -> None:
        self.path = str(path)
        self.code = code
        self.zh = zh
        self.en = en
        super().__init__(self.message)

    @property
    def message(self) -> str:
        name = Path(self.path).name
        return f"无法读取文件 {name}：{self.zh}（{self.code}: cannot read {name}: {self.en}）"
