"""A record's keep-until date in a form: "Delete after" and the last day it is kept."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from ui.i18n import numeric_date_field


class KeepUntilField(QWidget):
    """Off: the record is kept until someone deletes it. On: after the chosen day it is
    purged from the vault, with secure delete, at the next unlock (``app.retention``)."""

    # the choice changed (ticked, unticked, another day)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.expires = QCheckBox(self.tr("Delete after"))
        self.expires.setToolTip(
            self.tr(
                "After this day the record is purged from the vault (with secure delete) the "
                "next time the vault is unlocked."
            )
        )
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        numeric_date_field(self.date_edit)
        self.date_edit.setAccessibleName(self.tr("Last day the record is kept"))
        self.expires.toggled.connect(self.date_edit.setEnabled)
        self.expires.toggled.connect(self.changed)
        self.date_edit.dateChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.expires)
        layout.addWidget(self.date_edit)
        layout.addStretch(1)
        self.set_day(None)

    def set_day(self, day: str | None) -> None:
        """Show ``day`` (YYYY-MM-DD), or nothing chosen (a year from today offered)."""
        shown = QDate.fromString(day, "yyyy-MM-dd") if day else QDate()
        self.date_edit.setDate(shown if shown.isValid() else QDate.currentDate().addYears(1))
        self.expires.setChecked(day is not None)
        self.date_edit.setEnabled(day is not None)

    def day(self) -> str | None:
        """The last day chosen, or None (kept until deleted)."""
        if not self.expires.isChecked():
            return None
        return str(self.date_edit.date().toString("yyyy-MM-dd"))
