"""A vault of N notes and M people: create, unlock after the KDF, first page, search.

The same workload runs twice through the same code (``app.records``, ``app.search``): once on a
real vault (SQLCipher, keyed) and once on the same schema in an unkeyed database opened with the
same session pragmas (WAL, ``synchronous = FULL``, cache size, ``secure_delete``). The unkeyed
database is opened with ``sqlcipher3`` rather than the standard library's ``sqlite3``: the
schema needs SQLite >= 3.44 (``concat_ws`` in the search triggers), and the same library build
means the only difference between the two runs is the encryption.

The vault's Argon2id is weakened (1 pass, 8 MiB): the KDF is not what is measured here. Unlock
time after the KDF is the median time of ``app.vault.unlock`` minus the median time of the KDF
alone with the same parameters.
"""

from __future__ import annotations

import functools
import random
import secrets
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import sqlcipher3

from app import records
from app import search as app_search
from app import vault as app_vault
from app.vault import KdfParams, OpenVault
from bench.corpus import Corpus, NoteText, PersonText
from bench.measure import Report, Row, median, percentile
from storage import db as storage_db
from storage import keyslots, schema
from storage.keyslots import KeySlots, SlotKind, Unwrapped
from storage.vault import Vault

BENCH_KDF = KdfParams(opslimit=1, memlimit=8 * 1024 * 1024)
PASSPHRASE = "lantern orchard basalt quietly 1987"  # noqa: S105 - a throwaway bench vault
BATCH = 500
QUERIES = 100
PAGE = 50
PLAIN_FILE = "plain.db"
#: Unlock rounds (at least) for the after-unlock figures: each is a fraction of a millisecond.
COLD_ROUNDS = 20
#: First pages read with an emptied page cache, per side (cheap: no unlock between them).
COLD_SAMPLES = 100
WARM_REPEATS = 10


class PlainDatabase(storage_db.Database):
    """The vault's database class without the key: same pragmas, same SQL, plain SQLite pages."""

    def _open(self, key: bytes) -> sqlcipher3.Connection:
        conn = sqlcipher3.connect(str(self.path), isolation_level=None, check_same_thread=False)
        for pragma in storage_db._SESSION_PRAGMAS:
            conn.execute(pragma)
        return conn


def open_plain(folder: Path) -> OpenVault:
    """An :class:`OpenVault` over an unkeyed database in ``folder`` (created if missing)."""
    db = PlainDatabase(folder / PLAIN_FILE, bytes(32))
    schema.migrate(db)
    slots = KeySlots.new(BENCH_KDF)  # never written: Vault only reads its vault id
    opened = Unwrapped(index=0, kind=SlotKind.PASSPHRASE, master_key=secrets.token_bytes(32))
    return OpenVault(Vault(folder, db, slots, opened))


@dataclass(frozen=True)
class Workload:
    dialogues: int
    sessions_per_dialogue: int
    people: list[PersonText]
    notes: list[NoteText]
    note_homes: list[tuple[int, int | None]]  # (dialogue index, session index or None)
    queries: list[str]


