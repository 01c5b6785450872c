"""Papers: add by drag-and-drop or file dialog (imported in a worker with progress), read
inside the app, and save a copy outside the vault only as an explicit, warned act."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import papers, records, retention, sharing
from app.errors import AppError, Cancelled
from storage.models import Paper
from ui.common import deleting, file_dialogs, workers
from ui.common.errors import describe
from ui.common.forms import RecordDialog
from ui.common.list_page import PageHeader, RecordTable
from ui.common.session import VaultSession
from ui.common.theme import set_role
from ui.i18n import QT_TRANSLATE_NOOP, Labels, isolate, ltr
from ui.papers.restrict import RestrictDialog
from ui.papers.viewer import PaperViewer, read_for_viewer, viewable


def human_size(size: int) -> str:
    """The size in the interface's language (digits, decimal sign, unit names)."""
    return QLocale().formattedDataSize(size, 1)


_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
_KINDS = Labels(
    {
        "application/pdf": QT_TRANSLATE_NOOP("Labels", "PDF"),
        "text/markdown": QT_TRANSLATE_NOOP("Labels", "Markdown"),
        "text/plain": QT_TRANSLATE_NOOP("Labels", "Text"),
        "text/csv": QT_TRANSLATE_NOOP("Labels", "CSV"),
        _DOCX: QT_TRANSLATE_NOOP("Labels", "Word"),
        "application/msword": QT_TRANSLATE_NOOP("Labels", "Word"),
        "application/vnd.oasis.opendocument.text": QT_TRANSLATE_NOOP("Labels", "OpenDocument"),
    }
)


def kind_label(media_type: str) -> str:
    return _KINDS.get(media_type, media_type.rsplit("/", 1)[-1][:20] or "file")


class JobBar(QWidget):
    """Progress of one long job, with a cancel button."""

    def __init__(self) -> None:
        super().__init__()
        self.label = QLabel("")
        set_role(self.label, "muted")
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.cancel = QPushButton(self.tr("Cancel"))
        self._job: workers.Job | None = None
        self.cancel.clicked.connect(self._cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel)
        self.hide()

    def begin(self, text: str, job: workers.Job, cancellable: bool = True) -> None:
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.cancel.setEnabled(True)
        self.cancel.setVisible(cancellable)
        self._job = job
        job.signals.progress.connect(self.progress)
        job.signals.finished.connect(self.hide)
        self.show()

    def _cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.label.setText(self.tr("Cancelling…"))

    def progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(done * 1000 / total))


