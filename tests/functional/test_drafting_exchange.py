"""End to end: two drafters, two real vaults, revisions exchanged as packets through a folder.

The exchange folder stands for the folder a sync tool keeps in step; each side writes packets
into it and imports what arrives with the real exchange scan.
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import drafts, exchange, records
from app.cli import main
from app.drafts import Choice
from tests.app.sharing_vaults import Member, contact_of, introduce, members
from tests.app.test_export import pdf_pages
from tests.conftest import PASSPHRASE

ARTICLES = 12
CONFLICT_ROUNDS = (3, 7)  # the receiver edits the very line the sender edited
QUIET_ROUND = 5  # the receiver does not edit at all: a fast-forward


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Member, Member, Path]]:
    shared = tmp_path / "exchange"
    shared.mkdir()
    with members(tmp_path, ("Amira", "Bashir")) as (amira, bashir):
        introduce(amira, bashir)
        introduce(bashir, amira)
        yield amira, bashir, shared


def _append_marker(text: str, article: int, marker: str) -> str:
    lines = text.splitlines(keepends=True)
    lines[article] = lines[article].rstrip("\n") + f" [{marker}]\n"
    return "".join(lines)


def _keep_both(ours: str, theirs: str) -> str:
    """What a careful user writes: each line of theirs with the markers only ours has."""
    out = []
    for mine, other in zip(ours.splitlines(), theirs.splitlines(), strict=True):
        extra = [m for m in re.findall(r" \[\w+\]", mine) if m not in other]
        out.append(other + "".join(extra) + "\n")
    return "".join(out)


def _receive(member: Member, folder: Path) -> list[exchange.ScanOutcome]:
    outcomes = exchange.scan(member.vault, folder, settle_seconds=0)
    return [o for o in outcomes if o.outcome == "imported"]


def test_ten_rounds_of_crossed_edits_end_on_the_same_head_with_every_edit_kept(
    pair: tuple[Member, Member, Path],
) -> None:
    amira, bashir, folder = pair
    text = "".join(f"Article {i + 1}: the parties agree.\n" for i in range(ARTICLES))
    proposal = drafts.new_proposal(
        amira.vault,
        "Water annex",
        text,
        "first draft",
        contact_id=contact_of(amira, bashir).contact.id,
    )
    drafts.send(amira.vault, proposal.id, folder)
    [arrived] = _receive(bashir, folder)
    ids = {amira.name: proposal.id, bashir.name: arrived.item_id}
    assert ids[bashir.name] is not None
    expected: set[str] = set()
    conflicts_seen: list[int] = []

    for round_no in range(1, 11):
        sender, receiver = (amira, bashir) if round_no % 2 else (bashir, amira)
        s_id, r_id = ids[sender.name], ids[receiver.name]
        assert s_id is not None and r_id is not None
        s_line = (round_no * 5) % ARTICLES
        s_marker = f"{sender.name[0]}{round_no}"
        drafts.edit(
            sender.vault,
            s_id,
            _append_marker(drafts.head(sender.vault, s_id).body, s_line, s_marker),
            f"round {round_no}",
        )
        expected.add(s_marker)
        r_marker = f"{receiver.name[0]}{round_no}"
        if round_no != QUIET_ROUND:
            r_line = s_line if round_no in CONFLICT_ROUNDS else (s_line + 6) % ARTICLES
            r_head = drafts.head(receiver.vault, r_id).body
            drafts.edit(receiver.vault, r_id, _append_marker(r_head, r_line, r_marker))
            expected.add(r_marker)
        before = drafts.head(receiver.vault, r_id)

        drafts.send(sender.vault, s_id, folder)
        assert len(_receive(receiver, folder)) == 1
        state = drafts.status(receiver.vault, r_id)

        if round_no in CONFLICT_ROUNDS:
            # Never merged silently: the head did not move; the conflict waits, shown.
            assert state.head == before and state.incoming is not None
            assert state.open_conflicts == 1
            merge = drafts.start_merge(receiver.vault, r_id)
            [index] = merge.conflicts
            hunk = merge.hunks[index]
            assert f"[{r_marker}]" in hunk.ours and f"[{s_marker}]" in hunk.theirs
            conflicts_seen.append(round_no)
            # The user keeps both sides' words, line by line.
            merge.resolve(index, Choice.CUSTOM, _keep_both(hunk.ours, hunk.theirs))
            drafts.commit_merge(receiver.vault, merge, f"round {round_no}: kept both")
        else:
            assert state.incoming is None and state.open_conflicts == 0
        head = drafts.head(receiver.vault, r_id)
        if round_no == QUIET_ROUND:
            # Fast-forward: the receiver's head is now exactly the sender's edit.
            assert head.uid == drafts.head(sender.vault, s_id).uid
            assert head.author_name == sender.name and head.uid != before.uid
        else:
            assert len(head.parents) == 2  # a merge: both heads stay in the history
        for marker in expected:
            assert f"[{marker}]" in head.body, f"round {round_no}: {marker} lost"

    # The last receiver (Amira, round 10) sends her merge back; Bashir fast-forwards.
    final_id, other_id = ids[amira.name], ids[bashir.name]
    assert final_id is not None and other_id is not None
    drafts.send(amira.vault, final_id, folder)
    assert len(_receive(bashir, folder)) == 1
    a_head = drafts.head(amira.vault, final_id)
    b_head = drafts.head(bashir.vault, other_id)
    assert a_head.uid == b_head.uid and a_head.body == b_head.body
    assert conflicts_seen == list(CONFLICT_ROUNDS)
    assert len(expected) == 19
    assert all(f"[{m}]" in a_head.body for m in expected)
    a_uids = {r.uid for r in drafts.history(amira.vault, final_id)}
    assert a_uids == {r.uid for r in drafts.history(bashir.vault, other_id)}


# -- the command line ------------------------------------------------------------------------


def _cli(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    member: Member,
    *argv: str,
    stdin: str = "",
) -> tuple[int, str, str]:
    monkeypatch.setenv("QUIETROOM_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode())))
    # The CLI unlocks the vault on its own, as a second process would (WAL lets both read).
    code = main(["--vault", str(member.folder), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_drafting_round_trip_with_a_conflict_resolved_on_the_command_line(
    pair: tuple[Member, Member, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    amira, bashir, folder = pair
    to_bashir = str(contact_of(amira, bashir).contact.id)
    to_amira = str(contact_of(bashir, amira).contact.id)
    base = "Article 1: water is shared.\nArticle 2: data is shared.\n"
    code, out, _ = _cli(
        monkeypatch, capsys, amira, "draft", "new", "--title", "Annex", "--co-drafter",
        to_bashir, stdin=base,
    )  # fmt: skip
    assert code == 0
    a_id = out.strip()
    assert _cli(monkeypatch, capsys, amira, "draft", "send", a_id, "--out", str(folder))[0] == 0
    code, out, _ = _cli(monkeypatch, capsys, bashir, "exchange", "watch", str(folder), "--once",
                        "--settle", "0")  # fmt: skip
    assert code == 0
    [b_proposal] = drafts.list_proposals(bashir.vault)
    b_id = str(b_proposal.id)

    ours = base.replace("water is shared", "water is pooled")
    theirs = base.replace("water is shared", "water is split")
    assert _cli(monkeypatch, capsys, amira, "draft", "edit", a_id, stdin=ours)[0] == 0
    assert _cli(monkeypatch, capsys, bashir, "draft", "edit", b_id, stdin=theirs)[0] == 0
    code, out, _ = _cli(monkeypatch, capsys, amira, "draft", "send", a_id, "--out", str(folder))
    assert code == 0
    assert _cli(monkeypatch, capsys, bashir, "import", out.strip())[0] == 0

    code, out, _ = _cli(monkeypatch, capsys, bashir, "draft", "status", b_id)
    assert "1 conflict(s) to resolve" in out
    code, out, err = _cli(monkeypatch, capsys, bashir, "draft", "merge", b_id)
    assert code == 10 and "conflict 1 (OPEN)" in out and "nothing was" in err
    assert "{+pooled+}" in out and "[-split-]" in out
    resolution = tmp_path / "article1.txt"
    resolution.write_text("Article 1: water is pooled and split.\n", encoding="utf-8")
    code, out, _ = _cli(
        monkeypatch, capsys, bashir, "draft", "merge", b_id, "--resolve-file",
        f"1={resolution}", "--message", "settled",
    )  # fmt: skip
    assert code == 0
    merged_uid = out.strip()
    code, out, _ = _cli(monkeypatch, capsys, bashir, "draft", "show", b_id)
    assert out == "Article 1: water is pooled and split.\nArticle 2: data is shared.\n"
    code, out, _ = _cli(monkeypatch, capsys, bashir, "draft", "log", b_id)
    assert merged_uid[:12] in out and "settled" in out and "head" in out

    first = drafts.history(bashir.vault, int(b_id))[-1].uid
    code, out, _ = _cli(monkeypatch, capsys, bashir, "draft", "diff", first[:8], merged_uid[:8])
    assert "-Article 1: water is shared." in out and "+Article 1: water is pooled and split." in out
    code, out, _ = _cli(monkeypatch, capsys, bashir, "draft", "diff", first[:8], merged_uid[:8],
                        "--side-by-side", "--changes-only")  # fmt: skip
    assert re.search(r"\| +1 Article 1: water is \{\+pooled and split\+\}", out)

    _cli(monkeypatch, capsys, bashir, "draft", "send", b_id, "--to", to_amira, "--out",
         str(folder))  # fmt: skip
    _cli(monkeypatch, capsys, amira, "exchange", "watch", str(folder), "--once", "--settle", "0")
    assert drafts.head(amira.vault, int(a_id)).uid == merged_uid


def test_cli_exported_non_attributable_pdf_holds_none_of_the_real_names(
    pair: tuple[Member, Member, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    amira, _, _ = pair
    names = ("Farida Rahimi", "Gideon Okafor", "Hana Yoshida")
    for name, side in zip(names, ("North", "South", "North"), strict=True):
        records.add_person(amira.vault, name, side=side)
    note = records.add_note(
        amira.vault,
        "Farida Rahimi opened. Gideon Okafor objected; hana yoshida mediated.",
        title="Round 2 readout",
    )
    out_file = tmp_path / "copy.pdf"
    code, _, err = _cli(
        monkeypatch, capsys, amira, "export", "pdf", "--note", str(note.id), "--for",
        "Ministry archive", str(out_file), "--yes",
    )  # fmt: skip
    assert code == 0 and "neutral labels: 3 participant(s)" in err
    text = " ".join(" ".join(page.split()) for page in pdf_pages(out_file))
    for name in names:
        for part in name.split():
            assert part.lower() not in text.lower()
    assert "Participant A, Side 1 opened" in text and "Participant C, Side 1 mediated" in text
    assert "CONFIDENTIAL" in text and "Copy for: Ministry archive" in text
    code, _, err = _cli(monkeypatch, capsys, amira, "export", "pdf", "--note", str(note.id),
                        "--for", "X", str(out_file), "--yes")  # fmt: skip
    assert code == 1 and "already exists" in err
