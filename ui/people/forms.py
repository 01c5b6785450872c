"""The participant form: affiliation, side, track, how to reach them, attribution."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from app import records
from app.vault import OpenVault
from storage.models import Person
from ui.common.forms import RecordDialog, choice_box, select
from ui.i18n import QT_TRANSLATE_NOOP, Labels

TRACK_LABELS = Labels(
    {
        "": QT_TRANSLATE_NOOP("Labels", "Not set"),
        "1": QT_TRANSLATE_NOOP("Labels", "Track 1 (official)"),
        "1.5": QT_TRANSLATE_NOOP("Labels", "Track 1.5 (officials, unofficial capacity)"),
        "2": QT_TRANSLATE_NOOP("Labels", "Track 2 (unofficial, close to power)"),
        "3": QT_TRANSLATE_NOOP("Labels", "Track 3 (civil society, grassroots)"),
    }
)
ATTRIBUTION_LABELS = Labels(
    {
        "named": QT_TRANSLATE_NOOP("Labels", "May be named"),
        "chatham_house": QT_TRANSLATE_NOOP("Labels", "Chatham House (use what was said, not who)"),
        "off_record": QT_TRANSLATE_NOOP("Labels", "Off the record (nothing leaves the vault)"),
    }
)


class PersonDialog(RecordDialog):
    def __init__(
        self, vault: OpenVault, person: Person | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("Edit participant") if person else self.tr("New participant"), parent
        )
        self.name = QLineEdit(person.name if person else "")
        self.affiliation = QLineEdit(person.affiliation if person else "")
        self.side = QLineEdit(person.side if person else "")
        self.side.setPlaceholderText(self.tr("e.g. Side 1, Side 2, third party"))
        self.track = choice_box(records.TRACKS, TRACK_LABELS)
        self.proximity = QLineEdit(person.proximity if person else "")
        self.proximity.setPlaceholderText(self.tr("how close to decision-makers"))
        self.contact = QLineEdit(person.contact if person else "")
        self.attribution = choice_box(records.ATTRIBUTIONS, ATTRIBUTION_LABELS)
        select(self.attribution, person.attribution if person else "chatham_house")
        if person:
            select(self.track, person.track)
        self.notes = QPlainTextEdit(person.notes if person else "")
        self.notes.setFixedHeight(80)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Affiliation"), self.affiliation)
        self.form.addRow(self.tr("Side"), self.side)
        self.form.addRow(self.tr("Track"), self.track)
        self.form.addRow(self.tr("Proximity"), self.proximity)
        self.form.addRow(self.tr("Contact"), self.contact)
        self.form.addRow(self.tr("Attribution"), self.attribution)
        self.form.addRow(self.tr("Notes"), self.notes)
        self.add_keep_until(vault, "person", person.id if person else None)

        def save() -> Callable[[], Person]:
            fields = {
                "name": self.name.text(),
                "affiliation": self.affiliation.text(),
                "side": self.side.text(),
                "track": self.track.currentData(),
                "proximity": self.proximity.text(),
                "contact": self.contact.text(),
                "attribution": self.attribution.currentData(),
                "notes": self.notes.toPlainText(),
            }
            if person is None:
                return partial(records.add_person, vault, **fields)
            return partial(records.edit_person, vault, person.id, **fields)

        self.on_save(save)
