"""The shape of the facts a template needs about a party (specs.py holds the values)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from models.vocab import PartyKind


@dataclass(frozen=True)
class PartyFact:
    """A party as printed: its name, the identity details after it, and the agent lines under it.

    `extra` lines (法定代表人, 委托代理人, 负责人) name people who are not parties.  A full
    birth date is written where `details` says {born}; it is a date of role `other`.
    """

    name: str
    kind: PartyKind
    details: str
    extra: tuple[str, ...] = ()
    born: date | None = None


def person(name: str, details: str, *extra: str, born: date | None = None) -> PartyFact:
    return PartyFact(name, PartyKind.PERSON, details, extra, born)


def org(name: str, details: str, *extra: str) -> PartyFact:
    return PartyFact(name, PartyKind.ORGANIZATION, details, extra)
