"""The protocol commands (DESIGN §4): finalize and export a station's protocol, correct it, trial
keys, and the independent verification of a package. Same services as the GUI; no Qt.

    polling-station station finalize DB --key K.p12 --out PKG [--reason T] [--trust CA.pem]
    polling-station station export DB --key K.p12 --out PKG [--version N]
    polling-station station correct DB --reason T
    polling-station station protocols DB [--json] [--pdf OUT.pdf [--version N]]
    polling-station keys ca --name N --out DIR
    polling-station keys new --ca CA.p12 --name N [--iin IIN] --out K.p12
    polling-station verify PKG [--trust CERT_OR_CA.pem]... [--json] [--scan-qr]

Passwords never appear on the command line: a key's from PS_KEY_PASSWORD, the issuing CA's from
PS_CA_PASSWORD (or a prompt in a terminal).
"""
from __future__ import annotations

import functools
import importlib
import logging
import sys
from pathlib import Path

import click

from polling_station import i18n
from polling_station.cli import _ctx, _login, _open_station, _print_json, _secret, acting, main, station
from polling_station.domain.problems import Problem
from polling_station.errors import Refused

_DB = click.Path(exists=True, dir_okay=False, path_type=Path)
_FILE = click.Path(dir_okay=False, path_type=Path)

# Modules whose codes these commands can meet; read directly until the lead lists them in i18n.
_MESSAGE_MODULES = ("polling_station.exchange.package", "polling_station.services.protocol",
                    "polling_station.reports.protocol_model", "polling_station.signing.keys",
                    "polling_station.signing.trust", "polling_station.signing.pades",
                    "polling_station.signing.manifest", "polling_station.services.counting",
                    "polling_station.storage.journal")


@functools.lru_cache(maxsize=None)
def _fallback_templates() -> dict[str, str]:
    out: dict[str, str] = {}
    for name in _MESSAGE_MODULES:
        out.update(getattr(importlib.import_module(name), "MESSAGES", {}))
    return out


def _render(problem: Problem) -> str:
    ctx = _ctx()
    params = dict(problem.params)
    reason = params.get("reason")
    if problem.code == "package.signature" and isinstance(reason, str):
        params["reason"] = _render(Problem(reason)).rstrip(".")
        problem = Problem(problem.code, params, problem.severity)
    if problem.code in i18n.templates():
        return ctx.render(problem)
    template = _fallback_templates().get(problem.code)
    if template is None:
        return ctx.render(problem)
    text = i18n.translate("messages", template, ctx.lang)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)


