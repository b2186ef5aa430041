"""The protocol commands end to end, in a subprocess, as a chair's or a branch office's script would
run them: trial keys, finalize, protocols, export, correct, verify."""
import json
import os
import subprocess
import sys

import pytest

from polling_station.exchange.package import read_package, build_zip
from tests.reports.protocol_fixtures import drive_to_counted

KEY_PASSWORD = "kilt-3-chair"
CA_PASSWORD = "kilt-3-ca"


def run(*args, pin=None, key_password=KEY_PASSWORD, ca_password=None):
    env = dict(os.environ)
    for name in ("PS_PIN", "PS_KEY_PASSWORD", "PS_CA_PASSWORD"):
        env.pop(name, None)
    env["PS_LANG"] = "en"
    if pin:
        env["PS_PIN"] = pin
    if key_password is not None:
        env["PS_KEY_PASSWORD"] = key_password
    if ca_password is not None:
        env["PS_CA_PASSWORD"] = ca_password
    return subprocess.run([sys.executable, "-m", "polling_station.cli_protocol", *map(str, args)],
                          capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=120)


@pytest.fixture(scope="module")
def trial_keys(tmp_path_factory):
    d = tmp_path_factory.mktemp("keys")
    r = run("keys", "ca", "--name", "Алматы филиалы — сынақ КО", "--out", d / "ca", key_password=CA_PASSWORD)
    assert r.returncode == 0, r.stderr
    r = run("keys", "new", "--ca", d / "ca" / "ca.p12", "--name", "Асқаров Болат", "--iin", "871008401427",
            "--out", d / "chair.p12", ca_password=CA_PASSWORD)
    assert r.returncode == 0, r.stderr
    return d


@pytest.fixture(scope="module")
def finalized(trial_keys, tmp_path_factory):
    d = tmp_path_factory.mktemp("station")
    drive_to_counted(d / "s.db").close_db()
    r = run("station", "finalize", d / "s.db", "--key", trial_keys / "chair.p12", "--out", d / "protocol-101.zip",
            "--as", "chair", "--json", pin="1111")
    assert r.returncode == 0, r.stderr
    return d, json.loads(r.stdout)


def test_keys_ca_and_new_write_what_a_branch_office_hands_out(trial_keys):
    from polling_station.signing import keys
    assert {p.name for p in (trial_keys / "ca").iterdir()} == {"ca.p12", "ca.pem"}
    bundle = keys.load_p12(trial_keys / "chair.p12", KEY_PASSWORD.encode())
    assert bundle.iin == "871008401427" and keys.cert_common_name(bundle.cert) == "Асқаров Болат"
    assert (trial_keys / "chair.pem").exists()


def test_keys_refuse_a_wrong_ca_password_and_a_bad_iin(trial_keys):
    r = run("keys", "new", "--ca", trial_keys / "ca" / "ca.p12", "--name", "X", "--out", trial_keys / "x.p12",
            ca_password="wrong")
    assert r.returncode == 1 and "The password does not open the key file" in r.stderr
    r = run("keys", "new", "--ca", trial_keys / "ca" / "ca.p12", "--name", "X", "--iin", "123456789012",
            "--out", trial_keys / "y.p12", ca_password=CA_PASSWORD)
    assert r.returncode == 1 and "123456789012" in r.stderr and "not valid" in r.stderr
    assert not (trial_keys / "x.p12").exists() and not (trial_keys / "y.p12").exists()


def test_finalize_prints_the_hashes_and_verify_accepts_the_package(finalized, trial_keys):
    d, result = finalized
    assert result["version"] == 1 and result["signer_iin"] == "871008401427"
    r = run("verify", d / "protocol-101.zip", "--trust", trial_keys / "ca" / "ca.pem")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "OK:" in r.stdout and "Асқаров Болат (IIN 871008401427)" in r.stdout
    r = run("verify", d / "protocol-101.zip", "--trust", trial_keys / "ca" / "ca.pem", "--json")
    report = json.loads(r.stdout)
    assert report["ok"] is True and report["problems"] == []
    assert report["facts"]["protocol_sha256"] == result["protocol_sha256"]
    assert report["facts"]["checkins"] == 2


def test_verify_fails_without_trust_and_on_any_edit(finalized, trial_keys, tmp_path):
    d, _ = finalized
    r = run("verify", d / "protocol-101.zip")
    assert r.returncode == 1
    assert "does not lead to a trusted certificate" in r.stdout and "--trust" in r.stdout
    assert "Traceback" not in r.stderr

    entries = dict(read_package(d / "protocol-101.zip").entries)
    entries["checkins.csv"] = entries["checkins.csv"].replace(b"871008401427", b"871008401428")
    forged = tmp_path / "forged.zip"
    forged.write_bytes(build_zip(list(entries.items())))
    r = run("verify", forged, "--trust", trial_keys / "ca" / "ca.pem")
    assert r.returncode == 1
    assert "FAILED: checkins.csv was altered" in r.stdout
    r = run("verify", forged, "--trust", trial_keys / "ca" / "ca.pem", "--json")
    assert r.returncode == 1 and json.loads(r.stdout)["problems"][0]["code"] == "package.file_altered"


def test_a_wrong_password_is_a_clear_refusal(trial_keys, tmp_path):
    drive_to_counted(tmp_path / "s.db").close_db()
    r = run("station", "finalize", tmp_path / "s.db", "--key", trial_keys / "chair.p12", "--out", tmp_path / "p.zip",
            "--as", "chair", pin="1111", key_password="guess")
    assert r.returncode == 1
    assert "The password does not open the key file" in r.stderr
    assert not (tmp_path / "p.zip").exists()


def test_protocols_export_and_a_correction(finalized, trial_keys, tmp_path):
    d, first = finalized
    db = d / "s.db"
    r = run("station", "finalize", db, "--key", trial_keys / "chair.p12", "--out", tmp_path / "v2.zip",
            "--as", "chair", pin="1111")
    assert r.returncode == 1 and "needs the reason" in r.stderr
    r = run("station", "correct", db, "--reason", "Қайта санау / пересчёт", "--as", "chair", pin="1111")
    assert r.returncode == 0, r.stderr
    r = run("station", "finalize", db, "--key", trial_keys / "chair.p12", "--out", tmp_path / "v2.zip",
            "--as", "chair", pin="1111")
    assert r.returncode == 0, r.stderr
    assert "Protocol version 2 signed" in r.stdout
    r = run("station", "protocols", db, "--json", "--pdf", tmp_path / "v1.pdf", "--version", "1")
    versions = json.loads(r.stdout)
    assert [(v["version"], v["reason"]) for v in versions] == [(1, ""), (2, "Қайта санау / пересчёт")]
    assert (tmp_path / "v1.pdf").read_bytes().startswith(b"%PDF-")
    r = run("station", "export", db, "--key", trial_keys / "chair.p12", "--out", tmp_path / "v1-again.zip",
            "--version", "1", "--as", "chair", pin="1111")
    assert r.returncode == 0, r.stderr
    for package in ("v2.zip", "v1-again.zip"):
        r = run("verify", tmp_path / package, "--trust", trial_keys / "ca" / "ca.pem", "--scan-qr")
        assert r.returncode == 0, r.stdout
