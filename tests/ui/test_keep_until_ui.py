"""Keep-until dates in the desktop app: dialogues, rounds, participants and papers, not only
notes. The date is saved with the record in one write; an expired record is purged at the
next unlock."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from app import papers, records, retention
from app import vault as app_vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import save_form
from ui.common.forms import RecordDialog
from ui.dialogues.forms import DialogueDialog, SessionDialog
from ui.papers.page import PapersPage
from ui.people.forms import PersonDialog

NEXT_YEAR = QDate.currentDate().addYears(1)
YESTERDAY = QDate.currentDate().addDays(-1)


def _choose(dialog: RecordDialog, day: QDate | None) -> None:
    field = dialog.keep_until
    assert field is not None
    field.expires.setChecked(day is not None)
    if day is not None:
        field.date_edit.setDate(day)


def test_a_new_participant_is_saved_with_the_day_after_which_they_are_deleted(
    qtbot, session
) -> None:
    dialog = PersonDialog(session.vault)
    qtbot.addWidget(dialog)
    assert dialog.keep_until is not None and not dialog.keep_until.expires.isChecked()
    assert not dialog.keep_until.date_edit.isEnabled()
    dialog.name.setText("Daud Hassani")
    _choose(dialog, NEXT_YEAR)
    save_form(dialog)
    person = dialog.result_record
    assert dialog.result() == QDialog.DialogCode.Accepted
    day = NEXT_YEAR.toString("yyyy-MM-dd")
    assert retention.keep_until(session.vault, "person", person.id) == day

    again = PersonDialog(session.vault, person)  # editing shows the date, and can clear it
    qtbot.addWidget(again)
    assert again.keep_until is not None and again.keep_until.day() == day
    _choose(again, None)
    save_form(again)
    assert retention.keep_until(session.vault, "person", person.id) is None


def test_a_form_refused_keeps_no_record_and_no_date(qtbot, session) -> None:
    dialog = DialogueDialog(session.vault)
    qtbot.addWidget(dialog)
    _choose(dialog, NEXT_YEAR)
    save_form(dialog)  # no title
    assert dialog.error.isVisibleTo(dialog) and dialog.result() != QDialog.DialogCode.Accepted
    assert records.list_dialogues(session.vault) == []
    assert retention.list_kept(session.vault) == []


@pytest.mark.parametrize("kind", ["dialogue", "session"])
def test_dialogues_and_rounds_take_a_date_too(qtbot, session, kind: str) -> None:
    dialogue = records.add_dialogue(session.vault, "Lower Selvan")
    if kind == "dialogue":
        dialog: RecordDialog = DialogueDialog(session.vault, dialogue)
    else:
        dialog = SessionDialog(session.vault, dialogue.id)
    qtbot.addWidget(dialog)
    _choose(dialog, NEXT_YEAR)
    save_form(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = dialog.result_record
    day = NEXT_YEAR.toString("yyyy-MM-dd")
    assert retention.keep_until(session.vault, kind, saved.id) == day


def test_a_paper_given_a_past_day_is_gone_at_the_next_unlock(
    qtbot, session, monkeypatch, tmp_path
) -> None:
    paper = papers.add_paper_bytes(session.vault, b"seating plan", "seating.txt", "Seating")
    page = PapersPage(session)
    qtbot.addWidget(page)
    page.reload()
    page.table.select_where(lambda p: p.id == paper.id)

    def choose_yesterday(dialog: RecordDialog) -> int:
        _choose(dialog, YESTERDAY)
        save_form(dialog)
        return int(dialog.result())

    monkeypatch.setattr(RecordDialog, "exec", choose_yesterday)
    page.choose_keep_until()
    day = (date.today() - timedelta(days=1)).isoformat()
    assert retention.keep_until(session.vault, "paper", paper.id) == day
    assert day in page.status.text()
    session.lock("user")
    with app_vault.unlock(tmp_path / "vault", PASSPHRASE) as reopened:
        assert papers.list_papers(reopened) == []


def test_without_a_paper_chosen_nothing_is_asked(qtbot, session, monkeypatch) -> None:
    page = PapersPage(session)
    qtbot.addWidget(page)
    asked: list[object] = []
    monkeypatch.setattr(RecordDialog, "exec", lambda dialog: asked.append(dialog) or 0)
    page.choose_keep_until()
    assert asked == [] and page.status.text()


def test_the_details_panel_says_when_a_record_will_be_deleted(qtbot, session) -> None:
    from ui.shell.details import DetailsPanel

    person = records.add_person(session.vault, "Leyla Aram")
    other = records.add_person(session.vault, "Karim Sadeq")
    retention.set_keep_until(session.vault, "person", person.id, "2027-03-01")
    panel = DetailsPanel(
        keep_until=lambda kind, ident: retention.keep_until(session.vault, kind, ident)
    )
    qtbot.addWidget(panel)
    panel.show_record(person)
    assert "Deleted after" in panel.toPlainText() and "2027-03-01" in panel.toPlainText()
    panel.show_record(other)
    assert "Deleted after" not in panel.toPlainText()


def test_choosing_a_papers_date_shows_it_in_the_details_at_once(
    qtbot, session, monkeypatch
) -> None:
    paper = papers.add_paper_bytes(session.vault, b"agenda", "agenda.txt", "Agenda")
    page = PapersPage(session)
    qtbot.addWidget(page)
    page.reload()
    page.table.select_where(lambda p: p.id == paper.id)
    shown: list[object] = []
    page.chosen.connect(shown.append)

    def choose_next_year(dialog: RecordDialog) -> int:
        _choose(dialog, NEXT_YEAR)
        save_form(dialog)
        return int(dialog.result())

    monkeypatch.setattr(RecordDialog, "exec", choose_next_year)
    page.choose_keep_until()
    assert [p.id for p in shown] == [paper.id]  # type: ignore[attr-defined]
