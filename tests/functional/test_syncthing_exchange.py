"""Papers travel between vaults over a real sync engine: two Syncthing instances on loopback.

The claim of the packets issue: an office needs no server of its own, only a folder its
existing sync tool keeps in step. Two real Syncthing processes (Debian's package, installed
here when missing) share the folder ``quietroom-exchange``; vault A writes sealed packets into
its copy and vault B imports them from its own copy with ``app.exchange.scan``, exactly what
``quietroom exchange watch`` does. Discovery, relays and NAT are off: nothing leaves 127.0.0.1.

The instances and the three vaults are set up once for this module (starting Syncthing is the
slow part); each test writes its own packets and looks only at them.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app import contacts, exchange, inbox, papers, records, sharing
from app import vault as app_vault
from app.contacts import ContactView
from app.exchange import ScanOutcome
from app.vault import OpenVault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.functional import syncthing as st

pytestmark = pytest.mark.slow

FOLDER_ID = "quietroom-exchange"
SYNC_TIMEOUT = 90.0
CONNECT_TIMEOUT = 45.0
#: What docs/exchange.md tells an office to put in .stignore: Quietroom's half-written packets.
IGNORES = (".*.part",)


@pytest.fixture(scope="session")
def syncthing_binary() -> str:
    """The ``syncthing`` program; installed with apt-get when missing. Never skipped."""
    try:
        return st.ensure_installed()
    except st.SyncthingError as exc:
        pytest.fail(
            f"this test needs Syncthing (Debian package 'syncthing') and it could not be "
            f"installed: {exc}",
            pytrace=False,
        )


@dataclass
class Office:
    """Two synced exchange folders and the vaults around them.

    A and B each sync their own copy of the folder; C is a third party who syncs nothing
    here and only exists so that A can seal packets to someone other than B.
    """

    a: OpenVault
    b: OpenVault
    c: OpenVault
    a_folder: Path
    b_folder: Path
    a_sync: st.Instance
    b_sync: st.Instance
    b_in_a: ContactView  # B as A's contact
    c_in_a: ContactView
    a_in_b: ContactView  # A as B's contact


def _vault(root: Path, name: str) -> OpenVault:
    return app_vault.create_vault(root / name.split()[0].lower(), PASSPHRASE, name, FAST_KDF).vault


def _verified(vault: OpenVault, card_from: OpenVault) -> ContactView:
    view = contacts.import_card(vault, contacts.my_card(card_from))
    return contacts.set_verified(vault, view.contact.id)


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory, syncthing_binary: str) -> Iterator[Office]:
    root = tmp_path_factory.mktemp("office")
    a_sync = st.Instance(syncthing_binary, root / "syncthing-a", "office-a")
    b_sync = st.Instance(syncthing_binary, root / "syncthing-b", "office-b")
    vaults = [_vault(root, n) for n in ("Amira Haddad", "Bastien Morel", "Chen Wei")]
    a, b, c = vaults
    try:
        with st.running([a_sync, b_sync]):
            a_folder, b_folder = root / "exchange-a", root / "exchange-b"
            b_sync.add_device(a_sync, dial=False)  # B waits for A's call: no dial race
            a_sync.add_device(b_sync)
            a_sync.share_folder(FOLDER_ID, a_folder, [b_sync], IGNORES)
            b_sync.share_folder(FOLDER_ID, b_folder, [a_sync], IGNORES)
            st.wait_for(
                "the two Syncthing instances to connect",
                lambda: a_sync.connected_to(b_sync) and b_sync.connected_to(a_sync),
                CONNECT_TIMEOUT,
            )
            exchange.set_exchange_folder(a, a_folder)
            exchange.set_exchange_folder(b, b_folder)
            _verified(c, a)  # C knows A, so C could import what A sends C
            yield Office(
                a=a,
                b=b,
                c=c,
                a_folder=a_folder,
                b_folder=b_folder,
                a_sync=a_sync,
                b_sync=b_sync,
                b_in_a=_verified(a, b),
                c_in_a=_verified(a, c),
                a_in_b=_verified(b, a),
            )
    finally:
        for vault in vaults:
            vault.lock()


def _paper_file(folder: Path, name: str, size: int, seed: int) -> tuple[Path, bytes]:
    """A paper of incompressible bytes (so Syncthing moves every block) with a text preamble."""
    data = f"{name}: draft non-paper, not for attribution\n".encode() + random.Random(
        seed
    ).randbytes(size)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(data)
    return path, data


def _share_to(office: Office, source: Path, recipient: ContactView, group: str) -> Path:
    """A adds the paper and seals it to a working group holding only ``recipient``."""
    paper = papers.add_paper(office.a, source, title=source.stem)
    group_id = records.add_group(office.a, group, [recipient.contact.person_id]).id
    recipients = sharing.resolve_recipients(office.a, group_id)
    assert [v.contact.id for v in recipients.contacts] == [recipient.contact.id]
    shared = sharing.share_paper(office.a, paper.id, recipients, office.a_folder)
    assert shared.path.parent == office.a_folder
    office.a_sync.scan(FOLDER_ID)  # don't wait for the watcher's delay
    return shared.path


def _scan_until_settled(office: Office, names: set[str]) -> dict[str, ScanOutcome]:
    """Run B's exchange scan until each named file has a final outcome (or fail with why)."""
    settled: dict[str, ScanOutcome] = {}
    deadline = time.monotonic() + SYNC_TIMEOUT
    while True:
        for outcome in exchange.scan(office.b, office.b_folder):
            if outcome.file_name in names and outcome.outcome != "in_progress":
                settled[outcome.file_name] = outcome
        if names <= settled.keys():
            return settled
        if time.monotonic() >= deadline:
            pytest.fail(_why_not_synced(office, names - settled.keys()), pytrace=False)
        time.sleep(0.25)  # polling interval, bounded by the deadline above


