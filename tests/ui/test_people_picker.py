"""Claims of ui/common/people_picker.py: the filter narrows a long list of people by any part of
a name or side, people ticked stay ticked (and saved) while the filter hides them, and the
keyboard ticks them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app import records
from tests.ui.conftest import save_form, unlock
from ui.common.people_picker import PeoplePicker
from ui.dialogues.groups import GroupDialog


def _shown(picker: PeoplePicker) -> list[str]:
    model = picker.list.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _tick(picker: PeoplePicker, row: int) -> None:
    """What a click in the row's check box does."""
    index = picker.list.model().index(row, 0)
    assert picker.list.model().setData(
        index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )


def test_the_filter_narrows_the_list_and_keeps_hidden_ticks_when_saving(qtbot, window) -> None:
    unlock(qtbot, window)
    vault = window.session.vault
    amira = records.add_person(vault, "Amira Haddad", side="Upstream")
    records.add_person(vault, "Daud Hassani", side="Downstream")
    tomas = records.add_person(vault, "Tomas Orel", side="Upstream")
    dialog = GroupDialog(vault, parent=window.workspace)
    qtbot.addWidget(dialog)
    picker = dialog.picker
    qtbot.keyClicks(dialog.name, "Annex drafters")

    qtbot.keyClicks(picker.filter, "upstream")
    assert _shown(picker) == ["Amira Haddad (Upstream)", "Tomas Orel (Upstream)"]
    _tick(picker, 0)  # Amira
    picker.filter.clear()
    qtbot.keyClicks(picker.filter, "OREL  tom")  # any order, any case
    assert _shown(picker) == ["Tomas Orel (Upstream)"]
    _tick(picker, 0)  # Tomas
    assert picker.checked_ids() == [amira.id, tomas.id]  # Amira is hidden, still ticked

    save_form(dialog)
    [group] = records.list_groups(vault)
    assert sorted(group.member_ids) == sorted([amira.id, tomas.id])
    picker.filter.clear()
    assert len(_shown(picker)) == 3


def test_space_ticks_and_unticks_the_current_person_and_the_list_holds_everyone(
    qtbot, window
) -> None:
    unlock(qtbot, window)
    vault = window.session.vault
    people = [records.add_person(vault, f"Delegate {i:04}") for i in range(1200)]
    dialog = GroupDialog(vault, parent=window.workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    picker = dialog.picker
    assert picker.list.model().rowCount() == 1200
    picker.list.setFocus()
    picker.list.setCurrentIndex(picker.list.model().index(1199, 0))
    qtbot.keyClick(picker.list, Qt.Key.Key_Space)
    assert picker.checked_ids() == [people[-1].id]
    assert picker.list.currentIndex().data(Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Checked
    )
    qtbot.keyClick(picker.list, Qt.Key.Key_Space)
    assert picker.checked_ids() == []


def test_a_groups_members_are_changed_from_the_groups_page(qtbot, window, monkeypatch) -> None:
    unlock(qtbot, window)
    vault = window.session.vault
    amira = records.add_person(vault, "Amira Haddad")
    daud = records.add_person(vault, "Daud Hassani")
    group = records.add_group(vault, "Annex drafters", member_ids=[amira.id])
    ws = window.workspace
    ws.go("groups")
    page = ws.groups
    page.reload()
    page.table.select_where(lambda g: g.id == group.id)

    def add_daud(dialog: GroupDialog) -> int:
        assert dialog.name.isReadOnly() and dialog.name.text() == "Annex drafters"
        assert dialog.picker.checked_ids() == [amira.id]  # the current members, ticked
        _tick(dialog.picker, 1)  # Daud, second in the list
        save_form(dialog)
        return int(dialog.result())

    monkeypatch.setattr(GroupDialog, "exec", add_daud)
    page.edit_selected()
    assert sorted(records.get_group(vault, group.id).member_ids) == sorted([amira.id, daud.id])
    assert "Daud Hassani" in page.table.model.data(page.table.model.index(0, 1))
