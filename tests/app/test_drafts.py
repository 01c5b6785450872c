"""Claims of app.drafts: immutable revision chains, sending what is missing, fast-forward,
automatic merges of what does not overlap, and conflicts that wait for the user."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import drafts, inbox
from app import merge as merges
from app.drafts import Choice, ConflictsRemain
from app.errors import InvalidInput, RecordNotFound
from app.vault import OpenVault
from crypto import packet
from storage import drafts as draft_store
from storage.models import Contact
from tests.app.sharing_vaults import Member, contact_of, introduce, members

TEXT = (
    "Preamble: both sides share the river.\n"
    "Article 1: water is shared.\n"
    "Article 2: data is shared.\n"
    "Article 3: a joint commission reviews the arrangement.\n"
)


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Member, Member]]:
    with members(tmp_path, ("Amira", "Bashir")) as (amira, bashir):
        introduce(amira, bashir)
        introduce(bashir, amira)
        yield amira, bashir


@pytest.fixture
def outbox(tmp_path: Path) -> Path:
    folder = tmp_path / "outbox"
    folder.mkdir()
    return folder


def _send(sender: Member, receiver: Member, proposal_id: int, outbox: Path) -> Path:
    contact = contact_of(sender, receiver).contact.id
    return drafts.send(sender.vault, proposal_id, outbox, contact).path


def _payload(receiver: Member, path: Path) -> dict[str, object]:
    with path.open("rb") as source:
        reader = packet.PacketReader(source, receiver.vault.storage.identity()[1])
        data: dict[str, object] = json.loads(reader.read_all())
    return data


def _import_payload(receiver: Member, sender: Contact, data: dict[str, object]) -> None:
    with receiver.vault.storage.db.transaction() as db:
        drafts.import_revisions(receiver.vault, db, sender, json.dumps(data).encode())


def _shared(pair: tuple[Member, Member], outbox: Path) -> tuple[int, int]:
    """Amira starts a proposal and sends it; return its id in each vault."""
    amira, bashir = pair
    proposal = drafts.new_proposal(amira.vault, "Water annex", TEXT, "first draft")
    result = inbox.import_packet(bashir.vault, _send(amira, bashir, proposal.id, outbox))
    assert result.item_kind == "proposal" and result.item_id is not None
    return proposal.id, result.item_id


def test_edits_form_a_chain_of_revisions_with_authors_and_messages(vault: OpenVault) -> None:
    proposal = drafts.new_proposal(vault, "Water annex", TEXT, "first draft")
    second = drafts.edit(vault, proposal.id, TEXT + "Article 4: disputes.\n", "add disputes")
    log = drafts.history(vault, proposal.id)
    assert [r.message for r in log] == ["add disputes", "first draft"]
    assert second.parents == (log[1].uid,) and log[1].parents == ()
    assert {r.author_name for r in log} == {"Facilitator"}
    assert drafts.head(vault, proposal.id).uid == second.uid
    assert drafts.find_revision(vault, second.uid[:8]).body.endswith("disputes.\n")


def test_the_payload_is_compact_json_with_sorted_keys_whatever_the_text(vault: OpenVault) -> None:
    # The payload is built a piece at a time (a worker sending a long history must not hold
    # the GIL for the whole of it); its bytes stay those of one json.dumps of the same data.
    text = (
        'Article 1: «l\'eau» — الماء مشترك.\n\tTab, "quotes", back\\slash, \u2028 and \U0001f30a\n'
    )
    proposal = drafts.new_proposal(vault, "Annexe — ملحق", text, "premier jet")
    drafts.edit(vault, proposal.id, text + "Article 2: \x00\x1f control.\n", "deux")
    revisions = drafts.history(vault, proposal.id)
    data = drafts.payload(proposal, revisions[0].uid, revisions)
    one_shot = json.dumps(
        json.loads(data), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    ).encode()
    assert data == one_shot
    texts = [r["text"] for r in json.loads(data)["revisions"]]
    assert sorted(texts) == sorted([text, text + "Article 2: \x00\x1f control.\n"])


def test_a_long_history_is_handed_to_the_sealer_in_blocks_never_in_one_piece(
    vault: OpenVault,
) -> None:
    page = "Clause {n}: the parties share the river's flow in drought years.\n" * 300
    proposal = drafts.new_proposal(vault, "Water annex", page.format(n=0))
    for n in range(1, 40):
        drafts.edit(vault, proposal.id, page.format(n=n) + f"revision {n}\n")
    revisions = drafts.history(vault, proposal.id)
    blocks = drafts.payload_blocks(proposal, revisions[0].uid, revisions)
    longest_text = max(len(r.body.encode()) for r in revisions)
    assert len(blocks) > 4
    assert max(len(b) for b in blocks) < drafts.PAYLOAD_BLOCK_CHARS + 2 * longest_text
    assert b"".join(blocks) == drafts.payload(proposal, revisions[0].uid, revisions)


def test_saving_an_unchanged_text_is_refused(vault: OpenVault) -> None:
    proposal = drafts.new_proposal(vault, "Water annex", TEXT)
    with pytest.raises(InvalidInput, match="same as the current revision"):
        drafts.edit(vault, proposal.id, TEXT)
    assert len(drafts.history(vault, proposal.id)) == 1


def test_revision_uid_is_the_hash_of_its_content(vault: OpenVault) -> None:
    proposal = drafts.new_proposal(vault, "Water annex", TEXT, "first draft")
    [first] = drafts.history(vault, proposal.id)
    keys = vault.storage.identity()[1].public
    args = (proposal.uid, first.parents, first.author_name, keys, first.created_at, first.message)
    assert drafts.revision_uid(*args, first.body) == first.uid
    assert drafts.revision_uid(*args, first.body + " ") != first.uid


def test_sent_proposal_arrives_with_the_same_revisions_and_head(
    pair: tuple[Member, Member], outbox: Path
) -> None:
    amira, bashir = pair
    mine, theirs = _shared(pair, outbox)
    assert drafts.head(bashir.vault, theirs).uid == drafts.head(amira.vault, mine).uid
    received = drafts.get_proposal(bashir.vault, theirs)
    assert received.title == "Water annex" and received.status == "draft"
    assert received.contact_id == contact_of(bashir, amira).contact.id
    assert drafts.history(bashir.vault, theirs)[0].author_name == "Amira"


def test_second_send_carries_only_the_revisions_the_co_drafter_lacks(
    pair: tuple[Member, Member], outbox: Path
) -> None:
    amira, bashir = pair
    mine, _ = _shared(pair, outbox)
    drafts.edit(amira.vault, mine, TEXT.replace("shared.", "pooled."), "pool")
    newest = drafts.edit(amira.vault, mine, TEXT.replace("shared.", "pooled!"), "stress")
    carried = _payload(bashir, _send(amira, bashir, mine, outbox))["revisions"]
    assert isinstance(carried, list)
    assert [r["message"] for r in carried] == ["pool", "stress"]
    assert carried[-1]["uid"] == newest.uid


def test_receiver_fast_forwards_when_only_the_sender_edited(
    pair: tuple[Member, Member], outbox: Path
) -> None:
    amira, bashir = pair
    mine, theirs = _shared(pair, outbox)
    edited = drafts.edit(amira.vault, mine, TEXT.replace("Article 3", "Article III"), "roman")
    inbox.import_packet(bashir.vault, _send(amira, bashir, mine, outbox))
    assert drafts.head(bashir.vault, theirs).uid == edited.uid
    assert drafts.status(bashir.vault, theirs).incoming is None


def test_edits_to_different_lines_on_both_sides_merge_by_themselves_keeping_both_heads(
    pair: tuple[Member, Member], outbox: Path
) -> None:
    amira, bashir = pair
    mine, theirs = _shared(pair, outbox)
    a_rev = drafts.edit(amira.vault, mine, TEXT.replace("water is shared", "water is pooled"))
    b_rev = drafts.edit(bashir.vault, theirs, TEXT.replace("data is shared", "data is open"))
    inbox.import_packet(bashir.vault, _send(amira, bashir, mine, outbox))
    merged = drafts.head(bashir.vault, theirs)
    assert merged.parents == (b_rev.uid, a_rev.uid)
    assert "water is pooled" in merged.body and "data is open" in merged.body
    uids = {r.uid for r in drafts.history(bashir.vault, theirs)}
    assert {a_rev.uid, b_rev.uid} <= uids


def _diverged(pair: tuple[Member, Member], outbox: Path) -> tuple[Member, int]:
    """Both reworded article 1; Bashir has received Amira's revision: one conflict waits."""
    amira, bashir = pair
    mine, theirs = _shared(pair, outbox)
    drafts.edit(amira.vault, mine, TEXT.replace("water is shared", "water is pooled"))
    drafts.edit(bashir.vault, theirs, TEXT.replace("water is shared", "water is split"))
    inbox.import_packet(bashir.vault, _send(amira, bashir, mine, outbox))
    return bashir, theirs


