"""The branch's use of ``exchange.package.verify_package``: the same verification as
``polling-station verify``, with the roots trusted for the package's precinct, turned into what
the branch keeps (``PackageContents``)."""
from __future__ import annotations

import logging
from pathlib import Path
from typing import Iterable

from polling_station.domain.problems import Problem, error
from polling_station.exchange import package as packages
from polling_station.services.branch_packages import PackageContents

MESSAGES = {
    "branch.signer_untrusted": "{document} is signed by «{signer}», whose certificate does not lead to one this "
                               "branch trusts for precinct {precinct}.",
}


def verify(path: Path, sha256: str, roots: Iterable[bytes]) -> tuple[PackageContents | None, list[Problem]]:
    """The package's contents when it verified (else None, or the contents it claims), and the problems."""
    verdict = packages.verify_package(path, list(roots))
    facts = verdict.facts
    contents = None
    if "protocol" in facts:
        contents = PackageContents(
            sha256=sha256, precinct=facts["precinct"], election=facts["election"], version=int(facts["version"]),
            reason=facts.get("reason") or "", protocol=facts["protocol"], protocol_bytes=facts["protocol_bytes"],
            checkins=tuple(facts.get("checkins", ())), signer=facts.get("signer") or "",
            signer_iin=facts.get("signer_iin"))
    return contents, [_reworded(p, facts) for p in verdict.problems]


def _reworded(problem: Problem, facts) -> Problem:
    # "not trusted" is the branch's everyday refusal: say by whom and for which precinct, in one sentence
    if problem.code == "package.signature" and problem.params.get("reason") == "signature.untrusted":
        return error("branch.signer_untrusted", document=problem.params.get("document"),
                     signer=facts.get("signer") or "?", precinct=facts.get("precinct") or "?")
    return problem


def quiet_verifier_logs() -> None:
    """pyHanko logs a traceback, with the signer's name and IIN, for every signature it cannot
    trust; the verdict already says why, and personal data never goes to a log. Called by the
    command line, the GUI's worker thread, and each verifying worker process (they log on their own)."""
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).addHandler(logging.NullHandler())
        logging.getLogger(name).propagate = False


def untrusted_only(problems: list[Problem]) -> bool:
    """Whether the package is sound and only its signer is not trusted (by these roots)."""
    return bool(problems) and all(p.code == "branch.signer_untrusted" for p in problems)
