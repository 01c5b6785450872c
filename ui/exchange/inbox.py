"""The inbox: packets found in the exchange folder or opened by hand, each with its sender and
the sender's verification state, to accept (import) or decline.

A packet from someone who is not a contact is imported only after the user imports that
person's card and it matches the fingerprint the packet was signed with.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import exchange, inbox
from app.contacts import ContactView
from app.errors import AppError, Cancelled
from app.inbox import Imported
from ui.common import file_dialogs, workers
from ui.common.errors import describe
from ui.common.list_page import RecordTable
from ui.common.session import VaultSession
from ui.common.theme import set_role
from ui.contacts.import_dialog import ImportCardDialog
from ui.exchange import incoming
from ui.exchange.incoming import FileKey, FolderLook, Incoming
from ui.i18n import QT_TRANSLATE_NOOP, Labels, translate
from ui.papers.page import JobBar, human_size

PACKET_KINDS = Labels(
    {
        "paper": QT_TRANSLATE_NOOP("Labels", "Paper"),
        "note": QT_TRANSLATE_NOOP("Labels", "Note"),
        "card": QT_TRANSLATE_NOOP("Labels", "Card"),
        "revision": QT_TRANSLATE_NOOP("Labels", "Revision"),
        "ack": QT_TRANSLATE_NOOP("Labels", "Acknowledgement"),
    }
)
STATE_TEXT = Labels(
    {
        incoming.NEW: QT_TRANSLATE_NOOP("Labels", "New"),
        incoming.IMPORTED: QT_TRANSLATE_NOOP("Labels", "Imported"),
        incoming.DECLINED: QT_TRANSLATE_NOOP("Labels", "Declined"),
        incoming.ARRIVING: QT_TRANSLATE_NOOP("Labels", "Still arriving"),
        incoming.REFUSED: QT_TRANSLATE_NOOP("Labels", "Refused"),
    }
)


def sender_state(entry: Incoming) -> str:
    if entry.info is None:
        return ""
    if entry.unknown_sender:
        return translate("Inbox", "⚠ Unknown sender")
    return (
        translate("Inbox", "✓ Verified")
        if entry.info.sender.verified
        else translate("Inbox", "⚠ Not verified")
    )


def sender_name(entry: Incoming) -> str:
    if entry.info is None:
        return "—"
    name = entry.info.sender.name
    return translate("Inbox", "“{name}” (says)").format(name=name) if entry.unknown_sender else name


def item_text(entry: Incoming) -> str:
    if entry.info is None:
        return entry.file_name
    title = entry.info.title or entry.info.file_name or entry.info.kind
    size = f" ({human_size(entry.info.size)})" if entry.info.kind == "paper" else ""
    kind = PACKET_KINDS.get(entry.info.kind, entry.info.kind.capitalize())
    return translate("Inbox", "{kind}: {title}{size}").format(kind=kind, title=title, size=size)


def state_text(entry: Incoming) -> str:
    text = STATE_TEXT.get(entry.state, entry.state)
    return f"{text}: {entry.message}" if entry.state == incoming.REFUSED else text


class InboxView(QWidget):
    #: a packet's item was stored (payload: app.inbox.Imported).
    imported = Signal(object)
    #: a contact was added while accepting a packet (payload: ContactView).
    contact_added = Signal(object)

    def __init__(self, session: VaultSession) -> None:
        super().__init__()
        self.session = session
        #: files changed more recently than this are still being written by the sync tool
        self.settle_seconds = exchange.SETTLE_SECONDS
        self.check_button = QPushButton(self.tr("Check the folder"))
        self.check_button.clicked.connect(self.scan)
        self.open_button = QPushButton(self.tr("Open a packet…"))
        self.open_button.clicked.connect(self.choose_packet)
        self.accept_button = QPushButton(self.tr("Accept…"))
        set_role(self.accept_button, "primary")
        self.accept_button.clicked.connect(self.accept_current)
        self.decline_button = QPushButton(self.tr("Decline"))
        self.decline_button.clicked.connect(self.decline_current)
        actions = QHBoxLayout()
        actions.addWidget(self.check_button)
        actions.addWidget(self.open_button)
        actions.addStretch(1)
        actions.addWidget(self.decline_button)
        actions.addWidget(self.accept_button)
        self.table = RecordTable(
            [
                (self.tr("Item"), item_text),
                (self.tr("From"), sender_name),
                (self.tr("Sender"), sender_state),
                (
                    self.tr("Sealed"),
                    lambda e: e.info.sealed_at[:16].replace("T", " ") if e.info else "",
                ),
                (self.tr("State"), state_text),
            ],
            "",
            self.tr("Inbox"),
        )
        self.table.chosen.connect(self._chosen)
        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        set_role(self.detail, "muted")
        self.jobs = JobBar()
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(actions)
        layout.addWidget(self.jobs)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        self._seen: dict[FileKey, Incoming] = {}
        self._opened: list[Incoming] = []  # packets opened by hand, outside the folder
        self._entries: list[Incoming] = []
        self.current: Incoming | None = None
        self._job: workers.Job | None = None
        self.card_dialog: ImportCardDialog | None = None
        self._target: Incoming | None = None  # the packet being checked or imported
        self._queue: list[Callable[[], None]] = []  # steps to take once the running job ends
        self._rescan = False  # look at the folder again once the running job ends
        self._set_empty_text(None)
        self._update_buttons()

    # -- listing ---------------------------------------------------------------------------

    def _set_empty_text(self, folder: Path | None) -> None:
        if folder is None:
            text = self.tr(
                "No exchange folder yet. Choose the folder you sync with the others above, "
                "or open a packet file by hand."
            )
        else:
            text = self.tr(
                "Nothing for you in the exchange folder yet. Packets appear here when the "
                "sync tool brings them; you can also open a packet file by hand."
            )
        self.table.empty.setText(text)

    def clear(self) -> None:
        if self._job is not None:
            self._job.cancel()
        self._queue.clear()
        self._target = None
        self._rescan = False
        if self.card_dialog is not None:
            self.card_dialog.reject()
            self.card_dialog = None
        self._seen.clear()
        self._opened.clear()
        self._entries.clear()
        self.current = None
        self.table.clear()
        self.detail.clear()
        self.status.clear()
        self.status.hide()
        self._update_buttons()

    @property
    def entries(self) -> list[Incoming]:
        return list(self._entries)

    @property
    def busy(self) -> bool:
        return self._job is not None

    def scan(self) -> None:
        """Look at the exchange folder in a worker; nothing is imported. Asked while another
        job runs, the look happens when that job has finished."""
        if not self.session.is_unlocked:
            return
        if self._job is not None:
            self._rescan = True
            return
        folder = exchange.exchange_folder(self.session.vault)
        self._set_empty_text(folder)
        if folder is None:
            self._show(list(self._opened))
            return
        job = workers.Job(
            incoming.look_in_folder,
            self.session.vault,
            folder,
            dict(self._seen),
            self.settle_seconds,
            time.time,
        )
        self._start(job, self.tr("Checking the exchange folder…"), self._looked)

    def _looked(self, look: FolderLook) -> None:
        for entry in look.entries:
            if entry.key is not None:
                self._seen[entry.key] = entry
        paths = {e.path for e in look.shown}
        self._show(list(look.shown) + [e for e in self._opened if e.path not in paths])
        found = len(look.shown)
        parts = [
            self.tr("%n packet for you", "", found)
            if found == 1
            else self.tr("%n packets for you", "", found)
        ]
        if look.for_others:
            parts.append(self.tr("%n addressed to others (left alone)", "", look.for_others))
        self._say(self.tr("Checked the folder: ") + "; ".join(parts) + ".", "muted")

    def _show(self, entries: list[Incoming]) -> None:
        chosen = self.current.path if self.current else None
        self._entries = entries
        self.table.set_rows(entries)
        self.current = None
        if chosen is not None:
            self.table.select_where(lambda e: e.path == chosen)
        self._chosen_none_if_missing()

    def _chosen_none_if_missing(self) -> None:
        if self.current is None:
            self.detail.clear()
        self._update_buttons()

    def choose_packet(self) -> None:
        name, _ = file_dialogs.get_open_file_name(
            self, self.tr("Open a packet"), "", self.tr("Quietroom packets (*.qrp);;All files (*)")
        )
        if name:
            self.open_packet(Path(name))

    def open_packet(self, path: Path) -> None:
        """Check a packet file chosen by hand (in a worker) and list it."""
        if self._job is not None:
            self._queue.append(lambda: self.open_packet(path))
            return
        job = workers.Job(incoming.look_at, self.session.vault, path)
        self._start(job, self.tr("Checking {name}…").format(name=path.name), self._opened_one)

    def _opened_one(self, entry: Incoming) -> None:
        if entry.state == incoming.NOT_FOR_ME:
            self._say(
                self.tr("“{file_name}” is not addressed to you.").format(file_name=entry.file_name),
                "error",
            )
            return
        if entry.state == incoming.MINE:
            self._say(
                self.tr("“{file_name}” is a packet you sealed yourself.").format(
                    file_name=entry.file_name
                ),
                "muted",
            )
            return
        self._opened = [e for e in self._opened if e.path != entry.path] + [entry]
        rest = [e for e in self._entries if e.path != entry.path]
        self._show([*rest, entry])
        self.table.select_where(lambda e: e.path == entry.path)
        if entry.state == incoming.REFUSED:
            self._say(
                self.tr("“{file_name}” was refused: {message}.").format(
                    file_name=entry.file_name, message=entry.message
                ),
                "error",
            )
        else:
            self._say(
                self.tr("Opened “{file_name}”. Accept it to import it.").format(
                    file_name=entry.file_name
                ),
                "muted",
            )

    # -- choosing, accepting, declining ----------------------------------------------------

    def _chosen(self, entry: Incoming) -> None:
        self.current = entry
        self.detail.setText(self._describe(entry))
        self._update_buttons()

    def _describe(self, entry: Incoming) -> str:
        info = entry.info
        if info is None:
            return f"{entry.file_name}: {entry.message or state_text(entry)}."
        parties = [
            p for p in info.recipients if not p.is_me and p.fingerprint != info.sender.fingerprint
        ]
        known = [p.name for p in parties if p.contact_id is not None]
        strangers = len(parties) - len(known)
        if strangers:
            known.append(
                self.tr("%n person not among your contacts", "", strangers)
                if strangers == 1
                else self.tr("%n people not among your contacts", "", strangers)
            )
        to = ", ".join(known) if known else self.tr("nobody else")
        if entry.unknown_sender:
            digits = " ".join(info.sender.fingerprint.split())
            who = self.tr(
                "Sent by someone who is not among your contacts (the packet says “{name}”; "
                "fingerprint {digits}). Accepting asks for their card first."
            ).format(name=info.sender.name, digits=digits)
        elif info.sender.verified:
            who = self.tr("Sent by {name} (verified).").format(name=info.sender.name)
        else:
            who = self.tr("Sent by {name}, whose fingerprint you have not compared yet.").format(
                name=info.sender.name
            )
        return self.tr("{who} Also sealed for: {to}. File: {file_name}.").format(
            who=who, to=to, file_name=entry.file_name
        )

    def _update_buttons(self) -> None:
        entry = self.current
        can = (
            self._job is None
            and entry is not None
            and entry.info is not None
            and entry.state in (incoming.NEW, incoming.DECLINED)
        )
        self.accept_button.setEnabled(can)
        self.decline_button.setEnabled(
            can and entry is not None and entry.state == incoming.NEW and entry.key is not None
        )
        self.check_button.setEnabled(self._job is None)
        self.open_button.setEnabled(self._job is None)

    def decline_current(self) -> None:
        entry = self.current
        if entry is None or entry.state != incoming.NEW:
            return
        try:
            inbox.decline_packet(self.session.vault, entry.path)
        except AppError as exc:
            self._say(self.tr("Not declined: {exc}.").format(exc=describe(exc)), "error")
            return
        self._replace(entry, entry.with_state(incoming.DECLINED))
        self._say(
            self.tr(
                "Declined “{file_name}”: nothing was imported. You can still accept it later."
            ).format(file_name=entry.file_name),
            "muted",
        )

    def accept_current(self) -> None:
        entry = self.current
        if entry is None or entry.info is None or self._job is not None:
            return
        if entry.state not in (incoming.NEW, incoming.DECLINED):
            return
        if entry.unknown_sender:
            self._ask_for_card(entry)
            return
        if not entry.info.sender.verified:
            answer = QMessageBox.question(
                self,
                self.tr("Sender not verified"),
                self.tr(
                    "You have not compared {name}'s fingerprint yet, so you cannot be sure this "
                    "packet is from them. Import it anyway?"
                ).format(name=entry.info.sender.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._import(entry)

    def _ask_for_card(self, entry: Incoming) -> None:
        assert entry.info is not None
        claimed = entry.info.sender
        dialog = ImportCardDialog(
            self.session.vault,
            self,
            intro=(
                self.tr(
                    "This packet comes from someone who is not among your contacts. It says it is "
                    "from “{name}”. Import their card first (ask them for it by another route); "
                    "it must carry this fingerprint:\n\n"
                ).format(name=claimed.name)
                + claimed.fingerprint.replace("\n", "  ")
            ),
        )
        dialog.setWindowTitle(self.tr("Import the sender's card first"))
        self.card_dialog = dialog
        dialog.accepted.connect(self._card_accepted)
        dialog.rejected.connect(self._card_rejected)
        dialog.open()

    def _card_rejected(self) -> None:
        self.card_dialog = None
        self._say(self.tr("Not imported: the sender's card is needed first."), "muted")

    def _card_accepted(self) -> None:
        dialog, self.card_dialog = self.card_dialog, None
        entry = self.current
        if dialog is None or entry is None or entry.info is None:
            return
        contact: ContactView = dialog.result_record
        self.contact_added.emit(contact)
        self._target = entry
        job = workers.Job(incoming.look_at, self.session.vault, entry.path)
        self._start(
            job,
            self.tr("Checking the packet against the card…"),
            lambda found: self._checked_with_card(contact, found),
        )

    def _checked_with_card(self, contact: ContactView, refreshed: Incoming) -> None:
        if self._target is not None:
            self._replace(self._target, refreshed)
        if refreshed.unknown_sender or refreshed.info is None:
            self._say(
                self.tr(
                    "The card you imported belongs to {name}, not to the sender of this packet. "
                    "The packet was not imported."
                ).format(name=contact.name),
                "error",
            )
            return
        self._import(refreshed)

    def _import(self, entry: Incoming) -> None:
        if self._job is not None:
            self._queue.append(lambda: self._import(entry))
            return
        self._target = entry
        job = workers.Job(inbox.import_packet, self.session.vault, entry.path)
        self._start(
            job, self.tr("Importing “{title}”…").format(title=item_text(entry)), self._imported
        )

    def _imported(self, result: Imported) -> None:
        entry = self._target
        info = result.info
        if entry is not None:
            self._replace(entry, entry.with_state(incoming.IMPORTED))
        title = info.title or info.file_name or info.kind
        if result.duplicate:
            self._say(
                self.tr("“{title}” was already in the vault; nothing changed.").format(title=title),
                "muted",
            )
        else:
            self._say(
                self.tr("Imported {kind} “{title}” from {name}.").format(
                    kind=info.kind, title=title, name=info.sender.name
                ),
                "ok",
            )
        self.imported.emit(result)

    def _replace(self, old: Incoming, new: Incoming) -> None:
        if new.key is not None:
            self._seen[new.key] = new
        self._opened = [new if e.path == old.path else e for e in self._opened]
        self._show([new if e.path == old.path else e for e in self._entries])
        self.table.select_where(lambda e: e.path == new.path)

    # -- jobs ------------------------------------------------------------------------------

    def _start(self, job: workers.Job, text: str, done: Callable[[Any], None]) -> None:
        """Connect every signal, then start: a quick job may finish before the next line."""
        self._job = job
        self.jobs.begin(text, job)
        job.signals.succeeded.connect(done)
        job.signals.failed.connect(self._failed)
        job.signals.finished.connect(self._finished)
        self._update_buttons()
        self.session.run(job)

    def _failed(self, error: AppError) -> None:
        if isinstance(error, Cancelled):
            self._say(self.tr("Cancelled: nothing was imported."), "muted")
        else:
            self._say(self.tr("Not done: {error}.").format(error=describe(error)), "error")

    def _finished(self) -> None:
        self._job = None
        self._update_buttons()
        if not self.session.is_unlocked:
            return
        if self._queue:
            self._queue.pop(0)()
        elif self._rescan:
            self._rescan = False
            self.scan()

    def _say(self, text: str, role: str) -> None:
        self.status.setText(text)
        set_role(self.status, role)
        self.status.show()
