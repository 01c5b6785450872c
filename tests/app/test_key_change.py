"""Claims of key-change handling: a card with other keys for a known contact makes it "key
changed", keeps the old keys, blocks sharing until the user re-verifies the NEW fingerprint."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app import contacts, drafts, exchange, inbox, records, sharing
from app.errors import InvalidInput, UnknownSender
from crypto import card as cards
from crypto.identity import Identity, PublicIdentity
from storage import ledger as ledger_store
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
def outbox(tmp_path: Path) -> Path:
    folder = tmp_path / "outbox"
    folder.mkdir()
    return folder


def _new_card(name: str) -> tuple[Identity, str]:
    fresh = Identity.generate()
    return fresh, cards.card_to_text(cards.make_card(fresh, name, 1_800_000_000))


def test_card_with_new_keys_for_a_known_name_marks_the_contact_key_changed_and_keeps_old_keys(
    trio: list[Member],
) -> None:
    amira, bashir, _ = trio
    old = contact_of(bashir, amira)
    contacts.set_verified(bashir.vault, old.contact.id)
    fresh, text = _new_card("Amira")
    view = contacts.import_card(bashir.vault, text)
    assert view.contact.id == old.contact.id
    assert view.state == contacts.KEY_CHANGED
    assert not view.verified
    # old keys still the contact's; new ones wait beside them, with both fingerprints shown
    assert (view.contact.x25519, view.contact.ed25519) == (old.contact.x25519, old.contact.ed25519)
    assert view.fingerprint_groups == old.fingerprint_groups
    assert list(view.new_fingerprint_groups) == list(
        PublicIdentity(fresh.public.x25519, fresh.public.ed25519).fingerprint().split()
    )
    assert len(contacts.list_contacts(bashir.vault)) == 2  # no new contact was made


def test_sharing_to_a_key_changed_contact_is_refused_and_nothing_is_written(
    trio: list[Member], outbox: Path
) -> None:
    amira, bashir, _ = trio
    contacts.import_card(bashir.vault, _new_card("Amira")[1])
    paper = add_paper(bashir, b"annex text")
    note = records.add_note(bashir.vault, "body", title="t")
    proposal = drafts.new_proposal(bashir.vault, "Annex", "text\n")
    to_amira = sharing.resolve_recipients(
        bashir.vault, contact_ids=[contact_of(bashir, amira).contact.id]
    )
    before = snapshot(bashir)
    with pytest.raises(sharing.KeyChanged, match="changed"):
        sharing.share_paper(bashir.vault, paper.id, to_amira, outbox)
    with pytest.raises(sharing.KeyChanged):
        sharing.share_note(bashir.vault, note.id, to_amira, outbox)
    with pytest.raises(sharing.KeyChanged):
        drafts.send(bashir.vault, proposal.id, outbox, to_amira.contacts[0].contact.id)
    assert list(outbox.iterdir()) == []
    assert snapshot(bashir) == before


def test_verifying_a_key_changed_contact_needs_the_new_fingerprint(
    trio: list[Member], outbox: Path
) -> None:
    amira, bashir, _ = trio
    old = contact_of(bashir, amira)
    fresh, text = _new_card("Amira")
    view = contacts.import_card(bashir.vault, text)
    with pytest.raises(InvalidInput, match="accept the change"):
        contacts.set_verified(bashir.vault, view.contact.id)
    with pytest.raises(InvalidInput, match="does not match"):
        contacts.accept_key_change(bashir.vault, view.contact.id, old.fingerprint)
    assert contacts.get_contact(bashir.vault, view.contact.id).state == contacts.KEY_CHANGED

    accepted = contacts.accept_key_change(bashir.vault, view.contact.id, fresh.public.fingerprint())
    assert accepted.state == contacts.VERIFIED
    assert (accepted.contact.x25519, accepted.contact.ed25519) == (
        fresh.public.x25519,
        fresh.public.ed25519,
    )
    history = ledger_store.key_changes(bashir.vault.storage.db, view.contact.id)
    assert [(h.old_x25519, h.resolution) for h in history] == [(old.contact.x25519, "accepted")]
    # sharing works again, to the new keys
    paper = add_paper(bashir, b"annex")
    to_amira = sharing.resolve_recipients(bashir.vault, contact_ids=[view.contact.id])
    shared = sharing.share_paper(bashir.vault, paper.id, to_amira, outbox)
    assert shared.path.exists()


def test_rejecting_a_key_change_keeps_the_old_keys_and_verification(trio: list[Member]) -> None:
    amira, bashir, _ = trio
    old = contact_of(bashir, amira)
    contacts.set_verified(bashir.vault, old.contact.id)
    view = contacts.import_card(bashir.vault, _new_card("Amira")[1])
    kept = contacts.reject_key_change(bashir.vault, view.contact.id)
    assert kept.state == contacts.VERIFIED
    assert kept.contact.x25519 == old.contact.x25519


def test_card_packet_from_a_contact_with_other_keys_changes_that_contact(
    trio: list[Member], outbox: Path
) -> None:
    amira, bashir, _ = trio
    # Amira's vault seals a card with new keys (as after a key change on her side): build the
    # card packet by hand with her current identity signing it.
    fresh = Identity.generate()
    new_card = cards.make_card(fresh, "Amira", 1_800_000_000)
    to_bashir = sharing.resolve_recipients(
        amira.vault, contact_ids=[contact_of(amira, bashir).contact.id]
    )
    shared = sharing._seal_to_file(
        amira.vault, to_bashir, outbox, "card", "Contact card", "", sharing.CARD_MEDIA_TYPE,
        len(new_card), [new_card], {}, ("card", None), None, None,
    )  # fmt: skip
    result = inbox.import_packet(bashir.vault, shared.path)
    view = contacts.get_contact(bashir.vault, result.item_id or 0)
    assert view.contact.id == contact_of(bashir, amira).contact.id
    assert view.state == contacts.KEY_CHANGED


def test_packet_signed_with_unaccepted_new_keys_is_refused_with_the_reason(
    tmp_path: Path, outbox: Path
) -> None:
    with members(tmp_path, ("Amira", "Bashir", "Amira2")) as (amira, bashir, amira2):
        introduce(bashir, amira)
        introduce(amira2, bashir)
        # a new vault of Amira's: Bashir links its card to the Amira he knows
        person = contact_of(bashir, amira).contact.person_id
        contacts.import_card(bashir.vault, contacts.my_card_text(amira2.vault), person_id=person)
        assert contact_of(bashir, amira).state == contacts.KEY_CHANGED
        note = records.add_note(amira2.vault, "hello", title="hi")
        to_bashir = sharing.resolve_recipients(
            amira2.vault, contact_ids=[contact_of(amira2, bashir).contact.id]
        )
        shared = sharing.share_note(amira2.vault, note.id, to_bashir, outbox)
        before = snapshot(bashir)
        with pytest.raises(UnknownSender, match="key change"):
            inbox.import_packet(bashir.vault, shared.path)
        assert snapshot(bashir) == before
        outcomes = exchange.scan(bashir.vault, outbox, settle_seconds=0)
        assert [o.outcome for o in outcomes] == ["unknown_sender"]


def test_cli_contact_list_says_key_changed_not_merely_unverified(
    trio: list[Member], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.cli import main
    from tests.conftest import PASSPHRASE

    _, bashir, _ = trio
    _, text = _new_card("Amira")
    contacts.import_card(bashir.vault, text)
    bashir.vault.lock()
    monkeypatch.setenv("QUIETROOM_PASSPHRASE", PASSPHRASE)
    assert main(["--vault", str(bashir.folder), "contact", "list"]) == 0
    listing = capsys.readouterr().out
    amira_line = next(line for line in listing.splitlines() if "Amira" in line)
    assert "KEY CHANGED" in amira_line
