"""``python -m bench.run [--quick | --smoke] [--json PATH] [--only SECTION]``: print the
figures of DESIGN.md section 8 as a table and write them as JSON (default
``bench/results/latest.json``).

Full mode (``make bench``): a 1 GiB paper, 100,000 notes and 5,000 people; installs ``age``
with apt-get if it is missing. Quick mode: 64 MiB, 5,000 notes, 500 people; under two minutes.
Smoke mode: sizes too small to mean anything, for the test that every part still runs and
reports each of its rows (``tests/bench``). Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from bench import launch, sealing, stall
from bench import vault as vault_bench
from bench.measure import MIB, REPO, Report, machine

DEFAULT_JSON = REPO / "bench" / "results" / "latest.json"
SECTIONS = ("sealing", "vault", "launch", "stall")


@dataclass(frozen=True)
class Sizes:
    paper_bytes: int
    seal_reps: int
    notes: int
    people: int
    vault_reps: int
    launch_reps: int
    install_age: bool


FULL = Sizes(1024 * MIB, 3, 100_000, 5_000, 5, 6, install_age=True)
QUICK = Sizes(64 * MIB, 5, 5_000, 500, 5, 5, install_age=False)
SMOKE = Sizes(2 * MIB, 1, 300, 30, 2, 2, install_age=False)


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    sized = parser.add_mutually_exclusive_group()
    sized.add_argument("--quick", action="store_true", help="small sizes, under two minutes")
    sized.add_argument(
        "--smoke", action="store_true", help="tiny sizes: checks that every part runs"
    )
    parser.add_argument(
        "--json", type=Path, default=DEFAULT_JSON, help=f"where to write (default {DEFAULT_JSON})"
    )
    parser.add_argument(
        "--only", action="append", choices=SECTIONS, help="run only this part (repeatable)"
    )
    args = parser.parse_args(argv)
    sizes, mode = (
        (QUICK, "quick") if args.quick else (SMOKE, "smoke") if args.smoke else (FULL, "full")
    )
    wanted = set(args.only or SECTIONS)
    report = Report(mode=mode, machine=machine())
    started = time.perf_counter()

    scratch = Path(tempfile.mkdtemp(prefix="qr-bench-"))
    try:
        if "sealing" in wanted:
            _say(f"sealing a {sizes.paper_bytes // MIB} MiB paper for 5 recipients …")
            sealing.run(report, sizes.paper_bytes, sizes.seal_reps, sizes.install_age)
        launch_vault = scratch / "vault"
        if "vault" in wanted:
            _say(f"vault with {sizes.notes:,} notes and {sizes.people:,} people …")
            vault_bench.run(report, sizes.notes, sizes.people, sizes.vault_reps, launch_vault)
        if "launch" in wanted:
            notes = sizes.notes if launch_vault.exists() else 0
            if not notes:
                _make_small_vault(launch_vault)
            _say("launch to unlock screen, unlock to workspace …")
            launch.run(report, launch_vault, sizes.launch_reps, vault_bench.PASSPHRASE, notes)
        if "stall" in wanted:
            _say(f"Qt thread while a {sizes.paper_bytes // MIB} MiB paper is imported and sealed …")
            stall.run(report, scratch, sizes.paper_bytes)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)

    elapsed = time.perf_counter() - started
    report.details["elapsed_seconds"] = elapsed
    cpu = report.machine.get("cpu", "unknown CPU")
    heading = (
        f"Quietroom bench ({report.mode}), {report.machine['date']}, {cpu}, "
        f"{report.machine.get('cpus')} CPUs, load {report.machine.get('load_average')}"
    )
    if "idle_page_reclaim" in report.machine:
        heading += f", {report.machine['idle_page_reclaim']}"
    print(heading)
    print(report.table())
    print(f"\n(took {elapsed:.0f} s; figures are noisy on a shared machine)")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report.to_json(), indent=2) + "\n")
    print(f"written: {args.json}")
    return 0


def _make_small_vault(folder: Path) -> None:
    from app import vault as app_vault

    app_vault.create_vault(
        folder, vault_bench.PASSPHRASE, "Bench", vault_bench.BENCH_KDF
    ).vault.lock()


if __name__ == "__main__":
    sys.exit(main())
