"""Changing the passphrase and setting a duress passphrase from the unlocked app: OK only
once the new passphrase is strong and typed twice, the work on a worker, a wrong current
passphrase refused with the vault unchanged."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox

from app import records
from app import vault as app_vault
from tests.conftest import OTHER_PASSPHRASE, PASSPHRASE
from ui.shell.passphrases import ChangePassphraseDialog, DuressDialog

DURESS = "granite heron velvet quarry amber"


def _ok(dialog: QDialog) -> bool:
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    return buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def _submit_and_wait(qtbot, dialog) -> None:
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)


def test_the_passphrase_changes_once_the_current_one_is_proven(
    qtbot, session, tmp_path: Path
) -> None:
    dialog = ChangePassphraseDialog(session)
    qtbot.addWidget(dialog)
    dialog.new.setText(OTHER_PASSPHRASE)
    dialog.confirm.setText(OTHER_PASSPHRASE)
    assert not _ok(dialog)  # the current passphrase is missing
    dialog.current.setText("not the passphrase at all 0000")
    assert _ok(dialog)
    _submit_and_wait(qtbot, dialog)
    assert dialog.error.isVisibleTo(dialog) and "does not open" in dialog.error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted

    dialog.current.setText(PASSPHRASE)
    _submit_and_wait(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.current.text() == "" and dialog.new.text() == ""  # nothing left behind
    session.lock("user")
    with app_vault.unlock(tmp_path / "vault", OTHER_PASSPHRASE):
        pass


def test_a_weak_or_mistyped_new_passphrase_keeps_ok_disabled_and_says_why(qtbot, session) -> None:
    dialog = ChangePassphraseDialog(session)
    qtbot.addWidget(dialog)
    dialog.current.setText(PASSPHRASE)
    dialog.new.setText("password1")
    dialog.confirm.setText("password1")
    assert not _ok(dialog) and dialog.advice.text().startswith("Too weak")
    dialog.new.setText(OTHER_PASSPHRASE)
    dialog.confirm.setText(OTHER_PASSPHRASE + "x")
    assert not _ok(dialog) and "differ" in dialog.advice.text()


def test_a_duress_passphrase_set_here_opens_the_decoy_at_the_next_unlock(
    qtbot, session, tmp_path: Path
) -> None:
    records.add_note(session.vault, "The real minutes.")
    dialog = DuressDialog(session)
    qtbot.addWidget(dialog)
    assert "destroys" in dialog.intro.text()
    dialog.new.setText(DURESS)
    dialog.confirm.setText(DURESS)
    assert _ok(dialog)
    _submit_and_wait(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    session.lock("user")
    with app_vault.unlock(tmp_path / "vault", DURESS) as decoy:
        assert records.list_notes(decoy) == []


def test_the_duress_passphrase_must_differ_from_the_real_one(qtbot, session) -> None:
    dialog = DuressDialog(session)
    qtbot.addWidget(dialog)
    dialog.new.setText(PASSPHRASE)
    dialog.confirm.setText(PASSPHRASE)
    _submit_and_wait(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "differ" in dialog.error.text()


def test_the_toolbar_opens_both_dialogs(qtbot, window, monkeypatch) -> None:
    from tests.ui.conftest import unlock

    unlock(qtbot, window)
    opened: list[str] = []
    monkeypatch.setattr(ChangePassphraseDialog, "exec", lambda self: opened.append("change") or 0)
    monkeypatch.setattr(DuressDialog, "exec", lambda self: opened.append("duress") or 0)
    window.passphrase_action.trigger()
    window.duress_action.trigger()
    assert opened == ["change", "duress"]


def test_no_secret_stays_in_a_dialog_closed_with_cancel(qtbot, session) -> None:
    from ui.shell.backups import SecretDialog

    change = ChangePassphraseDialog(session)
    qtbot.addWidget(change)
    for field in (change.current, change.new, change.confirm):
        field.setText(PASSPHRASE)
    change.reject()
    assert [f.text() for f in (change.current, change.new, change.confirm)] == ["", "", ""]

    asked = SecretDialog("Check a backup", "The passphrase.")
    qtbot.addWidget(asked)
    asked.secret.setText(PASSPHRASE)
    asked.reject()
    assert asked.secret.text() == ""
