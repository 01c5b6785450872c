"""The distribution ledger in one view: pick a paper or a version of a proposal ("version 4 of
the economic annex") and see who it was sealed to, when, under which key, and who confirmed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import drafts, ledger, papers, records
from app.errors import AppError
from ui.common.errors import sentence
from ui.common.session import VaultSession
from ui.common.theme import set_role
from ui.i18n import QT_TRANSLATE_NOOP, translate

COLUMNS = (
    QT_TRANSLATE_NOOP("Labels", "Recipient"),
    QT_TRANSLATE_NOOP("Labels", "Key (fingerprint starts)"),
    QT_TRANSLATE_NOOP("Labels", "Sealed"),
    QT_TRANSLATE_NOOP("Labels", "Acknowledged"),
)


class LedgerView(QWidget):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.item = QComboBox()
        self.item.setAccessibleName(self.tr("Paper or proposal version"))
        self.item.currentIndexChanged.connect(self._index_changed)
        self.summary = QLabel("")
        set_role(self.summary, "muted")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("Labels", c) for c in COLUMNS])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # arrows move between cells; Tab leaves
        self.table.setAccessibleName(self.tr("Recipients and acknowledgements"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Who has seen")))
        layout.addWidget(self.item)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        session.locked.connect(self._locked)
        self.reload()

    # Slots return None (PySide6 6.12).
    def _locked(self, _reason: str) -> None:
        self.item.clear()
        self.table.setRowCount(0)
        self.summary.clear()

    def _index_changed(self, _index: int) -> None:
        self.show_current()

    def reload(self) -> None:
        if not self.session.is_unlocked:
            return
        vault = self.session.vault
        self.item.blockSignals(True)
        self.item.clear()
        for paper in papers.list_papers(vault, limit=records.NO_LIMIT):
            self.item.addItem(
                self.tr("Paper: {title}").format(title=paper.title), ("paper", str(paper.id))
            )
        for proposal in drafts.list_proposals(vault, limit=records.NO_LIMIT):
            for revision in ledger.proposal_versions(vault, proposal.id):
                label = self.tr("{title}, version {generation} ({uid})").format(
                    title=proposal.title, generation=revision.generation, uid=revision.uid[:8]
                )
                self.item.addItem(label, ("revision", revision.uid))
        self.item.blockSignals(False)
        self.show_current()

    def choose(self, kind: str, ref: str) -> None:
        for i in range(self.item.count()):
            if self.item.itemData(i) == (kind, ref):
                self.item.setCurrentIndex(i)
                self.show_current()
                return

    def show_current(self) -> None:
        self.table.setRowCount(0)
        data = self.item.currentData()
        if data is None or not self.session.is_unlocked:
            self.summary.setText(self.tr("Nothing shared yet."))
            return
        kind, ref = data
        try:
            if kind == "paper":
                found = ledger.paper_ledger(self.session.vault, int(ref))
            else:
                found = ledger.revision_ledger(self.session.vault, ref)
        except AppError as exc:
            self.summary.setText(sentence(exc))
            return
        for row in found.rows:
            key = " ".join(row.fingerprint.split()[:2]) + " …"
            if not row.key_current:
                key += self.tr(" (an old key)")
            cells = (
                row.name,
                key,
                row.sealed_at[:16].replace("T", " "),
                row.acknowledged_at[:16].replace("T", " ")
                if row.acknowledged_at
                else self.tr("not yet"),
            )
            at = self.table.rowCount()
            self.table.insertRow(at)
            for col, text in enumerate(cells):
                self.table.setItem(at, col, QTableWidgetItem(text))
        acked = sum(1 for r in found.rows if r.acknowledged_at)
        self.summary.setText(
            self.tr("Sent to %n contact(s);", "", len(found.recipients))
            + " "
            + self.tr("{acked} of %n deliveries acknowledged.", "", len(found.rows)).format(
                acked=acked
            )
            if found.rows
            else self.tr("Not sent to anyone yet.")
        )

    def rows(self) -> list[tuple[str, ...]]:
        """The table's text, row by row (for tests and screen readers)."""
        out = []
        for r in range(self.table.rowCount()):
            cells = (self.table.item(r, c) for c in range(self.table.columnCount()))
            out.append(tuple(cell.text() if cell else "" for cell in cells))
        return out


class LedgerDialog(QDialog):
    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Distribution ledger"))
        self.resize(760, 460)
        self.view = LedgerView(session, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        session.locked.connect(self._locked)

    def _locked(self, _reason: str) -> None:
        self.reject()
