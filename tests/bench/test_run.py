"""``make bench`` keeps working: every part of the bench runs (at sizes too small to mean
anything) and reports each of its figures. Figures are never compared with goals here."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# The figures issue 7 and DESIGN.md section 8 ask for, and those added since; the rows of the
# peers (age, pyrage) depend on what the machine has, so they are not required here.
EXPECTED = {
    "sealing": [
        "quietroom seal throughput",
        "quietroom open throughput",
        "raw seal throughput",
        "raw open throughput",
        "quietroom seal / raw ceiling",
        "quietroom seal peak RSS",
        "quietroom open peak RSS",
    ],
    "vault": [
        "create: notes",
        "unlock after the KDF",
        "first page of notes (50) after unlock",
        "first page of notes (50), cold cache",
        "search p50",
        "search p95",
    ],
    "launch": [
        "launch to unlock screen (median)",
        "longest Qt stall, unlock to workspace",
        "first visit of a page, slowest",
        "open the dialog of a new round",
        "longest wait to map memory, KDF running",
    ],
    "stall": [
        "Qt thread longest stall during import of 2 MiB",
        "Qt thread longest stall during seal of 2 MiB",
        "Qt thread longest stall during a 40-page comparison",
        "Qt thread longest stall during a merge with 57 conflicts",
        "Qt thread longest stall during 20 saves of a note being typed",
        "Qt thread longest stall during a draft's sending, whole history",
        "merge stall, at once / in parts",
        "sending stall, at once / in parts",
        "a record saved during the import, longest wait",
        "Qt thread longest stall during a text paper's opening",
        "text paper opening stall, at once / in parts",
        "it during an import of 2 MiB in one transaction (peer), longest",
    ],
}


@pytest.mark.slow
def test_every_part_of_the_bench_runs_and_reports_its_figures(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "bench.run", "--smoke", "--json", str(out)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(out.read_text())
    assert report["mode"] == "smoke"
    rows: dict[str, dict[str, float]] = {}
    for row in report["rows"]:
        part = row["section"].split(":")[0]
        rows.setdefault(part, {})[row["name"]] = row["value"]
        # A stall may be nil (every tick on time); nothing else is.
        assert math.isfinite(row["value"]) and row["value"] >= 0, row
        if "stall" not in row["name"]:
            assert row["value"] > 0, row
    for part, names in EXPECTED.items():
        missing = [name for name in names if name not in rows.get(part, {})]
        assert not missing, (part, missing)
    # The vault's figures come twice: Quietroom's, then its ratio to plain SQLite.
    assert any(r["section"].endswith("SQLCipher / plain SQLite") for r in report["rows"])
    # What is printed is what is written.
    assert "quietroom seal throughput" in done.stdout and "Quietroom bench (smoke)" in done.stdout
