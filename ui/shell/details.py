"""The details panel: the facts of whatever record is selected, read-only."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QTextBrowser, QWidget

from storage.models import Dialogue, Paper, Person, Session
from ui.dialogues.forms import GOAL_LABELS, MODE_LABELS, STATUS_LABELS
from ui.people.forms import ATTRIBUTION_LABELS, TRACK_LABELS


def _rows(title: str, pairs: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td style='color:#52606d;padding-right:10px'>{escape(k)}</td>"
        f"<td>{escape(v)}</td></tr>"
        for k, v in pairs
        if v
    )
    return f"<h3>{escape(title)}</h3><table cellspacing=4>{cells}</table>"


#: The kinds of record that can carry a keep-until date (``app.retention``), by type.
_RETENTION_KINDS: dict[type, str] = {
    Dialogue: "dialogue",
    Session: "session",
    Person: "person",
    Paper: "paper",
}


class DetailsPanel(QTextBrowser):
    def __init__(
        self,
        parent: QWidget | None = None,
        keep_until: Callable[[str, int], str | None] | None = None,
        restricted_to: Callable[[int], list[str]] | None = None,
    ) -> None:
        """``keep_until(kind, id)``: a record's keep-until date, shown as "Deleted after";
        ``restricted_to(paper id)``: the names of the working groups a paper may be shared
        with (none: anyone), shown as "Shared only with"."""
        super().__init__(parent)
        self._keep_until = keep_until
        self._restricted_to = restricted_to
        self.setAccessibleName(self.tr("Details"))
        self.setMinimumWidth(220)
        self.setOpenLinks(False)
        self.show_nothing()

    def show_nothing(self) -> None:
        hint = escape(self.tr("Select a record to see its details."))
        self.setHtml(f"<p style='color:#52606d'>{hint}</p>")

    def _deleted_after(self, record: object) -> tuple[str, str]:
        kind = _RETENTION_KINDS.get(type(record))
        record_id = getattr(record, "id", None)
        if self._keep_until is None or kind is None or not isinstance(record_id, int):
            return (self.tr("Deleted after"), "")
        return (self.tr("Deleted after"), self._keep_until(kind, record_id) or "")

    def _groups_of(self, paper: Paper) -> str:
        return ", ".join(self._restricted_to(paper.id)) if self._restricted_to else ""

    def show_record(self, record: object) -> None:
        if isinstance(record, Person):
            self.setHtml(
                _rows(
                    record.name,
                    [
                        (self.tr("Affiliation"), record.affiliation),
                        (self.tr("Side"), record.side),
                        (self.tr("Track"), TRACK_LABELS.get(record.track, record.track)),
                        (self.tr("Proximity"), record.proximity),
                        (self.tr("Contact"), record.contact),
                        (self.tr("Attribution"), ATTRIBUTION_LABELS.get(record.attribution, "")),
                        (self.tr("Notes"), record.notes),
                        (self.tr("Added"), record.created_at[:10]),
                        self._deleted_after(record),
                    ],
                )
            )
        elif isinstance(record, Paper):
            self.setHtml(
                _rows(
                    record.title,
                    [
                        (self.tr("File name"), record.file_name),
                        (self.tr("Type"), record.media_type),
                        (
                            self.tr("Size"),
                            self.tr("{size} bytes").format(size=QLocale().toString(record.size)),
                        ),
                        (self.tr("SHA-256"), record.sha256.hex() if record.sha256 else ""),
                        (self.tr("Added"), record.created_at[:10]),
                        self._deleted_after(record),
                        (self.tr("Shared only with"), self._groups_of(record)),
                    ],
                )
            )
        elif isinstance(record, Dialogue):
            self.setHtml(
                _rows(
                    record.title,
                    [
                        (self.tr("Goal"), GOAL_LABELS.get(record.goal, "") if record.goal else ""),
                        (self.tr("Status"), STATUS_LABELS.get(record.status, record.status)),
                        (self.tr("About"), record.description),
                        (self.tr("Started"), record.created_at[:10]),
                        self._deleted_after(record),
                    ],
                )
            )
        elif isinstance(record, Session):
            self.setHtml(
                _rows(
                    self.tr("Round {round_no}").format(round_no=record.round_no),
                    [
                        (self.tr("Date"), record.starts_on),
                        (self.tr("Place"), record.place),
                        (self.tr("Mode"), MODE_LABELS.get(record.mode, record.mode)),
                        (self.tr("Title"), record.title),
                        self._deleted_after(record),
                    ],
                )
            )
        else:
            self.show_nothing()
