"""The details panel: the facts of whatever record is selected, read-only."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from storage.models import Dialogue, Paper, Person, Session
from ui.people.forms import ATTRIBUTION_LABELS, TRACK_LABELS


def _rows(title: str, pairs: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td style='color:#52606d;padding-right:10px'>{escape(k)}</td>"
        f"<td>{escape(v)}</td></tr>"
        for k, v in pairs
        if v
    )
    return f"<h3>{escape(title)}</h3><table cellspacing=4>{cells}</table>"


class DetailsPanel(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Details")
        self.setMinimumWidth(220)
        self.setOpenLinks(False)
        self.show_nothing()

    def show_nothing(self) -> None:
        self.setHtml("<p style='color:#52606d'>Select a record to see its details.</p>")

    def show_record(self, record: object) -> None:
        if isinstance(record, Person):
            self.setHtml(
                _rows(
                    record.name,
                    [
                        ("Affiliation", record.affiliation),
                        ("Side", record.side),
                        ("Track", TRACK_LABELS.get(record.track, record.track)),
                        ("Proximity", record.proximity),
                        ("Contact", record.contact),
                        ("Attribution", ATTRIBUTION_LABELS.get(record.attribution, "")),
                        ("Notes", record.notes),
                        ("Added", record.created_at[:10]),
                    ],
                )
            )
        elif isinstance(record, Paper):
            self.setHtml(
                _rows(
                    record.title,
                    [
                        ("File name", record.file_name),
                        ("Type", record.media_type),
                        ("Size", f"{record.size:,} bytes"),
                        ("SHA-256", record.sha256.hex() if record.sha256 else ""),
                        ("Added", record.created_at[:10]),
                    ],
                )
            )
        elif isinstance(record, Dialogue):
            self.setHtml(
                _rows(
                    record.title,
                    [
                        ("Goal", record.goal.capitalize()),
                        ("Status", record.status.capitalize()),
                        ("About", record.description),
                        ("Started", record.created_at[:10]),
                    ],
                )
            )
        elif isinstance(record, Session):
            self.setHtml(
                _rows(
                    f"Round {record.round_no}",
                    [
                        ("Date", record.starts_on),
                        ("Place", record.place),
                        ("Mode", record.mode.replace("_", " ")),
                        ("Title", record.title),
                    ],
                )
            )
        else:
            self.show_nothing()
