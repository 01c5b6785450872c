"""Claims of the distribution ledger and of acknowledgements."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app import drafts, exchange, inbox, ledger, retention, sharing
from app.errors import InvalidInput
from tests.app.sharing_vaults import Member, add_paper, contact_of, introduce, members, snapshot


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[list[Member]]:
    with members(tmp_path, ("Amira", "Bashir", "Chen")) as made:
        for holder in made:
            for other in made:
                if holder is not other:
                    introduce(holder, other)
        yield made


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    made = tmp_path / "exchange"
    made.mkdir()
    return made


def _to(holder: Member, *others: Member) -> sharing.Recipients:
    ids = [contact_of(holder, o).contact.id for o in others]
    return sharing.resolve_recipients(holder.vault, contact_ids=ids)


def test_paper_ledger_lists_each_recipient_with_the_key_it_was_sealed_to(
    trio: list[Member], folder: Path
) -> None:
    amira, bashir, chen = trio
    paper = add_paper(amira, b"annex", title="Economic annex")
    shared = sharing.share_paper(amira.vault, paper.id, _to(amira, bashir, chen), folder)
    found = ledger.paper_ledger(amira.vault, paper.id)
    assert found.recipients == ("Bashir", "Chen")
    keys = {r.name: r.fingerprint for r in found.rows}
    assert keys["Bashir"] == bashir.vault.storage.identity()[1].public.fingerprint()
    assert all(r.packet_id == shared.packet_id and r.key_current for r in found.rows)
    assert all(r.acknowledged_at is None for r in found.rows)


def test_a_paper_added_after_a_deleted_one_was_sent_to_no_one(
    trio: list[Member], folder: Path
) -> None:
    """SQLite may give the new paper the deleted one's id: the ledger must not say the new
    paper is held by those the deleted one was sent to, nor the outbox that it was sent."""
    amira, bashir, _ = trio
    paper = add_paper(amira, b"annex", title="Economic annex")
    sharing.share_paper(amira.vault, paper.id, _to(amira, bashir), folder)
    retention.delete_now(amira.vault, "paper", paper.id)
    newer = add_paper(amira, b"a paper never sent", title="Private memo")
    assert newer.id == paper.id  # the id is reused: what made the ledger lie
    assert ledger.paper_ledger(amira.vault, newer.id).recipients == ()
    sent = sharing.list_sent(amira.vault)
    assert [(s.title, s.recipients) for s in sent if s.kind == "paper"] == [("", ("Bashir",))]


def test_revision_ledger_counts_everyone_sent_it_or_a_descendant(
    trio: list[Member], folder: Path
) -> None:
    amira, bashir, chen = trio
    proposal = drafts.new_proposal(amira.vault, "Annex", "one\n")
    first = drafts.head(amira.vault, proposal.id)
    drafts.send(amira.vault, proposal.id, folder, contact_of(amira, bashir).contact.id)
    second = drafts.edit(amira.vault, proposal.id, "one\ntwo\n")
    drafts.send(amira.vault, proposal.id, folder, contact_of(amira, chen).contact.id)
    assert ledger.revision_ledger(amira.vault, first.uid).recipients == ("Bashir", "Chen")
    assert ledger.revision_ledger(amira.vault, second.uid[:10]).recipients == ("Chen",)
    assert ledger.revision_ledger(amira.vault, second.uid).title == "Annex, version 2"


def test_import_writes_an_acknowledgement_that_marks_the_senders_ledger(
    trio: list[Member], folder: Path
) -> None:
    amira, bashir, chen = trio
    exchange.set_exchange_folder(bashir.vault, folder)
    paper = add_paper(amira, b"annex")
    shared = sharing.share_paper(amira.vault, paper.id, _to(amira, bashir, chen), folder)
    result = inbox.import_packet(bashir.vault, shared.path)
    assert result.ack_path is not None and result.ack_path.parent == folder
    ack = inbox.import_packet(amira.vault, result.ack_path)
    assert ack.item_kind == "ack"
    rows = {r.name: r.acknowledged_at for r in ledger.paper_ledger(amira.vault, paper.id).rows}
    assert rows["Bashir"] is not None and rows["Chen"] is None
    # the same ack again changes nothing
    again = inbox.import_packet(amira.vault, result.ack_path)
    assert again.duplicate


def test_no_acknowledgement_when_turned_off_globally_or_for_the_contact(
    trio: list[Member], folder: Path
) -> None:
    amira, bashir, chen = trio
    for member in (bashir, chen):
        exchange.set_exchange_folder(member.vault, folder)
    ledger.set_acks_enabled(bashir.vault, False)
    ledger.set_acks_allowed_for(chen.vault, contact_of(chen, amira).contact.id, False)
    paper = add_paper(amira, b"annex")
    shared = sharing.share_paper(amira.vault, paper.id, _to(amira, bashir, chen), folder)
    assert inbox.import_packet(bashir.vault, shared.path).ack_path is None
    assert inbox.import_packet(chen.vault, shared.path).ack_path is None
    assert sorted(p.name for p in folder.iterdir()) == [shared.path.name]


def test_ack_from_someone_the_packet_was_not_sealed_to_is_refused(
    trio: list[Member], folder: Path
) -> None:
    amira, bashir, chen = trio
    paper = add_paper(amira, b"annex")
    shared = sharing.share_paper(amira.vault, paper.id, _to(amira, bashir), folder)
    # Chen forges an acknowledgement of a packet he never received
    data = ledger.ack_payload(shared.packet_id, "2026-01-01T00:00:00+00:00")
    forged = sharing._seal_to_file(
        chen.vault, _to(chen, amira), folder, "ack", "Acknowledgement", "",
        ledger.ACK_MEDIA_TYPE, len(data), [data], {}, ("ack", None), None, None,
    )  # fmt: skip
    before = snapshot(amira)
    with pytest.raises(InvalidInput, match="not sealed to"):
        inbox.import_packet(amira.vault, forged.path)
    assert snapshot(amira) == before
    assert ledger.paper_ledger(amira.vault, paper.id).rows[0].acknowledged_at is None


def test_ack_for_an_unknown_packet_or_malformed_is_refused(
    trio: list[Member], folder: Path
) -> None:
    amira, bashir, _ = trio
    for payload, reason in (
        (ledger.ack_payload("0" * 32, "2026-01-01"), "did not send"),
        (b'{"format":"quietroom.ack","v":1,"packet":"xyz","received_at":""}', "malformed"),
        (b"[]", "malformed"),
    ):
        sent = sharing._seal_to_file(
            bashir.vault, _to(bashir, amira), folder, "ack", "Acknowledgement", "",
            ledger.ACK_MEDIA_TYPE, len(payload), [payload], {}, ("ack", None), None, None,
        )  # fmt: skip
        before = snapshot(amira)
        with pytest.raises(InvalidInput, match=reason):
            inbox.import_packet(amira.vault, sent.path)
        assert snapshot(amira) == before
