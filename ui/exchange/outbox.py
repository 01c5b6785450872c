"""The outbox: the packets this vault sealed, from the ledger, newest first."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app import sharing
from app.sharing import SentPacket
from ui.common.list_page import RecordTable
from ui.common.session import VaultSession
from ui.exchange.inbox import PACKET_KINDS
from ui.i18n import translate
from ui.papers.page import human_size


def recipients_text(sent: SentPacket) -> str:
    return ", ".join(sent.recipients) if sent.recipients else translate("Outbox", "only you")


class OutboxView(QWidget):
    def __init__(self, session: VaultSession) -> None:
        super().__init__()
        self.session = session
        self.table = RecordTable(
            [
                (self.tr("Title"), lambda s: s.title or self.tr("(no longer in the vault)")),
                (self.tr("Item"), lambda s: PACKET_KINDS.get(s.kind, s.kind.capitalize())),
                (self.tr("Sealed for"), recipients_text),
                (self.tr("Size"), lambda s: human_size(s.size)),
                (self.tr("Sealed"), lambda s: s.sealed_at[:16].replace("T", " ")),
            ],
            self.tr(
                "Nothing sent yet. Share a paper from the Papers page: its packet is listed here "
                "with the people it was sealed for."
            ),
            self.tr("Outbox"),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.table, 1)

    def reload(self) -> None:
        vault = self.session.vault
        loaded = 0

        def page(after: SentPacket | None, size: int) -> list[SentPacket]:
            # Each sent packet takes a few queries (recipients, names, title): read a page at a
            # time, continuing after the rows already read.
            nonlocal loaded
            if after is None:
                loaded = 0
            rows = sharing.list_sent(vault, limit=size, offset=loaded)
            loaded += len(rows)
            return rows

        self.table.set_pages(page)

    def clear(self) -> None:
        self.table.clear()

    @property
    def entries(self) -> list[SentPacket]:
        return self.table.model.records
