"""The branch's use of ``exchange.package.verify_package``: the same verification as
``polling-station verify``, with the roots trusted for the package's precinct, turned into what
the branch keeps (``PackageContents``)."""
from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Iterable

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from polling_station.domain.problems import Problem, error
from polling_station.exchange import package as packages
from polling_station.services.branch_packages import PackageContents

MESSAGES = {
    "branch.signer_untrusted": "{document} is signed by «{signer}», whose certificate does not lead to one this "
                               "branch trusts for precinct {precinct}.",
}


def verify(path: Path, sha256: str, roots: Iterable[bytes]) -> tuple[PackageContents | None, list[Problem]]:
    """The package's contents when it verified (else None, or the contents it claims), and the problems.

    The file is read once: what is verified is exactly the bytes whose SHA-256 the branch records."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, [error("branch.package_unreadable", file=path.name, reason=exc.strerror or type(exc).__name__)]
    if hashlib.sha256(data).hexdigest() != sha256:
        return None, [error("branch.package_changed", file=path.name)]
    verdict = packages.verify_package(data, list(roots))
    facts = verdict.facts
    contents = None
    if "protocol" in facts:
        head, finalized = _journal_links(data)
        contents = PackageContents(
            sha256=sha256, precinct=facts["precinct"], election=facts["election"], version=int(facts["version"]),
            reason=facts.get("reason") or "", protocol=facts["protocol"], protocol_bytes=facts["protocol_bytes"],
            checkins=tuple(facts.get("checkins", ())), signer=facts.get("signer") or "",
            signer_iin=facts.get("signer_iin"), signer_fingerprint=_signer_fingerprint(data),
            journal_head=head, journal_finalized=finalized, chair=_chair(facts["protocol"]))
    return contents, [_reworded(p, facts, path.name) for p in verdict.problems]


def _signer_fingerprint(data: bytes) -> str | None:
    """SHA-256 of chair.pem's certificate (DER): the verifier has checked it is the signer's."""
    try:
        pem = packages.read_package(data).get(packages.CHAIR_PEM)
        cert = x509.load_pem_x509_certificate(pem or b"")
    except (packages.PackageReadError, ValueError):
        return None
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


def _journal_links(data: bytes) -> tuple[tuple[int, str] | None, tuple[tuple[int, str], ...]]:
    """The journal's last entry and every ``protocol.finalized`` entry, as (seq, hash): what a newer
    version's journal must hold for it to continue this one."""
    try:
        rows, problems = packages.parse_journal_jsonl(packages.read_package(data).get(packages.JOURNAL) or b"")
    except packages.PackageReadError:
        return None, ()
    if problems or not rows:
        return None, ()
    finalized = tuple((seq, digest) for seq, _at, _officer, action, _payload, _prev, digest in rows
                      if action == "protocol.finalized")
    return (rows[-1][0], rows[-1][6]), finalized


def _chair(protocol) -> str | None:
    for member in protocol.get("commission") or ():
        if isinstance(member, dict) and member.get("role") == "chair" and isinstance(member.get("name"), str):
            return member["name"]
    return None


def _reworded(problem: Problem, facts, file: str) -> Problem:
    if problem.code == "package.unreadable":  # verified from its bytes: name the file
        return error("package.unreadable", file=file, reason=problem.params.get("reason"))
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
