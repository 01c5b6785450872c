"""Draft proposals: the current text, its history, a comparison of any two revisions, and the
co-drafter's diverged revision waiting to be merged."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app import contacts, drafts, exchange, records
from app import diff as diffs
from app.errors import AppError, Cancelled
from app.vault import OpenVault
from storage.models import Proposal, Revision, WorkingCopy
from ui.common import deleting, file_dialogs, pdf_export, workers, writing
from ui.common.errors import sentence
from ui.common.forms import RecordDialog, choice_box, select
from ui.common.list_page import PageHeader, RecordTable
from ui.common.session import VaultSession
from ui.common.theme import set_role
from ui.drafts.diff_view import DiffView
from ui.drafts.merge_dialog import MergeDialog
from ui.i18n import QT_TRANSLATE_NOOP, Labels, isolate, translate

STATUS_LABELS = Labels(
    {
        "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
        "circulated": QT_TRANSLATE_NOOP("Labels", "Circulated"),
        "agreed": QT_TRANSLATE_NOOP("Labels", "Agreed"),
        "withdrawn": QT_TRANSLATE_NOOP("Labels", "Withdrawn"),
    }
)


def revision_label(revision: Revision) -> str:
    when = revision.created_at[:16].replace("T", " ")
    return f"{revision.uid[:8]} · {when} · {revision.author_name}: {revision.message}"


def _co_drafter_box(vault: OpenVault) -> QComboBox:
    box = QComboBox()
    box.addItem(translate("Page", "No co-drafter yet"), None)
    for view in contacts.list_contacts(vault):
        mark = "" if view.verified else translate("Page", "  (not verified)")
        box.addItem(f"{view.name}{mark}", view.contact.id)
    return box


class ProposalDialog(RecordDialog):
    def __init__(self, vault: OpenVault, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New draft proposal"), parent)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Principles for drought-year sharing"))
        self.co_drafter = _co_drafter_box(vault)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("The first draft (Markdown or plain text)"))
        self.text.setMinimumHeight(160)
        self.form.addRow(self.tr("Title"), self.title)
        self.form.addRow(self.tr("Co-drafter"), self.co_drafter)
        self.form.addRow(self.tr("First draft"), self.text)
        self.on_save(
            lambda: partial(
                drafts.new_proposal,
                vault,
                self.title.text(),
                self.text.toPlainText(),
                contact_id=self.co_drafter.currentData(),
            )
        )


class DraftsPage(QWidget):
    def __init__(self, session: VaultSession) -> None:
        super().__init__()
        self.session = session
        self.proposal: Proposal | None = None
        self._history: list[Revision] = []
        self._loading = False
        self._comparisons = 0  # the number of the latest comparison asked for
        self.header = PageHeader(
            self.tr("Drafts"),
            self.tr(
                "Proposals written with a co-drafter: every saved version is kept, changes travel "
                "as sealed packets, and nothing the other side wrote is ever merged silently."
            ),
        )
        self.export_button = self.header.add_action(self.tr("Export PDF…"))
        self.export_button.clicked.connect(self.export_pdf)
        self.export_button.setEnabled(False)
        self.delete_button = self.header.add_action(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_proposal)
        self.delete_button.setEnabled(False)
        self.header.add_action(self.tr("New proposal"), primary=True).clicked.connect(
            self.new_proposal
        )
        self.table = RecordTable(
            [
                (self.tr("Proposal"), lambda p: p.title),
                (self.tr("Status"), lambda p: STATUS_LABELS.get(p.status, p.status)),
                (self.tr("Updated"), lambda p: p.updated_at[:10]),
            ],
            self.tr(
                "No draft proposals yet. A proposal keeps every version of a text you write with "
                "a co-drafter from the other side."
            ),
            self.tr("Draft proposals"),
        )
        self.table.chosen.connect(self._chosen)

        self.title = QLabel("")
        set_role(self.title, "heading")
        self.title.setWordWrap(True)  # a long title must not widen the window
        self.status = choice_box(drafts.STATUSES, STATUS_LABELS)
        self.status.setAccessibleName(self.tr("Status of the proposal"))
        self.status.currentIndexChanged.connect(self._status_changed)
        self.co_drafter = QLabel("")
        set_role(self.co_drafter, "muted")
        self.co_drafter.setWordWrap(True)
        self.send_button = QPushButton(self.tr("Send to co-drafter…"))
        self.send_button.clicked.connect(self.send)
        self._sending: int | None = None  # the proposal being sent by a worker
        self.banner = QFrame()
        set_role(self.banner, "card")
        self.banner_text = QLabel("")
        self.banner_text.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("Merge…"))
        set_role(self.merge_button, "primary")
        self.merge_button.clicked.connect(self.merge)
        self._merging: int | None = None  # the proposal whose merge a worker works out
        # The revision a worker is writing: its job, its proposal and the text it saves.
        self._saving: tuple[workers.Job, int, str] | None = None
        self._forgetting: set[int] = set()  # proposals whose working copy is being forgotten
        banner_row = QHBoxLayout(self.banner)
        banner_row.addWidget(self.banner_text, 1)
        banner_row.addWidget(self.merge_button)
        self.banner.hide()

        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Text of the current revision"))
        self.editor.textChanged.connect(self._edited)
        self.message = QLineEdit()
        self.message.setPlaceholderText(self.tr("What changed (e.g. 'Softened clause 3')"))
        self.message.setAccessibleName(self.tr("Revision message"))
        self.save_button = QPushButton(self.tr("Save as a new revision"))
        set_role(self.save_button, "primary")
        self.save_button.clicked.connect(self.save_revision)
        self.save_button.setEnabled(False)
        # Said when the editor shows text kept at the last lock rather than the head revision.
        self.restored = QLabel("")
        self.restored.setWordWrap(True)
        set_role(self.restored, "muted")
        self.restored.hide()
        text_tab = QWidget()
        text_layout = QVBoxLayout(text_tab)
        text_layout.addWidget(self.restored)
        text_layout.addWidget(self.editor, 1)
        save_row = QHBoxLayout()
        save_row.addWidget(self.message, 1)
        save_row.addWidget(self.save_button)
        text_layout.addLayout(save_row)

        self.history = RecordTable(
            [
                (self.tr("Message"), lambda r: r.message),
                (self.tr("Author"), lambda r: r.author_name),
                (self.tr("When"), lambda r: r.created_at[:16].replace("T", " ")),
                (
                    self.tr("Revision"),
                    lambda r: r.uid[:10] + (" (merge)" if len(r.parents) > 1 else ""),
                ),
            ],
            "",
            self.tr("Revision history"),
        )
        self.history.opened.connect(self.compare_with_parent)
        self.left = QComboBox()
        self.left.setAccessibleName(self.tr("Compare from revision"))
        self.right = QComboBox()
        self.right.setAccessibleName(self.tr("Compare to revision"))
        for box in (self.left, self.right):
            # A revision's label holds its message: sized to it, the two boxes made the
            # window wider than a laptop's screen. Each label is whole in its tooltip.
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(12)
        compare_button = QPushButton(self.tr("Compare"))
        compare_button.clicked.connect(self.compare)
        self.diff = DiffView()
        compare_tab = QWidget()
        compare_layout = QVBoxLayout(compare_tab)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("From")))
        pick.addWidget(self.left, 1)
        pick.addWidget(QLabel(self.tr("to")))
        pick.addWidget(self.right, 1)
        pick.addWidget(compare_button)
        compare_layout.addLayout(pick)
        compare_layout.addWidget(self.diff, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(text_tab, self.tr("Current text"))
        self.tabs.addTab(self.history, self.tr("History"))
        self.tabs.addTab(compare_tab, self.tr("Compare"))
        self.error = QLabel("")
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.error.hide()

        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.status)
        top.addWidget(self.send_button)
        detail_layout.addLayout(top)
        detail_layout.addWidget(self.co_drafter)
        detail_layout.addWidget(self.banner)
        detail_layout.addWidget(self.error)
        detail_layout.addWidget(self.tabs, 1)
        self.detail = detail
        detail.setEnabled(False)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([300, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(split, 1)
        # A bound method: Qt drops the connection when this widget is deleted (a lambda
        # would outlive it and be called on a dead widget at the next lock).
        session.locked.connect(self._vault_locked)

    # -- loading ---------------------------------------------------------------------------

    def reload(self, keep: int | None = None) -> None:
        self.table.set_rows(drafts.list_proposals(self.session.vault, limit=records.NO_LIMIT))
        wanted = keep if keep is not None else (self.proposal.id if self.proposal else None)
        if wanted is not None:
            self.table.select_where(lambda p: p.id == wanted)

    def _vault_locked(self, _reason: str) -> None:
        # The database is still open: text typed and not saved as a revision is kept, and
        # shown again when the proposal is next shown (it never travels to the co-drafter).
        if self.unsaved and self.proposal is not None:
            with contextlib.suppress(AppError):  # nowhere left to say it: the page is closing
                drafts.keep_working_copy(
                    self.session.vault, self.proposal.id, self.editor.toPlainText()
                )
        if self._saving is not None:
            # A revision being written: a commit is short, so it is let end before the vault
            # closes; if it was refused or could not end, the text is kept as typed.
            job, proposal_id, text = self._saving
            self._saving = None
            if not (job.done.wait(10) and job.returned):
                with contextlib.suppress(AppError):
                    drafts.keep_working_copy(self.session.vault, proposal_id, text)
        self.clear()

    def clear(self) -> None:
        self._comparisons += 1  # a comparison still being worked out is not shown
        self.proposal = None
        self._saving = None  # a revision still being written is not shown
        self._forgetting.clear()  # ended by the lock: what was not forgotten shows again
        self.table.clear()
        self.history.clear()
        self.editor.clear()
        self.editor.setReadOnly(False)
        self.message.setReadOnly(False)
        self.restored.hide()
        self.diff.clear()
        self.left.clear()
        self.right.clear()
        self.detail.setEnabled(False)
        self.delete_button.setEnabled(False)
        self.export_button.setEnabled(False)

    def _chosen(self, proposal: Proposal) -> None:
        current = self.proposal
        kept = (
            current is not None
            and proposal.id != current.id
            and (self._saving is not None or (self.unsaved and not self._leave_changes(current)))
        )
        if kept:
            # Keep the text typed in (or being saved): its proposal stays shown, and its row
            # selected once the click that chose another row has been handled.
            QTimer.singleShot(0, self, self._select_current)
            return
        self.show_proposal(proposal.id)

    @property
    def unsaved(self) -> bool:
        """Whether the editor holds text not saved as a revision."""
        return self.proposal is not None and self.save_button.isEnabled()

    def _leave_changes(self, proposal: Proposal) -> bool:
        """Ask whether to leave the unsaved text; if so, forget any copy kept at a lock."""
        if not self._discard_asked(proposal):
            return False
        # Forgotten on the writer thread; until it is, the copy is not shown again.
        self._forgetting.add(proposal.id)
        self._write(drafts.discard_working_copy, proposal.id, then=self._forgotten)
        return True

    def _forgotten(self, proposal_id: int) -> None:
        self._forgetting.discard(proposal_id)

    def _discard_asked(self, proposal: Proposal) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Changes not saved"),
            self.tr(
                "The text of “{title}” has changes not saved as a revision. "
                "Leave them and show the other proposal?"
            ).format(title=isolate(proposal.title)),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def _select_current(self) -> None:
        current = self.proposal
        self.table.select_quietly(None if current is None else lambda p: p.id == current.id)

    def show_proposal(self, proposal_id: int) -> None:
        vault = self.session.vault
        state = drafts.status(vault, proposal_id)
        self.proposal = proposal = state.proposal
        self._loading = True
        self.title.setText(proposal.title)
        select(self.status, proposal.status)
        self.editor.setPlainText(state.head.body if state.head else "")
        self.message.clear()
        kept = None if proposal_id in self._forgetting else drafts.working_copy(vault, proposal_id)
        if kept is not None:
            self.editor.setPlainText(kept.body)
            self.restored.setText(self._restored_text(kept, state.head))
        self.restored.setVisible(kept is not None)
        self._loading = False
        self.save_button.setEnabled(kept is not None)
        self.error.hide()
        if proposal.contact_id is not None:
            view = contacts.get_contact(vault, proposal.contact_id)
            verified = self.tr("verified") if view.verified else self.tr("not verified")
            self.co_drafter.setText(
                self.tr("Co-drafter: {name} ({verified})").format(name=view.name, verified=verified)
            )
        else:
            self.co_drafter.setText(self.tr("No co-drafter yet: choose one when you first send."))
        if state.incoming is not None:
            self.banner_text.setText(
                self.tr("{author} sent a revision that diverges from yours (“{message}”).").format(
                    author=isolate(state.incoming.author_name),
                    message=isolate(state.incoming.message),
                )
                + " "
                + (
                    self.tr("%n place(s) were changed by both of you.", "", state.open_conflicts)
                    if state.open_conflicts
                    else self.tr("The changes do not overlap.")
                )
            )
            self.banner.show()
        else:
            self.banner.hide()
        self._history = drafts.history(vault, proposal_id)
        self.history.set_rows(self._history)
        self.left.clear()
        self.right.clear()
        for revision in self._history:
            label = revision_label(revision)
            for box in (self.left, self.right):
                box.addItem(label, revision.uid)
                box.setItemData(box.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        self.right.setCurrentIndex(0)
        self.left.setCurrentIndex(1 if len(self._history) > 1 else 0)
        self.detail.setEnabled(True)
        self.delete_button.setEnabled(True)
        self.export_button.setEnabled(True)

    def _restored_text(self, kept: WorkingCopy, head: Revision | None) -> str:
        when = kept.saved_at[:16].replace("T", " ")
        text = self.tr(
            "This is the text you were typing when the vault locked ({when}); it is not saved "
            "as a revision yet."
        ).format(when=when)
        if head is not None and kept.base_uid != head.uid:
            text += " " + self.tr(
                "A newer revision has arrived since: compare with it before you save."
            )
        return text

    # -- editing ---------------------------------------------------------------------------

    def _edited(self) -> None:
        if not self._loading and self.proposal is not None:
            self.save_button.setEnabled(True)

    def _status_changed(self) -> None:
        if self._loading or self.proposal is None:
            return
        self._write(drafts.set_status, self.proposal.id, self.status.currentData())

    def save_revision(self) -> None:
        """Save the text as a new revision, written by a worker (its commit waits for the disk,
        and for an import's batch): the editor is read-only until it is saved."""
        if self.proposal is None or self._saving is not None:
            return
        proposal_id = self.proposal.id
        text = self.editor.toPlainText()
        write = partial(
            drafts.edit,
            self.session.vault,
            proposal_id,
            text,
            self.message.text(),
            forget_working_copy=True,
        )
        job = workers.Job(write)
        job.signals.succeeded.connect(self._revision_saved)
        job.signals.failed.connect(self._revision_not_saved)
        self._saving = (job, proposal_id, text)
        self._set_writable(False)
        self.session.run(job, workers.window_writes())

    @property
    def is_saving(self) -> bool:
        """Whether a revision is being written."""
        return self._saving is not None

    def _set_writable(self, writable: bool) -> None:
        self.save_button.setEnabled(writable)
        self.editor.setReadOnly(not writable)
        self.message.setReadOnly(not writable)

    def _revision_saved(self, _revision: object) -> None:
        if self._saving is None or self.sender() is not self._saving[0].signals:
            return  # the vault locked meanwhile: the page was cleared
        _, proposal_id, _ = self._saving
        self._saving = None
        self.editor.setReadOnly(False)
        self.message.setReadOnly(False)
        self.error.hide()
        self.reload(keep=proposal_id)
        self.show_proposal(proposal_id)

    def _revision_not_saved(self, error: AppError) -> None:
        if self._saving is None or self.sender() is not self._saving[0].signals:
            return
        self._saving = None
        self._set_writable(True)  # the text is still there, not saved
        self._show_error(error)

    def export_pdf(self) -> None:
        """A readable PDF of the proposal's current revision for one named recipient. Text
        typed and not saved as a revision is not in it: the page says so first."""
        proposal = self.proposal
        if proposal is None:
            return
        if self.unsaved:
            self.error.setText(
                self.tr("Save the text as a revision first: the PDF holds saved revisions only.")
            )
            self.error.show()
            return
        pdf_export.export_pdf(self, self.session, "proposal", str(proposal.id), proposal.title)

    def delete_proposal(self) -> None:
        """Delete the proposal shown, with every revision of it (asked first)."""
        proposal = self.proposal
        if proposal is None:
            return
        also = self.tr(
            "Every saved revision goes with it, and any text not saved as a revision. "
            "Your co-drafter keeps their copy; if they send the whole history again, it "
            "comes back."
        )
        if deleting.confirm(self, proposal.title, also):
            deleting.delete(self, self.session, "proposal", proposal.id, self._proposal_deleted)

    def _proposal_deleted(self) -> None:
        self.clear()
        self.reload()

    def new_proposal(self) -> None:
        dialog = ProposalDialog(self.session.vault, self)
        if dialog.exec():
            self.reload(keep=dialog.result_record.id)

    def _write(
        self,
        fn: Callable[..., object],
        proposal_id: int,
        *args: object,
        then: Callable[[int], None] | None = None,
    ) -> None:
        """A small change to a proposal (its status, its working copy forgotten) written on
        the window's writer thread; an error is shown on the page. ``then(proposal_id)``
        after it, written or not."""

        def ended(error: AppError | None) -> None:
            if then is not None:
                then(proposal_id)
            if error is None:
                self.error.hide()
            else:
                self._show_error(error)

        writing.write(
            self,
            self.session,
            fn,
            self.session.vault,
            proposal_id,
            *args,
            then=lambda _result: ended(None),
            refused=ended,
        )

    def _show_error(self, error: AppError) -> None:
        self.error.setText(sentence(error))
        self.error.show()

    # -- comparing -------------------------------------------------------------------------

    def compare(self) -> None:
        """Work the comparison out on a worker (a long paper heavily rewritten takes a few
        tenths of a second) and show it when it is ready; a newer comparison replaces it."""
        old, new = self.left.currentData(), self.right.currentData()
        if not old or not new:
            return
        self._comparisons += 1
        number = self._comparisons
        titles = (self.left.currentText(), self.right.currentText())
        self.diff.show_message(self.tr("Comparing…"))
        self.tabs.setCurrentIndex(2)
        job = workers.Job(drafts.compare, self.session.vault, old, new)
        job.signals.succeeded.connect(partial(self._compared, number, titles))
        job.signals.failed.connect(partial(self._comparison_failed, number))
        self.session.run(job)

    def _compared(self, number: int, titles: tuple[str, str], rows: list[diffs.Row]) -> None:
        if number == self._comparisons:
            self.diff.show_rows(rows, *titles)

    def _comparison_failed(self, number: int, error: AppError) -> None:
        if number == self._comparisons and not isinstance(error, Cancelled):
            self.diff.clear()
            self._show_error(error)

    def compare_with_parent(self, revision: Revision) -> None:
        if not revision.parents:
            return
        self.left.setCurrentIndex(self.left.findData(revision.parents[0]))
        self.right.setCurrentIndex(self.right.findData(revision.uid))
        self.compare()

    # -- the co-drafter --------------------------------------------------------------------

    def send(self) -> None:
        if self.proposal is None:
            return
        vault = self.session.vault
        folder = exchange.exchange_folder(vault)
        if folder is None:
            chosen = file_dialogs.get_existing_directory(
                self, self.tr("Where should the packet go?")
            )
            if not chosen:
                return
            folder = Path(chosen)
        # Sealed and written by a worker: a long history is several MiB, and the exchange
        # folder may be a slow USB stick or a synced folder.
        self._sending = self.proposal.id
        self.send_button.setEnabled(False)
        self.error.hide()
        self.co_drafter.setText(self._co_drafter_name() + self.tr(" — sending…"))
        job = workers.Job(drafts.send, vault, self._sending, folder)
        job.signals.succeeded.connect(self._sent)
        job.signals.failed.connect(self._not_sent)
        self.session.run(job)

    def _co_drafter_name(self) -> str:
        return self.co_drafter.text().split(" — ")[0]

    def _sent(self, _packet: object) -> None:
        proposal_id, self._sending = self._sending, None
        self.send_button.setEnabled(True)
        if self.proposal is not None and self.proposal.id == proposal_id:
            if not self.save_button.isEnabled():  # no edits typed while it was being sent
                self.show_proposal(proposal_id)
            self.co_drafter.setText(self._co_drafter_name() + self.tr(" — sent"))

    def _not_sent(self, error: AppError) -> None:
        proposal_id, self._sending = self._sending, None
        self.send_button.setEnabled(True)
        if isinstance(error, Cancelled) or self.proposal is None:
            return
        if self.proposal.id == proposal_id:
            self.co_drafter.setText(self._co_drafter_name())
        self._show_error(error)

    def merge(self) -> None:
        """Work the merge out in a worker (a long paper rewritten in many places by both of
        them takes tens of milliseconds), then show it for the conflicts to be decided."""
        if self.proposal is None or self._merging is not None:
            return
        self._merging = self.proposal.id
        self.merge_button.setEnabled(False)
        self.error.hide()
        job = workers.Job(_prepare_merge, self.session.vault, self._merging)
        job.signals.succeeded.connect(self._merge_ready)
        job.signals.failed.connect(self._merge_failed)
        self.session.run(job)

    def _merge_ready(self, prepared: tuple[drafts.MergeState, Revision]) -> None:
        proposal_id, self._merging = self._merging, None
        self.merge_button.setEnabled(True)
        if self.proposal is None or self.proposal.id != proposal_id:
            return  # another proposal was chosen meanwhile
        state, theirs = prepared
        dialog = MergeDialog(self.session.vault, state, theirs, self)
        if dialog.exec():
            self.reload(keep=proposal_id)
            self.show_proposal(proposal_id)

    def _merge_failed(self, error: AppError) -> None:
        self._merging = None
        self.merge_button.setEnabled(True)
        if not isinstance(error, Cancelled) and self.proposal is not None:
            self._show_error(error)


def _prepare_merge(vault: OpenVault, proposal_id: int) -> tuple[drafts.MergeState, Revision]:
    state = drafts.start_merge(vault, proposal_id)
    return state, drafts.find_revision(vault, state.theirs_uid)
