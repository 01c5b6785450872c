"""Export a proposal revision, a note or a session record to PDF, for one named recipient.

Every page carries a confidentiality banner at the top and ``Copy for: <recipient> — <date>``
at the bottom, so a leaked copy tells whose it was. When the record is not attributable, every
person of the vault found in the text is replaced by a neutral label ("Participant A, Side 1"):
letters and side numbers follow the order in which people first appear in the document, so
the labels reveal neither alphabetical order nor side names. Matching is whole-word; full names
(and a contact's card name) match in any case, longest first; a unique surname or first name of
three letters or more matches when capitalised as written in the vault.

Person links in the text (``[[person:12]]``, see :mod:`app.codenames`) always become the
person's code name in an export, attributable or not: a real name never leaves by a link.

The PDF is drawn with Qt's QPdfWriter into memory and written atomically; no temporary file.
Qt is a library here (QtGui only); this module never imports ``ui/``.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app import codenames, drafts, fonts, pyside_guard
from app.contacts import clean_name
from app.errors import InvalidInput, translated
from app.papers import safe_file_name
from app.vault import OpenVault
from crypto.errors import Message
from storage import audit
from storage import contacts as contact_store
from storage import records as rec
from storage.atomic import atomic_write_bytes
from storage.models import Person

KINDS = ("revision", "note", "session")
BANNER = Message("CONFIDENTIAL — not for circulation")
NEUTRAL_BANNER = Message("CONFIDENTIAL — not for circulation — non-attributable")
MAX_RECIPIENT = 200

Words = Callable[[Message], str]
"""How the words of a PDF are written: ``str`` gives the English (the command line); the
window passes its translator, so a copy is worded in the interface's language."""

# The words for the codes a record stores (the window's own labels are in ``ui/``).
_STATUS_WORDS = {
    "draft": Message("draft"),
    "circulated": Message("circulated"),
    "agreed": Message("agreed"),
    "withdrawn": Message("withdrawn"),
}
_MODE_WORDS = {
    "in_person": Message("in person"),
    "remote": Message("remote"),
    "hybrid": Message("hybrid"),
}
_NOTE_KIND_WORDS = {
    "general": Message("general"),
    "process": Message("process observation"),
    "content": Message("content observation"),
    "option": Message("option"),
    "agreed": Message("agreed point"),
    "question": Message("open question"),
    "follow_up": Message("follow-up"),
}


def _code(words: Words, table: dict[str, Message], code: str) -> str:
    """A stored code in words; an unknown one (a newer vault) as it is, underscores spaced."""
    found = table.get(code)
    return words(found) if found is not None else code.replace("_", " ")


_MIN_PART = 3

_APP: object | None = None  # the QGuiApplication this module created, kept alive


@dataclass(frozen=True)
class Document:
    """What goes on the pages, before names are replaced."""

    uid: str
    kind: str
    title: str
    meta: tuple[tuple[str, str], ...]
    body: str
    attributable: bool


@dataclass(frozen=True)
class Exported:
    path: Path
    pages: int
    labels: dict[str, str]  # real name -> neutral label, as applied (empty when attributable)


# -- neutral labels --------------------------------------------------------------------------


def _letters(index: int) -> str:
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(ord("A") + rest) + out
    return out


def _patterns(
    people: list[Person], aliases: dict[int, list[str]]
) -> list[tuple[re.Pattern[str], int]]:
    """(pattern, person id) pairs, longest names first."""
    found: list[tuple[str, int, bool]] = []  # text, person id, case-insensitive
    for person in people:
        for name in {person.name, *aliases.get(person.id, [])}:
            if name.strip():
                found.append((name.strip(), person.id, True))
    parts: dict[str, set[int]] = {}
    for person in people:
        for part in re.findall(r"\w+", person.name):
            if len(part) >= _MIN_PART and part[0].isupper():
                parts.setdefault(part, set()).add(person.id)
    for part, owners in parts.items():
        if len(owners) == 1:
            found.append((part, next(iter(owners)), False))
    found.sort(key=lambda f: len(f[0]), reverse=True)
    out: list[tuple[re.Pattern[str], int]] = []
    for text, pid, insensitive in found:
        words = r"\s+".join(re.escape(w) for w in text.split())
        flags = re.IGNORECASE if insensitive else 0
        out.append((re.compile(rf"(?<!\w){words}(?!\w)", flags), pid))
    return out


