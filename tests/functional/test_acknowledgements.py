"""End to end: three vaults share one exchange folder (as a sync tool keeps it in step).

Amira sends a paper to Bashir and Chen and two revisions of a proposal (the first to Bashir,
the second to Chen). Each imports with the real exchange scan, which writes acknowledgements
back into the folder; Amira's scan imports them. The ledger (app and CLI) then lists exactly
the recipients of each item, each acknowledged.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import drafts, exchange, ledger, sharing
from app.cli import main
from tests.app.sharing_vaults import Member, add_paper, contact_of, group_of, introduce, members
from tests.conftest import PASSPHRASE


@pytest.fixture
def three(tmp_path: Path) -> Iterator[tuple[Member, Member, Member, Path]]:
    folder = tmp_path / "exchange"
    folder.mkdir()
    with members(tmp_path, ("Amira", "Bashir", "Chen")) as made:
        for holder in made:
            exchange.set_exchange_folder(holder.vault, folder)
            for other in made:
                if holder is not other:
                    introduce(holder, other)
        yield made[0], made[1], made[2], folder


def _scan(member: Member, folder: Path) -> list[str]:
    return [o.outcome for o in exchange.scan(member.vault, folder, settle_seconds=0)]


def _cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], member: Member, *argv: str
) -> tuple[int, str, str]:
    monkeypatch.setenv("QUIETROOM_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    code = main(["--vault", str(member.folder), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_ledger_lists_exactly_the_recipients_and_acks_return_through_the_folder(
    three: tuple[Member, Member, Member, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    amira, bashir, chen, folder = three
    paper = add_paper(amira, b"economic annex, version 4", title="Economic annex")
    to_both = sharing.resolve_recipients(
        amira.vault,
        contact_ids=[contact_of(amira, bashir).contact.id, contact_of(amira, chen).contact.id],
    )
    sharing.share_paper(amira.vault, paper.id, to_both, folder)
    proposal = drafts.new_proposal(amira.vault, "Water annex", "Article 1\n")
    v1 = drafts.head(amira.vault, proposal.id)
    drafts.send(amira.vault, proposal.id, folder, contact_of(amira, bashir).contact.id)
    v2 = drafts.edit(amira.vault, proposal.id, "Article 1\nArticle 2\n")
    drafts.send(amira.vault, proposal.id, folder, contact_of(amira, chen).contact.id)

    assert _scan(bashir, folder).count("imported") == 2  # the paper and v1
    assert _scan(chen, folder).count("imported") == 2  # the paper and v2 (with v1)
    # Bashir's scan also saw Chen's acks (not for him): they are left alone
    assert _scan(amira, folder).count("imported") == 4  # four acknowledgements

    paper_rows = ledger.paper_ledger(amira.vault, paper.id).rows
    assert sorted(r.name for r in paper_rows) == ["Bashir", "Chen"]
    assert all(r.acknowledged_at for r in paper_rows)
    v1_rows = ledger.revision_ledger(amira.vault, v1.uid).rows
    assert sorted(r.name for r in v1_rows) == ["Bashir", "Chen"]
    assert all(r.acknowledged_at for r in v1_rows)
    v2_rows = ledger.revision_ledger(amira.vault, v2.uid).rows
    assert [r.name for r in v2_rows] == ["Chen"] and v2_rows[0].acknowledged_at
    # nothing new on a second pass anywhere: acks are not acknowledged in turn
    for member in (amira, bashir, chen):
        assert "imported" not in _scan(member, folder)

    amira.vault.lock()  # the CLI opens the vault itself, as another process would
    code, out, _ = _cli(monkeypatch, capsys, amira, "--json", "ledger", "--revision", v2.uid[:8])
    assert code == 0
    answer = json.loads(out)
    assert answer["item"] == "Water annex, version 2"
    assert [r["name"] for r in answer["recipients"]] == ["Chen"]
    assert answer["recipients"][0]["acknowledged_at"]
    code, out, _ = _cli(monkeypatch, capsys, amira, "ledger", str(paper.id))
    assert code == 0 and "Bashir" in out and "Chen" in out and "no" not in out.split()


def test_cli_share_outside_a_compartment_needs_the_override_flag(
    three: tuple[Member, Member, Member, Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    amira, bashir, chen, folder = three
    paper = add_paper(amira, b"annex")
    group = group_of(amira, "Water", bashir)
    sharing.set_compartments(amira.vault, paper.id, [group])
    chen_id = str(contact_of(amira, chen).contact.id)
    amira.vault.lock()
    code, _, err = _cli(monkeypatch, capsys, amira, "share", str(paper.id), "--to", chen_id)
    assert code != 0 and "Water" in err and "Chen" in err
    assert list(folder.iterdir()) == []
    code, out, _ = _cli(
        monkeypatch, capsys, amira,
        "share", str(paper.id), "--to", chen_id, "--override-compartment", "asked by the chair",
    )  # fmt: skip
    assert code == 0 and Path(out.strip()).exists()
    code, out, _ = _cli(monkeypatch, capsys, amira, "audit", "log")
    assert "compartment.override" in out