def _why_not_synced(office: Office, missing: set[str]) -> str:
    def listing(folder: Path) -> str:
        return ", ".join(sorted(p.name for p in folder.iterdir())) or "(empty)"

    try:
        completion = office.a_sync.get(
            f"/rest/db/completion?folder={FOLDER_ID}&device={office.b_sync.device_id}"
        )
    except st.SyncthingError as exc:
        completion = str(exc)
    return (
        f"no final outcome in B's exchange folder within {SYNC_TIMEOUT:.0f} s for: "
        f"{sorted(missing)}\nA's folder: {listing(office.a_folder)}\n"
        f"B's folder: {listing(office.b_folder)}\nB's completion seen by A: {completion}\n"
        f"--- A's log ---\n{office.a_sync.log_tail()}\n--- B's log ---\n{office.b_sync.log_tail()}"
    )


def test_paper_sealed_in_one_vault_is_imported_by_the_other_through_syncthing(
    office: Office, tmp_path: Path
) -> None:
    source, data = _paper_file(tmp_path, "annex-b-water-sharing.bin", 384 * 1024, seed=9)
    packet = _share_to(office, source, office.b_in_a, "Water sharing (B only)")
    papers_before = len(papers.list_papers(office.b))

    outcome = _scan_until_settled(office, {packet.name})[packet.name]

    assert outcome.outcome == "imported", outcome.message
    assert outcome.item_kind == "paper" and outcome.item_id is not None
    synced = office.b_folder / packet.name
    assert synced.read_bytes() == packet.read_bytes(), "Syncthing delivered a different file"
    received = papers.get_paper(office.b, outcome.item_id)
    assert received.file_name == source.name
    assert b"".join(papers.iter_paper(office.b, outcome.item_id)) == data
    assert len(papers.list_papers(office.b)) == papers_before + 1
    sender = inbox.inspect_packet(office.b, synced).sender
    assert not sender.is_me
    assert sender.contact_id == office.a_in_b.contact.id
    assert sender.name == "Amira Haddad" and sender.verified


def test_packet_for_someone_else_syncs_through_and_is_left_alone(
    office: Office, tmp_path: Path
) -> None:
    source, data = _paper_file(tmp_path, "note-for-chen-only.bin", 200 * 1024, seed=23)
    packet = _share_to(office, source, office.c_in_a, "Chen only")
    original = packet.read_bytes()
    papers_before = len(papers.list_papers(office.b))

    outcome = _scan_until_settled(office, {packet.name})[packet.name]

    assert outcome.outcome == "not_for_me", outcome.message
    assert len(papers.list_papers(office.b)) == papers_before, "B stored a packet not for B"
    synced = office.b_folder / packet.name
    assert synced.read_bytes() == original, "B's copy was changed"
    assert packet.read_bytes() == original, "A's copy was changed"
    # Left alone means still whole and usable by its addressee, from B's copy.
    imported = inbox.import_packet(office.c, synced)
    assert not imported.duplicate and imported.item_id is not None
    assert b"".join(papers.iter_paper(office.c, imported.item_id)) == data
