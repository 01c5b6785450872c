"""Exchange: the folder packets travel through, the inbox and the outbox."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import exchange
from app.errors import AppError
from ui.common import file_dialogs, workers, writing
from ui.common.errors import describe
from ui.common.list_page import PageHeader
from ui.common.session import VaultSession
from ui.common.theme import set_role
from ui.exchange.inbox import InboxView
from ui.exchange.outbox import OutboxView
from ui.ledger.view import LedgerView


class ExchangePage(QWidget):
    #: a packet's item was imported (payload: app.inbox.Imported).
    imported = Signal(object)
    #: a contact was added from the inbox (payload: ContactView).
    contact_added = Signal(object)

    def __init__(self, session: VaultSession) -> None:
        super().__init__()
        self.session = session
        self.header = PageHeader(
            self.tr("Exchange"),
            self.tr(
                "Packets travel as files through a folder you sync with the others (Syncthing, a "
                "network share, a USB stick). Nothing is imported until you accept it."
            ),
        )
        caption = QLabel(self.tr("Exchange folder:"))
        set_role(caption, "muted")
        self.folder_label = QLabel("")
        self.folder_label.setAccessibleName(self.tr("Exchange folder"))
        self.folder_button = QPushButton(self.tr("Choose folder…"))
        self.folder_button.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(caption)
        row.addWidget(self.folder_label, 1)
        row.addWidget(self.folder_button)
        self.error = QLabel("")
        set_role(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.inbox = InboxView(session)
        self.outbox = OutboxView(session)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.inbox, self.tr("Inbox"))
        self.tabs.addTab(self.outbox, self.tr("Outbox"))
        self.ledger = LedgerView(session)
        self.tabs.addTab(self.ledger, self.tr("Who has seen what"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.inbox.imported.connect(self._imported)
        self.inbox.contact_added.connect(self._contact_added)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.tabs, 1)
        session.locked.connect(self._locked)

    # Slots return None (PySide6 6.12).
    def _locked(self, _reason: str) -> None:
        self.clear()

    def _imported(self, result: object) -> None:
        self.imported.emit(result)

    def _contact_added(self, contact: object) -> None:
        self.contact_added.emit(contact)

    def _tab_changed(self, _index: int) -> None:
        if self.session.is_unlocked and self.tabs.currentWidget() is self.outbox:
            self.outbox.reload()
        if self.session.is_unlocked and self.tabs.currentWidget() is self.ledger:
            self.ledger.reload()

    def clear(self) -> None:
        self.inbox.clear()
        self.outbox.clear()
        self.folder_label.clear()
        self.error.hide()

    def reload(self) -> None:
        """Show the folder and the outbox, and look in the folder for new packets."""
        self._show_folder(exchange.exchange_folder(self.session.vault))
        self.outbox.reload()
        self.inbox.scan()

    def _show_folder(self, folder: Path | None) -> None:
        if folder is None:
            self.folder_label.setText(self.tr("not set yet"))
            set_role(self.folder_label, "warn")
        else:
            self.folder_label.setText(str(folder))
            self.folder_label.setToolTip(str(folder))
            set_role(self.folder_label, "")

    def choose_folder(self) -> None:
        current = exchange.exchange_folder(self.session.vault)
        name = file_dialogs.get_existing_directory(
            self, self.tr("Choose the exchange folder"), str(current) if current else ""
        )
        if name:
            self.set_folder(Path(name))

    def set_folder(self, folder: Path) -> workers.Job | None:
        """Keep ``folder`` as the exchange folder (written on the window's writer thread),
        then show it and look into it."""
        return writing.write(
            self,
            self.session,
            exchange.set_exchange_folder,
            self.session.vault,
            folder,
            then=self._folder_set,
            refused=self._folder_not_set,
        )

    def _folder_not_set(self, error: AppError) -> None:
        self.error.setText(
            self.tr("The folder was not changed: {exc}.").format(exc=describe(error))
        )
        self.error.show()

    def _folder_set(self, _result: object) -> None:
        self.error.hide()
        self._show_folder(exchange.exchange_folder(self.session.vault))
        self.inbox.scan()