def _refusals(func):
    """Print a refusal's problems (translated where a translation exists) and exit 1."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        from polling_station.signing.keys import SigningError
        try:
            return func(*args, **kwargs)
        except Refused as exc:
            for problem in exc.problems:
                click.echo(_render(problem), err=True)
            sys.exit(1)
        except SigningError as exc:
            click.echo(_render(Problem(exc.code, dict(exc.params))), err=True)
            sys.exit(1)

    return wrapper


def _key_password() -> str:
    return _secret("PS_KEY_PASSWORD", _ctx().t("Password of the key file"))


# ----- station ---------------------------------------------------------------------------------

@station.command("finalize")
@click.argument("db", type=_DB)
@click.option("--key", "key_path", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The chair's signing key (.p12; password from PS_KEY_PASSWORD).")
@click.option("--out", "out_path", required=True, type=_FILE, help="Where to write the export package (.zip).")
@click.option("--reason", default="", help="Why a new version is made (required for a correction).")
@click.option("--signer-change-reason", default="",
              help="Another person signs than the previous version's signer: the chair's reason, printed in the protocol.")
@click.option("--trust", "trust", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Refuse a key not issued by this CA (PEM or DER); may be repeated.")
@click.option("--json", "as_json", is_flag=True)
@acting
@_refusals
def station_finalize(db, key_path, out_path, reason, signer_change_reason, trust, as_json, officer, desk):
    """Render, sign and store the protocol, make the station read-only, write the package (chair)."""
    ctx = _ctx()
    st = _open_station(db)
    session = _login(st, officer, desk)
    result = st.finalize(session, key_path, _key_password(), out_path, reason, trust_roots=list(trust),
                         signer_change_reason=signer_change_reason)
    if as_json:
        _print_json({"version": result.version, "protocol_sha256": result.protocol_sha256,
                     "pdf_sha256": result.pdf_sha256, "package": str(result.package_path),
                     "package_sha256": result.package_sha256, "signer": result.signer,
                     "signer_iin": result.signer_iin, "signer_sha256": result.signer_sha256,
                     "signed_at": result.signed_at})
        return
    click.echo(ctx.t("Protocol version {version} signed by {signer} at {at}.", version=result.version,
                     signer=result.signer, at=result.signed_at))
    click.echo(ctx.t("SHA-256 of protocol.json: {sha}", sha=result.protocol_sha256))
    click.echo(ctx.t("Package written: {path} (SHA-256 {sha}).", path=str(result.package_path),
                     sha=result.package_sha256))
    click.echo(ctx.t("The station is finalized: read-only from now on."))


@station.command("export")
@click.argument("db", type=_DB)
@click.option("--key", "key_path", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The chair's signing key that signed the protocol (password from PS_KEY_PASSWORD).")
@click.option("--out", "out_path", required=True, type=_FILE, help="Where to write the export package (.zip).")
@click.option("--version", type=click.IntRange(min=1), default=None, help="Protocol version (default: the latest).")
@acting
@_refusals
def station_export(db, key_path, out_path, version, officer, desk):
    """Write the package of a finalized protocol again (another USB stick, a lost copy)."""
    st = _open_station(db)
    session = _login(st, officer, desk)
    result = st.export_package(session, key_path, _key_password(), out_path, version)
    click.echo(_ctx().t("Package of version {version} written: {path} (SHA-256 {sha}).", version=result.version,
                        path=str(result.package_path), sha=result.package_sha256))


@station.command("correct")
@click.argument("db", type=_DB)
@click.option("--reason", required=True, help="Why the finalized protocol must be corrected.")
@acting
@_refusals
def station_correct(db, reason, officer, desk):
    """Reopen a finalized station for a correction (chair): the next finalize makes a new version."""
    st = _open_station(db)
    st.reopen_for_correction(_login(st, officer, desk), reason)
    click.echo(_ctx().t("The station is open for a correction; reopen a race's count if it must change, "
                        "then finalize again."))


@station.command("protocols")
@click.argument("db", type=_DB)
@click.option("--json", "as_json", is_flag=True)
@click.option("--pdf", "pdf_out", type=_FILE, default=None, help="Also write the signed PDF of a version here.")
@click.option("--version", type=click.IntRange(min=1), default=None,
              help="With --pdf: which version (default: the latest).")
@_refusals
def station_protocols(db, as_json, pdf_out, version):
    """List the protocol versions; optionally write one signed PDF (to print or send)."""
    from polling_station.exchange.package import write_package
    ctx = _ctx()
    st = _open_station(db)
    versions = st.protocols()
    if pdf_out is not None:
        write_package(pdf_out, st.protocol_pdf(version))
    if as_json:
        _print_json(versions)
        return
    if not versions:
        click.echo(ctx.t("No protocol has been finalized yet."))
    for v in versions:
        line = ctx.t("Version {version}, {at}, SHA-256 {sha}", version=v["version"], at=v["created_at"],
                     sha=v["protocol_sha256"])
        if v["reason"]:
            line += " — " + v["reason"]
        click.echo(line)
    if pdf_out is not None:
        click.echo(ctx.t("Signed PDF written: {path}", path=str(pdf_out)))


# ----- keys ------------------------------------------------------------------------------------

@main.group()
def keys():
    """Trial signing keys: a branch office's CA and the chairs' keys it issues."""


@keys.command("ca")
@click.option("--name", required=True, help="The authority's name (e.g. the branch office).")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for ca.p12 (the key; password from PS_KEY_PASSWORD) and ca.pem.")
@_refusals
def keys_ca(name, out_dir):
    """Create a trial certification authority: DIR/ca.p12 and DIR/ca.pem."""
    from polling_station.signing import keys as key_files
    password = _secret("PS_KEY_PASSWORD", _ctx().t("Password for the new CA key"),
                       repeat=_ctx().t("Repeat the password for the new CA key"))
    files = key_files.make_ca(name, out_dir, password.encode("utf-8"))
    click.echo(_ctx().t("CA written: {p12} (key) and {pem} (certificate to trust).", p12=str(files.p12),
                        pem=str(files.pem)))


@keys.command("new")
@click.option("--ca", "ca_p12", required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The CA's ca.p12 (password from PS_CA_PASSWORD).")
@click.option("--name", required=True, help="The chair's full name.")
@click.option("--iin", default=None, help="The chair's IIN (written as serialNumber IIN…, as NCA RK does).")
@click.option("--out", "out_p12", required=True, type=_FILE,
              help="The new key file (.p12; password from PS_KEY_PASSWORD); its certificate goes beside it (.pem).")
@_refusals
def keys_new(ca_p12, name, iin, out_p12):
    """Issue a chair's signing key from the CA."""
    from polling_station.signing import keys as key_files
    ca_password = _secret("PS_CA_PASSWORD", _ctx().t("Password of the CA key"))
    password = _secret("PS_KEY_PASSWORD", _ctx().t("Password for the new key"),
                       repeat=_ctx().t("Repeat the password for the new key"))
    path = key_files.issue_key(ca_p12, ca_password.encode("utf-8"), name, out_p12, password.encode("utf-8"), iin=iin)
    click.echo(_ctx().t("Key written: {p12} (certificate {pem}).", p12=str(path), pem=str(path.with_suffix(".pem"))))