def neutral_labels(
    text: str,
    people: list[Person],
    aliases: dict[int, list[str]] | None = None,
    words: Words = str,
) -> tuple[str, dict[str, str]]:
    """``text`` with people replaced by labels, and the mapping name -> label applied."""
    patterns = _patterns(people, aliases or {})
    first: dict[int, int] = {}
    for pattern, pid in patterns:
        match = pattern.search(text)
        if match and (pid not in first or match.start() < first[pid]):
            first[pid] = match.start()
    by_id = {p.id: p for p in people}
    order = sorted(first, key=lambda pid: (first[pid], pid))
    sides: dict[str, int] = {}
    labels: dict[int, str] = {}
    for index, pid in enumerate(order):
        side = by_id[pid].side.strip().casefold()
        letters = _letters(index)
        if side:
            sides.setdefault(side, len(sides) + 1)
            label = words(
                Message("Participant {letters}, Side {side}", letters=letters, side=sides[side])
            )
        else:
            label = words(Message("Participant {letters}", letters=letters))
        labels[pid] = label
    if not labels:
        return text, {}
    # One pass over the text with every pattern, longest first, so no label is re-matched.
    combined: list[tuple[int, int, int]] = []  # start, end, person id
    for pattern, pid in patterns:
        for match in pattern.finditer(text):
            if pid in labels and not any(
                s < match.end() and match.start() < e for s, e, _ in combined
            ):
                combined.append((match.start(), match.end(), pid))
    combined.sort()
    out: list[str] = []
    pos = 0
    for start, end, pid in combined:
        out.append(text[pos:start])
        out.append(labels[pid])
        pos = end
    out.append(text[pos:])
    return "".join(out), {by_id[pid].name: label for pid, label in labels.items()}


# -- documents -------------------------------------------------------------------------------


def _people(vault: OpenVault) -> tuple[list[Person], dict[int, list[str]]]:
    db = vault.storage.db
    people = rec.list_all(db, rec.PEOPLE, limit=1_000_000)
    aliases: dict[int, list[str]] = {}
    for contact in contact_store.list_contacts(db):
        aliases.setdefault(contact.person_id, []).append(contact.card_name)
    return people, aliases


def revision_document(
    vault: OpenVault, ref: str | None = None, proposal_id: int | None = None, words: Words = str
) -> Document:
    """A proposal revision (by uid prefix), or the head of ``proposal_id``. Proposals are
    treated as not attributable: the drafters' names are left out."""
    if ref:
        revision = drafts.find_revision(vault, ref)
    elif proposal_id is not None:
        revision = drafts.head(vault, proposal_id)
    else:
        raise InvalidInput("name a proposal or a revision to export")
    proposal = drafts.get_proposal(vault, revision.proposal_id)
    meta = (
        (words(Message("Status")), _code(words, _STATUS_WORDS, proposal.status)),
        (
            words(Message("Revision")),
            words(
                Message(
                    "{revision} of {day}", revision=revision.uid[:12], day=revision.created_at[:10]
                )
            ),
        ),
    )
    return Document(revision.uid, "revision", proposal.title, meta, revision.body, False)


def note_document(vault: OpenVault, note_id: int, words: Words = str) -> Document:
    with translated():
        note = rec.get(vault.storage.db, rec.NOTES, note_id)
    meta = (
        (words(Message("Kind")), _code(words, _NOTE_KIND_WORDS, note.kind)),
        (words(Message("Written")), note.created_at[:10]),
    )
    title = note.title or words(Message("Note"))
    return Document(note.uid, "note", title, meta, note.body, note.attributable)


def session_document(vault: OpenVault, session_id: int, words: Words = str) -> Document:
    """A session record: the round, who attended, its summary and its notes. Attributable
    only when every attendee agreed to be named and every note is attributable."""
    with translated():
        db = vault.storage.db
        session = rec.get(db, rec.SESSIONS, session_id)
        dialogue = rec.get(db, rec.DIALOGUES, session.dialogue_id)
        attendees = [rec.get(db, rec.PEOPLE, pid) for pid in rec.attendance(db, session_id)]
        notes = rec.list_all(db, rec.NOTES, "session_id = ?", (session_id,), limit=10_000)
    title = words(
        Message("{dialogue} — round {round_no}", dialogue=dialogue.title, round_no=session.round_no)
        if not session.title
        else Message(
            "{dialogue} — round {round_no}: {title}",
            dialogue=dialogue.title,
            round_no=session.round_no,
            title=session.title,
        )
    )
    not_set = words(Message("not set"))
    meta = (
        (words(Message("Date")), session.starts_on or not_set),
        (words(Message("Place")), session.place or not_set),
        (words(Message("Mode")), _code(words, _MODE_WORDS, session.mode)),
    )
    parts = [words(Message("Participants:"))]
    nobody = words(Message("(none recorded)"))
    parts += [f"- {p.name}" for p in attendees] or [f"- {nobody}"]
    if session.summary:
        parts += ["", words(Message("Summary:")), session.summary]
    for note in reversed(notes):
        heading = Message(
            "{title} ({kind}):",
            title=note.title or Message("Note"),
            kind=_NOTE_KIND_WORDS.get(note.kind, note.kind.replace("_", " ")),
        )
        parts += ["", words(heading), note.body]
    attributable = all(p.attribution == "named" for p in attendees) and all(
        n.attributable for n in notes
    )
    return Document(session.uid, "session", title, meta, "\n".join(parts), attributable)


