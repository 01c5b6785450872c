"""Claims of app.contacts: cards out (file, text, QR code), cards in, fingerprints, verification."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
import segno

from app import contacts, identity
from app.errors import InvalidInput
from crypto import card as cards
from crypto.identity import Identity
from tests.app.sharing_vaults import Member, introduce, members, snapshot


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[list[Member]]:
    with members(tmp_path, ("Amira", "Bashir", "Chen")) as made:
        yield made


def _qr_modules_from_png(path: Path, scale: int, border: int) -> list[list[bool]]:
    """Read the dark/light module grid back from a PNG written by segno (via Qt's decoder)."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    assert not image.isNull(), "the PNG does not decode"
    size = image.width() // scale - 2 * border
    assert image.width() == image.height() == (size + 2 * border) * scale
    grid = []
    for row in range(size):
        line = []
        for col in range(size):
            x = (col + border) * scale + scale // 2
            y = (row + border) * scale + scale // 2
            line.append(image.pixelColor(x, y).lightness() < 128)
        grid.append(line)
    return grid


def test_exported_card_file_imports_as_the_same_keys(trio: list[Member], tmp_path: Path) -> None:
    amira, bashir, _ = trio
    written = contacts.export_card_file(amira.vault, tmp_path)
    assert written.parent == tmp_path and written.suffix == contacts.CARD_FILE_SUFFIX
    view = contacts.import_card(bashir.vault, written.read_bytes())
    assert view.name == "Amira"
    assert (view.contact.x25519, view.contact.ed25519) == (
        identity.whoami(amira.vault).public.x25519,
        identity.whoami(amira.vault).public.ed25519,
    )


def test_pasted_card_text_imports_even_with_line_breaks(trio: list[Member]) -> None:
    amira, bashir, _ = trio
    text = contacts.my_card_text(amira.vault)
    assert text.startswith(cards.TEXT_PREFIX)
    wrapped = "\n".join(text[i : i + 40] for i in range(0, len(text), 40)) + "\n"
    view = contacts.import_card(bashir.vault, wrapped)
    assert view.name == "Amira"


def test_card_text_is_stable_across_exports(trio: list[Member]) -> None:
    amira, _, _ = trio
    assert contacts.my_card_text(amira.vault) == contacts.my_card_text(amira.vault)


def test_qr_png_encodes_exactly_the_card_text(trio: list[Member], tmp_path: Path) -> None:
    amira, _, _ = trio
    image = tmp_path / "card.png"
    contacts.export_card_qr(amira.vault, image, scale=4)
    assert image.stat().st_size > 0
    expected = segno.make(contacts.my_card_text(amira.vault), error="m", micro=False)
    decoded = _qr_modules_from_png(image, scale=4, border=4)
    assert decoded == [[bool(m) for m in row] for row in expected.matrix]


def test_qr_svg_is_a_valid_svg_image(trio: list[Member], tmp_path: Path) -> None:
    amira, _, _ = trio
    image = tmp_path / "card.svg"
    contacts.export_card_qr(amira.vault, image)
    root = ET.parse(image).getroot()  # noqa: S314 (our own file)
    assert root.tag.endswith("svg")
    assert any(el.tag.endswith("path") for el in root.iter())


def test_qr_with_another_suffix_is_refused_and_nothing_written(
    trio: list[Member], tmp_path: Path
) -> None:
    amira, _, _ = trio
    with pytest.raises(InvalidInput, match=r"\.png or \.svg"):
        contacts.export_card_qr(amira.vault, tmp_path / "card.jpg")
    assert list(tmp_path.glob("card*")) == []


def test_qr_into_a_missing_folder_is_a_clear_error(trio: list[Member], tmp_path: Path) -> None:
    amira, _, _ = trio
    with pytest.raises(InvalidInput, match="cannot write"):
        contacts.export_card_qr(amira.vault, tmp_path / "nowhere" / "card.png")


def test_fingerprint_digits_are_equal_on_both_sides(trio: list[Member]) -> None:
    amira, bashir, _ = trio
    view = introduce(bashir, amira)
    own = identity.whoami(amira.vault)
    assert view.fingerprint_groups == own.fingerprint_groups
    assert view.fingerprint == own.fingerprint
    assert len(view.fingerprint_groups) == 12
    assert all(len(g) == 5 and g.isdigit() for g in view.fingerprint_groups)


def test_fingerprints_of_different_people_differ(trio: list[Member]) -> None:
    amira, bashir, chen = trio
    assert introduce(chen, amira).fingerprint != introduce(chen, bashir).fingerprint


def test_new_contact_is_unverified_until_set_verified(trio: list[Member]) -> None:
    amira, bashir, _ = trio
    view = introduce(bashir, amira)
    assert not view.verified
    assert not contacts.get_contact(bashir.vault, view.contact.id).verified
    verified = contacts.set_verified(bashir.vault, view.contact.id)
    assert verified.verified
    assert contacts.list_contacts(bashir.vault)[0].verified
    again = contacts.set_verified(bashir.vault, view.contact.id, False)
    assert not again.verified


def test_importing_the_same_card_twice_changes_nothing(trio: list[Member]) -> None:
    amira, bashir, _ = trio
    first = introduce(bashir, amira)
    contacts.set_verified(bashir.vault, first.contact.id)
    before = snapshot(bashir)
    second = introduce(bashir, amira)
    assert second.contact.id == first.contact.id
    assert second.verified  # re-importing does not reset the verification
    assert snapshot(bashir) == before


def test_card_sharing_one_key_but_not_the_other_is_refused(trio: list[Member]) -> None:
    amira, bashir, _ = trio
    introduce(bashir, amira)
    before = snapshot(bashir)
    real = amira.vault.storage.identity()[1]
    impostor = Identity(real.x25519_secret, Identity.generate().ed25519_seed)
    forged = cards.make_card(impostor, "Amira", 1_700_000_000)
    with pytest.raises(InvalidInput, match="one of this card's keys"):
        contacts.import_card(bashir.vault, cards.card_to_text(forged))
    assert snapshot(bashir) == before


def test_own_card_is_refused(trio: list[Member]) -> None:
    amira, _, _ = trio
    before = snapshot(amira)
    with pytest.raises(InvalidInput, match="your own card"):
        contacts.import_card(amira.vault, contacts.my_card_text(amira.vault))
    assert snapshot(amira) == before


def test_card_carrying_one_of_our_own_keys_is_refused(trio: list[Member]) -> None:
    _, bashir, _ = trio
    mine = bashir.vault.storage.identity()[1]
    hybrid = Identity(mine.x25519_secret, Identity.generate().ed25519_seed)
    with pytest.raises(InvalidInput, match="your own keys"):
        contacts.import_card(bashir.vault, cards.card_to_text(cards.make_card(hybrid, "X", 1)))
    assert contacts.list_contacts(bashir.vault) == []


@pytest.mark.parametrize(
    ("garbage", "says"),
    [
        ("hello, this is my card", r"does not start with 'quietroom-card:'"),
        ("quietroom-card:AAAA", "not a Quietroom contact card"),
        (b"\xff\xfe\x00 binary junk", "not a Quietroom contact card"),
        (b"QRCARD" + bytes(200), "not a Quietroom contact card|damaged|format"),
        ("", "does not start with"),
    ],
)
def test_garbage_is_refused_with_a_clear_message(
    trio: list[Member], garbage: str | bytes, says: str
) -> None:
    _, bashir, _ = trio
    with pytest.raises(InvalidInput, match=says):
        contacts.import_card(bashir.vault, garbage)
    assert contacts.list_contacts(bashir.vault) == []


def test_altered_card_is_refused(trio: list[Member]) -> None:
    amira, bashir, _ = trio
    data = bytearray(contacts.my_card(amira.vault))
    data[-65] ^= 0x01  # the last byte of the name
    with pytest.raises(InvalidInput, match=r"altered|not valid text"):
        contacts.import_card(bashir.vault, bytes(data))
    assert contacts.list_contacts(bashir.vault) == []


def test_imported_card_creates_a_person_or_links_to_one(trio: list[Member]) -> None:
    from app import records

    amira, bashir, chen = trio
    created = introduce(chen, amira)
    assert records.get_person(chen.vault, created.contact.person_id).name == "Amira"
    person = records.add_person(chen.vault, "Bashir B.", affiliation="Ministry")
    linked = contacts.import_card(chen.vault, contacts.my_card_text(bashir.vault), person.id)
    assert linked.contact.person_id == person.id
    assert linked.name == "Bashir B."
    assert contacts.contact_for_person(chen.vault, person.id) == linked


def test_control_characters_in_a_card_name_are_not_kept(trio: list[Member]) -> None:
    _, bashir, _ = trio
    sneaky = Identity.generate()
    card = cards.make_card(sneaky, "Eve\x1b[2J\u202eadmin", 1)
    view = contacts.import_card(bashir.vault, cards.card_to_text(card))
    # the escape character and the right-to-left override are gone; printable text stays
    assert view.name == "Eve[2Jadmin"
    assert view.contact.card_name == "Eve[2Jadmin"