# ----- verify ----------------------------------------------------------------------------------

@main.command("verify")
@click.argument("package", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--trust", "trust", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A CA or chair certificate (PEM or DER) to trust; may be repeated.")
@click.option("--json", "as_json", is_flag=True)
@click.option("--scan-qr", is_flag=True, help="Also render the PDF and decode its printed QR codes "
                                              "(needs poppler and zxing-cpp).")
@_refusals
def verify_command(package, trust, as_json, scan_qr):
    """Verify an export package: hashes, both signatures and their chain, the journal, and that the
    protocol agrees with the journal and the PDF's QR. Exit 0 only if everything holds."""
    from polling_station.exchange.package import verify_package
    ctx = _ctx()
    # pyHanko logs a traceback for every untrusted chain; the verdict below already says it.
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).addHandler(logging.NullHandler())
        logging.getLogger(name).propagate = False
    verdict = verify_package(package, list(trust), scan_qr=scan_qr)
    facts = {k: v for k, v in verdict.facts.items() if k not in ("protocol", "protocol_bytes", "checkins")}
    facts["checkins"] = len(verdict.facts.get("checkins", ()))
    if as_json:
        _print_json({"ok": verdict.ok, "package": str(package), "facts": facts,
                     "problems": [{"code": p.code, "params": dict(p.params), "message": _render(p)}
                                  for p in verdict.problems]})
    else:
        if "precinct" in facts:
            click.echo(ctx.t("Precinct {precinct}, protocol version {version}, signed by {signer} (IIN {iin}) at {at}.",
                             precinct=facts["precinct"], version=facts["version"], signer=facts.get("signer", "?"),
                             iin=facts.get("signer_iin") or "—", at=facts.get("signed_at", "?")))
        for problem in verdict.problems:
            click.echo(ctx.t("FAILED: {message}", message=_render(problem)))
        if verdict.ok:
            click.echo(ctx.t("OK: every hash, both signatures, the journal and the QR codes agree."))
        elif not trust:
            click.echo(ctx.t("No certificate was given with --trust, so no signature can be trusted."))
    sys.exit(0 if verdict.ok else 1)


if __name__ == "__main__":
    main()
