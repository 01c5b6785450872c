"""Need-to-know in the desktop app (pytest-qt, real vaults): panic exit, failed-unlock guard,
key changes shown and blocking the share dialog, compartments in the share dialog, ledger."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox

from app import panic
from app import vault as app_vault
from tests.conftest import PASSPHRASE
from tests.ui.conftest import save_form, unlock
from ui.shell.root import PANIC_SHORTCUT, RootWindow

WRONG = "not the passphrase at all 0000"


def _visible_windows() -> list[object]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_panic_exit_leaves_no_window_and_an_empty_clipboard_at_once(
    qtbot, window: RootWindow
) -> None:
    unlock(qtbot, window)
    window.session.copy_text("quietroom-card:abc")
    QGuiApplication.clipboard().setText("a name the user copied from a note")
    side = QDialog(window)
    side.setWindowTitle("Some dialog")
    side.show()
    assert window.panic_action.shortcut().toString() == PANIC_SHORTCUT
    assert window.panic_action in window.toolbar.actions()
    window.panic_action.trigger()
    # Synchronously, before the event loop runs again (no timing is asserted).
    assert not _visible_windows() and QGuiApplication.clipboard().text() == ""
    assert not window.session.is_unlocked and window.workspace is None
    assert app_vault.vault_exists(window.folder)  # no erase unless the setting says so


def test_panic_exit_with_the_erase_setting_destroys_the_vault(qtbot, window: RootWindow) -> None:
    unlock(qtbot, window)
    panic.set_panic_erases(window.session.vault, True)
    window.panic_action.trigger()
    qtbot.waitUntil(lambda: not _visible_windows(), timeout=200)
    assert not window.folder.exists()


def _try(qtbot, win: RootWindow, secret: str) -> None:
    win.unlock_screen.secret.setText(secret)
    win.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: win.unlock_screen.unlock_button.isEnabled(), timeout=20_000)


def test_failed_unlocks_show_attempts_left_and_erase_at_the_limit(
    qtbot, existing_vault: Path, prefs
) -> None:
    from tests.conftest import FAST_KDF

    with app_vault.unlock(existing_vault, PASSPHRASE) as vault:
        panic.set_erase_after(vault, existing_vault, 3)
    win = RootWindow(existing_vault, prefs, FAST_KDF)
    qtbot.addWidget(win)
    win.show()
    assert "3 unlock attempt(s) left" in win.unlock_screen.subtitle.text()
    _try(qtbot, win, WRONG)
    assert "2 unlock attempt(s) left" in win.unlock_screen.subtitle.text()
    _try(qtbot, win, WRONG)
    assert "1 unlock attempt(s) left" in win.unlock_screen.subtitle.text()
    win.unlock_screen.secret.setText(WRONG)
    win.unlock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: not existing_vault.exists(), timeout=20_000)
    QThreadPool.globalInstance().waitForDone(10_000)


def test_a_successful_unlock_resets_the_count_and_reports_the_failures(
    qtbot, existing_vault: Path, prefs, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from tests.conftest import FAST_KDF

    with app_vault.unlock(existing_vault, PASSPHRASE) as vault:
        panic.set_erase_after(vault, existing_vault, 5)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    win = RootWindow(existing_vault, prefs, FAST_KDF)
    qtbot.addWidget(win)
    win.show()
    _try(qtbot, win, WRONG)
    unlock(qtbot, win)
    assert shown and "1 unlock attempt(s) failed" in shown[0]
    assert panic.guard_status(existing_vault) == panic.Guard(5, 0)
    win.session.lock("user")
    assert "5 unlock attempt(s) left" in win.unlock_screen.subtitle.text()
    QThreadPool.globalInstance().waitForDone(10_000)


def test_removing_the_guard_file_while_locked_is_noticed_at_unlock(
    qtbot, existing_vault: Path, prefs, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from storage import unlock_guard
    from tests.conftest import FAST_KDF

    with app_vault.unlock(existing_vault, PASSPHRASE) as vault:
        panic.set_erase_after(vault, existing_vault, 3)
    (existing_vault / unlock_guard.FILE_NAME).unlink()  # an attacker resets the counter
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    win = RootWindow(existing_vault, prefs, FAST_KDF)
    qtbot.addWidget(win)
    win.show()
    unlock(qtbot, win)
    assert shown and "removed or changed" in shown[0]
    assert panic.guard_status(existing_vault) == panic.Guard(3, 0)  # restored
    win.session.lock("quit")
    QThreadPool.globalInstance().waitForDone(10_000)


# -- key changes, compartments and the ledger in the workspace -------------------------------

from tests.app.sharing_vaults import add_paper, contact_of, group_of, introduce, members  # noqa: E402
from tests.ui.test_share_ui import Desk, who_rows  # noqa: E402
from ui.share.dialog import ShareDialog  # noqa: E402


def test_a_changed_key_is_shown_old_beside_new_and_blocks_sharing_until_accepted(
    qtbot, tmp_path: Path
) -> None:
    from app import contacts
    from crypto import card as cards
    from crypto.identity import Identity

    with members(tmp_path, ("Amira", "Bashir")) as (amira, bashir):
        desk = Desk(qtbot, amira)
        try:
            old = introduce(amira, bashir)
            add_paper(amira, b"annex", "annex.txt", "Annex")
            fresh = Identity.generate()
            text = cards.card_to_text(cards.make_card(fresh, "Bashir", 1_800_000_000))
            desk.ws.go("contacts")
            page = desk.ws.contacts
            page.import_card()
            page.import_dialog.text.setPlainText(text)
            from PySide6.QtWidgets import QMessageBox

            save_form(page.import_dialog)
            qtbot.waitUntil(lambda: page.current is not None)
            details = page.details
            assert "Keys changed" in details.state.text()
            assert details.new_fingerprint.isVisible() and details.accept_keys_button.isVisible()
            assert details.fingerprint.text().split() == list(old.fingerprint_groups)
            assert details.new_fingerprint.text().split() == fresh.public.fingerprint().split()

            dialog = ShareDialog(desk.session, None, desk.ws)
            qtbot.addWidget(dialog)
            dialog.choose_contacts([old.contact.id])
            assert "KEYS CHANGED" in who_rows(dialog)[0][1]
            assert not dialog.seal_button.isEnabled()
            dialog.reject()

            monkey_yes = QMessageBox.StandardButton.Yes
            original = QMessageBox.question
            QMessageBox.question = staticmethod(lambda *_a, **_k: monkey_yes)  # type: ignore[method-assign]
            try:
                details.accept_keys_button.click()
            finally:
                QMessageBox.question = original  # type: ignore[method-assign]
            qtbot.waitUntil(lambda: page.current is not None and page.current.verified)
            assert not details.new_fingerprint.isVisible()
            assert contacts.get_contact(amira.vault, old.contact.id).contact.x25519 == (
                fresh.public.x25519
            )
            again = ShareDialog(desk.session, None, desk.ws)
            qtbot.addWidget(again)
            again.to_file.setChecked(True)
            again.file_path.setText(str(tmp_path / "annex.qrp"))
            again.choose_contacts([old.contact.id])
            assert again.seal_button.isEnabled()
            again.reject()
        finally:
            desk.session.lock("quit")
            QThreadPool.globalInstance().waitForDone(10_000)


def test_share_dialog_needs_the_override_box_outside_a_compartment_and_logs_it(
    qtbot, tmp_path: Path
) -> None:
    from app import audit, sharing

    with members(tmp_path, ("Amira", "Bashir", "Chen")) as (amira, bashir, chen):
        desk = Desk(qtbot, amira)
        try:
            introduce(amira, bashir)
            introduce(amira, chen)
            water = group_of(amira, "Water", bashir)
            paper = add_paper(amira, b"annex", "annex.txt", "Annex")
            sharing.set_compartments(amira.vault, paper.id, [water])
            out = tmp_path / "out"
            out.mkdir()
            dialog = ShareDialog(desk.session, paper.id, desk.ws)
            qtbot.addWidget(dialog)
            dialog.to_file.setChecked(True)
            dialog.file_path.setText(str(out / "annex.qrp"))
            dialog.choose_contacts([contact_of(amira, chen).contact.id])
            dialog.accept_unverified.setChecked(True)
            assert dialog.compartment_warning.isVisibleTo(dialog)
            assert "Water" in dialog.compartment_warning.text()
            assert "Chen" in dialog.compartment_warning.text()
            assert not dialog.seal_button.isEnabled()
            dialog.override_compartment.setChecked(True)
            assert dialog.seal_button.isEnabled()
            dialog.seal_button.click()
            qtbot.waitUntil(lambda: dialog.result_packet is not None, timeout=10_000)
            events = [e for e in audit.entries(amira.vault) if e.event == "compartment.override"]
            assert len(events) == 1 and "share dialog" in events[0].detail
        finally:
            desk.session.lock("quit")
            QThreadPool.globalInstance().waitForDone(10_000)


def test_ledger_tab_answers_who_has_seen_a_version(qtbot, tmp_path: Path) -> None:
    from app import drafts

    with members(tmp_path, ("Amira", "Bashir", "Chen")) as (amira, bashir, chen):
        desk = Desk(qtbot, amira)
        try:
            introduce(amira, bashir)
            introduce(amira, chen)
            out = tmp_path / "out"
            out.mkdir()
            proposal = drafts.new_proposal(amira.vault, "Economic annex", "one\n")
            drafts.send(amira.vault, proposal.id, out, contact_of(amira, bashir).contact.id)
            second = drafts.edit(amira.vault, proposal.id, "one\ntwo\n")
            drafts.send(amira.vault, proposal.id, out, contact_of(amira, chen).contact.id)
            desk.ws.go("exchange")
            page = desk.ws.exchange
            page.tabs.setCurrentWidget(page.ledger)
            page.ledger.choose("revision", second.uid)
            assert "version 2" in page.ledger.item.currentText()
            rows = page.ledger.rows()
            assert [r[0] for r in rows] == ["Chen"] and rows[0][3] == "not yet"
            first = drafts.history(amira.vault, proposal.id)[-1]
            page.ledger.choose("revision", first.uid)
            assert sorted(r[0] for r in page.ledger.rows()) == ["Bashir", "Chen"]
        finally:
            desk.session.lock("quit")
            QThreadPool.globalInstance().waitForDone(10_000)


def test_a_paper_is_restricted_to_working_groups_from_the_papers_page(
    qtbot, window: RootWindow, monkeypatch
) -> None:
    """Restrict sharing…: the groups ticked are the paper's compartments (audited), shown in
    the details panel; none ticked lifts the restriction."""
    from app import audit, papers, records, sharing
    from ui.papers import restrict

    unlock(qtbot, window)
    vault = window.session.vault
    water = records.add_group(vault, "Water annex", member_ids=[])
    records.add_group(vault, "Security annex", member_ids=[])
    paper = papers.add_paper_bytes(vault, b"annex", "annex.txt", "Annex")
    ws = window.workspace
    ws.go("papers")
    page = ws.papers
    page.reload()
    page.table.select_where(lambda p: p.id == paper.id)
    page.open_paper(paper)

    ticks: list[str] = ["Water annex"]

    def exec_ticking(dialog: restrict.RestrictDialog) -> int:
        items = [dialog.groups.item(row) for row in range(dialog.groups.count())]
        assert sorted(item.text() for item in items) == ["Security annex", "Water annex"]
        for item in items:
            wanted = item.text() in ticks
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        save_form(dialog)
        return dialog.result()

    monkeypatch.setattr(restrict.RestrictDialog, "exec", exec_ticking)
    page.choose_groups()
    assert sharing.compartments(vault, paper.id) == [(water.id, "Water annex")]
    assert "Shared only with" in ws.details.toPlainText()
    assert "Water annex" in ws.details.toPlainText()
    assert "may be shared only with" in page.status.text()
    assert audit.entries(vault)[-1].event == "compartment.set"

    ticks.clear()
    page.choose_groups()
    assert sharing.compartments(vault, paper.id) == []
    assert "Shared only with" not in ws.details.toPlainText()
    assert "any contact" in page.status.text()


def test_restricting_a_paper_without_working_groups_says_how_to_make_one(
    qtbot, window: RootWindow
) -> None:
    from app import papers
    from ui.papers.restrict import RestrictDialog

    unlock(qtbot, window)
    vault = window.session.vault
    paper = papers.add_paper_bytes(vault, b"annex", "annex.txt", "Annex")
    dialog = RestrictDialog(vault, paper, window)
    qtbot.addWidget(dialog)
    assert dialog.groups.count() == 0
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
