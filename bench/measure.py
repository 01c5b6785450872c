"""Small measuring tools: child processes with their peak memory, percentiles, result rows."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

MIB = 1024 * 1024
REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Measured:
    """One child process: its wall time seen from here, its peak RSS, and what it printed."""

    wall: float
    peak_rss_mb: float
    returncode: int
    stdout: str
    stderr: str


GNU_TIME = Path("/usr/bin/time")


def peak_rss_mb_of_self() -> float:
    """This process's peak RSS since it was started (``VmHWM``; 0 where /proc is missing)."""
    return _vm_hwm_mb(Path("/proc/self/status"))


def _vm_hwm_mb(status: Path) -> float:
    try:
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024 / 1e6
    except (OSError, ValueError):
        pass
    return 0.0


def run_measured(
    command: Sequence[str], env: Mapping[str, str] | None = None, timeout: float = 900.0
) -> Measured:
    """Run ``command`` to its end and measure its wall time and peak RSS.

    Not ``ru_maxrss`` of the child as ``wait4`` or ``RUSAGE_CHILDREN`` report it: Linux keeps a
    process's high-water mark across ``exec``, so a child forked from this Python process starts
    with this process's size (about 30 MB), which hides anything smaller (age uses 5 to 12 MB).
    GNU time forks from a tiny process, so its ``%M`` is the command's own peak; without it,
    ``VmHWM`` (reset by ``exec``) is polled until the process ends.
    """
    with tempfile.TemporaryDirectory(prefix="qr-bench-run-") as scratch:
        err_path = Path(scratch) / "stderr"
        rss_path = Path(scratch) / "rss"
        use_time = GNU_TIME.is_file()
        argv = list(command)
        if use_time:
            argv = [str(GNU_TIME), "-f", "%M", "-o", str(rss_path), *argv]
        polled = 0.0
        with open(err_path, "wb") as err:
            start = time.perf_counter()
            proc = subprocess.Popen(
                argv,
                stdout=subprocess.PIPE,
                stderr=err,
                stdin=subprocess.DEVNULL,
                env=dict(env) if env is not None else None,
                cwd=REPO,
            )
            if not use_time:
                status = Path(f"/proc/{proc.pid}/status")
                while proc.poll() is None:
                    polled = max(polled, _vm_hwm_mb(status))
                    time.sleep(0.002)
            try:
                out, _ = proc.communicate(timeout=timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                out, _ = proc.communicate()
            wall = time.perf_counter() - start
        stderr = err_path.read_text("utf-8", "replace")
        peak = polled
        if use_time:
            try:
                peak = int(rss_path.read_text().split()[-1]) * 1024 / 1e6
            except (OSError, ValueError, IndexError):
                peak = 0.0
    return Measured(
        wall=wall,
        peak_rss_mb=peak,
        returncode=proc.returncode,
        stdout=out.decode("utf-8", "replace"),
        stderr=stderr,
    )


def python_module(module: str, *args: str) -> list[str]:
    return [sys.executable, "-m", module, *args]


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile (``fraction`` in 0..1) of a non-empty sequence."""
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[index]


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


@dataclass
class Row:
    """One figure of the table. ``goal`` is text; ``meets`` is None when there is no goal."""

    section: str
    name: str
    value: float | None
    unit: str
    goal: str = ""
    meets: bool | None = None
    note: str = ""

    def shown(self) -> str:
        if self.value is None:
            return "n/a"
        if self.unit in ("x",):
            return f"{self.value:.2f}x"
        if abs(self.value) >= 100:
            return f"{self.value:,.0f} {self.unit}"
        if abs(self.value) >= 10:
            return f"{self.value:.1f} {self.unit}"
        return f"{self.value:.2f} {self.unit}"


@dataclass
class Report:
    mode: str
    machine: dict[str, Any] = field(default_factory=dict)
    rows: list[Row] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # notes printed under the table
    details: dict[str, Any] = field(default_factory=dict)

    def add(self, row: Row) -> Row:
        self.rows.append(row)
        return row

    def note(self, text: str) -> None:
        self.lines.append(text)

    def to_json(self) -> dict[str, Any]:
        return {
            "mode": self.mode,
            "machine": self.machine,
            "rows": [asdict(r) for r in self.rows],
            "notes": self.lines,
            "details": self.details,
        }

    def table(self) -> str:
        width = max([len(r.name) for r in self.rows] + [10])
        out: list[str] = []
        section = ""
        for row in self.rows:
            if row.section != section:
                section = row.section
                out.append("")
                out.append(f"== {section} ==")
            verdict = "" if row.meets is None else ("meets" if row.meets else "MISSES")
            goal = f"goal {row.goal}" if row.goal else ""
            line = f"  {row.name:<{width}}  {row.shown():>14}  {goal:<16} {verdict:<6}"
            if row.note:
                line += f"  {row.note}"
            out.append(line.rstrip())
        if self.lines:
            out.append("")
            out.extend(f"* {line}" for line in self.lines)
        return "\n".join(out)


def machine() -> dict[str, Any]:
    """What the figures were measured on (from /proc/cpuinfo and /proc/meminfo)."""
    info: dict[str, Any] = {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "kernel": platform.release(),
        "cpus": os.cpu_count(),
    }
    try:
        cpuinfo = Path("/proc/cpuinfo").read_text()
        for line in cpuinfo.splitlines():
            key, _, value = line.partition(":")
            key = key.strip()
            if key == "model name" and "cpu" not in info:
                info["cpu"] = value.strip()
            elif key == "cpu family" and "cpu_family" not in info:
                info["cpu_family"] = int(value)  # 26 = AMD Zen 5
            elif key == "model" and "cpu_model" not in info:
                info["cpu_model"] = int(value)
            elif key == "flags" and "sha_ni" not in info:
                flags = value.split()
                info["sha_ni"] = "sha_ni" in flags
                info["aes"] = "aes" in flags
                info["avx2"] = "avx2" in flags
                info["avx512f"] = "avx512f" in flags
            elif key == "cpu MHz" and "mhz" not in info:
                info["mhz"] = float(value)
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                info["memory_gib"] = round(int(line.split()[1]) / MIB, 1)
        info["load_average"] = [round(x, 2) for x in os.getloadavg()]
    except OSError:
        pass
    reclaim = _idle_page_reclaim()
    if reclaim:
        info["idle_page_reclaim"] = reclaim
    try:
        import nacl
        import sqlcipher3

        conn = sqlcipher3.connect(":memory:")
        info["sqlite"] = conn.execute("SELECT sqlite_version()").fetchone()[0]
        info["sqlcipher"] = conn.execute("PRAGMA cipher_version").fetchone()[0]
        conn.close()
        info["pynacl"] = nacl.__version__
    except Exception:  # noqa: S110 - versions are a nicety
        pass
    return info


def _idle_page_reclaim() -> str:
    """What the kernel's DAMON does with memory left idle, if it runs (some virtual machines
    page out file pages unused for a minute: a file then leaves the OS cache between runs)."""
    context = Path("/sys/kernel/mm/damon/admin/kdamonds/0")
    try:
        if (context / "state").read_text().strip() != "on":
            return ""
        ctx = context / "contexts/0"
        scheme = ctx / "schemes/0"
        action = (scheme / "action").read_text().strip()
        min_age = int((scheme / "access_pattern/age/min").read_text())
        aggregation_us = int((ctx / "monitoring_attrs/intervals/aggr_us").read_text())
    except (OSError, ValueError):
        return ""
    return f"DAMON {action} of memory idle for {min_age * aggregation_us / 1e6:.0f} s"
