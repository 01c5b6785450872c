"""Claims of the ``quietroom`` command line, run in-process with ``app.cli.main``.

The vault is made with the fast test KDF; tests/functional runs ``init`` and the real process.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app import audit, drafts, papers, records
from app import vault as app_vault
from app.cli import main, output
from app.errors import WrongSecret
from app.vault import CreatedVault
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE

ENV = "QUIETROOM_PASSPHRASE"


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


Run = Callable[..., Result]


@pytest.fixture
def folder(created_vault: CreatedVault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A locked fast-KDF vault; the passphrase is in QUIETROOM_PASSPHRASE."""
    created_vault.vault.lock()
    for name in [k for k in os.environ if k.startswith("QUIETROOM_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv(ENV, PASSPHRASE)
    return vault_dir


class _CurrentStdout:
    """Writes to whatever ``sys.stdout`` is at the time of the write."""

    def write(self, text: str) -> int:
        return sys.stdout.write(text)

    def flush(self) -> None:
        sys.stdout.flush()


def _print_to_current_stdout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Work around app/cli/output.py binding ``sys.stdout`` at import time (see
    test_json_output_goes_to_the_stdout_of_the_caller), so that capsys sees every line."""
    for function in (output.emit_json, output.table, output.fields):
        monkeypatch.setattr(function, "__defaults__", (_CurrentStdout(),))


@pytest.fixture
def qr(folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    """Run ``quietroom --vault FOLDER ARGS…`` with ``stdin`` bytes; never a terminal."""
    _print_to_current_stdout(monkeypatch)

    def run(*args: str, stdin: bytes = b"") -> Result:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
        capsys.readouterr()
        code = main(["--vault", str(folder), *args])
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return run


def _unlocked(folder: Path) -> app_vault.OpenVault:
    return app_vault.unlock(folder, PASSPHRASE)


def test_json_output_goes_to_the_stdout_of_the_caller(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``main()`` called in-process (a script, the UI, a test) must print where ``sys.stdout``
    points at the time, as ``print`` does; output.py binds the stream when it is imported."""
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        code = main(["--vault", str(folder), "--json", "whoami"])
    assert code == 0
    assert json.loads(buffer.getvalue())["name"] == "Facilitator"


# -- records ---------------------------------------------------------------------------------


def test_dialogue_add_list_show_with_json(qr: Run) -> None:
    added = qr("--json", "dialogue", "add", "--title", "Water sharing", "--goal", "resolution")
    assert added.code == 0
    dialogue = added.json()
    assert (dialogue["title"], dialogue["goal"], dialogue["status"]) == (
        "Water sharing",
        "resolution",
        "active",
    )
    listed = qr("--json", "dialogue", "list")
    assert [d["id"] for d in listed.json()] == [dialogue["id"]]
    shown = qr("--json", "dialogue", "show", str(dialogue["id"]))
    assert shown.json() == {"dialogue": dialogue, "sessions": []}


def test_dialogue_add_without_json_prints_the_new_id(qr: Run) -> None:
    result = qr("dialogue", "add", "--title", "Prisoner exchange")
    assert (result.code, result.out) == (0, "1\n")
    shown = qr("dialogue", "show", "1")
    assert "Prisoner exchange" in shown.out


def test_person_list_lists_everyone_not_a_first_page(folder: Path, qr: Run) -> None:
    with _unlocked(folder) as vault:
        for i in range(205):
            records.add_person(vault, f"Person {i:03}")
    listed = qr("--json", "person", "list").json()
    assert [p["name"] for p in listed] == [f"Person {i:03}" for i in range(205)]


def test_dialogue_round_paper_and_draft_lists_list_everything_not_a_first_page(
    folder: Path, qr: Run
) -> None:
    # Each of these stopped at the first 200, silently.
    with _unlocked(folder) as vault, vault.storage.db.transaction():
        dialogue = records.add_dialogue(vault, "Dialogue 000")
        for i in range(1, 205):
            records.add_dialogue(vault, f"Dialogue {i:03}")
        for _ in range(205):
            records.add_session(vault, dialogue.id)
        for i in range(205):
            papers.add_paper_bytes(vault, b"%d" % i, f"paper-{i:03}.txt")
            drafts.new_proposal(vault, f"Proposal {i:03}", "Text")
    assert len(qr("--json", "dialogue", "list").json()) == 205
    assert sorted(d["title"] for d in qr("--json", "dialogue", "list").json()) == [
        f"Dialogue {i:03}" for i in range(205)
    ]
    assert [s["round_no"] for s in qr("--json", "session", "list").json()] == list(range(1, 206))
    assert sorted(p["file_name"] for p in qr("--json", "paper", "list").json()) == [
        f"paper-{i:03}.txt" for i in range(205)
    ]
    assert len(qr("--json", "draft", "list").json()) == 205


def test_session_add_list_show_with_attendance(qr: Run) -> None:
    dialogue_id = qr("--json", "dialogue", "add", "--title", "D").json()["id"]
    person_id = qr("--json", "person", "add", "--name", "Farida").json()["id"]
    first = qr(
        "--json",
        "session",
        "add",
        "--dialogue",
        str(dialogue_id),
        "--date",
        "2024-03-05",
        "--place",
        "Oslo",
        "--mode",
        "hybrid",
        "--person",
        str(person_id),
    ).json()
    second = qr("--json", "session", "add", "--dialogue", str(dialogue_id)).json()
    assert (first["round_no"], second["round_no"]) == (1, 2)
    assert (first["starts_on"], first["place"], first["mode"]) == ("2024-03-05", "Oslo", "hybrid")

    listed = qr("--json", "session", "list", "--dialogue", str(dialogue_id)).json()
    assert [s["id"] for s in listed] == [first["id"], second["id"]]
    shown = qr("--json", "session", "show", str(first["id"])).json()
    assert shown["session"] == first
    assert [p["name"] for p in shown["attendance"]] == ["Farida"]
    assert len(qr("--json", "dialogue", "show", str(dialogue_id)).json()["sessions"]) == 2


def test_session_add_with_a_bad_date_exits_1(qr: Run) -> None:
    qr("dialogue", "add", "--title", "D")
    result = qr("session", "add", "--dialogue", "1", "--date", "05/03/2024")
    assert result.code == 1
    assert "YYYY-MM-DD" in result.err


def test_person_add_list_show_with_json(qr: Run) -> None:
    added = qr(
        "--json",
        "person",
        "add",
        "--name",
        "Tomas Lindqvist",
        "--affiliation",
        "Nordic Peace Foundation",
        "--track",
        "1.5",
        "--attribution",
        "named",
    )
    assert added.code == 0
    person = added.json()
    assert (person["name"], person["track"], person["attribution"]) == (
        "Tomas Lindqvist",
        "1.5",
        "named",
    )
    assert "shell history" in added.err  # the nudge towards --stdin
    assert [p["id"] for p in qr("--json", "person", "list").json()] == [person["id"]]
    assert qr("--json", "person", "show", str(person["id"])).json() == person


def test_person_add_from_stdin_json(qr: Run) -> None:
    fields = {
        "name": "فريدة حداد",
        "affiliation": "Institute for Regional Studies",
        "side": "A",
        "track": "2",
        "attribution": "off_record",
        "notes": "Speaks for herself only.",
    }
    result = qr("--json", "person", "add", "--stdin", stdin=json.dumps(fields).encode())
    assert result.code == 0, result.err
    person = result.json()
    for key, value in fields.items():
        assert person[key] == value
    assert "shell history" not in result.err


def test_note_add_reads_the_body_from_stdin(qr: Run) -> None:
    dialogue_id = qr("--json", "dialogue", "add", "--title", "D").json()["id"]
    body = "Both sides used “security” to mean different things.\nالأمن\n"  # noqa: RUF001
    result = qr(
        "--json",
        "note",
        "add",
        "--dialogue",
        str(dialogue_id),
        "--title",
        "Unpacking",
        "--kind",
        "process",
        stdin=body.encode("utf-8"),
    )
    assert result.code == 0, result.err
    note = result.json()
    assert (note["body"], note["title"], note["kind"]) == (body, "Unpacking", "process")
    assert note["attributable"] is False
    assert note["dialogue_id"] == dialogue_id
    assert qr("--json", "note", "show", str(note["id"])).json() == note
    assert [n["id"] for n in qr("--json", "note", "list").json()] == [note["id"]]


def test_note_add_with_an_empty_body_stores_nothing(qr: Run, folder: Path) -> None:
    result = qr("note", "add", stdin=b"  \n")
    assert result.code == 1
    assert "empty" in result.err
    assert qr("--json", "note", "list").json() == []


def test_note_add_from_stdin_json(qr: Run) -> None:
    fields = {"title": "Option", "body": "A joint water commission.", "kind": "option"}
    note = qr("--json", "note", "add", "--stdin", stdin=json.dumps(fields).encode()).json()
    assert (note["title"], note["body"], note["kind"]) == ("Option", fields["body"], "option")
    assert note["attributable"] is False


def test_note_show_of_an_unknown_number_exits_5(qr: Run) -> None:
    result = qr("note", "show", "999")
    assert result.code == 5
    assert "no note number 999" in result.err
    assert "Traceback" not in result.err


def test_paper_add_list_show_with_json(qr: Run, tmp_path: Path) -> None:
    source = tmp_path / "non-paper.pdf"
    source.write_bytes(b"%PDF-1.7 draft\n" * 10)
    added = qr("--json", "paper", "add", str(source), "--title", "Draft non-paper")
    assert added.code == 0, added.err
    paper = added.json()
    assert (paper["title"], paper["file_name"], paper["media_type"], paper["size"]) == (
        "Draft non-paper",
        "non-paper.pdf",
        "application/pdf",
        150,
    )
    assert len(paper["sha256"]) == 64  # hex
    assert [p["id"] for p in qr("--json", "paper", "list").json()] == [paper["id"]]
    assert qr("--json", "paper", "show", str(paper["id"])).json() == paper


def test_paper_export_with_yes_writes_the_copy_and_warns(qr: Run, tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_bytes(b"the text")
    qr("paper", "add", str(source))
    destination = tmp_path / "out.txt"
    result = qr("paper", "export", "1", str(destination), "--yes")
    assert result.code == 0, result.err
    assert destination.read_bytes() == b"the text"
    assert "not protected" in result.err


def test_paper_export_without_yes_and_no_terminal_refuses_and_writes_nothing(
    qr: Run, tmp_path: Path, folder: Path
) -> None:
    source = tmp_path / "a.txt"
    source.write_bytes(b"the text")
    qr("paper", "add", str(source))
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    result = qr("paper", "export", "1", str(out_dir / "a.txt"))
    assert result.code == 1
    assert "--yes" in result.err
    assert list(out_dir.iterdir()) == []
    with _unlocked(folder) as vault:
        assert "paper.exported" not in {e.event for e in audit.entries(vault)}


def test_group_add_list_show_with_json(qr: Run) -> None:
    yara = qr("--json", "person", "add", "--name", "Yara", "--side", "A").json()["id"]
    david = qr("--json", "person", "add", "--name", "David", "--side", "B").json()["id"]
    group = qr(
        "--json",
        "group",
        "add",
        "--name",
        "Drafting team",
        "--member",
        str(yara),
        "--member",
        str(david),
    ).json()
    assert group["name"] == "Drafting team"
    assert group["member_ids"] == [david, yara]  # by name
    assert [g["id"] for g in qr("--json", "group", "list").json()] == [group["id"]]
    shown = qr("--json", "group", "show", str(group["id"])).json()
    assert shown["group"] == group
    assert [m["name"] for m in shown["members"]] == ["David", "Yara"]


def test_group_add_from_stdin_json(qr: Run) -> None:
    a = qr("--json", "person", "add", "--name", "A").json()["id"]
    fields = {"name": "Security", "members": [a], "description": "Two from each side"}
    group = qr("--json", "group", "add", "--stdin", stdin=json.dumps(fields).encode()).json()
    assert (group["name"], group["member_ids"], group["description"]) == (
        "Security",
        [a],
        "Two from each side",
    )


def test_group_with_an_unknown_member_exits_5_and_stores_nothing(qr: Run) -> None:
    result = qr("group", "add", "--name", "G", "--member", "42")
    assert result.code == 5
    assert qr("--json", "group", "list").json() == []


# -- JSON input on stdin ---------------------------------------------------------------------


STDIN_COMMANDS: list[tuple[str, list[str], dict[str, Any]]] = [
    ("dialogue", ["dialogue", "add", "--stdin"], {"title": "T"}),
    ("person", ["person", "add", "--stdin"], {"name": "N"}),
    ("note", ["note", "add", "--stdin"], {"body": "B"}),
    ("session", ["session", "add", "--dialogue", "1", "--stdin"], {"starts_on": "2024-01-02"}),
    ("group", ["group", "add", "--stdin"], {"name": "G"}),
]


@pytest.mark.parametrize(
    ("kind", "args", "fields"), STDIN_COMMANDS, ids=[c[0] for c in STDIN_COMMANDS]
)
def test_unknown_json_fields_are_rejected_and_nothing_is_stored(
    qr: Run, folder: Path, kind: str, args: list[str], fields: dict[str, Any]
) -> None:
    """A misspelt field (here ``date`` for ``starts_on``) must not be dropped silently."""
    qr("dialogue", "add", "--title", "Host dialogue")
    with _unlocked(folder) as vault:
        entries_before = len(audit.entries(vault))
    data = {**fields, "date": "2024-05-06"}
    result = qr(*args, stdin=json.dumps(data).encode())
    assert result.code == 1, f"{kind} add accepted an unknown field"
    assert "unknown fields" in result.err
    assert "date" in result.err
    with _unlocked(folder) as vault:
        assert len(audit.entries(vault)) == entries_before


def test_stdin_that_is_not_a_json_object_is_rejected(qr: Run) -> None:
    for data in (b"not json", b'["a list"]', b"\xff\xfe"):
        result = qr("person", "add", "--stdin", stdin=data)
        assert result.code == 1
        assert result.err.startswith("quietroom: standard input")
    assert qr("--json", "person", "list").json() == []


@pytest.mark.parametrize(
    ("args", "data"),
    [
        (["person", "add", "--stdin"], {"name": 5}),
        (["person", "add", "--stdin"], {"name": "N", "affiliation": ["a", "list"]}),
        (["dialogue", "add", "--stdin"], {"title": {"nested": "object"}}),
        (["note", "add", "--stdin"], {"body": "B", "kind": 3}),
        (["group", "add", "--stdin"], {"name": "G", "members": ["first"]}),
    ],
    ids=[
        "person-name-int",
        "person-affiliation-list",
        "dialogue-title-object",
        "note-kind-int",
        "group-member-word",
    ],
)
def test_json_field_of_the_wrong_type_is_a_clear_error_not_a_traceback(
    qr: Run, args: list[str], data: dict[str, Any]
) -> None:
    result = qr(*args, stdin=json.dumps(data).encode())
    assert result.code == 1
    assert result.err.startswith("quietroom: ")


@pytest.mark.parametrize("value", ["no", "false", "0", "off"])
def test_note_attributable_from_json_never_turns_no_into_yes(qr: Run, value: str) -> None:
    """Under Chatham House a note must never become attributable by accident: a string that
    says no is either refused or stored as not attributable."""
    data = {"body": "Someone said something brave.", "attributable": value}
    result = qr("--json", "note", "add", "--stdin", stdin=json.dumps(data).encode())
    if result.code == 0:
        assert result.json()["attributable"] is False, f"attributable={value!r} stored as true"
    else:
        assert result.code == 1
        assert "attributable" in result.err
        assert qr("--json", "note", "list").json() == []


@pytest.mark.parametrize("value", [True, False])
def test_note_attributable_from_json_booleans_are_kept(qr: Run, value: bool) -> None:
    data = {"body": "Agreed to be named.", "attributable": value}
    note = qr("--json", "note", "add", "--stdin", stdin=json.dumps(data).encode()).json()
    assert note["attributable"] is value


# -- search, audit, check --------------------------------------------------------------------


def test_search_finds_a_note(qr: Run) -> None:
    note_id = qr("--json", "note", "add", stdin=b"The ceasefire line was redrawn.").json()["id"]
    qr("note", "add", stdin=b"Unrelated remark about lunch.")
    hits = qr("--json", "search", "ceasefire").json()
    assert [(h["kind"], h["id"]) for h in hits] == [("note", note_id)]
    plain = qr("search", "cease")
    assert plain.code == 0
    assert "ceasefire" in plain.out


def test_search_with_no_hits_says_so_and_exits_0(qr: Run) -> None:
    result = qr("search", "nothing-like-this")
    assert result.code == 0
    assert result.out == ""
    assert "Nothing found" in result.err


def test_search_with_an_empty_query_exits_1(qr: Run) -> None:
    assert qr("search").code == 1


def test_audit_verify_exits_0_and_prints_the_count(qr: Run, folder: Path) -> None:
    qr("dialogue", "add", "--title", "D")
    qr("note", "add", stdin=b"text")
    with _unlocked(folder) as vault:
        count = len(audit.entries(vault, limit=100_000))
    result = qr("audit", "verify")
    assert result.code == 0
    assert f"{count} entries" in result.out
    report = qr("--json", "audit", "verify").json()
    assert report["ok"] is True
    assert report["entries"] == count


def test_audit_log_lists_events_without_content(qr: Run) -> None:
    qr("note", "add", stdin=b"MARKER-BODY-4411")
    entries = qr("--json", "audit", "log").json()
    assert entries[0]["event"] == "vault.created"
    assert "note.created" in [e["event"] for e in entries]
    assert "MARKER-BODY-4411" not in json.dumps(entries)


def test_check_exits_0_on_a_healthy_vault(qr: Run) -> None:
    qr("note", "add", stdin=b"text")
    result = qr("check")
    assert result.code == 0
    assert "every page authenticated" in result.out


def test_whoami_shows_the_display_name(qr: Run) -> None:
    who = qr("--json", "whoami").json()
    assert who["name"] == "Facilitator"
    assert len(who["fingerprint"]) == 12


# -- secrets ---------------------------------------------------------------------------------


def test_wrong_passphrase_exits_3_with_a_clear_message_and_no_traceback(
    qr: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV, OTHER_PASSPHRASE)
    result = qr("dialogue", "list")
    assert result.code == 3
    assert result.out == ""
    assert result.err.startswith("quietroom: ")
    assert "passphrase does not open the vault" in result.err
    assert "Traceback" not in result.err
    assert OTHER_PASSPHRASE not in result.err


def test_passphrase_fd_unlocks(qr: Run, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV)
    read_end, write_end = os.pipe()
    try:
        os.write(write_end, (PASSPHRASE + "\n").encode())
        os.close(write_end)
        result = qr("--passphrase-fd", str(read_end), "--json", "dialogue", "list")
    finally:
        os.close(read_end)
    assert result.code == 0, result.err
    assert result.json() == []


def test_passphrase_fd_takes_precedence_over_the_default_variable(
    qr: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV, OTHER_PASSPHRASE)
    read_end, write_end = os.pipe()
    try:
        os.write(write_end, PASSPHRASE.encode())
        os.close(write_end)
        result = qr("--passphrase-fd", str(read_end), "dialogue", "list")
    finally:
        os.close(read_end)
    assert result.code == 0, result.err


def test_passphrase_env_names_the_variable_to_read(
    qr: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV)
    monkeypatch.setenv("OFFICE_VAULT_SECRET", PASSPHRASE)
    result = qr("--passphrase-env", "OFFICE_VAULT_SECRET", "--json", "dialogue", "list")
    assert result.code == 0, result.err
    assert result.json() == []


def test_passphrase_env_naming_an_unset_variable_is_a_clear_error(
    qr: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("QR_NOT_SET", raising=False)
    result = qr("--passphrase-env", "QR_NOT_SET", "dialogue", "list")
    assert result.code == 1
    assert "QR_NOT_SET is not set" in result.err
    assert "Traceback" not in result.err


def test_no_secret_source_and_no_terminal_is_a_clear_error(
    qr: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV)
    result = qr("dialogue", "list")
    assert result.code == 1
    assert "--passphrase-fd" in result.err


def test_missing_vault_exits_5_and_says_how_to_create_one(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV, PASSPHRASE)
    code = main(["--vault", str(tmp_path / "none"), "dialogue", "list"])
    err = capsys.readouterr().err
    assert code == 5
    assert "quietroom init" in err
    assert not (tmp_path / "none").exists()


def test_quietroom_vault_variable_is_used_without_vault_option(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _print_to_current_stdout(monkeypatch)
    monkeypatch.setenv("QUIETROOM_VAULT", str(folder))
    assert main(["--json", "whoami"]) == 0
    assert json.loads(capsys.readouterr().out)["name"] == "Facilitator"


def test_passwd_with_new_passphrase_env_changes_the_passphrase(
    qr: Run, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    qr("dialogue", "add", "--title", "Kept")
    monkeypatch.setenv("QR_NEW", OTHER_PASSPHRASE)
    result = qr("passwd", "--new-passphrase-env", "QR_NEW")
    assert result.code == 0, result.err
    assert "Passphrase changed" in result.out
    with pytest.raises(WrongSecret):
        app_vault.unlock(folder, PASSPHRASE)
    with app_vault.unlock(folder, OTHER_PASSPHRASE) as vault:
        assert [d.title for d in records.list_dialogues(vault)] == ["Kept"]
    assert qr("dialogue", "list").code == 3  # the environment still holds the old one
    monkeypatch.setenv(ENV, OTHER_PASSPHRASE)
    assert qr("dialogue", "list").code == 0


def test_passwd_refuses_a_weak_new_passphrase(
    qr: Run, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("QR_NEW", "password123")
    result = qr("passwd", "--new-passphrase-env", "QR_NEW")
    assert result.code == 1
    assert "too weak" in result.err
    app_vault.unlock(folder, PASSPHRASE).lock()


def test_passwd_with_a_wrong_current_passphrase_exits_3(
    qr: Run, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV, "certainly not the passphrase 9")
    monkeypatch.setenv("QR_NEW", OTHER_PASSPHRASE)
    assert qr("passwd", "--new-passphrase-env", "QR_NEW").code == 3
    app_vault.unlock(folder, PASSPHRASE).lock()


def test_recovery_key_in_the_variable_unlocks(
    qr: Run, created_vault: CreatedVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV, created_vault.recovery_key.lower())
    result = qr("--recovery-key", "--json", "whoami")
    assert result.code == 0, result.err
    assert result.json()["name"] == "Facilitator"


def test_passphrase_given_as_recovery_key_is_refused(qr: Run) -> None:
    result = qr("--recovery-key", "dialogue", "list")
    assert result.code == 1  # not even shaped like a recovery key
    assert "recovery key" in result.err


def test_passwd_with_the_recovery_key_resets_the_passphrase(
    qr: Run, created_vault: CreatedVault, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENV, created_vault.recovery_key)
    monkeypatch.setenv("QR_NEW", OTHER_PASSPHRASE)
    result = qr("--recovery-key", "passwd", "--new-passphrase-env", "QR_NEW")
    assert result.code == 0, result.err
    app_vault.unlock(folder, OTHER_PASSPHRASE).lock()
    with pytest.raises(WrongSecret):
        app_vault.unlock(folder, PASSPHRASE)


def test_no_command_prints_help_and_exits_2(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--vault", str(folder)]) == 2
    assert "usage" in capsys.readouterr().err


def test_cli_paper_add_and_app_agree(qr: Run, folder: Path, tmp_path: Path) -> None:
    data = os.urandom(3000)
    source = tmp_path / "blob.bin"
    source.write_bytes(data)
    paper_id = qr("--json", "paper", "add", str(source)).json()["id"]
    with _unlocked(folder) as vault:
        assert b"".join(papers.iter_paper(vault, paper_id)) == data
