"""Claims of code names: a person link shows the real name inside the vault and the code name
in every export and in every packet sealed to someone outside the person's working groups,
checked on the decrypted packet bytes and on the PDF's text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app import codenames, export, records, sharing
from app.errors import InvalidInput
from crypto import packet
from tests.app.sharing_vaults import Member, contact_of, group_of, introduce, members
from tests.app.test_export import pdf_pages

REAL = "Layla Haddad"
CODE = "Heron"


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[tuple[Member, Member, Member, int]]:
    """Amira's vault: Layla (code name Heron) in the water group with Bashir; Chen outside."""
    with members(tmp_path, ("Amira", "Bashir", "Chen")) as (amira, bashir, chen):
        introduce(amira, bashir)
        introduce(amira, chen)
        layla = records.add_person(amira.vault, REAL, side="Upstream")
        codenames.set_code_name(amira.vault, layla.id, CODE)
        water = group_of(amira, "Water", bashir)
        group = records.get_group(amira.vault, water)
        records.set_group_members(amira.vault, water, [*group.member_ids, layla.id])
        yield amira, bashir, chen, layla.id


def _decrypted(member: Member, path: Path) -> bytes:
    identity = member.vault.storage.identity()[1]
    with path.open("rb") as source:
        reader = packet.PacketReader(source, identity)
        return b"".join(reader.chunks())


def _note(amira: Member, layla: int) -> int:
    link = codenames.link(layla)
    body = f"{link} proposed a joint gauge at the dam; {link} wants it minuted."
    return records.add_note(amira.vault, body, title=f"Readout from {link}", attributable=True).id


def test_inside_the_vault_a_link_shows_the_real_name(
    trio: tuple[Member, Member, Member, int],
) -> None:
    amira, _, _, layla = trio
    text = codenames.render_inside(amira.vault, f"Met {codenames.link(layla)} today")
    assert text == f"Met {REAL} today"


def test_note_packet_to_an_outsider_carries_the_code_name_never_the_real_name(
    trio: tuple[Member, Member, Member, int], tmp_path: Path
) -> None:
    amira, _, chen, layla = trio
    to_chen = sharing.resolve_recipients(
        amira.vault, contact_ids=[contact_of(amira, chen).contact.id]
    )
    shared = sharing.share_note(amira.vault, _note(amira, layla), to_chen, tmp_path)
    plain = _decrypted(chen, shared.path)
    assert CODE.encode() in plain
    assert b"Layla" not in plain and b"Haddad" not in plain and b"[[person" not in plain
    assert b"Layla" not in shared.path.read_bytes()


def test_note_packet_to_the_persons_own_working_group_shows_the_real_name(
    trio: tuple[Member, Member, Member, int], tmp_path: Path
) -> None:
    amira, bashir, _, layla = trio
    to_bashir = sharing.resolve_recipients(
        amira.vault, contact_ids=[contact_of(amira, bashir).contact.id]
    )
    shared = sharing.share_note(amira.vault, _note(amira, layla), to_bashir, tmp_path)
    plain = _decrypted(bashir, shared.path)
    assert REAL.encode() in plain and CODE.encode() not in plain


def test_one_outsider_among_the_recipients_makes_everyone_read_the_code_name(
    trio: tuple[Member, Member, Member, int], tmp_path: Path
) -> None:
    amira, bashir, chen, layla = trio
    both = sharing.resolve_recipients(
        amira.vault,
        contact_ids=[contact_of(amira, bashir).contact.id, contact_of(amira, chen).contact.id],
    )
    shared = sharing.share_note(amira.vault, _note(amira, layla), both, tmp_path)
    plain = _decrypted(bashir, shared.path)
    assert CODE.encode() in plain and b"Layla" not in plain


def test_pdf_export_shows_the_code_name_even_of_an_attributable_note(
    trio: tuple[Member, Member, Member, int], tmp_path: Path
) -> None:
    amira, _, _, layla = trio
    done = export.export_pdf(amira.vault, "note", str(_note(amira, layla)), tmp_path, "Chen")
    text = " ".join(" ".join(pdf_pages(done.path)).split())
    assert CODE in text
    assert "Layla" not in text and "Haddad" not in text and "person:" not in text
    assert b"Layla" not in done.path.read_bytes()


def test_person_without_code_name_is_withheld_outside(
    trio: tuple[Member, Member, Member, int],
) -> None:
    amira, _, _, layla = trio
    codenames.set_code_name(amira.vault, layla, "")
    text = codenames.render_outside(amira.vault, f"Met {codenames.link(layla)}")
    assert text == f"Met {codenames.WITHHELD}"


def test_a_code_name_may_not_be_a_real_name_or_taken_twice(
    trio: tuple[Member, Member, Member, int],
) -> None:
    amira, _, _, layla = trio
    other = records.add_person(amira.vault, "Omar Said")
    with pytest.raises(InvalidInput, match="real name"):
        codenames.set_code_name(amira.vault, other.id, "layla haddad")
    with pytest.raises(InvalidInput, match="already"):
        codenames.set_code_name(amira.vault, other.id, "heron")
    assert codenames.code_name(amira.vault, layla) == CODE
