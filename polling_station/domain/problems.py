"""Typed problems: what a rule found wrong, as a value the UI and the CLI translate.

A problem is never an English sentence: it is a stable code and its parameters. The English
source text of each code lives beside the rule that raises it (a module-level ``MESSAGES`` dict);
``polling_station.messages`` gathers them and translates.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, Mapping

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)
    severity: Severity = "error"

    def __hash__(self) -> int:  # params is a dict: hash by its items
        return hash((self.code, tuple(sorted((k, repr(v)) for k, v in self.params.items())), self.severity))

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


def error(code: str, **params: Any) -> Problem:
    return Problem(code, params, "error")


def warning(code: str, **params: Any) -> Problem:
    return Problem(code, params, "warning")
