"""Claims of ui/common/people_picker.py: the filter narrows a long list of people by any part of
a name or side, and people ticked stay ticked (and saved) while the filter hides them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app import records
from tests.ui.conftest import unlock
from ui.dialogues.groups import GroupDialog


def _shown(picker) -> list[str]:
    items = [picker.list.item(i) for i in range(picker.list.count())]
    return [item.text() for item in items if not item.isHidden()]


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
    picker.list.item(0).setCheckState(Qt.CheckState.Checked)  # Amira
    picker.filter.clear()
    qtbot.keyClicks(picker.filter, "OREL  tom")  # any order, any case
    assert _shown(picker) == ["Tomas Orel (Upstream)"]
    picker.list.item(2).setCheckState(Qt.CheckState.Checked)  # Tomas
    assert picker.checked_ids() == [amira.id, tomas.id]  # Amira is hidden, still ticked

    dialog._save()
    [group] = records.list_groups(vault)
    assert sorted(group.member_ids) == sorted([amira.id, tomas.id])
    picker.filter.clear()
    assert len(_shown(picker)) == 3
