"""End-to-end runs of the real ``quietroom`` command for contacts, packets and the exchange folder.

Three vaults (Amira, Bashir, Chen) are made with the fast test KDF; everything else is done the
way a user would: the installed ``quietroom`` entry point in a subprocess, the passphrase in
QUIETROOM_PASSPHRASE, HOME and TMPDIR pointed into tmp_path.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app import vault as app_vault
from app.cli.commands import (
    EXIT_ERROR,
    EXIT_NOT_FOR_YOU,
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_UNKNOWN_SENDER,
)
from tests.conftest import FAST_KDF, PASSPHRASE

QUIETROOM = Path(sys.executable).with_name("quietroom")
CONTENT = b"MARKER-PAPER-41c7 options paper on the border crossings\n" * 300


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


@dataclass(frozen=True)
class User:
    name: str
    folder: Path
    env: dict[str, str]

    def run(self, *args: str, stdin: str = "") -> Result:
        done = subprocess.run(
            [str(QUIETROOM), "--vault", str(self.folder), *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=self.env,
            timeout=120,
            cwd=self.folder.parent,
        )
        return Result(done.returncode, done.stdout, done.stderr)

    def ok(self, *args: str, stdin: str = "") -> Result:
        result = self.run(*args, stdin=stdin)
        assert result.code == EXIT_OK, f"{args}: {result.err}"
        assert "Traceback" not in result.err
        return result


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QUIETROOM_")}
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "TMPDIR"):
        folder = home / name.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[name] = str(folder)
    env["QUIETROOM_PASSPHRASE"] = PASSPHRASE
    return env


@pytest.fixture
def users(tmp_path: Path) -> Iterator[tuple[User, User, User]]:
    made = []
    for name in ("Amira", "Bashir", "Chen"):
        folder = tmp_path / name.lower() / "vault"
        app_vault.create_vault(folder, PASSPHRASE, name, FAST_KDF).vault.lock()
        made.append(User(name, folder, _env(tmp_path / name.lower() / "home")))
    yield made[0], made[1], made[2]


def card_text(user: User) -> str:
    return user.ok("contact", "export").out.strip()


def add_contact(holder: User, other: User) -> int:
    return int(holder.ok("--json", "contact", "import", stdin=card_text(other)).json()["id"])


def person_of(holder: User, contact_id: int) -> int:
    listed = holder.ok("--json", "contact", "list").json()
    return int(next(c["person_id"] for c in listed if c["id"] == contact_id))


def add_paper(user: User, data: bytes = CONTENT, name: str = "crossings.txt") -> int:
    source = user.folder.parent / name
    source.write_bytes(data)
    return int(user.ok("--json", "paper", "add", str(source), "--title", name).json()["id"])


def paper_contents(user: User) -> dict[str, bytes]:
    found = {}
    out = user.folder.parent / "exported"
    out.mkdir(exist_ok=True)
    for paper in user.ok("--json", "paper", "list").json():
        target = out / f"{paper['id']}-{paper['file_name']}"
        if not target.exists():
            user.ok("paper", "export", str(paper["id"]), str(target), "--yes")
        found[paper["file_name"]] = target.read_bytes()
    return found


def whoami_digits(user: User) -> str:
    return " ".join(user.ok("--json", "whoami").json()["fingerprint"])


# -- contacts --------------------------------------------------------------------------------


def test_card_exported_to_a_file_and_a_qr_code_imports_and_lists_unverified(
    users: tuple[User, User, User], tmp_path: Path
) -> None:
    amira, bashir, chen = users
    cards = tmp_path / "cards"
    cards.mkdir()
    amira.ok("contact", "export", "--out", str(cards), "--qr", str(cards / "amira.png"))
    [card_file] = cards.glob("*.qrcard")
    assert (cards / "amira.png").stat().st_size > 0
    assert card_file.read_text().strip() == card_text(amira)

    imported = bashir.ok("contact", "import", str(card_file))
    assert "Amira" in imported.out and "UNVERIFIED" in imported.out
    for line in whoami_digits(amira).split(" "):
        assert line in imported.out  # the same digits on both sides
    pasted = chen.ok("--json", "contact", "import", stdin=card_text(amira) + "\n").json()
    assert pasted["verified"] is False
    assert " ".join(pasted["fingerprint"]) == whoami_digits(amira)

    listed = bashir.ok("contact", "list")
    assert "Amira" in listed.out and "UNVERIFIED" in listed.out
    again = bashir.ok("--json", "contact", "import", str(card_file)).json()
    assert len(bashir.ok("--json", "contact", "list").json()) == 1
    assert again["name"] == "Amira"


def test_verify_needs_the_matching_fingerprint(users: tuple[User, User, User]) -> None:
    amira, bashir, _ = users
    contact = add_contact(bashir, amira)
    wrong = bashir.run("contact", "verify", str(contact), "--fingerprint", "12345 " * 12)
    assert wrong.code == EXIT_ERROR
    assert "does not match" in wrong.err and "Traceback" not in wrong.err
    assert bashir.ok("--json", "contact", "show", str(contact)).json()["verified"] is False

    bashir.ok("contact", "verify", str(contact), "--fingerprint", whoami_digits(amira))
    assert bashir.ok("--json", "contact", "show", str(contact)).json()["verified"] is True
    assert "verified" in bashir.ok("contact", "list").out


def test_garbage_and_own_cards_are_refused_clearly(users: tuple[User, User, User]) -> None:
    amira, _, _ = users
    garbage = amira.run("contact", "import", stdin="this is not a card")
    assert garbage.code == EXIT_ERROR
    assert "quietroom-card:" in garbage.err and "Traceback" not in garbage.err
    own = amira.run("contact", "import", stdin=card_text(amira))
    assert own.code == EXIT_ERROR and "your own card" in own.err


# -- packets ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Shared:
    packet: Path
    paper_id: int


def share_to_bashir_group(amira: User, bashir: User, outbox: Path) -> Shared:
    outbox.mkdir(exist_ok=True)
    contact = add_contact(amira, bashir)
    group = amira.ok(
        "group", "add", "--name", "Crossings WG", "--member", str(person_of(amira, contact))
    ).out.strip()
    paper = add_paper(amira)
    shared = amira.ok("share", str(paper), "--group", group, "--out", str(outbox))
    assert "UNVERIFIED" in shared.err  # Bashir's card was not verified: the sender is warned
    return Shared(Path(shared.out.strip()), paper)


def test_share_to_a_group_open_and_import_show_sender_and_verification(
    users: tuple[User, User, User], tmp_path: Path
) -> None:
    amira, bashir, _ = users
    shared = share_to_bashir_group(amira, bashir, tmp_path / "outbox")
    contact = add_contact(bashir, amira)

    opened = bashir.ok("open", str(shared.packet))
    assert "Amira (UNVERIFIED)" in opened.out
    assert "you" in opened.out and "Signature: verified" in opened.out
    assert "crossings.txt" in opened.out
    bashir.ok("contact", "verify", str(contact), "--fingerprint", whoami_digits(amira))
    as_json = bashir.ok("--json", "open", str(shared.packet)).json()
    assert as_json["sender"]["name"] == "Amira" and as_json["sender"]["verified"] is True
    assert sorted(r["name"] for r in as_json["recipients"]) == ["Amira", "you"]

    imported = bashir.ok("import", str(shared.packet))
    assert "from Amira (verified)" in imported.out
    assert paper_contents(bashir) == {"crossings.txt": CONTENT}
    twice = bashir.ok("import", str(shared.packet))
    assert "Already imported" in twice.out
    assert len(bashir.ok("--json", "paper", "list").json()) == 1
    assert "MARKER" not in opened.err + imported.err


def test_share_to_named_contacts(users: tuple[User, User, User], tmp_path: Path) -> None:
    amira, bashir, chen = users
    to_b, to_c = add_contact(amira, bashir), add_contact(amira, chen)
    add_contact(bashir, amira)
    add_contact(chen, amira)
    paper = add_paper(amira)
    out = tmp_path / "out"
    out.mkdir()
    packet = amira.ok("share", str(paper), "--to", str(to_b), "--to", str(to_c), "--out", str(out))
    path = packet.out.strip()
    assert "imported" in bashir.ok("import", path).out.lower()
    assert "imported" in chen.ok("import", path).out.lower()
    assert paper_contents(chen) == {"crossings.txt": CONTENT}


def test_a_packet_for_others_exits_with_its_own_status(
    users: tuple[User, User, User], tmp_path: Path
) -> None:
    amira, bashir, chen = users
    shared = share_to_bashir_group(amira, bashir, tmp_path / "outbox")
    add_contact(chen, amira)
    for command in ("open", "import"):
        result = chen.run(command, str(shared.packet))
        assert result.code == EXIT_NOT_FOR_YOU
        assert result.err.strip() == "quietroom: this packet is not addressed to you"
    assert chen.ok("--json", "paper", "list").json() == []


def test_a_tampered_packet_exits_with_its_own_status_and_stores_nothing(
    users: tuple[User, User, User], tmp_path: Path
) -> None:
    amira, bashir, _ = users
    shared = share_to_bashir_group(amira, bashir, tmp_path / "outbox")
    add_contact(bashir, amira)
    data = bytearray(shared.packet.read_bytes())
    data[len(data) // 2] ^= 0x10
    tampered = tmp_path / "tampered.qrp"
    tampered.write_bytes(bytes(data))
    audit_before = bashir.ok("audit", "verify").out
    for command in ("open", "import"):
        result = bashir.run(command, str(tampered))
        assert result.code == EXIT_REFUSED
        assert "altered" in result.err and "Traceback" not in result.err
        assert "MARKER" not in result.err
    assert bashir.ok("--json", "paper", "list").json() == []
    assert bashir.ok("audit", "verify").out == audit_before


def test_an_unknown_sender_exits_with_its_own_status_until_the_card_is_imported(
    users: tuple[User, User, User], tmp_path: Path
) -> None:
    amira, bashir, _ = users
    shared = share_to_bashir_group(amira, bashir, tmp_path / "outbox")
    refused = bashir.run("import", str(shared.packet))
    assert refused.code == EXIT_UNKNOWN_SENDER
    assert "not among your contacts" in refused.err and "Amira" in refused.err
    assert whoami_digits(amira).split(" ")[0] in refused.err
    assert bashir.ok("--json", "paper", "list").json() == []
    opened = bashir.ok("open", str(shared.packet))
    assert "NOT A CONTACT" in opened.out

    add_contact(bashir, amira)
    imported = bashir.ok("import", str(shared.packet))
    assert "from Amira (UNVERIFIED)" in imported.out


def test_sharing_to_a_missing_exchange_folder_is_a_clear_error(
    users: tuple[User, User, User], tmp_path: Path
) -> None:
    amira, bashir, _ = users
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    amira.ok("exchange", "set", str(folder))
    folder.rmdir()
    contact = add_contact(amira, bashir)
    paper = add_paper(amira)
    result = amira.run("share", str(paper), "--to", str(contact))
    assert result.code == EXIT_ERROR and "is missing" in result.err
    assert not folder.exists()


# -- the exchange folder ---------------------------------------------------------------------


def test_three_vaults_exchange_papers_with_only_exchange_watch(
    users: tuple[User, User, User], tmp_path: Path
) -> None:
    amira, bashir, chen = users
    shared_folder = tmp_path / "Sync" / "exchange"
    shared_folder.mkdir(parents=True)
    ids: dict[tuple[str, str], int] = {}
    for holder in users:
        holder.ok("exchange", "set", str(shared_folder))
        for other in users:
            if other is not holder:
                ids[holder.name, other.name] = add_contact(holder, other)

    def send(sender: User, *to: User) -> None:
        name = f"{sender.name}-to-{'-'.join(r.name for r in to)}.txt"
        paper = add_paper(sender, name.encode(), name)
        targets = [arg for r in to for arg in ("--to", str(ids[sender.name, r.name]))]
        sender.ok("share", str(paper), *targets)

    send(amira, bashir)
    send(amira, bashir, chen)
    send(bashir, chen)
    send(chen, amira)
    own = {u.name: set(paper_contents(u)) for u in users}
    for user in users:
        watched = user.ok("exchange", "watch", "--once", "--settle", "0")
        assert "Traceback" not in watched.err
    got = {
        u.name: {k: v for k, v in paper_contents(u).items() if k not in own[u.name]} for u in users
    }
    assert got == {
        "Amira": {"Chen-to-Amira.txt": b"Chen-to-Amira.txt"},
        "Bashir": {
            "Amira-to-Bashir.txt": b"Amira-to-Bashir.txt",
            "Amira-to-Bashir-Chen.txt": b"Amira-to-Bashir-Chen.txt",
        },
        "Chen": {
            "Amira-to-Bashir-Chen.txt": b"Amira-to-Bashir-Chen.txt",
            "Bashir-to-Chen.txt": b"Bashir-to-Chen.txt",
        },
    }
    again = chen.ok("exchange", "watch", "--once", "--settle", "0")
    assert "imported" not in again.out  # a second pass imports nothing new


def test_watch_once_leaves_a_freshly_written_packet_for_the_next_pass(
    users: tuple[User, User, User], tmp_path: Path
) -> None:
    amira, bashir, _ = users
    shared = share_to_bashir_group(amira, bashir, tmp_path / "exchange")
    add_contact(bashir, amira)
    fresh = bashir.ok("exchange", "watch", str(shared.packet.parent), "--once", "--settle", "3600")
    assert "in_progress" in fresh.out
    assert bashir.ok("--json", "paper", "list").json() == []
    settled = bashir.ok("exchange", "watch", str(shared.packet.parent), "--once", "--settle", "0")
    assert "imported" in settled.out
    assert paper_contents(bashir) == {"crossings.txt": CONTENT}


def test_watch_runs_for_a_while_and_stops_by_itself(
    users: tuple[User, User, User], tmp_path: Path
) -> None:
    amira, bashir, _ = users
    shared = share_to_bashir_group(amira, bashir, tmp_path / "exchange")
    add_contact(bashir, amira)
    watched = bashir.ok(
        "--json",
        "exchange",
        "watch",
        str(shared.packet.parent),
        "--settle",
        "0",
        "--interval",
        "0.1",
        "--for-seconds",
        "1",
    )
    reports = [json.loads(chunk) for chunk in _json_objects(watched.out)]
    assert [(r["file_name"], r["outcome"]) for r in reports] == [(shared.packet.name, "imported")]


def _json_objects(text: str) -> list[str]:
    """Split the concatenated, indented JSON objects that --json watch prints."""
    decoder = json.JSONDecoder()
    found, pos = [], 0
    while pos < len(text):
        if text[pos].isspace():
            pos += 1
            continue
        _, end = decoder.raw_decode(text, pos)
        found.append(text[pos:end])
        pos = end
    return found
