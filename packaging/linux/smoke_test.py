"""`make package-test`: prove the Linux tarball works on its own.

    python3 packaging/linux/smoke_test.py dist/quietroom-<version>-linux-<arch>.tar.gz

Checks the tarball against dist/SHA256SUMS, unpacks it into an empty temporary folder and runs
the bundled programs the way a user would, in an environment emptied with nothing but a PATH
holding no Python (`env -i` style), HOME and TMPDIR in the temporary folder, and Qt offscreen:

1. `quietroom --version` names the tarball's version;
2. two vaults are created with production key derivation (passphrase from the environment);
3. they exchange contact cards; one seals a paper to the other, who opens and imports it
   and exports it byte-identical;
4. the desktop app starts on a vault, loads Qt and Python from the bundle only, and stays up
   (or, where ui/main.py supports QUIETROOM_SMOKE_TEST, reports its unlock screen and exits 0);
5. a copy of tests/fixtures/vault-v1 (the first vault format) opens with its recovery key and
   with its passphrase;
6. the bundle's install.sh installs into, and uninstalls from, the temporary HOME.

Only the standard library: this runs with any Python 3.11 on the build machine, never inside
the bundle. Prints one line per step with its time; exits non-zero at the first failure.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "vault-v1"
# The fixture's published passphrase, as in tests/functional/test_old_vault.py.
FIXTURE_PASSPHRASE = "lantern orchard basalt quietly 1987"  # noqa: S105
FIXTURE_DIALOGUE = "Coastal fisheries dialogue"
PASSPHRASES = {
    "amira": "smoke amira: slate heron ninety lanterns",
    "bashir": "smoke bashir: copper fig",
    "chen": "smoke chen: reed and willow",  # the outsider a packet is not addressed to
}
PAPER = b"MARKER-SMOKE-PAPER options paper on the border crossings\n" * 2000
GUI_UP_SECONDS = 5.0
COMMAND_TIMEOUT = 300.0
SMOKE_ENV = "QUIETROOM_SMOKE_TEST"  # see packaging/README.md: the GUI's smoke-test contract
SMOKE_LINE = re.compile(r"^quietroom-gui: smoke test: showing (\w+)$", re.MULTILINE)


class SmokeFailure(Exception):
    pass


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


@dataclass
class Bundle:
    folder: Path  # the unpacked top folder holding quietroom, quietroom-gui, _internal/
    scratch: Path  # the temporary folder everything else lives in
    env: dict[str, str] = field(default_factory=dict)

    def run(
        self, *args: str, secret: str | None = None, stdin: str = "", expect: int = 0
    ) -> subprocess.CompletedProcess[str]:
        env = dict(self.env)
        if secret is not None:
            env["QUIETROOM_PASSPHRASE"] = secret
        done = subprocess.run(
            [str(self.folder / "quietroom"), *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            cwd=self.scratch,
            timeout=COMMAND_TIMEOUT,
            check=False,
        )
        shown = " ".join(a if len(a) < 60 else a[:57] + "..." for a in args)
        check("Traceback" not in done.stderr, f"quietroom {shown}: traceback\n{done.stderr}")
        check(
            done.returncode == expect,
            f"quietroom {shown}: exit {done.returncode}, expected {expect}\n{done.stderr}",
        )
        return done

    def json(self, *args: str, secret: str | None = None, stdin: str = "") -> object:
        return json.loads(self.run("--json", *args, secret=secret, stdin=stdin).stdout)


@contextmanager
def step(name: str) -> Iterator[None]:
    started = time.monotonic()
    print(f"-- {name} ...", flush=True)
    yield
    print(f"   ok ({time.monotonic() - started:.1f} s)", flush=True)


def verify_checksum(tarball: Path) -> None:
    sums = tarball.parent / "SHA256SUMS"
    check(sums.is_file(), f"{sums} is missing")
    listed = {}
    for line in sums.read_text().splitlines():
        digest, _, name = line.partition("  ")
        listed[name.lstrip("*")] = digest
    check(tarball.name in listed, f"{tarball.name} is not listed in {sums}")
    with tarball.open("rb") as f:
        actual = hashlib.file_digest(f, "sha256").hexdigest()
    check(actual == listed[tarball.name], "SHA-256 of the tarball does not match SHA256SUMS")


def unpack(tarball: Path, into: Path) -> Path:
    check(not any(into.iterdir()), f"{into} is not empty")
    with tarfile.open(tarball) as tar:
        tops = {Path(m.name).parts[0] for m in tar.getmembers()}
        check(len(tops) == 1, f"the tarball has {len(tops)} top folders, expected one")
        tar.extractall(into, filter="data")
    [top] = tops
    folder = into / top
    for program in ("quietroom", "quietroom-gui", "install.sh"):
        check(os.access(folder / program, os.X_OK), f"{program} is missing or not executable")
    return folder


def clean_env(scratch: Path) -> dict[str, str]:
    """An environment like `env -i`: no PYTHON*, no LD_*, a PATH in which no Python exists."""
    empty_bin = scratch / "empty-bin"
    empty_bin.mkdir()
    home = scratch / "home"
    env = {
        "PATH": str(empty_bin),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_RUNTIME_DIR": str(scratch / "runtime"),
        "TMPDIR": str(scratch / "tmp"),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "TMPDIR"):
        Path(env[name]).mkdir(parents=True, exist_ok=True)
    Path(env["XDG_RUNTIME_DIR"]).mkdir(mode=0o700)
    for python in ("python", "python3", "python3.11"):
        check(shutil.which(python, path=env["PATH"]) is None, f"{python} is on the test PATH")
    return env


def version_matches(bundle: Bundle, tarball: Path) -> None:
    out = bundle.run("--version").stdout
    first = out.splitlines()[0]
    version = tarball.name.removeprefix("quietroom-").split("-linux-")[0]
    check(first == f"quietroom {version}", f"--version printed {first!r}, tarball is {version}")
    check("database schema" in out and "PySide6-Pdf" in out, f"--version is incomplete:\n{out}")
    print("   " + out.replace("\n", "\n   ").rstrip())


def exchange_a_sealed_paper(bundle: Bundle) -> None:
    vaults = {who: bundle.scratch / "vaults" / who for who in ("amira", "bashir")}
    for who, folder in vaults.items():
        created = bundle.json(
            "--vault", str(folder), "init", "--name", who.title(), secret=PASSPHRASES[who]
        )
        check(
            isinstance(created, dict) and bool(created.get("recovery_key")), "no recovery key shown"
        )

    def as_(who: str, *args: str, stdin: str = "") -> object:
        return bundle.json("--vault", str(vaults[who]), *args, secret=PASSPHRASES[who], stdin=stdin)

    def card(who: str) -> str:
        return bundle.run(
            "--vault", str(vaults[who]), "contact", "export", secret=PASSPHRASES[who]
        ).stdout

    bashir_in_amira = as_("amira", "contact", "import", stdin=card("bashir"))
    as_("bashir", "contact", "import", stdin=card("amira"))
    check(isinstance(bashir_in_amira, dict), "contact import printed no JSON object")
    assert isinstance(bashir_in_amira, dict)
    source = bundle.scratch / "crossings.txt"
    source.write_bytes(PAPER)
    paper = as_("amira", "paper", "add", str(source), "--title", "Crossings")
    assert isinstance(paper, dict)
    outbox = bundle.scratch / "outbox"
    outbox.mkdir()
    shared = as_(
        "amira", "share", str(paper["id"]), "--to", str(bashir_in_amira["id"]), "--out", str(outbox)
    )
    assert isinstance(shared, dict)
    packet = str(shared["packet"])
    opened = bundle.run(
        "--vault", str(vaults["bashir"]), "open", packet, secret=PASSPHRASES["bashir"]
    )
    check("Amira" in opened.stdout, f"'open' does not name the sender:\n{opened.stdout}")
    bundle.run("--vault", str(vaults["bashir"]), "import", packet, secret=PASSPHRASES["bashir"])
    papers = as_("bashir", "paper", "list")
    check(isinstance(papers, list) and len(papers) == 1, f"bashir holds {papers!r}")
    assert isinstance(papers, list)
    copy = bundle.scratch / "received.txt"
    bundle.run(
        "--vault",
        str(vaults["bashir"]),
        "paper",
        "export",
        str(papers[0]["id"]),
        str(copy),
        "--yes",
        secret=PASSPHRASES["bashir"],
    )
    check(copy.read_bytes() == PAPER, "the received paper differs from the one sealed")
    # A third party cannot open it: the packet is refused for a vault it is not addressed to.
    outsider = bundle.scratch / "vaults" / "chen"
    bundle.run("--vault", str(outsider), "init", "--name", "Chen", secret=PASSPHRASES["chen"])
    bundle.run("--vault", str(outsider), "import", packet, secret=PASSPHRASES["chen"], expect=7)


def mapped_files(pid: int) -> set[str]:
    try:
        text = Path(f"/proc/{pid}/maps").read_text()
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return set()
    return {line.split(maxsplit=5)[5] for line in text.splitlines() if len(line.split()) == 6}


def gui_starts(bundle: Bundle) -> None:
    vault = bundle.scratch / "vaults" / "amira"
    env = dict(bundle.env, **{SMOKE_ENV: "1"})
    proc = subprocess.Popen(
        [str(bundle.folder / "quietroom-gui"), "--vault", str(vault)],
        env=env,
        cwd=bundle.scratch,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    seen: set[str] = set()
    deadline = time.monotonic() + GUI_UP_SECONDS
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            seen |= mapped_files(proc.pid)
            time.sleep(0.1)
        stayed_up = proc.poll() is None
        if stayed_up:
            proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    check("Traceback" not in err, f"quietroom-gui printed a traceback:\n{err}")
    pythons = {f for f in seen if "libpython" in f}
    check(bool(pythons), "no libpython was seen in the GUI process")
    outside = {
        f
        for f in pythons | {f for f in seen if "libQt6" in f}
        if not f.startswith(str(bundle.folder))
    }
    check(not outside, f"the GUI loaded Python or Qt from outside the bundle: {sorted(outside)}")
    check(any("libQt6Widgets" in f for f in seen), "the GUI never loaded Qt Widgets")
    shown = SMOKE_LINE.search(out)
    if stayed_up:
        check(shown is None, "the GUI reported its screen but did not exit")
        check(
            proc.returncode in (0, -signal.SIGTERM), f"quietroom-gui ended with {proc.returncode}"
        )
        print(
            f"   stayed up {GUI_UP_SECONDS:.0f} s, ended cleanly on SIGTERM "
            f"({SMOKE_ENV} not supported by this build: unlock screen not confirmed)"
        )
    else:
        check(proc.returncode == 0, f"quietroom-gui exited with {proc.returncode}:\n{err}")
        check(shown is not None, f"quietroom-gui exited without reporting its screen:\n{out}")
        assert shown is not None
        check(shown.group(1) == "unlock", f"quietroom-gui showed {shown.group(1)!r}, not 'unlock'")
        print("   showed the unlock screen and exited 0")


def translations_bundled(bundle: Bundle) -> None:
    for language in ("ar", "fr"):
        found = list(bundle.folder.rglob(f"ui/translations/quietroom_{language}.qm"))
        check(bool(found), f"the {language} translation of the interface is not in the bundle")


def old_vault_opens(bundle: Bundle) -> None:
    copy = bundle.scratch / "vault-v1"
    shutil.copytree(FIXTURE, copy)
    recovery_key = (FIXTURE.parent / "vault-v1.recovery-key").read_text().strip()
    listed = bundle.run(
        "--vault", str(copy), "--recovery-key", "dialogue", "list", secret=recovery_key
    )
    check(FIXTURE_DIALOGUE in listed.stdout, f"old vault lists:\n{listed.stdout}")
    hits = bundle.json("--vault", str(copy), "search", "quota", secret=FIXTURE_PASSPHRASE)
    check(isinstance(hits, list) and len(hits) == 1, f"searching the old vault found {hits!r}")
    bundle.run("--vault", str(copy), "audit", "verify", secret=FIXTURE_PASSPHRASE)


def install_and_uninstall(bundle: Bundle) -> None:
    home = Path(bundle.env["HOME"])
    env = dict(bundle.env, PATH="/usr/bin:/bin")  # install.sh is a shell script: it needs sh, cp
    done = subprocess.run(
        [str(bundle.folder / "install.sh")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    check(done.returncode == 0, f"install.sh failed:\n{done.stderr}")
    linked = home / ".local" / "bin" / "quietroom"
    version = subprocess.run(
        [str(linked), "--version"],
        env=bundle.env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    check(
        version.returncode == 0 and version.stdout.startswith("quietroom "),
        "installed quietroom fails",
    )
    desktop = Path(bundle.env["XDG_DATA_HOME"]) / "applications" / "quietroom.desktop"
    exec_line = next(line for line in desktop.read_text().splitlines() if line.startswith("Exec="))
    check(
        os.access(exec_line.removeprefix("Exec="), os.X_OK), f"menu entry runs nothing: {exec_line}"
    )
    vaults_before = sorted(p.name for p in (bundle.scratch / "vaults").iterdir())
    done = subprocess.run(
        [str(home / ".local" / "opt" / "quietroom" / "install.sh"), "--uninstall"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    check(done.returncode == 0, f"uninstall failed:\n{done.stderr}")
    check(not linked.exists() and not desktop.exists(), "uninstall left the command or menu entry")
    check(not (home / ".local" / "opt" / "quietroom").exists(), "uninstall left the bundle")
    check(
        sorted(p.name for p in (bundle.scratch / "vaults").iterdir()) == vaults_before,
        "vaults changed",
    )


def main(argv: Sequence[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    tarball = Path(argv[1]).resolve()
    started = time.monotonic()
    scratch = Path(tempfile.mkdtemp(prefix="quietroom-package-test-"))
    try:
        with step("checksum"):
            verify_checksum(tarball)
        with step("unpack into an empty folder"):
            unpacked = scratch / "unpacked"
            unpacked.mkdir()
            bundle = Bundle(unpack(tarball, unpacked), scratch)
            bundle.env = clean_env(scratch)
        with step("quietroom --version (no Python on PATH)"):
            version_matches(bundle, tarball)
        with step("two vaults exchange cards; a sealed paper is opened and imported"):
            exchange_a_sealed_paper(bundle)
        with step(f"quietroom-gui starts offscreen on a vault ({GUI_UP_SECONDS:.0f} s)"):
            gui_starts(bundle)
        with step("the interface's Arabic and French translations are bundled"):
            translations_bundled(bundle)
        with step("the schema-1 vault fixture opens (recovery key and passphrase)"):
            old_vault_opens(bundle)
        with step("install.sh installs and uninstalls, vaults untouched"):
            install_and_uninstall(bundle)
    except SmokeFailure as exc:
        print(f"FAILED: {exc}", file=sys.stderr)
        print(f"(kept for inspection: {scratch})", file=sys.stderr)
        return 1
    shutil.rmtree(scratch)
    print(f"package-test passed in {time.monotonic() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
