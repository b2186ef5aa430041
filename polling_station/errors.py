"""The two kinds of failure a person can meet (after qutebrowser's KnownError/BugError split).

``Refused`` carries typed problems the user caused or can fix (bad input, a rule, a wrong PIN,
a full USB stick): the UI shows them translated, the CLI prints them and exits 1. Anything else
that escapes is our bug.
"""
from __future__ import annotations

from polling_station.domain.problems import Problem, error


class Refused(Exception):
    def __init__(self, problems: Problem | list[Problem]):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        super().__init__(", ".join(p.code for p in self.problems))

    @classmethod
    def because(cls, code: str, **params) -> "Refused":
        return cls(error(code, **params))
