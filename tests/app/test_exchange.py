"""Claims of app.exchange: a shared folder where packets go out atomically and come in by scan."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app import exchange, inbox, papers, sharing
from app.errors import InvalidInput
from tests.app.sharing_vaults import (
    Member,
    add_paper,
    contact_of,
    introduce,
    members,
    paper_bytes,
    snapshot,
)

NOW = 1_900_000_000.0


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[list[Member]]:
    with members(tmp_path, ("Amira", "Bashir", "Chen")) as made:
        for holder in made:
            for other in made:
                if holder is not other:
                    introduce(holder, other)
        yield made


@pytest.fixture
def shared_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "Sync" / "quietroom-exchange"
    folder.mkdir(parents=True)
    return folder


def send(sender: Member, to: list[Member], data: bytes, folder: Path, name: str) -> Path:
    """``sender`` seals a new paper to ``to`` into ``folder``; the file is aged past settling."""
    paper = add_paper(sender, data, name)
    ids = [contact_of(sender, r).contact.id for r in to]
    chosen = sharing.resolve_recipients(sender.vault, contact_ids=ids)
    path = sharing.share_paper(sender.vault, paper.id, chosen, folder).path
    age(path, 60)
    return path


def age(path: Path, seconds: float) -> None:
    stamp = NOW - seconds
    os.utime(path, (stamp, stamp))


def at(now: float) -> Callable[[], float]:
    return lambda: now


def outcomes(member: Member, folder: Path, clock: float = NOW) -> dict[str, str]:
    return {o.file_name: o.outcome for o in exchange.scan(member.vault, folder, clock=at(clock))}


def received(member: Member) -> dict[str, bytes]:
    return {p.file_name: paper_bytes(member, p.id) for p in papers.list_papers(member.vault)}


def test_exchange_folder_is_remembered_inside_the_vault(
    trio: list[Member], shared_folder: Path
) -> None:
    amira, _, _ = trio
    assert exchange.exchange_folder(amira.vault) is None
    exchange.set_exchange_folder(amira.vault, shared_folder)
    assert exchange.exchange_folder(amira.vault) == shared_folder.absolute()
    exchange.set_exchange_folder(amira.vault, None)
    assert exchange.exchange_folder(amira.vault) is None


def test_a_missing_exchange_folder_is_refused(trio: list[Member], tmp_path: Path) -> None:
    amira, _, _ = trio
    with pytest.raises(InvalidInput, match="is not a folder"):
        exchange.set_exchange_folder(amira.vault, tmp_path / "absent")
    with pytest.raises(InvalidInput, match="cannot read the exchange folder"):
        exchange.scan(amira.vault, tmp_path / "absent")


def test_packet_addressed_to_me_is_imported_by_a_scan(
    trio: list[Member], shared_folder: Path
) -> None:
    amira, bashir, _ = trio
    path = send(amira, [bashir], b"minutes of round two", shared_folder, "minutes.txt")
    assert outcomes(bashir, shared_folder) == {path.name: "imported"}
    assert received(bashir) == {"minutes.txt": b"minutes of round two"}


def test_a_file_still_being_written_is_left_alone_until_it_settles(
    trio: list[Member], shared_folder: Path
) -> None:
    amira, bashir, _ = trio
    path = send(amira, [bashir], b"late arrival", shared_folder, "late.txt")
    age(path, 0.5)  # touched half a second ago
    before = snapshot(bashir)
    assert outcomes(bashir, shared_folder) == {path.name: "in_progress"}
    assert snapshot(bashir) == before
    assert outcomes(bashir, shared_folder, clock=NOW + 10) == {path.name: "imported"}


def test_a_file_dated_in_the_future_by_a_skewed_clock_is_not_held_forever(
    trio: list[Member], shared_folder: Path
) -> None:
    amira, bashir, _ = trio
    path = send(amira, [bashir], b"from a fast clock", shared_folder, "fast.txt")
    age(path, -3600)  # the sender's machine is an hour ahead
    assert outcomes(bashir, shared_folder) == {path.name: "imported"}


def test_hidden_and_temporary_files_are_left_alone(
    trio: list[Member], shared_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    amira, bashir, _ = trio
    real = send(amira, [bashir], b"real", shared_folder, "real.txt")
    data = real.read_bytes()
    real.unlink()
    lookalikes = [
        ".hidden.qrp",
        f".{real.name}.1a2b3c4d.part",
        ".syncthing.x.qrp.tmp",
        "~syncthing~x.qrp.tmp",
        "x.qrp.part",
        "notes.txt",
    ]
    for name in lookalikes:
        (shared_folder / name).write_bytes(data)
        age(shared_folder / name, 60)
    (shared_folder / "folder.qrp").mkdir()
    tried: list[Path] = []
    monkeypatch.setattr(exchange, "import_packet", lambda vault, path: tried.append(path))
    assert outcomes(bashir, shared_folder) == {}
    assert tried == []


def test_packets_for_others_are_left_alone_and_not_read_again(
    trio: list[Member], shared_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    amira, bashir, chen = trio
    path = send(amira, [bashir], b"for bashir only", shared_folder, "b.txt")
    before = snapshot(chen)
    assert outcomes(chen, shared_folder) == {path.name: "not_for_me"}
    assert snapshot(chen).papers == before.papers
    assert path.exists()
    tried: list[Path] = []
    monkeypatch.setattr(exchange, "import_packet", lambda vault, p: tried.append(p))
    assert outcomes(chen, shared_folder) == {}
    assert tried == []


def test_imported_packets_are_not_read_again(
    trio: list[Member], shared_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    amira, bashir, _ = trio
    path = send(amira, [bashir], b"once", shared_folder, "once.txt")
    assert outcomes(bashir, shared_folder) == {path.name: "imported"}
    tried: list[Path] = []
    monkeypatch.setattr(exchange, "import_packet", lambda vault, p: tried.append(p))
    assert outcomes(bashir, shared_folder) == {}
    assert tried == []


def test_own_outgoing_packets_are_recognised_and_not_read_again(
    trio: list[Member], shared_folder: Path
) -> None:
    amira, bashir, _ = trio
    path = send(amira, [bashir], b"mine", shared_folder, "mine.txt")
    before = snapshot(amira)
    assert outcomes(amira, shared_folder) == {path.name: "duplicate"}
    assert outcomes(amira, shared_folder) == {}
    assert snapshot(amira).papers == before.papers


def test_a_file_replaced_under_the_same_name_is_looked_at_again(
    trio: list[Member], shared_folder: Path
) -> None:
    amira, bashir, _ = trio
    path = send(amira, [bashir], b"first", shared_folder, "first.txt")
    good = path.read_bytes()
    path.write_bytes(good[:-10])  # a broken copy, e.g. an interrupted USB transfer
    age(path, 60)
    assert outcomes(bashir, shared_folder) == {path.name: "refused"}
    path.write_bytes(good)  # the complete file arrives later
    age(path, 30)
    assert outcomes(bashir, shared_folder) == {path.name: "imported"}


def test_unknown_sender_is_retried_each_pass_and_imported_once_the_card_is(
    tmp_path: Path, shared_folder: Path
) -> None:
    with members(tmp_path, ("Amira", "Bashir")) as (amira, bashir):
        introduce(amira, bashir)
        path = send(amira, [bashir], b"hello", shared_folder, "hello.txt")
        first = exchange.scan(bashir.vault, shared_folder, clock=at(NOW))
        assert [(o.file_name, o.outcome) for o in first] == [(path.name, "unknown_sender")]
        assert "Amira" in first[0].message
        assert outcomes(bashir, shared_folder) == {path.name: "unknown_sender"}
        introduce(bashir, amira)
        assert outcomes(bashir, shared_folder) == {path.name: "imported"}


def test_three_vaults_sharing_one_folder_each_get_what_was_addressed_to_them(
    trio: list[Member], shared_folder: Path
) -> None:
    amira, bashir, chen = trio
    send(amira, [bashir], b"A to B", shared_folder, "a-to-b.txt")
    send(amira, [bashir, chen], b"A to B and C", shared_folder, "a-to-bc.txt")
    send(bashir, [chen], b"B to C", shared_folder, "b-to-c.txt")
    send(chen, [amira], b"C to A", shared_folder, "c-to-a.txt")
    sent = {m.name: received(m) for m in trio}
    for member in trio:
        exchange.watch(
            member.vault,
            shared_folder,
            on_outcome=lambda o: None,
            should_stop=_after_passes(2),
            sleep=lambda s: None,
            clock=at(NOW),
        )
    got = {m.name: {k: v for k, v in received(m).items() if k not in sent[m.name]} for m in trio}
    assert got == {
        "Amira": {"c-to-a.txt": b"C to A"},
        "Bashir": {"a-to-b.txt": b"A to B", "a-to-bc.txt": b"A to B and C"},
        "Chen": {"a-to-bc.txt": b"A to B and C", "b-to-c.txt": b"B to C"},
    }
    for member in trio:  # and a further pass changes nothing
        before = snapshot(member)
        outcomes(member, shared_folder)
        assert snapshot(member) == before


def _after_passes(n: int) -> Callable[[], bool]:
    calls = 0

    def should_stop() -> bool:
        nonlocal calls
        calls += 1
        return calls > 2 * n  # watch asks twice per pass

    return should_stop


def test_watch_reports_each_outcome_once_and_stops_when_asked(
    trio: list[Member], shared_folder: Path
) -> None:
    amira, bashir, _ = trio
    path = send(amira, [bashir], b"watched", shared_folder, "w.txt")
    age(path, 0)
    clock = [NOW]
    reports: list[tuple[str, str]] = []
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        clock[0] += seconds

    exchange.watch(
        bashir.vault,
        shared_folder,
        on_outcome=lambda o: reports.append((o.file_name, o.outcome)),
        should_stop=lambda: len(slept) >= 4,
        interval=1.0,
        sleep=sleep,
        clock=lambda: clock[0],
    )
    assert reports == [(path.name, "in_progress"), (path.name, "imported")]
    assert received(bashir) == {"w.txt": b"watched"}


def test_watch_reports_a_vanished_folder_and_keeps_going(
    trio: list[Member], tmp_path: Path
) -> None:
    _, bashir, _ = trio
    reports: list[str] = []
    passes = [0]

    def sleep(seconds: float) -> None:
        passes[0] += 1

    exchange.watch(
        bashir.vault,
        tmp_path / "unplugged-usb-stick",
        on_outcome=lambda o: reports.append(o.outcome),
        should_stop=lambda: passes[0] >= 2,
        sleep=sleep,
    )
    assert reports and set(reports) == {"error"}


def test_inbox_and_exchange_agree_on_what_is_a_duplicate(
    trio: list[Member], shared_folder: Path
) -> None:
    amira, bashir, _ = trio
    path = send(amira, [bashir], b"twice", shared_folder, "twice.txt")
    inbox.import_packet(bashir.vault, path)
    assert outcomes(bashir, shared_folder) == {path.name: "duplicate"}
    assert received(bashir) == {"twice.txt": b"twice"}


def test_a_packet_declined_in_the_app_is_never_imported_by_a_later_scan(
    trio: list[Member], shared_folder: Path
) -> None:
    amira, bashir, _ = trio
    path = send(amira, [bashir], b"declined annex", shared_folder, "annex.txt")
    inbox.decline_packet(bashir.vault, path)
    assert outcomes(bashir, shared_folder) == {}
    assert received(bashir) == {}
