"""ui/common/pdf_export.py: a round's record and a draft proposal exported from the window as
readable PDFs for a named recipient, laid out in a worker, audited; cancelled or refused, no
file is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from app import audit, drafts, records
from tests.ui.conftest import save_form, unlock
from ui.common import file_dialogs, pdf_export


class Asked:
    def __init__(self) -> None:
        self.recipient: str | None = "Dr Samir Khoury"  # None: the dialog is cancelled
        self.path: Path | None = None  # None: the file dialog is cancelled
        self.said: list[tuple[str, str]] = []


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Asked:
    given = Asked()
    given.path = tmp_path / "copy.pdf"

    def exec_dialog(dialog: pdf_export.RecipientDialog) -> int:
        if given.recipient is None:
            return 0
        dialog.recipient.setText(given.recipient)
        save_form(dialog)
        if not dialog.result():
            given.said.append(("dialog", dialog.error.text()))
        return dialog.result()

    def save_name(*_args: object, **_kwargs: object) -> tuple[str, str]:
        return (str(given.path) if given.path else "", "")

    monkeypatch.setattr(pdf_export.RecipientDialog, "exec", exec_dialog)
    monkeypatch.setattr(file_dialogs, "get_save_file_name", save_name)
    for kind in ("information", "warning"):
        monkeypatch.setattr(
            QMessageBox, kind, lambda _p, title, text, *_r, k=kind: given.said.append((k, text))
        )
    return given


def _exported(qtbot, job) -> None:
    assert job is not None
    qtbot.waitUntil(lambda: job.done.is_set(), timeout=30_000)
    qtbot.wait(50)  # the outcome is said on the Qt thread


def test_a_rounds_record_is_exported_for_a_named_recipient(qtbot, window, asked) -> None:
    unlock(qtbot, window)
    vault = window.session.vault
    dialogue = records.add_dialogue(vault, "Lower Selvan")
    session = records.add_session(vault, dialogue.id, "2026-03-01")
    records.add_note(vault, "Both sides open to a joint visit.", session_id=session.id)
    ws = window.workspace
    ws.go("session", session.id)
    page = ws.round
    job = pdf_export.export_pdf(page, window.session, "session", str(session.id), "Round 1")
    _exported(qtbot, job)
    assert asked.path is not None and asked.path.read_bytes().startswith(b"%PDF")
    kind, text = asked.said[-1]
    assert kind == "information" and str(asked.path) in text and "page" in text
    assert audit.entries(vault)[-1].event == "exported.pdf"


def test_no_file_without_a_recipient_or_a_destination(qtbot, window, asked) -> None:
    unlock(qtbot, window)
    vault = window.session.vault
    proposal = drafts.new_proposal(vault, "Water annex", "First text.\n")
    page = window.workspace

    asked.recipient = "   "
    assert pdf_export.export_pdf(page, window.session, "proposal", str(proposal.id), "W") is None
    assert asked.said[-1][0] == "dialog" and "recipient" in asked.said[-1][1]
    asked.recipient = None
    assert pdf_export.export_pdf(page, window.session, "proposal", str(proposal.id), "W") is None
    asked.recipient, asked.path = "Dr Samir Khoury", None
    assert pdf_export.export_pdf(page, window.session, "proposal", str(proposal.id), "W") is None
    assert [e.event for e in audit.entries(vault)].count("exported.pdf") == 0


def test_an_existing_file_is_not_replaced_and_the_reason_is_said(
    qtbot, window, asked, tmp_path: Path
) -> None:
    unlock(qtbot, window)
    vault = window.session.vault
    proposal = drafts.new_proposal(vault, "Water annex", "First text.\n")
    assert asked.path is not None
    asked.path.write_bytes(b"the user's own file")
    job = pdf_export.export_pdf(
        window.workspace, window.session, "proposal", str(proposal.id), "Water annex"
    )
    _exported(qtbot, job)
    assert asked.path.read_bytes() == b"the user's own file"
    kind, text = asked.said[-1]
    assert kind == "warning" and "already exists" in text


def test_the_drafts_page_exports_saved_revisions_only(qtbot, window, asked) -> None:
    unlock(qtbot, window)
    vault = window.session.vault
    proposal = drafts.new_proposal(vault, "Water annex", "First text.\n")
    ws = window.workspace
    ws.go("drafts")
    page = ws.drafts
    page.reload()
    assert not page.export_button.isEnabled()
    page.show_proposal(proposal.id)
    page.editor.setPlainText("typed, not saved")
    page.export_pdf()
    assert page.error.isVisibleTo(page) and "revision first" in page.error.text()
    assert asked.path is not None and not asked.path.exists()
    page.save_revision()
    qtbot.waitUntil(lambda: not page.is_saving)
    assert not page.unsaved
    page.export_pdf()
    qtbot.waitUntil(lambda: bool(asked.said) and asked.said[-1][0] == "information", timeout=30_000)
    assert asked.path.read_bytes().startswith(b"%PDF")


def test_a_note_is_exported_with_what_was_just_typed(qtbot, window, asked) -> None:
    unlock(qtbot, window)
    vault = window.session.vault
    note = records.add_note(vault, "First line.", title="Corridor talk")
    ws = window.workspace
    ws.go("notes")
    panel = ws.notes
    panel.reload()
    panel.open_note(note.id)
    panel.editor.body.setPlainText("First line.\nTyped just before the export.")
    panel.export_note()
    qtbot.waitUntil(lambda: bool(asked.said) and asked.said[-1][0] == "information", timeout=30_000)
    assert records.get_note(vault, note.id).body.endswith("Typed just before the export.")
    assert asked.path is not None and asked.path.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (
            "fr",
            ["CONFIDENTIEL — ne pas diffuser", "Copie pour", "séance 1", "Lieu", "page 1 sur 1"],
        ),
        # (text taken from a PDF splits Arabic marks off and reads right-to-left lines by
        # position: the expectations avoid both)
        ("ar", ["سري — لا", "نسخة لـ", "الجولة", "المكان", "الصفحة 1 من 1"]),
    ],
)
def test_the_pdfs_own_words_follow_the_interfaces_language(
    qtbot, window, asked, language, code: str, expected: list[str]
) -> None:
    from tests.app.test_export import pdf_pages

    unlock(qtbot, window)
    vault = window.session.vault
    dialogue = records.add_dialogue(vault, "Lower Selvan")
    session = records.add_session(vault, dialogue.id, "2026-03-01", place="Lake Orta")
    language(code)
    job = pdf_export.export_pdf(window.workspace, window.session, "session", str(session.id), "R")
    _exported(qtbot, job)
    assert asked.path is not None
    text = " ".join(" ".join(pdf_pages(asked.path)).split())
    for words in expected:
        assert words in text
    assert "CONFIDENTIAL" not in text and "Copy for" not in text