def document(vault: OpenVault, kind: str, ref: str, words: Words = str) -> Document:
    """The document for ``kind`` ("revision": a uid prefix; "proposal": its head by number;
    "note"/"session": by number), worded by ``words``."""
    if kind == "revision":
        return revision_document(vault, ref=ref, words=words)
    if kind == "proposal":
        return revision_document(vault, proposal_id=_number(ref), words=words)
    if kind == "note":
        return note_document(vault, _number(ref), words)
    if kind == "session":
        return session_document(vault, _number(ref), words)
    raise InvalidInput("export a proposal, a revision, a note or a session")


def _number(ref: str) -> int:
    try:
        return int(ref)
    except ValueError:
        raise InvalidInput("'{ref}' is not a record number", ref=ref[:20]) from None


# -- rendering -------------------------------------------------------------------------------


def _ensure_gui() -> None:
    """QPdfWriter and QTextDocument need a QGuiApplication (fonts); make one if none exists.

    Without a display (the CLI over SSH) Qt's offscreen platform is chosen."""
    global _APP
    pyside_guard.apply()  # PySide6 6.12's refcount bug (see app/pyside_guard.py)
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    if QGuiApplication.instance() is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # A QApplication (not a bare QGuiApplication), so that any widget the same process
        # shows later (the desktop app, a test) finds the application object it needs.
        _APP = QApplication(["quietroom"])
    fonts.register()


def _html(
    title: str,
    meta: tuple[tuple[str, str], ...],
    body: str,
    words: Words = str,
    right_to_left: bool = False,
) -> str:
    """The page's HTML. The heading and the table of facts follow the interface's direction
    (``right_to_left`` for Arabic); each paragraph of the body takes the direction of its own
    first letters, as the record's text may be in any language."""
    rows = "".join(
        f"<tr><td><b>{html.escape(words(Message('{field}:', field=k)))}</b>&nbsp;</td>"
        f"<td>{html.escape(v)}</td></tr>"
        for k, v in meta
    )
    direction = ' dir="rtl"' if right_to_left else ""
    table = ' dir="rtl" align="right"' if right_to_left else ""
    return (
        f"<h2{direction}>{html.escape(title)}</h2><table{table}>{rows}</table><hr/>"
        f'<div style="white-space: pre-wrap;">{html.escape(body)}</div>'
    )


