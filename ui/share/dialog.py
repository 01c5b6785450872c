"""Share a paper: choose a working group or contacts, see exactly who receives it (unverified
contacts and members without a card are flagged), choose where the packet goes, seal it in a
worker with progress and cancel."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app import contacts, exchange, papers, records, sharing
from app.errors import AppError, Cancelled
from app.sharing import Recipients, SharedPacket
from ui.common import file_dialogs, workers
from ui.common.errors import describe, sentence
from ui.common.session import VaultSession
from ui.common.theme import DANGER, OK, WARN, set_role
from ui.i18n import ltr
from ui.papers.page import JobBar

ROLE = Qt.ItemDataRole.UserRole


OVERRIDE_REASON = "confirmed in the share dialog"


def default_file_name(title: str) -> str:
    kept = "".join(ch if ch.isalnum() or ch in " -_" else " " for ch in title)
    return ("-".join(kept.split()) or "paper")[:80] + sharing.PACKET_SUFFIX


class ShareDialog(QDialog):
    #: a packet was written (payload: SharedPacket).
    shared = Signal(object)

    def __init__(
        self, session: VaultSession, paper_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Share a paper"))
        self.setMinimumWidth(600)
        vault = session.vault
        self.recipients: Recipients = Recipients((), ())
        self.result_packet: SharedPacket | None = None
        self._job: workers.Job | None = None

        title = QLabel(self.tr("Share a paper"))
        set_role(title, "heading")
        intro = QLabel(
            self.tr(
                "The paper is sealed so that only the people listed below (and you) can open it. "
                "The packet can travel by any route: nobody else can read it or change it unseen."
            )
        )
        intro.setWordWrap(True)
        set_role(intro, "muted")

        # What
        self.item = QComboBox()
        self.item.setAccessibleName(self.tr("Paper to share"))
        for paper in papers.list_papers(vault, limit=records.NO_LIMIT):
            self.item.addItem(paper.title, paper.id)
        if paper_id is not None and (index := self.item.findData(paper_id)) >= 0:
            self.item.setCurrentIndex(index)

        # To whom
        self.by_group = QRadioButton(self.tr("A working group"))
        self.by_contacts = QRadioButton(self.tr("Chosen contacts"))
        self.to_mode = QButtonGroup(self)
        self.to_mode.addButton(self.by_group)
        self.to_mode.addButton(self.by_contacts)
        self.group = QComboBox()
        self.group.setAccessibleName(self.tr("Working group"))
        for group in records.list_groups(vault):
            self.group.addItem(group.name, group.id)
        self.contact_list = QListWidget()
        self.contact_list.setAccessibleName(self.tr("Contacts to share with"))
        self.contact_list.setFixedHeight(110)
        for contact in contacts.list_contacts(vault):
            label = contact.name + ("" if contact.verified else self.tr("  (not verified)"))
            entry = QListWidgetItem(label)
            entry.setData(ROLE, contact.contact.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.contact_list.addItem(entry)
        if self.group.count():
            self.by_group.setChecked(True)
        else:
            self.by_group.setEnabled(False)
            self.group.setEnabled(False)
            self.group.addItem(self.tr("No working groups yet"), None)
            self.by_contacts.setChecked(True)
        to_grid = QGridLayout()
        to_grid.setContentsMargins(0, 0, 0, 0)
        to_grid.addWidget(self.by_group, 0, 0)
        to_grid.addWidget(self.group, 0, 1)
        to_grid.addWidget(self.by_contacts, 1, 0, Qt.AlignmentFlag.AlignTop)
        to_grid.addWidget(self.contact_list, 1, 1)
        to_grid.setColumnStretch(1, 1)

        # Who receives it
        self.who = QListWidget()
        self.who.setAccessibleName(self.tr("Who will receive it"))
        self.who.setFixedHeight(110)
        self.who.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.who.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        self.warning = QLabel("")
        self.warning.setWordWrap(True)
        set_role(self.warning, "warn")
        self.accept_unverified = QCheckBox(self.tr("Seal it for the unverified contacts anyway"))
        self.accept_unverified.toggled.connect(self._toggled)
        # need-to-know: a paper restricted to working groups (docs/need-to-know.md)
        self.compartment_warning = QLabel("")
        self.compartment_warning.setWordWrap(True)
        set_role(self.compartment_warning, "error")
        self.compartment_warning.hide()
        self.override_compartment = QCheckBox(
            self.tr("Share beyond the compartment anyway (this is written to the audit log)")
        )
        self.override_compartment.toggled.connect(self._toggled)
        self.override_compartment.hide()
        self.outsiders: tuple[str, ...] = ()

        # Where
        folder = exchange.exchange_folder(vault)
        self.to_folder = QRadioButton(
            self.tr("The exchange folder ({folder})").format(folder=ltr(str(folder)))
            if folder
            else self.tr("The exchange folder (not set)")
        )
        self.to_folder.setToolTip(
            str(folder) if folder else self.tr("Set it on the Exchange page.")
        )
        self.to_file = QRadioButton(self.tr("A file I choose"))
        self.where_mode = QButtonGroup(self)
        self.where_mode.addButton(self.to_folder)
        self.where_mode.addButton(self.to_file)
        self.file_path = QLineEdit()
        self.file_path.setAccessibleName(self.tr("Packet file"))
        self.file_path.setPlaceholderText(self.tr("Where to write the packet"))
        self.browse = QPushButton(self.tr("Choose…"))
        self.browse.clicked.connect(self.choose_file)
        self._folder = folder
        if folder is not None:
            self.to_folder.setChecked(True)
        else:
            self.to_folder.setEnabled(False)
            self.to_file.setChecked(True)
        file_row = QHBoxLayout()
        file_row.addWidget(self.to_file)
        file_row.addWidget(self.file_path, 1)
        file_row.addWidget(self.browse)
        where = QVBoxLayout()
        where.setContentsMargins(0, 0, 0, 0)
        where.addWidget(self.to_folder)
        where.addLayout(file_row)

        form = QFormLayout()
        form.setVerticalSpacing(10)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Paper"), self.item)
        form.addRow(self.tr("Share with"), to_grid)
        form.addRow(self.tr("Receives it"), self.who)
        form.addRow("", self.warning)
        form.addRow("", self.accept_unverified)
        form.addRow("", self.compartment_warning)
        form.addRow("", self.override_compartment)
        form.addRow(self.tr("Write to"), where)

        self.jobs = JobBar()
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.hide()
        self.seal_button = QPushButton(self.tr("Seal and write packet"))
        set_role(self.seal_button, "primary")
        self.seal_button.clicked.connect(self.seal)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.seal_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.jobs)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        for radio in (self.by_group, self.by_contacts, self.to_folder, self.to_file):
            radio.toggled.connect(self._toggled)
        self.group.currentIndexChanged.connect(self._index_changed)
        self.item.currentIndexChanged.connect(self._index_changed)
        self.contact_list.itemChanged.connect(self._item_changed)
        self.file_path.textChanged.connect(self._text_changed)
        session.locked.connect(self._locked)
        self.refresh()

    # Slots return None (PySide6 6.12).
    def _toggled(self, _checked: bool) -> None:
        self.refresh()

    def _index_changed(self, _index: int) -> None:
        self.refresh()

    def _item_changed(self, _item: QListWidgetItem) -> None:
        if self.by_contacts.isChecked():
            self.refresh()

    def _text_changed(self, _text: str) -> None:
        self._update_buttons()

    def _locked(self, _reason: str) -> None:
        if self._job is not None:
            self._job.cancel()
        for widget in (self.item, self.group, self.contact_list):
            widget.blockSignals(True)
            widget.clear()
        self.who.clear()
        self.recipients = Recipients((), ())
        self.reject()

    # -- recipients ------------------------------------------------------------------------

    def chosen_contact_ids(self) -> list[int]:
        return [
            int(self.contact_list.item(i).data(ROLE))
            for i in range(self.contact_list.count())
            if self.contact_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def choose_group(self, group_id: int) -> None:
        self.by_group.setChecked(True)
        index = self.group.findData(group_id)
        if index >= 0:
            self.group.setCurrentIndex(index)

    def choose_contacts(self, contact_ids: list[int]) -> None:
        self.by_contacts.setChecked(True)
        for i in range(self.contact_list.count()):
            entry = self.contact_list.item(i)
            wanted = int(entry.data(ROLE)) in contact_ids
            entry.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        self.refresh()

    def refresh(self) -> None:
        if not self.session.is_unlocked:
            return
        self.group.setEnabled(self.by_group.isChecked() and self.by_group.isEnabled())
        self.contact_list.setEnabled(self.by_contacts.isChecked())
        self.file_path.setEnabled(self.to_file.isChecked())
        self.browse.setEnabled(self.to_file.isChecked())
        try:
            if self.by_group.isChecked() and self.group.currentData() is not None:
                self.recipients = sharing.resolve_recipients(
                    self.session.vault, group_id=int(self.group.currentData())
                )
            elif self.by_contacts.isChecked():
                self.recipients = sharing.resolve_recipients(
                    self.session.vault, contact_ids=self.chosen_contact_ids()
                )
            else:
                self.recipients = Recipients((), ())
        except AppError as exc:
            self.recipients = Recipients((), ())
            self._say(sentence(exc), "error")
        self._show_recipients()
        self._update_buttons()

    def _show_recipients(self) -> None:
        self.who.clear()
        for contact in self.recipients.contacts:
            if contact.key_change is not None:
                entry = QListWidgetItem(
                    self.tr(
                        "⛔  {name} — KEYS CHANGED: re-verify in Contacts before sharing"
                    ).format(name=contact.name)
                )
                entry.setData(Qt.ItemDataRole.ForegroundRole, _color(DANGER))
            elif contact.verified:
                entry = QListWidgetItem(self.tr("✓  {name} — verified").format(name=contact.name))
                entry.setData(Qt.ItemDataRole.ForegroundRole, _color(OK))
            else:
                entry = QListWidgetItem(
                    self.tr("⚠  {name} — NOT VERIFIED: fingerprint not compared yet").format(
                        name=contact.name
                    )
                )
                entry.setData(Qt.ItemDataRole.ForegroundRole, _color(WARN))
            entry.setData(ROLE, ("contact", contact.contact.id, contact.verified))
            self.who.addItem(entry)
        for name in self.recipients.without_card:
            entry = QListWidgetItem(
                self.tr("✗  {name} — no contact card: will NOT receive it").format(name=name)
            )
            entry.setData(Qt.ItemDataRole.ForegroundRole, _color(DANGER))
            entry.setData(ROLE, ("without_card", None, False))
            self.who.addItem(entry)
        if not self.recipients.contacts and not self.recipients.without_card:
            entry = QListWidgetItem(self.tr("Nobody yet: choose a working group or contacts."))
            entry.setData(ROLE, ("none", None, False))
            self.who.addItem(entry)
        unverified = len(self.recipients.unverified)
        missing = len(self.recipients.without_card)
        notes = []
        if unverified:
            notes.append(
                self.tr(
                    "%n recipient is not verified: if a card is not really theirs, someone else "
                    "could read the paper.",
                    "",
                    unverified,
                )
                if unverified == 1
                else self.tr(
                    "%n recipients are not verified: if a card is not really theirs, someone "
                    "else could read the paper.",
                    "",
                    unverified,
                )
            )
        if missing:
            notes.append(
                self.tr("%n member has no contact card and will not receive it.", "", missing)
                if missing == 1
                else self.tr(
                    "%n members have no contact card and will not receive it.", "", missing
                )
            )
        self.warning.setText(" ".join(notes))
        self.warning.setVisible(bool(notes))
        self.accept_unverified.setVisible(bool(unverified) and not self.key_changed)
        if not unverified:
            self.accept_unverified.setChecked(False)
        self._show_compartment()

    @property
    def key_changed(self) -> tuple[str, ...]:
        """Names of chosen recipients whose keys changed: sharing is refused until re-verified."""
        return tuple(c.name for c in self.recipients.contacts if c.key_change is not None)

    def _show_compartment(self) -> None:
        paper_id = self.item.currentData()
        self.outsiders = ()
        groups: tuple[str, ...] = ()
        if paper_id is not None and self.recipients.contacts:
            try:
                self.outsiders, groups = sharing.compartment_outsiders(
                    self.session.vault, int(paper_id), self.recipients
                )
            except AppError:
                self.outsiders = ()
        if self.outsiders:
            self.compartment_warning.setText(
                self.tr("This paper may go only to ")
                + ", ".join(groups)
                + self.tr(". Outside them: ")
                + ", ".join(self.outsiders)
                + "."
            )
        self.compartment_warning.setVisible(bool(self.outsiders))
        self.override_compartment.setVisible(bool(self.outsiders))
        if not self.outsiders:
            self.override_compartment.setChecked(False)

    def destination(self) -> Path | None:
        if self.to_folder.isChecked():
            return self._folder
        text = self.file_path.text().strip()
        return Path(text) if text else None

    def _update_buttons(self) -> None:
        ready = (
            self._job is None
            and self.item.currentData() is not None
            and bool(self.recipients.contacts)
            and (not self.recipients.unverified or self.accept_unverified.isChecked())
            and not self.key_changed
            and (not self.outsiders or self.override_compartment.isChecked())
            and self.destination() is not None
        )
        self.seal_button.setEnabled(ready)

    def choose_file(self) -> None:
        name, _ = file_dialogs.get_save_file_name(
            self,
            self.tr("Write the packet to"),
            default_file_name(self.item.currentText()),
            self.tr("Quietroom packets (*.qrp)"),
        )
        if name:
            self.file_path.setText(name)

    # -- sealing ---------------------------------------------------------------------------

    def seal(self) -> None:
        destination = self.destination()
        paper_id = self.item.currentData()
        if destination is None or paper_id is None or self._job is not None:
            return
        self.refresh()
        if not self.seal_button.isEnabled():
            return
        override = OVERRIDE_REASON if self.outsiders else None
        job = workers.Job(
            functools.partial(sharing.share_paper, override=override),
            self.session.vault,
            int(paper_id),
            self.recipients,
            destination,
        )
        self._job = job
        self.jobs.begin(self.tr("Sealing “{title}”…").format(title=self.item.currentText()), job)
        job.signals.succeeded.connect(self._sealed)
        job.signals.failed.connect(self._failed)
        job.signals.finished.connect(self._finished)
        self.status.hide()
        self._update_buttons()
        self.session.run(job)

    def _sealed(self, result: SharedPacket) -> None:
        self.result_packet = result
        count = len(result.recipients.contacts)
        self._say(
            (
                self.tr("Sealed for %n contact and written to {path}.", "", count)
                if count == 1
                else self.tr("Sealed for %n contacts and written to {path}.", "", count)
            ).format(path=ltr(str(result.path))),
            "ok",
        )
        self.close_button.setText(self.tr("Done"))
        self.shared.emit(result)

    def _failed(self, error: AppError) -> None:
        if isinstance(error, Cancelled):
            self._say(self.tr("Cancelled: no packet was written."), "muted")
        else:
            text = describe(error)
            self._say(self.tr("Not sealed: {text}.").format(text=text), "error")

    def _finished(self) -> None:
        self._job = None
        self._update_buttons()

    def _say(self, text: str, role: str) -> None:
        self.status.setText(text)
        set_role(self.status, role)
        self.status.show()

    def reject(self) -> None:
        if self._job is not None:
            self._job.cancel()
        super().reject()


def _color(hex_value: str) -> QBrush:
    return QBrush(QColor(hex_value))