class PapersPage(QWidget):
    changed = Signal()
    #: a paper was chosen (payload: Paper), for the details panel.
    chosen = Signal(object)

    def __init__(self, session: VaultSession) -> None:
        super().__init__()
        self.session = session
        self.setAcceptDrops(True)
        self.header = PageHeader(
            self.tr("Papers"),
            self.tr("Drafts, non-papers and documents, kept encrypted. Drop files here to add."),
        )
        self.delete_button = self.header.add_action(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_paper)
        self.keep_button = self.header.add_action(self.tr("Delete after…"))
        self.keep_button.clicked.connect(self.choose_keep_until)
        self.restrict_button = self.header.add_action(self.tr("Restrict sharing…"))
        self.restrict_button.clicked.connect(self.choose_groups)
        self.save_button = self.header.add_action(self.tr("Save a copy outside…"))
        self.save_button.clicked.connect(self.save_copy)
        self.header.add_action(self.tr("Add paper…"), primary=True).clicked.connect(
            self.choose_files
        )
        self.table = RecordTable(
            [
                (self.tr("Title"), lambda p: p.title),
                (self.tr("Type"), lambda p: kind_label(p.media_type)),
                (self.tr("Size"), lambda p: human_size(p.size)),
                (self.tr("Added"), lambda p: p.created_at[:10]),
            ],
            self.tr(
                "No papers yet. Drop a PDF, text or Markdown file here, or use “Add paper…”. "
                "The original file is left where it is."
            ),
            self.tr("Papers"),
        )
        self.table.chosen.connect(self.open_paper)
        self.viewer = PaperViewer()
        self.jobs = JobBar()
        self.status = QLabel("")
        self.status.setWordWrap(True)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.viewer)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([460, 600])
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.jobs)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        self._current: Paper | None = None
        self._view_job: workers.Job | None = None
        # A bound method: Qt drops the connection when this widget is deleted (a lambda
        # would outlive it and be called on a dead widget at the next lock).
        session.locked.connect(self._vault_locked)

    def reload(self) -> None:
        self.table.set_rows(papers.list_papers(self.session.vault, limit=records.NO_LIMIT))

    def _vault_locked(self, _reason: str) -> None:
        self.clear()

    def clear(self) -> None:
        self.table.clear()
        self.viewer.clear()
        self._current = None

    # -- adding ----------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)

    def choose_files(self) -> None:
        names, _ = file_dialogs.get_open_file_names(self, self.tr("Add papers to the vault"))
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        if not paths:
            return
        if self._job_running():
            return
        path, rest = paths[0], paths[1:]
        job = workers.Job(papers.add_paper, self.session.vault, path)
        self.jobs.begin(self.tr("Adding {name}…").format(name=path.name), job)
        job.signals.succeeded.connect(lambda paper: self._added(paper, rest))
        job.signals.failed.connect(self._failed)
        self.session.run(job)

    def _added(self, paper: Paper, rest: list[Path]) -> None:
        self._say(
            self.tr("Added “{title}” ({size}).").format(
                title=isolate(paper.title), size=human_size(paper.size)
            )
        )
        self.reload()
        self.changed.emit()
        self.table.select_where(lambda p: p.id == paper.id)
        if rest:
            self.add_files(rest)

    def _failed(self, error: AppError) -> None:
        if isinstance(error, Cancelled):
            self._say(self.tr("Cancelled; nothing was kept."))
        else:
            self._say(self.tr("Not done: {error}.").format(error=describe(error)), error=True)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        set_role(self.status, "error" if error else "muted")

    # -- viewing ---------------------------------------------------------------------------

    def open_paper(self, paper: Paper) -> None:
        self._current = paper
        self.chosen.emit(paper)
        if self._view_job is not None:
            self._view_job.cancel()
        if not viewable(paper):
            self.viewer.show_message(
                self.tr(
                    "Quietroom cannot show {media_type} files inside the app. "
                    "Use “Save a copy outside…” to open it elsewhere."
                ).format(media_type=paper.media_type)
            )
            return
        self.viewer.show_message(self.tr("Opening…"))
        font = QFont(self.viewer.text.font())
        job = workers.Job(read_for_viewer, self.session.vault, paper, font)
        job.signals.succeeded.connect(lambda content: self._show(paper, content))
        job.signals.failed.connect(
            lambda e: None if isinstance(e, Cancelled) else self.viewer.show_message(f"{e}.")
        )
        self._view_job = self.session.run(job)

    def _show(self, paper: Paper, content: bytes | QTextDocument) -> None:
        if self._current is not None and self._current.id == paper.id:
            self.viewer.show_content(content)
        elif isinstance(content, QTextDocument):
            content.deleteLater()  # another paper was chosen meanwhile

    # -- deleting and keep-until ------------------------------------------------------------

    def delete_paper(self) -> None:
        """Delete the chosen paper (asked first), its content overwritten (secure delete)."""
        paper = self._current
        if paper is None:
            self._say(self.tr("Choose a paper first."), error=True)
            return
        if self._job_running():
            return
        also = self.tr("Copies already sent to others are not affected.")
        if not deleting.confirm(self, paper.title, also):
            return
        # A large paper takes seconds to overwrite: in a worker, with progress. It leaves the
        # lists in the job's first transaction; the list is read again when the job ends.
        job = workers.Job(retention.delete_now, self.session.vault, "paper", paper.id)
        self.jobs.begin(
            self.tr("Deleting “{title}”…").format(title=isolate(paper.title)),
            job,
            cancellable=False,
        )
        # Bound methods: Qt drops them with this page (a lock deletes the workspace).
        job.signals.succeeded.connect(self._deleted)
        job.signals.failed.connect(self._not_deleted)
        self.viewer.clear()
        self._current = None
        self.chosen.emit(None)
        model = self.table.model
        rows = (model.record(row) for row in range(model.rowCount()))
        self.table.set_rows([p for p in rows if p.id != paper.id])  # it leaves the list at once
        self.session.run(job)

    def _deleted(self, _result: object) -> None:
        if not self.session.is_unlocked:
            return
        self.reload()
        self.changed.emit()
        self._say(self.tr("The paper was deleted."))

    def _not_deleted(self, error: AppError) -> None:
        if not self.session.is_unlocked:
            return  # locked meanwhile: the next unlock finishes the deletion
        self.reload()
        self.changed.emit()
        deleting.not_deleted(self, error)

    def _job_running(self) -> bool:
        """Whether an import, a copy or a deletion is under way (said, if so): one at a time."""
        if self.session.busy and self.jobs.isVisible():
            self._say(self.tr("Wait for the current task to finish."), error=True)
            return True
        return False

    def choose_keep_until(self) -> None:
        """The last day the chosen paper is kept: after it, the paper is purged (with secure
        delete) at the next unlock."""
        paper = self._current
        if paper is None:
            self._say(self.tr("Choose a paper first."), error=True)
            return
        title = self.tr("Keep “{title}” until").format(title=isolate(paper.title))
        dialog = RecordDialog(title, self)
        explained = QLabel(
            self.tr(
                "After the day chosen the paper is purged from the vault, with secure delete, "
                "the next time the vault is unlocked. Copies sent to others are not affected."
            )
        )
        explained.setWordWrap(True)
        dialog.form.addRow(explained)
        dialog.add_keep_until(self.session.vault, "paper", paper.id)
        dialog.on_save(lambda: lambda: paper)  # only the date is written
        if dialog.exec() and dialog.keep_until is not None:
            self.chosen.emit(paper)  # the details panel shows the new date
            day = dialog.keep_until.day()
            self._say(
                self.tr("The paper will be deleted after {day}.").format(day=ltr(day))
                if day
                else self.tr("The paper is kept until you delete it.")
            )

    # -- need-to-know ----------------------------------------------------------------------

    def choose_groups(self) -> None:
        """The working groups the chosen paper may be shared with (none: anyone)."""
        paper = self._current
        if paper is None:
            self._say(self.tr("Choose a paper first."), error=True)
            return
        if RestrictDialog(self.session.vault, paper, self).exec():
            self.chosen.emit(paper)  # the details panel shows the groups
            names = [name for _, name in sharing.compartments(self.session.vault, paper.id)]
            self._say(
                self.tr("“{title}” may be shared only with: {groups}.").format(
                    title=isolate(paper.title), groups=", ".join(isolate(n) for n in names)
                )
                if names
                else self.tr("“{title}” may be shared with any contact.").format(
                    title=isolate(paper.title)
                )
            )

    # -- export ----------------------------------------------------------------------------

    def save_copy(self) -> None:
        paper = self._current
        if paper is None:
            self._say(self.tr("Choose a paper first."), error=True)
            return
        if self._job_running():
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Save a readable copy outside the vault"),
            self.tr(
                "The copy will NOT be encrypted. Anyone who gets this computer, the folder you "
                "pick, or a backup of it can read the paper. Save it only where you must, and "
                "delete it when you are done."
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Save:
            return
        name, _ = file_dialogs.get_save_file_name(self, self.tr("Save a copy"), paper.file_name)
        if not name:
            return
        job = workers.Job(papers.export_paper, self.session.vault, paper.id, Path(name))
        self.jobs.begin(self.tr("Saving a copy…"), job)
        job.signals.succeeded.connect(
            lambda path: self._say(
                self.tr("Saved an unencrypted copy: {path}").format(path=ltr(str(path)))
            )
        )
        job.signals.failed.connect(self._failed)
        self.session.run(job)
