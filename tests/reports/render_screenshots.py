"""Render the sample protocol's pages to docs/screenshots/protocol_page<N>.png (pdftoppm -r 80).

Run from the checkout: ``python -m tests.reports.render_screenshots``. The sample is the plain-data
protocol the PDF tests use: a station of 1,850 members, 420 ballots issued, one warning explained.
"""
import subprocess
import tempfile
from pathlib import Path

from polling_station.paths import ROOT
from polling_station.reports import protocol_model as pm
from polling_station.reports.protocol_pdf import render_protocol_pdf
from tests.reports.protocol_fixtures import sample_inputs

OUT = ROOT / "docs" / "screenshots"


def main() -> list[Path]:
    pdf = render_protocol_pdf(pm.build_protocol(**sample_inputs()))
    for old in OUT.glob("protocol_page*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "protocol.pdf"
        source.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", "80", "-png", str(source), str(Path(folder) / "page")], check=True)
        pages = sorted(Path(folder).glob("page-*.png"))
        written = []
        for number, page in enumerate(pages, start=1):
            target = OUT / f"protocol_page{number}.png"
            target.write_bytes(page.read_bytes())
            written.append(target)
    return written


if __name__ == "__main__":
    for path in main():
        print(path)