_FONTLESS_OK = {"Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "Me"}  # nothing (or a mark) to draw


def uncovered_characters(text: str, limit: int = 8) -> list[str]:
    """Characters of ``text`` that no font installed here can draw (a PDF would show boxes).

    Qt falls back from the chosen font to any installed family, so a character counts as
    covered when one family has a glyph for it.
    """
    _ensure_gui()
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    wanted = sorted({ch for ch in text if unicodedata.category(ch) not in _FONTLESS_OK}, key=ord)
    if not wanted:
        return []
    metrics = [QFontMetrics(QFont(family)) for family in QFontDatabase.families()]
    missing: list[str] = []
    for ch in wanted:
        if not any(m.inFontUcs4(ord(ch)) for m in metrics):
            missing.append(ch)
            if len(missing) >= limit:
                break
    return missing


def _require_fonts(*texts: str) -> None:
    missing = uncovered_characters("".join(texts))
    if missing:
        shown = ", ".join(f"U+{ord(ch):04X}" for ch in missing)
        raise InvalidInput(
            "no font on this computer can draw some characters of this record ({characters}); "
            "install a font for that script (for example from the Noto family) and export again",
            characters=shown,
        )


def render_pdf(
    title: str,
    meta: tuple[tuple[str, str], ...],
    body: str,
    banner: str,
    stamp: str,
    words: Words = str,
    right_to_left: bool = False,
) -> tuple[bytes, int]:
    """An A4 PDF of the text with ``banner`` atop and ``stamp`` under every page."""
    _ensure_gui()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(300)
    writer.setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("Quietroom")
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    width, height = float(area.width()), float(area.height())
    band = 0.06 * height  # banner and stamp bands

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(10.5)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setHtml(_html(title, meta, body, words, right_to_left))
    body_height = height - 2 * band
    doc.setPageSize(QSizeF(width, body_height))
    pages = max(1, doc.pageCount())

    small = QFont(font)
    small.setPointSizeF(8.5)
    bold = QFont(small)
    bold.setBold(True)
    painter = QPainter(writer)
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            painter.setFont(bold)
            painter.drawText(QRectF(0, 0, width, band * 0.8), Qt.AlignmentFlag.AlignCenter, banner)
            painter.setFont(small)
            painter.drawText(
                QRectF(0, height - band * 0.8, width, band * 0.8),
                Qt.AlignmentFlag.AlignCenter,
                words(
                    Message(
                        "{stamp} — page {page} of {pages}", stamp=stamp, page=page + 1, pages=pages
                    )
                ),
            )
            painter.save()
            painter.translate(0, band - page * body_height)
            doc.drawContents(painter, QRectF(0, page * body_height, width, body_height))
            painter.restore()
    finally:
        painter.end()
        buffer.close()
    return bytes(data.data()), pages


def _destination(destination: Path, title: str) -> Path:
    if destination.is_dir():
        name = safe_file_name(f"{title}.pdf") or "export.pdf"
        destination = destination / name
    if destination.exists():
        raise InvalidInput("'{name}' already exists; choose another name", name=destination.name)
    return destination


def checked_recipient(recipient: object) -> str:
    """The name to stamp on every page of a copy, cleaned; refused when empty or too long."""
    name = clean_name(recipient) if isinstance(recipient, str) and recipient.strip() else ""
    if not name or len(name) > MAX_RECIPIENT:
        raise InvalidInput("name the recipient of this copy (it is stamped on every page)")
    return name


def export_pdf(
    vault: OpenVault,
    kind: str,
    ref: str,
    destination: Path,
    recipient: str,
    on: datetime | None = None,
    words: Words = str,
    right_to_left: bool = False,
) -> Exported:
    """Write a READABLE PDF copy of a record for ``recipient`` (named on every page).

    ``words`` writes the PDF's own words (banner, field names, "page 1 of 2", neutral labels):
    English by default, the interface's language when the window passes its translator, with
    the heading set right to left for Arabic (``right_to_left``)."""
    recipient = checked_recipient(recipient)
    doc = document(vault, kind, ref, words)
    title = codenames.render_outside(vault, doc.title)
    meta = tuple((k, codenames.render_outside(vault, v)) for k, v in doc.meta)
    body = codenames.render_outside(vault, doc.body)
    labels: dict[str, str] = {}
    if not doc.attributable:
        with translated():
            people, aliases = _people(vault)
        # Replace over the whole document at once, so labels follow first appearance.
        fields = [title, *(v for _, v in meta), body]
        joined = "\x00".join(f.replace("\x00", "") for f in fields)
        replaced, labels = neutral_labels(joined, people, aliases, words)
        pieces = replaced.split("\x00")
        title, body = pieces[0], pieces[-1]
        meta = tuple((k, v) for (k, _), v in zip(meta, pieces[1:-1], strict=True))
    day = (on or datetime.now(UTC)).date().isoformat()
    banner = words(BANNER if doc.attributable else NEUTRAL_BANNER)
    # FSI…PDI isolates the name: an Arabic or Hebrew name must not reorder the date after it.
    isolated = f"\u2068{recipient}\u2069"
    stamp = words(Message("Copy for: {recipient} — {day}", recipient=isolated, day=day))
    _require_fonts(title, body, stamp, banner, *(k + v for k, v in meta))
    data, pages = render_pdf(title, meta, body, banner, stamp, words, right_to_left)
    final = _destination(destination, doc.title if doc.attributable else doc.kind)
    with translated():
        atomic_write_bytes(final, data)
    tag = hashlib.sha256(recipient.encode()).hexdigest()[:12]
    with translated(), vault.storage.db.transaction() as db:
        audit.append(
            db,
            vault.storage.audit_key,
            "exported.pdf",
            subject=doc.uid,
            detail=f"{doc.kind}; {'names kept' if doc.attributable else 'neutral labels'}; "
            f"recipient tag {tag}",
        )
    return Exported(final, pages, labels)
