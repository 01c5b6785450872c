"""Seal and open an N-byte paper for 5 recipients: Quietroom, the raw ceiling, age, pyrage.

Every case runs in its own child process (``python -m bench.sealing CASE WORKDIR``), so that
its peak RSS is its own (read with ``wait4`` by :func:`bench.measure.run_measured`). The paper,
the packets and the opened copies live in a tmpfs folder when there is room (``/dev/shm``), so
the disk is not what is measured. Each case is run ``reps`` times; the best time is reported
(the machine is shared: the best run is the one least disturbed by others).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.measure import (
    MIB,
    Measured,
    Report,
    Row,
    peak_rss_mb_of_self,
    python_module,
    run_measured,
)
from crypto.identity import Identity

RECIPIENTS = 5
PAPER = "paper.bin"
_BLOCK = 64 * MIB  # the raw ceiling reads this much at a time (untimed), then encrypts it


# -- the child side --------------------------------------------------------------------------


def _identities(work: Path) -> tuple[Identity, list[Identity]]:

    data = json.loads((work / "keys.json").read_text())
    sender = Identity(bytes.fromhex(data["sender"][0]), bytes.fromhex(data["sender"][1]))
    recipients = [Identity(bytes.fromhex(x), bytes.fromhex(e)) for x, e in data["recipients"]]
    return sender, recipients


def _quietroom_seal(work: Path) -> dict[str, float]:
    from crypto import packet
    from storage.records import now

    sender, recipients = _identities(work)
    paper = work / PAPER
    size = paper.stat().st_size
    manifest = packet.Manifest(
        packet_id=packet.new_packet_id(),
        created_at=now(),
        kind="paper",
        title="Benchmark paper",
        file_name=PAPER,
        media_type="application/octet-stream",
        size=size,
        sender_name="Bench",
        sender=sender.public,
        recipients=tuple(r.public for r in recipients),
    )
    start = time.perf_counter()
    with open(paper, "rb", buffering=0) as source, open(work / "paper.qrp", "wb") as sink:
        chunks = iter(lambda: source.read(packet.CHUNK_BYTES), b"")
        packet.seal(sender, manifest, chunks, sink.write)
    return {"seconds": time.perf_counter() - start}


def _quietroom_open(work: Path) -> dict[str, float]:
    from crypto.packet import PacketReader

    _, recipients = _identities(work)
    me = recipients[-1]
    start = time.perf_counter()
    with open(work / "paper.qrp", "rb") as source, open(work / "opened.qrp", "wb") as sink:
        reader = PacketReader(source, me)
        for chunk in reader.chunks():
            sink.write(chunk)
    return {"seconds": time.perf_counter() - start}


def _raw(work: Path) -> dict[str, float]:
    """libsodium secretstream + SHA-256 over the same bytes in 64 KiB chunks, in memory."""
    import nacl.bindings as sodium

    push = sodium.crypto_secretstream_xchacha20poly1305_push
    pull = sodium.crypto_secretstream_xchacha20poly1305_pull
    tag = sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE
    key = sodium.crypto_secretstream_xchacha20poly1305_keygen()
    pushing = sodium.crypto_secretstream_xchacha20poly1305_state()
    header = sodium.crypto_secretstream_xchacha20poly1305_init_push(pushing, key)
    pulling = sodium.crypto_secretstream_xchacha20poly1305_state()
    sodium.crypto_secretstream_xchacha20poly1305_init_pull(pulling, header, key)
    sealed_hash, opened_hash = hashlib.sha256(), hashlib.sha256()
    seal_seconds = open_seconds = 0.0
    chunk = 64 * 1024
    with open(work / PAPER, "rb") as source:
        while block := source.read(_BLOCK):
            start = time.perf_counter()
            ciphertexts = []
            for offset in range(0, len(block), chunk):
                message = block[offset : offset + chunk]
                sealed_hash.update(message)
                ciphertexts.append(push(pushing, message, None, tag))
            middle = time.perf_counter()
            for ciphertext in ciphertexts:
                message, _ = pull(pulling, ciphertext, None)
                opened_hash.update(message)
            open_seconds += time.perf_counter() - middle
            seal_seconds += middle - start
    assert sealed_hash.digest() == opened_hash.digest()
    return {"seconds": seal_seconds, "open_seconds": open_seconds}


def _raw_v3(work: Path) -> dict[str, float]:
    """Format version 3's primitives on one core, in memory: OpenSSL ChaCha20-Poly1305 through
    ``cryptography`` with positional nonces, and BLAKE3 of each 64 KiB chunk."""
    from blake3 import blake3
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    aead = ChaCha20Poly1305(ChaCha20Poly1305.generate_key())
    sealed_hash, opened_hash = blake3(), blake3()
    seal_seconds = open_seconds = 0.0
    chunk = 64 * 1024
    index = 0
    with open(work / PAPER, "rb") as source:
        while block := source.read(_BLOCK):
            start = time.perf_counter()
            ciphertexts: list[bytes] = []
            for offset in range(0, len(block), chunk):
                message = block[offset : offset + chunk]
                sealed_hash.update(blake3(message).digest())
                nonce = (index + len(ciphertexts)).to_bytes(11, "big") + b"\0"
                ciphertexts.append(aead.encrypt(nonce, message, None))
            middle = time.perf_counter()
            for i, ciphertext in enumerate(ciphertexts):
                message = aead.decrypt((index + i).to_bytes(11, "big") + b"\0", ciphertext, None)
                opened_hash.update(blake3(message).digest())
            index += len(ciphertexts)
            open_seconds += time.perf_counter() - middle
            seal_seconds += middle - start
    assert sealed_hash.digest() == opened_hash.digest()
    return {"seconds": seal_seconds, "open_seconds": open_seconds}


def _pyrage_seal(work: Path) -> dict[str, float]:
    import pyrage  # type: ignore[import-untyped,import-not-found,unused-ignore]

    identities = [pyrage.x25519.Identity.generate() for _ in range(RECIPIENTS)]
    (work / "pyrage-key.txt").write_text(str(identities[-1]))
    recipients = [i.to_public() for i in identities]
    start = time.perf_counter()
    if hasattr(pyrage, "encrypt_file"):
        pyrage.encrypt_file(str(work / PAPER), str(work / "paper.pyrage"), recipients)
        mode = 1.0
    else:  # older pyrage: bytes in, bytes out (the whole file in memory)
        data = (work / PAPER).read_bytes()
        (work / "paper.pyrage").write_bytes(pyrage.encrypt(data, recipients))
        mode = 0.0
    return {"seconds": time.perf_counter() - start, "streaming": mode}


def _pyrage_open(work: Path) -> dict[str, float]:
    import pyrage

    identity = pyrage.x25519.Identity.from_str((work / "pyrage-key.txt").read_text().strip())
    start = time.perf_counter()
    if hasattr(pyrage, "decrypt_file"):
        pyrage.decrypt_file(str(work / "paper.pyrage"), str(work / "opened.pyrage"), [identity])
    else:
        data = (work / "paper.pyrage").read_bytes()
        (work / "opened.pyrage").write_bytes(pyrage.decrypt(data, [identity]))
    return {"seconds": time.perf_counter() - start}


_CASES = {
    "quietroom-seal": _quietroom_seal,
    "quietroom-open": _quietroom_open,
    "raw": _raw,
    "raw-v3": _raw_v3,
    "pyrage-seal": _pyrage_seal,
    "pyrage-open": _pyrage_open,
}


def child_main(argv: list[str]) -> int:
    case, work = argv
    result = _CASES[case](Path(work))
    result["peak_rss_mb"] = peak_rss_mb_of_self()
    print(json.dumps(result))
    return 0


# -- the parent side -------------------------------------------------------------------------


def _workdir(size: int) -> Path:
    """A tmpfs folder when it has room for the paper, two packets and two opened copies."""
    shm = Path("/dev/shm")  # noqa: S108 - mkdtemp makes a private folder inside it
    if shm.is_dir() and shutil.disk_usage(shm).free > 6 * size + 256 * MIB:
        return Path(tempfile.mkdtemp(prefix="qr-bench-", dir=shm))
    return Path(tempfile.mkdtemp(prefix="qr-bench-"))


def _write_paper(path: Path, size: int) -> None:
    with open(path, "wb") as sink:
        left = size
        while left:
            piece = min(left, 4 * MIB)
            sink.write(os.urandom(piece))
            left -= piece


def _write_keys(work: Path) -> None:
    def pair(identity: Identity) -> list[str]:
        return [identity.x25519_secret.hex(), identity.ed25519_seed.hex()]

    keys = {
        "sender": pair(Identity.generate()),
        "recipients": [pair(Identity.generate()) for _ in range(RECIPIENTS)],
    }
    path = work / "keys.json"
    path.write_text(json.dumps(keys))
    path.chmod(0o600)


def _sha256(path: Path) -> bytes:
    digest = hashlib.sha256()
    with open(path, "rb") as source:
        while block := source.read(4 * MIB):
            digest.update(block)
    return digest.digest()


def _settle(work: Path) -> None:
    """Write and delete a file a little larger than the paper, just before a timed case.

    This virtual machine hands memory that stayed free for a couple of seconds back to its
    host (virtio-balloon free page reporting); the next program to fill that memory then waits
    for the host to fault it back in. Whichever case came after an idle moment paid for it (age
    sealing took 0.5 s of system time in one run, 1.9 s in the next, the same file). Memory
    freed a moment ago is what the next case's output and buffers are then made of, for every
    tool alike.
    """
    scratch = work / "settle.tmp"
    left = (work / PAPER).stat().st_size * 5 // 4
    zeros = bytes(4 * MIB)
    with open(scratch, "wb") as sink:
        while left > 0:
            left -= sink.write(zeros[: min(left, len(zeros))])
    scratch.unlink()


def _measured_settled(work: Path, command: list[str]) -> Measured:
    _settle(work)
    return run_measured(command)


def _python_case(case: str, work: Path) -> tuple[dict[str, float], float]:
    """Run one case in a fresh interpreter: its result and its peak RSS in MB."""
    measured = _measured_settled(work, python_module("bench.sealing", case, str(work)))
    if measured.returncode != 0:
        raise RuntimeError(f"{case} failed:\n{measured.stderr[-2000:]}")
    result: dict[str, float] = json.loads(measured.stdout.strip().splitlines()[-1])
    return result, result.get("peak_rss_mb") or measured.peak_rss_mb


def _age_available(install: bool, report: Report) -> bool:
    if shutil.which("age") and shutil.which("age-keygen"):
        return True
    if install and shutil.which("apt-get"):
        print("age is missing: trying apt-get install -y age …", flush=True)
        result = subprocess.run(
            ["apt-get", "install", "-y", "age"],
            capture_output=True,
            text=True,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
            check=False,
        )
        if result.returncode == 0 and shutil.which("age"):
            return True
        report.note("age: apt-get install age failed (not root? no network?); not compared")
        return False
    report.note("age: not installed (apt-get install age)")
    return False


def _age_keys(work: Path) -> list[str]:
    recipients = []
    for i in range(RECIPIENTS):
        key = work / f"age-key-{i}.txt"
        subprocess.run(["age-keygen", "-o", str(key)], capture_output=True, check=True)
        for line in key.read_text().splitlines():
            if line.startswith("# public key: "):
                recipients.append(line.removeprefix("# public key: ").strip())
    if len(recipients) != RECIPIENTS:
        raise RuntimeError("age-keygen did not print the public keys expected")
    return recipients


def _age_version() -> str:
    result = subprocess.run(["age", "--version"], capture_output=True, text=True, check=False)
    return result.stdout.strip()


def _check_same(work: Path, opened: str, expected: bytes, what: str) -> None:
    if _sha256(work / opened) != expected:
        raise RuntimeError(f"{what}: the opened copy differs from the paper")
    (work / opened).unlink()


def run(report: Report, size: int, reps: int, install_age: bool) -> None:
    section = f"sealing: {size // MIB} MiB paper, {RECIPIENTS} recipients"
    work = _workdir(size)
    details: dict[str, object] = {"size": size, "reps": reps, "workdir_fs": str(work.parent)}
    report.details["sealing"] = details
    try:
        _write_paper(work / PAPER, size)
        _write_keys(work)
        paper_hash = _sha256(work / PAPER)
        mib = size / MIB
        best: dict[str, float] = {}
        rss: dict[str, float] = {}
        times: dict[str, list[float]] = {}

        def record(name: str, seconds: float, peak: float) -> None:
            times.setdefault(name, []).append(seconds)
            best[name] = min(best.get(name, seconds), seconds)
            rss[name] = max(rss.get(name, 0.0), peak)

        has_age = _age_available(install_age, report)
        age_recipients: list[str] = []
        if has_age:
            details["age"] = _age_version()
            age_recipients = _age_keys(work)
        has_pyrage = _importable("pyrage")
        if not has_pyrage:
            report.note(
                "pyrage: not importable (`make bench` installs it from requirements/bench.lock), "
                "not compared"
            )
        # Round by round, every tool once per round: a slow moment of the shared machine falls
        # on all of them, not on the one that happened to run then.
        for rep in range(reps):
            _remove(work, "paper.qrp", "opened.qrp")  # every run writes new files, as the app does
            result, peak = _python_case("quietroom-seal", work)
            record("quietroom seal", result["seconds"], peak)
            result, peak = _python_case("quietroom-open", work)
            record("quietroom open", result["seconds"], peak)
            if rep == 0:
                _check_same(work, "opened.qrp", paper_hash, "Quietroom")
            _remove(work, "paper.qrp", "opened.qrp")
            result, peak = _python_case("raw", work)
            record("raw seal", result["seconds"], peak)
            record("raw open", result["open_seconds"], peak)
            result, peak = _python_case("raw-v3", work)
            record("raw-v3 seal", result["seconds"], peak)
            record("raw-v3 open", result["open_seconds"], peak)
            if has_age:
                _remove(work, "paper.age", "opened.age")
                args = [a for r in age_recipients for a in ("-r", r)]
                command = ["age", "-e", *args, "-o", str(work / "paper.age"), str(work / PAPER)]
                measured = _measured_settled(work, command)
                if measured.returncode != 0:
                    raise RuntimeError(f"age -e failed: {measured.stderr[-500:]}")
                record("age seal", measured.wall, measured.peak_rss_mb)
                key = str(work / f"age-key-{RECIPIENTS - 1}.txt")
                out = str(work / "opened.age")
                measured = _measured_settled(
                    work, ["age", "-d", "-i", key, "-o", out, str(work / "paper.age")]
                )
                if measured.returncode != 0:
                    raise RuntimeError(f"age -d failed: {measured.stderr[-500:]}")
                record("age open", measured.wall, measured.peak_rss_mb)
                if rep == 0:
                    _check_same(work, "opened.age", paper_hash, "age")
                _remove(work, "paper.age", "opened.age")
            if has_pyrage:
                _remove(work, "paper.pyrage", "opened.pyrage")
                result, peak = _python_case("pyrage-seal", work)
                record("pyrage seal", result["seconds"], peak)
                if not result.get("streaming", 1.0) and rep == 0:
                    report.note("pyrage: no encrypt_file here, so it ran on bytes in memory")
                result, peak = _python_case("pyrage-open", work)
                record("pyrage open", result["seconds"], peak)
                if rep == 0:
                    _check_same(work, "opened.pyrage", paper_hash, "pyrage")
                _remove(work, "paper.pyrage", "opened.pyrage")
        details["seconds"] = times
        details["peak_rss_mb"] = rss

        for name in sorted(best, key=_order):
            note = ""
            if name.startswith("raw-v3"):
                note = "format 3's cipher and hash, one core, in memory"
            elif name.startswith("raw"):
                note = "libsodium secretstream (format 1), in memory, no file I/O"
            report.add(Row(section, f"{name} throughput", mib / best[name], "MiB/s", note=note))
        for verb in ("seal", "open"):
            qr = mib / best[f"quietroom {verb}"]
            report.add(
                Row(
                    section,
                    f"quietroom {verb} / raw ceiling",
                    qr / (mib / best[f"raw {verb}"]),
                    "x",
                    note="libsodium secretstream",
                )
            )
            report.add(
                Row(
                    section,
                    f"quietroom {verb} / raw-v3 (one core)",
                    qr / (mib / best[f"raw-v3 {verb}"]),
                    "x",
                )
            )
            for other in ("age", "pyrage"):
                if f"{other} {verb}" in best:
                    ratio = qr / (mib / best[f"{other} {verb}"])
                    report.add(
                        Row(
                            section,
                            f"quietroom {verb} / {other}",
                            ratio,
                            "x",
                            goal=">= 1.0x",
                            meets=ratio >= 1.0,
                        )
                    )
        for name in sorted(rss, key=_order):
            if name in ("raw open", "raw-v3 open"):
                continue
            quietroom = name.startswith("quietroom")
            report.add(
                Row(
                    section,
                    f"{_rss_label(name)} peak RSS",
                    rss[name],
                    "MB",
                    goal="< 150 MB" if quietroom else "",
                    meets=rss[name] < 150 if quietroom else None,
                    note="holds a 64 MiB block and its ciphertext"
                    if name.startswith("raw")
                    else "",
                )
            )
        report.note(
            f"sealing: best of {reps} runs; files in {work.parent} "
            f"({_filesystem(work)}); "
            "each case is a fresh child process and its peak RSS includes the interpreter"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _rss_label(name: str) -> str:
    """The raw cases seal and open in one process: one peak for both."""
    return name.removesuffix(" seal") + " (seal+open)" if name.startswith("raw") else name


def _remove(work: Path, *names: str) -> None:
    for name in names:
        (work / name).unlink(missing_ok=True)


def _order(name: str) -> tuple[int, int]:
    tool, _, verb = name.partition(" ")
    rank = {"quietroom": 0, "raw": 1, "raw-v3": 2, "age": 3, "pyrage": 4}
    return rank.get(tool, 9), 0 if verb == "seal" else 1


def _filesystem(path: Path) -> str:
    """The file system type holding ``path`` (from /proc/mounts), e.g. ``tmpfs``."""
    best, kind = "", "unknown"
    try:
        for line in Path("/proc/mounts").read_text().splitlines():
            fields = line.split()
            mount, fstype = fields[1], fields[2]
            if str(path).startswith(mount) and len(mount) > len(best):
                best, kind = mount, fstype
    except (OSError, IndexError):
        pass
    return kind


def _importable(module: str) -> bool:
    result = subprocess.run(
        [sys.executable, "-c", f"import {module}"], capture_output=True, check=False
    )
    return result.returncode == 0


if __name__ == "__main__":
    sys.exit(child_main(sys.argv[1:]))