def test_the_conflicts_of_a_divergence_are_counted_once_until_either_side_moves(
    pair: tuple[Member, Member], outbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bashir, theirs = _diverged(pair, outbox)
    worked_out: list[int] = []
    merge3 = merges.merge3

    def counted(*args: object, **kwargs: object) -> object:
        worked_out.append(1)
        return merge3(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(merges, "merge3", counted)
    assert [drafts.status(bashir.vault, theirs).open_conflicts for _ in range(3)] == [1, 1, 1]
    assert len(worked_out) == 1  # the revisions' ids fix the count: worked out once
    drafts.edit(bashir.vault, theirs, TEXT.replace("water is shared", "water is split; data too"))
    assert drafts.status(bashir.vault, theirs).open_conflicts == 1
    assert len(worked_out) == 2  # our side moved: worked out again
    assert len(drafts.start_merge(bashir.vault, theirs).conflicts) == 1  # a merge always is
    assert len(worked_out) == 3


def test_overlapping_edits_wait_for_the_user_and_are_never_merged_silently(
    pair: tuple[Member, Member], outbox: Path
) -> None:
    amira, bashir = pair
    mine, theirs = _shared(pair, outbox)
    a_rev = drafts.edit(amira.vault, mine, TEXT.replace("water is shared", "water is pooled"))
    b_rev = drafts.edit(bashir.vault, theirs, TEXT.replace("water is shared", "water is split"))
    inbox.import_packet(bashir.vault, _send(amira, bashir, mine, outbox))

    state_before = drafts.status(bashir.vault, theirs)
    assert state_before.head is not None and state_before.head.uid == b_rev.uid
    assert state_before.incoming is not None and state_before.incoming.uid == a_rev.uid
    assert state_before.open_conflicts == 1

    merge = drafts.start_merge(bashir.vault, theirs)
    [index] = merge.conflicts
    assert merge.hunks[index].ours == "Article 1: water is split.\n"
    assert merge.hunks[index].theirs == "Article 1: water is pooled.\n"
    with pytest.raises(ConflictsRemain):
        drafts.commit_merge(bashir.vault, merge)
    assert drafts.head(bashir.vault, theirs).uid == b_rev.uid  # nothing was stored

    merge.resolve(index, Choice.CUSTOM, "Article 1: water is pooled, then split.\n")
    committed = drafts.commit_merge(bashir.vault, merge, "settle article 1")
    assert committed.parents == (b_rev.uid, a_rev.uid)
    assert "pooled, then split" in committed.body
    after = drafts.status(bashir.vault, theirs)
    assert after.incoming is None and after.head is not None and after.head.uid == committed.uid

    inbox.import_packet(amira.vault, _send(bashir, amira, theirs, outbox))
    assert drafts.head(amira.vault, mine).uid == committed.uid  # fast-forward back


def test_merge_started_before_a_new_local_edit_is_refused(
    pair: tuple[Member, Member], outbox: Path
) -> None:
    bashir, theirs = _diverged(pair, outbox)
    merge = drafts.start_merge(bashir.vault, theirs)
    merge.resolve(merge.conflicts[0], "ours")
    drafts.edit(bashir.vault, theirs, TEXT + "Annex.\n")
    with pytest.raises(InvalidInput, match="start the merge again"):
        drafts.commit_merge(bashir.vault, merge)


def test_altered_revision_in_a_packet_is_refused_and_nothing_stored(
    pair: tuple[Member, Member], outbox: Path
) -> None:
    amira, bashir = pair
    mine, theirs = _shared(pair, outbox)
    drafts.edit(amira.vault, mine, TEXT + "Article 4.\n", "four")
    data = _payload(bashir, _send(amira, bashir, mine, outbox))
    revisions = data["revisions"]
    assert isinstance(revisions, list)
    revisions[-1]["text"] = TEXT + "Article 4, quietly changed.\n"
    sender = contact_of(bashir, amira).contact
    before = drafts.history(bashir.vault, theirs)
    with pytest.raises(InvalidInput, match="does not match its uid"):
        _import_payload(bashir, sender, data)
    assert drafts.history(bashir.vault, theirs) == before


def test_revision_said_to_be_by_the_receiver_is_refused(
    pair: tuple[Member, Member], outbox: Path
) -> None:
    amira, bashir = pair
    mine, _ = _shared(pair, outbox)
    proposal = drafts.get_proposal(amira.vault, mine)
    forged_author = bashir.vault.storage.identity()[1].public
    parent = drafts.head(amira.vault, mine).uid
    args = (proposal.uid, (parent,), "Bashir", forged_author, "2024-01-01T00:00:00+00:00", "x")
    uid = drafts.revision_uid(*args, "forged text\n")
    data = {
        "format": "quietroom.revisions",
        "v": 1,
        "proposal": {"uid": proposal.uid, "title": "Water annex", "status": "draft"},
        "head": uid,
        "revisions": [
            {
                "uid": uid,
                "parents": [parent],
                "author": {
                    "name": "Bashir",
                    "x25519": forged_author.x25519.hex(),
                    "ed25519": forged_author.ed25519.hex(),
                },
                "created_at": "2024-01-01T00:00:00+00:00",
                "message": "x",
                "text": "forged text\n",
            }
        ],
    }
    sender = contact_of(bashir, amira).contact
    with pytest.raises(InvalidInput, match="said to be yours"):
        _import_payload(bashir, sender, data)


@pytest.mark.parametrize(
    "mangle",
    [
        lambda d: d.update(v=2),
        lambda d: d.update(head="0" * 64),
        lambda d: d.update(revisions=[]),
        lambda d: d["revisions"][0].update(parents=["a" * 64, "b" * 64, "c" * 64]),
        lambda d: d["revisions"][0].update(text=7),
        lambda d: d["proposal"].update(status="published"),
        lambda d: d.update(extra=1),
    ],
)
def test_malformed_revision_payload_is_refused_with_a_clear_message(
    pair: tuple[Member, Member], outbox: Path, mangle: object
) -> None:
    amira, bashir = pair
    proposal = drafts.new_proposal(amira.vault, "Water annex", TEXT)
    data = _payload(bashir, _send(amira, bashir, proposal.id, outbox))
    assert callable(mangle)
    mangle(data)
    sender = contact_of(bashir, amira).contact
    with pytest.raises(InvalidInput):
        _import_payload(bashir, sender, data)
    assert drafts.list_proposals(bashir.vault) == []


def test_lost_packet_is_reported_and_a_full_resend_recovers(
    pair: tuple[Member, Member], outbox: Path
) -> None:
    amira, bashir = pair
    mine, theirs = _shared(pair, outbox)
    drafts.edit(amira.vault, mine, TEXT + "Lost.\n", "lost on the way")
    _send(amira, bashir, mine, outbox).unlink()  # the courier lost it
    newest = drafts.edit(amira.vault, mine, TEXT + "Lost.\nFound.\n", "after")
    with pytest.raises(InvalidInput, match="send --full"):
        inbox.import_packet(bashir.vault, _send(amira, bashir, mine, outbox))
    assert drafts.head(bashir.vault, theirs).uid != newest.uid
    contact = contact_of(amira, bashir).contact.id
    full = drafts.send(amira.vault, mine, outbox, contact, full=True).path
    inbox.import_packet(bashir.vault, full)
    assert drafts.head(bashir.vault, theirs).uid == newest.uid


def test_same_packet_imported_twice_changes_nothing_the_second_time(
    pair: tuple[Member, Member], outbox: Path
) -> None:
    amira, bashir = pair
    proposal = drafts.new_proposal(amira.vault, "Water annex", TEXT)
    path = _send(amira, bashir, proposal.id, outbox)
    inbox.import_packet(bashir.vault, path)
    again = inbox.import_packet(bashir.vault, path)
    assert again.duplicate
    assert len(drafts.list_proposals(bashir.vault)) == 1
    [received] = drafts.list_proposals(bashir.vault)
    assert len(draft_store.list_revisions(bashir.vault.storage.db, received.id)) == 1


def test_send_without_a_co_drafter_and_unknown_revision_are_clear_errors(vault: OpenVault) -> None:
    proposal = drafts.new_proposal(vault, "Water annex", TEXT)
    with pytest.raises(InvalidInput, match="co-drafter"):
        drafts.send(vault, proposal.id, vault.folder)
    with pytest.raises(RecordNotFound):
        drafts.find_revision(vault, "ffffffff")
    with pytest.raises(InvalidInput, match="nothing to merge"):
        drafts.start_merge(vault, proposal.id)
    with pytest.raises(InvalidInput, match="status must be one of"):
        drafts.set_status(vault, proposal.id, "published")
    assert drafts.set_status(vault, proposal.id, "Circulated").status == "circulated"


def test_a_sent_proposal_is_named_in_the_outbox(pair: tuple[Member, Member], outbox: Path) -> None:
    from app import sharing

    amira, _ = pair
    _shared(pair, outbox)
    (sent,) = sharing.list_sent(amira.vault)
    assert sent.title == "Draft: Water annex"
    assert sent.recipients == ("Bashir",)


def test_a_working_copy_is_kept_until_the_editor_saves_it_as_a_revision(vault: OpenVault) -> None:
    proposal = drafts.new_proposal(vault, "Water annex", TEXT, "first draft")
    head = drafts.head(vault, proposal.id)
    typed = TEXT + "Article 4: typed when the vault locked.\n"
    drafts.keep_working_copy(vault, proposal.id, typed)
    kept = drafts.working_copy(vault, proposal.id)
    assert kept is not None and (kept.body, kept.base_uid) == (typed, head.uid)
    assert [r.uid for r in drafts.history(vault, proposal.id)] == [head.uid]  # not a revision
    # A revision saved elsewhere (the command line) leaves the kept text alone...
    drafts.edit(vault, proposal.id, TEXT + "Article 5.\n", "elsewhere")
    assert drafts.working_copy(vault, proposal.id) == kept
    # ...the editor that showed it saves it and forgets it in the same write.
    drafts.edit(vault, proposal.id, typed, "disputes", forget_working_copy=True)
    assert drafts.working_copy(vault, proposal.id) is None


def test_a_working_copy_can_be_discarded_and_never_travels(
    pair: tuple[Member, Member], outbox: Path
) -> None:
    amira, bashir = pair
    mine, theirs = _shared(pair, outbox)
    drafts.keep_working_copy(amira.vault, mine, TEXT + "Only in Amira's editor.\n")
    inbox.import_packet(bashir.vault, _send(amira, bashir, mine, outbox))
    assert drafts.working_copy(bashir.vault, theirs) is None
    assert "Only in Amira" not in drafts.head(bashir.vault, theirs).body
    drafts.discard_working_copy(amira.vault, mine)
    assert drafts.working_copy(amira.vault, mine) is None


def test_a_working_copy_longer_than_a_revision_may_be_is_refused(vault: OpenVault) -> None:
    proposal = drafts.new_proposal(vault, "Water annex", TEXT, "first draft")
    with pytest.raises(InvalidInput):
        drafts.keep_working_copy(vault, proposal.id, "x" * (drafts.MAX_TEXT + 1))
    assert drafts.working_copy(vault, proposal.id) is None
