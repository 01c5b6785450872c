"""Content in the scripts a dialogue writes in goes everywhere a note goes, unchanged.

Notes in Arabic, Farsi, Hebrew, Russian, Chinese and mixed Arabic-English are stored, searched,
sealed to a contact whose vault holds another name script, imported there and exported to PDF;
what comes back is the same text, byte for byte.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app import export, inbox, records, search, sharing
from app.vault import OpenVault
from tests.app.sharing_vaults import Member, add_paper, contact_of, introduce, members, paper_bytes
from tests.app.test_export import pdf_pages

DAY = datetime(2024, 5, 17, tzinfo=UTC)

NOTES = {
    "arabic": ("مُسَوَّدَةُ الاتِّفَاقِ", "كَتَبَ الوَسِيطُ مُسَوَّدَةَ الاتِّفَاقِ حَوْلَ تَقَاسُمِ المِيَاهِ"),
    "farsi": ("گزارش کمیته", "کمیته صلح در تهران تشکیل شد و گزارش ۱۴۰۳ را پذیرفت"),
    "hebrew": ("סִכּוּם פְּגִישָׁה", "הַמִּשְׁלַחַת הִסְכִּימָה לְסִבּוּב שֵׁנִי בְּיָרִיחוֹ"),
    "russian": ("Итоги раунда", "Переговоры в Женеве: ещё один раунд, обмен пленными"),
    "chinese": ("会谈纪要", "双方同意在联合国主持下和平解决边界问题。"),
    "mixed": ("لقاء Geneva", "التقى John Smith بالوفد في Geneva يوم 12 مارس 2024 لمناقشة الهدنة"),
}

# (query as a user types it, the note it must find): Arabic without its harakat, Hebrew without
# its points, a Chinese word in the middle of a sentence, Persian digits typed as ASCII, and
# words of both languages of the mixed note.
QUERIES = (
    ("مسودة الاتفاق", "arabic"),
    ("المياه", "arabic"),
    ("كميته", "farsi"),
    ("1403", "farsi"),
    ("המשלחת", "hebrew"),
    ("ЖЕНЕВЕ еще", "russian"),
    ("和平", "chinese"),
    ("联合国主持", "chinese"),
    ("smith الوفد", "mixed"),
    ("الهدنه 2024", "mixed"),
)


def _utf8(note_title: str, note_body: str) -> tuple[bytes, bytes]:
    return note_title.encode(), note_body.encode()


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[tuple[Member, Member]]:
    """Two vaults whose owners' names are in Arabic and Chinese, each holding the other's card."""
    with members(tmp_path, ("أميرة حداد", "陈伟")) as (amira, chen):
        introduce(amira, chen)
        introduce(chen, amira)
        yield amira, chen


def _add_all(vault: OpenVault) -> dict[str, int]:
    return {
        key: records.add_note(vault, body, title=title, attributable=True).id
        for key, (title, body) in NOTES.items()
    }


def test_notes_in_every_script_are_stored_and_read_back_byte_identical(
    pair: tuple[Member, Member],
) -> None:
    amira, _ = pair
    ids = _add_all(amira.vault)
    for key, (title, body) in NOTES.items():
        note = records.get_note(amira.vault, ids[key])
        assert _utf8(note.title, note.body) == _utf8(title, body), key


def test_notes_in_every_script_are_found_by_what_a_user_types(
    pair: tuple[Member, Member],
) -> None:
    amira, _ = pair
    ids = _add_all(amira.vault)
    for query, key in QUERIES:
        found = {h.id for h in search.search(amira.vault, query) if h.kind == "note"}
        assert found == {ids[key]}, query


def test_notes_in_every_script_are_sealed_imported_and_found_byte_identical(
    pair: tuple[Member, Member], tmp_path: Path
) -> None:
    amira, chen = pair
    ids = _add_all(amira.vault)
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    to_chen = sharing.resolve_recipients(
        amira.vault, contact_ids=[contact_of(amira, chen).contact.id]
    )
    received: dict[str, int] = {}
    for key, note_id in ids.items():
        packet = sharing.share_note(amira.vault, note_id, to_chen, outbox)
        result = inbox.import_packet(chen.vault, packet.path)
        assert result.item_kind == "note" and result.item_id is not None
        received[key] = result.item_id
    for key, (title, body) in NOTES.items():
        note = records.get_note(chen.vault, received[key])
        assert _utf8(note.title, note.body) == _utf8(title, body), key
    for query, key in QUERIES:
        found = {h.id for h in search.search(chen.vault, query) if h.kind == "note"}
        assert found == {received[key]}, query


def test_contact_names_and_paper_file_names_in_other_scripts_survive_sharing(
    pair: tuple[Member, Member], tmp_path: Path
) -> None:
    amira, chen = pair
    assert contact_of(chen, amira).name == "أميرة حداد"
    assert contact_of(amira, chen).name == "陈伟"
    data = "تقرير الجولة الثانية — 第二轮报告\n".encode()
    paper = add_paper(amira, data, file_name="تقرير_الجولة.txt", title="تقرير 第二轮")
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    to_chen = sharing.resolve_recipients(
        amira.vault, contact_ids=[contact_of(amira, chen).contact.id]
    )
    packet = sharing.share_paper(amira.vault, paper.id, to_chen, outbox)
    result = inbox.import_packet(chen.vault, packet.path)
    assert result.item_id is not None
    assert paper_bytes(chen, result.item_id) == data
    hits = search.search(chen.vault, "第二轮")
    assert [(h.kind, h.title) for h in hits] == [("paper", "تقرير 第二轮")]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _export(vault: OpenVault, note_id: int, folder: Path) -> list[str]:
    result = export.export_pdf(vault, "note", str(note_id), folder, "مكتب المبعوث", on=DAY)
    return pdf_pages(result.path)


# What a PDF text extractor (PDFium, through QtPdf) gives back is the text as drawn. Vowel marks
# and Hebrew points are drawn over their letters and come back out of order, so the byte-for-
# byte claim is made on the text a reader copies from unvowelled Arabic and unpointed Hebrew,
# which is how almost all of it is written. The vowelled notes are checked letter by letter.
PLAIN = {
    "arabic": "كتب الوسيط مسودة الاتفاق حول تقاسم المياه",
    "farsi": NOTES["farsi"][1],
    "hebrew": "המשלחת הסכימה לסבוב שני ביריחו",
    "russian": NOTES["russian"][1],
    "chinese": NOTES["chinese"][1],
}


def test_pdf_export_gives_back_the_text_of_every_script(
    pair: tuple[Member, Member], tmp_path: Path
) -> None:
    amira, _ = pair
    for key, body in PLAIN.items():
        note = records.add_note(amira.vault, body, title=key, attributable=True)
        folder = tmp_path / key
        folder.mkdir()
        text = _flat(" ".join(_export(amira.vault, note.id, folder)))
        assert body in text, key
        assert "المبعوث" in text and "مكتب" in text  # the recipient, stamped in Arabic


def test_an_arabic_recipient_name_leaves_the_stamped_date_in_place(
    pair: tuple[Member, Member], tmp_path: Path
) -> None:
    amira, _ = pair
    note = records.add_note(amira.vault, "نص", title="x", attributable=True)
    text = _flat(" ".join(_export(amira.vault, note.id, tmp_path)))
    # (PDFium gives a right-to-left run inside a left-to-right line in visual order.)
    assert "Copy for: المبعوث مكتب — 2024-05-17 — page 1 of 1" in text


def _letters(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKC", text) if unicodedata.category(ch)[0] == "L"
    )


def test_pdf_export_keeps_every_letter_of_vowelled_arabic_and_pointed_hebrew(
    pair: tuple[Member, Member], tmp_path: Path
) -> None:
    amira, _ = pair
    for key in ("arabic", "hebrew"):
        body = NOTES[key][1]
        note = records.add_note(amira.vault, body, title="x", attributable=True)
        folder = tmp_path / key
        folder.mkdir()
        text = " ".join(_export(amira.vault, note.id, folder))
        drawn = Counter(_letters(text))
        assert all(drawn[ch] >= n for ch, n in Counter(_letters(body)).items()), key


def _x_of(document: object, page: int, text: str, needle: str) -> float:
    at = text.index(needle)
    selection = document.getSelectionAtIndex(page, at, len(needle))  # type: ignore[attr-defined]
    return float(selection.boundingRectangle().center().x())


def test_pdf_export_lays_out_an_arabic_line_right_to_left_with_english_names_in_order(
    pair: tuple[Member, Member], tmp_path: Path
) -> None:
    from PySide6.QtPdf import QPdfDocument

    amira, _ = pair
    body = "التقى John Smith بالوفد في Geneva يوم 12 مارس"
    note = records.add_note(amira.vault, body, title="readout", attributable=True)
    result = export.export_pdf(amira.vault, "note", str(note.id), tmp_path, "Office", on=DAY)
    document = QPdfDocument(None)
    document.load(str(result.path))
    text = document.getAllText(0).text()
    x = {w: _x_of(document, 0, text, w) for w in ("التقى", "John", "Smith", "بالوفد", "Geneva")}
    # Read right to left: التقى, then "John Smith" (itself left to right), then بالوفد, Geneva.
    assert x["التقى"] > x["Smith"] > x["John"]
    assert x["John"] > x["بالوفد"] > x["Geneva"]
    title_x = _x_of(document, 0, text, "readout")
    assert x["التقى"] > title_x  # the Arabic paragraph starts at the right margin
