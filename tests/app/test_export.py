"""PDF export: banner and recipient stamp on every page; no real name in a non-attributable copy.

Each claim is checked on the PDF's own text, extracted with QtPdf.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from app import drafts, export, records
from app.errors import InvalidInput
from app.vault import OpenVault

DAY = datetime(2024, 5, 17, tzinfo=UTC)
PEOPLE = (
    ("Amira Haddad", "Upstream", "chatham_house"),
    ("Bashir Nouri", "Downstream", "chatham_house"),
    ("Chen Wei", "Upstream", "named"),
)


def pdf_pages(path: Path) -> list[str]:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()
    buffer.setData(QByteArray(path.read_bytes()))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(None)
    document.load(buffer)
    assert document.status() == QPdfDocument.Status.Ready
    return [document.getAllText(i).text() for i in range(document.pageCount())]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _people(vault: OpenVault) -> None:
    for name, side, attribution in PEOPLE:
        records.add_person(vault, name, side=side, attribution=attribution)


def test_labels_follow_first_appearance_and_number_sides_not_names(vault: OpenVault) -> None:
    _people(vault)
    people = records.list_people(vault)
    text = "bashir nouri spoke; then Amira Haddad; Chen Wei agreed with BASHIR NOURI."
    replaced, labels = export.neutral_labels(text, people)
    assert replaced == (
        "Participant A, Side 1 spoke; then Participant B, Side 2; Participant C, Side 2 agreed "
        "with Participant A, Side 1."
    )
    assert labels == {
        "Bashir Nouri": "Participant A, Side 1",
        "Amira Haddad": "Participant B, Side 2",
        "Chen Wei": "Participant C, Side 2",
    }


def test_surnames_alone_are_replaced_but_ordinary_words_are_not(vault: OpenVault) -> None:
    records.add_person(vault, "Layla Said", side="Upstream")
    replaced, _ = export.neutral_labels(
        "Ms Said said the Saidi plan was fine; Layla agreed.", records.list_people(vault)
    )
    assert replaced == (
        "Ms Participant A, Side 1 said the Saidi plan was fine; Participant A, Side 1 agreed."
    )


def test_non_attributable_note_pdf_holds_no_real_name_but_labels_banner_and_stamp(
    vault: OpenVault, tmp_path: Path
) -> None:
    _people(vault)
    long_tail = "\n".join(
        f"Point {i}: Amira Haddad and Bashir Nouri kept talking." for i in range(90)
    )
    note = records.add_note(
        vault,
        "Amira Haddad proposed joint gauging; Bashir Nouri asked for data first.\n" + long_tail,
        title="Readout with Chen Wei",
        attributable=False,
    )
    result = export.export_pdf(vault, "note", str(note.id), tmp_path, "Office of the Envoy", on=DAY)
    pages = pdf_pages(result.path)
    assert len(pages) == result.pages >= 2
    for page in pages:
        flat = _flat(page)
        for name, _, _ in PEOPLE:
            for part in name.split():
                assert part not in flat
        assert "CONFIDENTIAL" in flat and "non-attributable" in flat
        assert "Copy for: Office of the Envoy — 2024-05-17" in flat
    everything = _flat(" ".join(pages))
    # The title comes first, so Chen Wei is A; Amira shares Chen's side, Bashir does not.
    assert "Readout with Participant A, Side 1" in everything
    assert "Participant B, Side 1 proposed joint gauging" in everything
    assert "Participant C, Side 2 asked for data first" in everything
    assert result.path.name == "note.pdf"  # the file name carries no title either


def test_attributable_note_keeps_names(vault: OpenVault, tmp_path: Path) -> None:
    _people(vault)
    note = records.add_note(vault, "Chen Wei chaired.", title="Chair", attributable=True)
    result = export.export_pdf(vault, "note", str(note.id), tmp_path / "chair.pdf", "Chen Wei")
    flat = _flat(" ".join(pdf_pages(result.path)))
    assert "Chen Wei chaired." in flat and result.labels == {}
    assert "non-attributable" not in flat


def test_session_record_lists_attendees_as_labels_unless_all_agreed_to_be_named(
    vault: OpenVault, tmp_path: Path
) -> None:
    _people(vault)
    people = {p.name: p.id for p in records.list_people(vault)}
    dialogue = records.add_dialogue(vault, "River talks")
    session = records.add_session(
        vault,
        dialogue.id,
        starts_on="2024-05-02",
        place="Geneva",
        summary="Bashir Nouri tabled a data annex.",
        attendee_ids=list(people.values()),
    )
    records.add_note(vault, "Amira Haddad will reply.", session_id=session.id)
    result = export.export_pdf(vault, "session", str(session.id), tmp_path, "Archive", on=DAY)
    flat = _flat(" ".join(pdf_pages(result.path)))
    assert not any(part in flat for name, _, _ in PEOPLE for part in name.split())
    assert "River talks — round 1" in flat and "Geneva" in flat
    assert "tabled a data annex" in flat and "Participant" in flat


def test_proposal_revision_export_replaces_names_and_leaves_out_the_drafters(
    vault: OpenVault, tmp_path: Path
) -> None:
    _people(vault)
    proposal = drafts.new_proposal(
        vault, "Annex proposed by Amira Haddad", "Article 1: as Bashir Nouri suggested.\n"
    )
    result = export.export_pdf(vault, "proposal", str(proposal.id), tmp_path, "Delegation X")
    flat = _flat(" ".join(pdf_pages(result.path)))
    assert "Amira" not in flat and "Bashir" not in flat and "Facilitator" not in flat
    assert "Annex proposed by Participant A, Side 1" in flat
    revision = drafts.head(vault, proposal.id)
    again = export.export_pdf(vault, "revision", revision.uid[:10], tmp_path / "r.pdf", "X")
    assert revision.uid[:12] in _flat(" ".join(pdf_pages(again.path)))


def test_export_needs_a_recipient_and_never_overwrites(vault: OpenVault, tmp_path: Path) -> None:
    note = records.add_note(vault, "Text.")
    with pytest.raises(InvalidInput, match="recipient"):
        export.export_pdf(vault, "note", str(note.id), tmp_path, "  ")
    existing = tmp_path / "taken.pdf"
    existing.write_bytes(b"keep")
    with pytest.raises(InvalidInput, match="already exists"):
        export.export_pdf(vault, "note", str(note.id), existing, "Someone")
    assert existing.read_bytes() == b"keep"


def test_a_character_no_installed_font_can_draw_is_a_clear_error_and_nothing_is_written(
    vault: OpenVault, tmp_path: Path
) -> None:
    """A PDF of empty boxes would look like a copy and say nothing: refuse with the reason."""
    glyphless = "\U0010fffd"  # a private-use code point no font covers
    note = records.add_note(vault, f"Annex {glyphless} continues", "Annex")
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(InvalidInput) as caught:
        export.export_pdf(vault, "note", str(note.id), out / "annex.pdf", "Archive")
    assert "U+10FFFD" in str(caught.value) and "font" in str(caught.value)
    assert list(out.iterdir()) == []


def test_every_script_of_the_dialogue_is_covered_by_the_fonts_here() -> None:
    sample = "Water سلام آب שלום Вода 水资源 Su ressources"
    assert export.uncovered_characters(sample) == []