def make_workload(notes: int, people: int, seed: int = 7) -> Workload:
    corpus = Corpus(seed)
    dialogues = max(5, notes // 2000)
    per_dialogue = 8
    note_texts = list(corpus.notes(notes))
    rng = random.Random(seed + 1)
    homes: list[tuple[int, int | None]] = []
    for _ in range(notes):
        dialogue = rng.randrange(dialogues)
        session = rng.randrange(per_dialogue) if rng.random() < 0.8 else None
        homes.append((dialogue, session))
    queries = [corpus.query(rng.choice(note_texts)) for _ in range(QUERIES)]
    return Workload(
        dialogues=dialogues,
        sessions_per_dialogue=per_dialogue,
        people=[corpus.person(i) for i in range(people)],
        notes=note_texts,
        note_homes=homes,
        queries=queries,
    )


def _batches(items: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def populate(vault: OpenVault, work: Workload) -> dict[str, float]:
    """Create everything through ``app.records``, ``BATCH`` records per transaction."""
    db = vault.storage.db
    timings: dict[str, float] = {}
    start = time.perf_counter()
    session_ids: list[list[int]] = []
    dialogue_ids: list[int] = []
    with db.transaction():
        for d in range(work.dialogues):
            dialogue = records.add_dialogue(vault, f"Dialogue {d + 1}", goal="resolution")
            dialogue_ids.append(dialogue.id)
            rounds = []
            for r in range(work.sessions_per_dialogue):
                session = records.add_session(
                    vault, dialogue.id, starts_on=f"2025-{r + 1:02d}-15", place="Geneva"
                )
                rounds.append(session.id)
            session_ids.append(rounds)
    timings["dialogues_and_sessions"] = time.perf_counter() - start

    start = time.perf_counter()
    for batch in _batches(work.people, BATCH):
        with db.transaction():
            for p in batch:
                records.add_person(
                    vault,
                    p.name,
                    affiliation=p.affiliation,
                    side=p.side,
                    track=p.track,
                    notes=p.notes,
                )
    timings["people"] = time.perf_counter() - start

    start = time.perf_counter()
    pairs = list(zip(work.notes, work.note_homes, strict=True))
    for batch in _batches(pairs, BATCH):
        with db.transaction():
            for note, (d, s) in batch:
                records.add_note(
                    vault,
                    note.body,
                    title=note.title,
                    dialogue_id=dialogue_ids[d] if s is None else None,
                    session_id=session_ids[d][s] if s is not None else None,
                    kind=note.kind,
                    attributable=note.attributable,
                )
    timings["notes"] = time.perf_counter() - start
    return timings


def paired_ratio(encrypted: list[float], plain: list[float]) -> float:
    """The median of ``encrypted[i] / plain[i]`` over samples taken one after the other."""
    if len(encrypted) != len(plain) or not encrypted:
        raise ValueError("paired figures need the same, non-zero number of samples")
    return median([e / p for e, p in zip(encrypted, plain, strict=True) if p > 0])


def _timed(action: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    result = action()
    return time.perf_counter() - start, result


@dataclass
class Figures:
    creation: dict[str, float]
    size_bytes: int
    kdf_seconds: list[float] = field(default_factory=list)
    open_seconds: list[float] = field(default_factory=list)
    navigation_after_unlock: list[float] = field(default_factory=list)
    first_page_after_unlock: list[float] = field(default_factory=list)
    first_page_cold: list[float] = field(default_factory=list)
    first_page_warm: list[float] = field(default_factory=list)
    search: list[float] = field(default_factory=list)
    hits: list[int] = field(default_factory=list)


def _in_worker(open_vault: Callable[[], OpenVault], worker: Executor) -> tuple[float, OpenVault]:
    """Open (unlock) on ``worker``, a long-lived thread as the app's unlock job runs on one of
    Qt's pool threads; its time there. (A thread started for the purpose and ended at once
    would make the next query pay for its exit: OpenSSL's per-thread clean-up then runs beside
    it, ~0.1 ms here, which the app never meets.)"""
    return worker.submit(_timed, open_vault).result()


Side = tuple[Callable[[], OpenVault], Figures, Callable[[], object] | None]


def _read_once(side: Side, worker: Executor) -> None:
    """One round of the after-unlock figures, in the app's order and on the app's threads.

    The app unlocks on one of Qt's pool threads; the Qt thread then builds the navigation
    (every dialogue and its rounds: ``records.navigation``, as ``Workspace`` does) and, when
    the user opens a list, reads its first page, through the connection the unlock left in
    the database's pool; the vault is locked on the Qt thread too. Nothing else runs on this
    (main) thread between rounds: when it also unlocked and closed vaults of its own, the first
    query of the next round paid glibc's deferred sorting of the blocks those closes had freed
    (0.1-0.3 ms, no system call, gone after three larger allocations: docs/performance.md),
    which the app's Qt thread, painting between a lock and the next unlock, never meets.

    The side's key derivation alone, if it has one, is timed on the same thread just before
    its unlock, so that "unlock after the KDF" subtracts like from like.
    """
    open_vault, fig, kdf = side
    if kdf is not None:
        fig.kdf_seconds.append(worker.submit(_timed, kdf).result()[0])
    seconds, vault = _in_worker(open_vault, worker)
    fig.open_seconds.append(seconds)
    with vault:
        fig.navigation_after_unlock.append(_timed(functools.partial(records.navigation, vault))[0])
        fig.first_page_after_unlock.append(
            _timed(functools.partial(records.list_note_summaries, vault, limit=PAGE))[0]
        )


def _empty_page_cache(db: storage_db.Database) -> None:
    """Drop the decrypted pages the idle connection holds (``sqlite3_db_release_memory``): the
    next query reads every page it needs from the file again, as after an unlock."""
    db.query("PRAGMA shrink_memory")


def _read_figures(sides: list[Side], work: Workload, reps: int) -> None:
    """Take the read figures of every side, interleaved: round by round and query by query,
    so that a disturbance of the shared machine falls on both sides alike."""
    with ThreadPoolExecutor(max_workers=1) as worker:
        for _ in range(max(reps, COLD_ROUNDS)):
            for side in sides:
                _read_once(side, worker)
    opened = [(open_vault(), fig) for open_vault, fig, _ in sides]
    try:
        # Cold and warm: the first page read with an empty page cache (every page it needs is
        # read from the file, decrypted and authenticated), then ten more times from the cache.
        for _ in range(COLD_SAMPLES):
            for vault, fig in opened:
                first_page = functools.partial(records.list_note_summaries, vault, limit=PAGE)
                _empty_page_cache(vault.storage.db)
                fig.first_page_cold.append(_timed(first_page)[0])
                for _ in range(WARM_REPEATS):
                    fig.first_page_warm.append(_timed(first_page)[0])
        for query in work.queries:
            for vault, fig in opened:
                seconds, found = _timed(functools.partial(app_search.search, vault, query))
                fig.search.append(seconds)
                fig.hits.append(len(found))
    finally:
        for vault, _ in opened:
            vault.lock()


#: The page probe: one row per page, a row just under what fits in a 4 KiB page.
PROBE_PAGES = 4000
PROBE_ROW_BYTES = 3000
PROBE_SCANS = 15
PROBE_LOOKUPS = 300
#: Pages a look-up in the probe reads with an empty cache: page 1, the root, an interior page
#: and the leaf (counted with strace on the plain file: four pread calls).
PROBE_LOOKUP_PAGES = 4


@dataclass(frozen=True)
class PageCosts:
    """Seconds per page read for the first time, (SQLCipher, plain), two ways."""

    in_scan: tuple[float, float]
    alone: tuple[float, float]


def page_read_costs(folder: Path) -> PageCosts:
    """What reading a page for the first time costs, SQLCipher and plain.

    ``in_scan``: a table of ``PROBE_PAGES`` one-row pages scanned with the page cache emptied,
    per page. ``alone``: look-ups of one random row with the cache emptied, less the same
    look-up from the cache, per page read (the pages of a cold query are read one at a time
    between b-tree steps). Both are taken back to back, with the cipher's code in the CPU's
    caches: a first read after other work costs more on both sides (docs/performance.md). The
    same ``storage.db.Database`` settings on both sides (a random key on one), files in the
    operating system's cache, samples interleaved.
    """
    databases = [
        storage_db.Database(folder / "probe-encrypted.db", secrets.token_bytes(32)),
        PlainDatabase(folder / "probe-plain.db", bytes(32)),
    ]
    try:
        for db in databases:
            with db.transaction():
                db.execute("CREATE TABLE probe (id INTEGER PRIMARY KEY, payload BLOB)")
                for _ in range(PROBE_PAGES):
                    db.execute(
                        "INSERT INTO probe (payload) VALUES (?)",
                        (secrets.token_bytes(PROBE_ROW_BYTES),),
                    )
            db.query("PRAGMA wal_checkpoint(TRUNCATE)")  # every page read from the file
        scans: list[list[float]] = [[], []]
        for _ in range(PROBE_SCANS):
            for db, spent in zip(databases, scans, strict=True):
                _empty_page_cache(db)
                start = time.perf_counter()
                db.query("SELECT count(*), sum(length(payload)) FROM probe")
                spent.append((time.perf_counter() - start) / PROBE_PAGES)
        cold: list[list[float]] = [[], []]
        warm: list[list[float]] = [[], []]
        rng = random.Random(11)
        for _ in range(PROBE_LOOKUPS):
            row = rng.randrange(1, PROBE_PAGES + 1)
            for db, first, again in zip(databases, cold, warm, strict=True):
                look_up = functools.partial(
                    db.query, "SELECT length(payload) FROM probe WHERE id = ?", (row,)
                )
                _empty_page_cache(db)
                first.append(_timed(look_up)[0])
                again.append(_timed(look_up)[0])
        alone = [
            max(0.0, median(first) - median(again)) / PROBE_LOOKUP_PAGES
            for first, again in zip(cold, warm, strict=True)
        ]
        return PageCosts(in_scan=(median(scans[0]), median(scans[1])), alone=(alone[0], alone[1]))
    finally:
        for db in databases:
            db.close()


@contextmanager
def _folder(root: Path | None) -> Iterator[Path]:
    path = Path(tempfile.mkdtemp(prefix="qr-bench-vault-", dir=root))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def _into_os_cache(*folders: Path) -> None:
    """Read every file of ``folders`` once, so that their pages are in the OS cache."""
    for folder in folders:
        for path in sorted(folder.iterdir()):
            if path.is_file():
                with open(path, "rb", buffering=0) as raw:
                    while raw.read(1 << 20):
                        pass


def _size(folder: Path, names: tuple[str, ...]) -> int:
    return sum(p.stat().st_size for p in folder.iterdir() if p.name.startswith(names))


def create_encrypted(folder: Path, work: Workload) -> Figures:
    created = app_vault.create_vault(folder, PASSPHRASE, "Bench", BENCH_KDF)
    with created.vault as vault:
        creation = populate(vault, work)
    return Figures(creation, _size(folder, ("vault.db", "keyslots")))


def create_plain(folder: Path, work: Workload) -> Figures:
    with open_plain(folder) as vault:
        creation = populate(vault, work)
    with open(folder / PLAIN_FILE, "rb") as raw:
        if raw.read(16) != b"SQLite format 3\0":
            raise RuntimeError("the comparison database is not plain SQLite")
    return Figures(creation, _size(folder, (PLAIN_FILE,)))


def run(report: Report, notes: int, people: int, reps: int, keep: Path | None) -> None:
    """Measure both databases; if ``keep`` is given, leave the encrypted vault there."""
    section = f"vault: {notes:,} notes, {people:,} people"
    started = time.perf_counter()
    work = make_workload(notes, people)
    generated = time.perf_counter() - started
    with _folder(None) as root:
        encrypted_folder = keep if keep is not None else root / "vault"
        enc = create_encrypted(encrypted_folder, work)
        plain_folder = root / "plain"
        plain_folder.mkdir()
        plain = create_plain(plain_folder, work)
        # Both files start the reads from the operating system's cache: the encrypted vault,
        # made first, sits idle while the plain one is made, and a machine that pages out idle
        # memory (this one's DAMON reclaims pages unused for a minute) would otherwise leave one
        # side on disk and the other in memory.
        _into_os_cache(encrypted_folder, plain_folder)
        slots = keyslots.read(encrypted_folder)
        _read_figures(
            [
                (
                    lambda: app_vault.unlock(encrypted_folder, PASSPHRASE),
                    enc,
                    lambda: slots.passphrase_slot_key(PASSPHRASE),
                ),
                (lambda: open_plain(plain_folder), plain, None),
            ],
            work,
            reps,
        )
        pages = page_read_costs(root)

    kdf = median(enc.kdf_seconds)
    unlock_after_kdf = max(0.0, median(enc.open_seconds) - kdf)
    # (name, SQLCipher, plain, unit, goal text, absolute limit, ratio is a goal)
    rows = [
        ("create: notes", enc.creation["notes"], plain.creation["notes"], "s", "", None, False),
        ("create: people", enc.creation["people"], plain.creation["people"], "s", "", None, False),
        (
            "unlock after the KDF",
            unlock_after_kdf,
            median(plain.open_seconds),
            "ms",
            "< 150 ms",
            0.150,
            False,
        ),
        (
            f"navigation after unlock ({work.dialogues} dialogues)",
            median(enc.navigation_after_unlock),
            median(plain.navigation_after_unlock),
            "ms",
            "< 30 ms",
            0.030,
            True,
        ),
        (
            f"first page of notes ({PAGE}) after unlock",
            median(enc.first_page_after_unlock),
            median(plain.first_page_after_unlock),
            "ms",
            "< 30 ms",
            0.030,
            True,
        ),
        (
            f"first page of notes ({PAGE}), cold cache",
            median(enc.first_page_cold),
            median(plain.first_page_cold),
            "ms",
            "< 30 ms",
            0.030,
            True,
        ),
        (
            f"first page of notes ({PAGE}), warm",
            median(enc.first_page_warm),
            median(plain.first_page_warm),
            "ms",
            "< 30 ms",
            0.030,
            True,
        ),
        ("search p50", median(enc.search), median(plain.search), "ms", "< 10 ms", 0.010, True),
        (
            "search p95",
            percentile(enc.search, 0.95),
            percentile(plain.search, 0.95),
            "ms",
            "",
            None,
            False,
        ),
    ]
    rows.append(("a page read for the first time, alone", *pages.alone, "µs", "", None, False))
    rows.append(
        ("a page read for the first time, in a scan", *pages.in_scan, "µs", "", None, False)
    )
    for name, value, plain_value, unit, goal, limit, _ in rows:
        scale = {"ms": 1e3, "µs": 1e6}.get(unit, 1.0)
        report.add(
            Row(
                section,
                name,
                value * scale,
                unit,
                goal=goal,
                meets=None if limit is None else value < limit,
                note=f"plain SQLite {plain_value * scale:.2f} {unit}",
            )
        )
    # Figures taken in pairs (round by round, sample by sample, query by query) are compared
    # pair by pair: the median of the pairs' ratios. The machine's speed can change in the
    # middle of a run (seen: every figure of both sides doubled from round 13 of 20); the
    # ratio of the two medians then compares one side's fast rounds with the other's slow ones.
    paired = {
        f"navigation after unlock ({work.dialogues} dialogues)": "navigation_after_unlock",
        f"first page of notes ({PAGE}) after unlock": "first_page_after_unlock",
        f"first page of notes ({PAGE}), cold cache": "first_page_cold",
        f"first page of notes ({PAGE}), warm": "first_page_warm",
        "search p50": "search",
    }
    ratios: dict[str, float] = {}
    for name, value, plain_value, *_, is_goal in rows:
        if plain_value > 0:
            ratio = value / plain_value
            if name in paired:
                field_name = paired[name]
                ratio = paired_ratio(getattr(enc, field_name), getattr(plain, field_name))
            ratios[name] = ratio
            report.add(
                Row(
                    f"{section}: SQLCipher / plain SQLite",
                    name,
                    ratio,
                    "x",
                    goal="<= 1.3x" if is_goal else "",
                    meets=ratio <= 1.3 if is_goal else None,
                )
            )
    report.details["vault"] = {
        "notes": notes,
        "people": people,
        "reps": reps,
        "unlock_rounds": max(reps, COLD_ROUNDS),
        "cold_samples": COLD_SAMPLES,
        "warm_repeats": WARM_REPEATS,
        "dialogues": work.dialogues,
        "rounds_per_dialogue": work.sessions_per_dialogue,
        "queries": work.queries,
        "corpus_seconds": generated,
        "kdf_params": {"opslimit": BENCH_KDF.opslimit, "memlimit": BENCH_KDF.memlimit},
        "kdf_seconds": enc.kdf_seconds,
        "cipher_settings": list(storage_db.CIPHER_SETTINGS[storage_db.CIPHER_VERSION]),
        "ratios": ratios,
        "page_read_seconds": {
            "alone": {"encrypted": pages.alone[0], "plain": pages.alone[1]},
            "in_scan": {"encrypted": pages.in_scan[0], "plain": pages.in_scan[1]},
        },
        "encrypted": _figures_json(enc),
        "plain": _figures_json(plain),
    }
    report.note(
        f"vault: Argon2id weakened to {BENCH_KDF.opslimit} pass / "
        f"{BENCH_KDF.memlimit // (1024 * 1024)} MiB for the bench (the KDF is not measured: "
        f"unlock = median unlock {median(enc.open_seconds) * 1000:.1f} ms minus median KDF "
        f"{kdf * 1000:.1f} ms); the database is on disk, not tmpfs"
    )
    report.note(
        f"vault: {QUERIES} searches of 1-2 content words of real notes (30% as unfinished "
        f"prefixes), median {median([float(h) for h in enc.hits]):.0f} hits (limit 50); "
        f"vault.db {enc.size_bytes / 1e6:.0f} MB, plain {plain.size_bytes / 1e6:.0f} MB"
    )
    report.note(
        f"vault: reads interleaved (SQLCipher and plain round by round, query by query); "
        f"'after unlock' ({max(reps, COLD_ROUNDS)} rounds) as in the app: unlock on a "
        f"long-lived worker thread, then on the main thread the navigation (every dialogue and "
        f"its {work.sessions_per_dialogue} rounds) and the first page of all notes, through the "
        f"connection the unlock left in the pool; 'cold cache' ({COLD_SAMPLES} samples) = the "
        f"first page with the connection's page cache emptied, 'warm' = {WARM_REPEATS} more "
        f"reads each; the ratios of these rows and of search p50 are the median of the pairs' "
        f"ratios"
    )
    report.note(
        f"vault: 'a page read for the first time': 'alone' = {PROBE_LOOKUPS} look-ups of a "
        f"random row with the page cache emptied, less the same from the cache, per page read "
        f"({PROBE_LOOKUP_PAGES}); 'in a scan' = {PROBE_PAGES:,} one-row pages scanned with the "
        f"cache emptied, per page ({PROBE_SCANS} scans); files in the OS cache (SQLCipher "
        f"decrypts and authenticates each page, plain SQLite copies it)"
    )
    notes_per_second = notes / enc.creation["notes"]
    report.note(
        f"vault: creation through app.records, {BATCH} per transaction, one audit entry each: "
        f"{notes_per_second:,.0f} notes/s"
    )


def _figures_json(fig: Figures) -> dict[str, Any]:
    return {
        "creation_seconds": fig.creation,
        "open_seconds": fig.open_seconds,
        "navigation_after_unlock_seconds": fig.navigation_after_unlock,
        "first_page_after_unlock_seconds": fig.first_page_after_unlock,
        "first_page_cold_seconds": fig.first_page_cold,
        "first_page_warm_seconds": fig.first_page_warm,
        "search_seconds": fig.search,
        "search_hits": fig.hits,
        "size_bytes": fig.size_bytes,
    }
