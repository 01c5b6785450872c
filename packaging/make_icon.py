"""Draw the Quietroom icon with QPainter: a closed door in an arched wall, with a keyhole.

Writes packaging/linux/quietroom.svg and quietroom-<size>.png (256, 128, 64, 48), and a
single-size packaging/windows/quietroom.ico and packaging/macos/quietroom.icns (256 px; see
those folders' notes for a full icon set at release). The files are committed; run this again
only to change the drawing:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icon.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen
from PySide6.QtSvg import QSvgGenerator

UNIT = 256  # the drawing is made on a 256x256 canvas and scaled
PNG_SIZES = (256, 128, 64, 48)
PACKAGING = Path(__file__).resolve().parent
OUT = PACKAGING / "linux"

BACKGROUND = QColor("#1f3b4d")  # deep slate blue
WALL = QColor("#e8e1d3")  # warm paper
DOOR = QColor("#b5651d")  # oak
KEYHOLE = QColor("#1f3b4d")


def paint(painter: QPainter) -> None:
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BACKGROUND)
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 44, 44)

    # The arched doorway in a pale wall.
    painter.setBrush(WALL)
    painter.drawPath(_arch(QRectF(52, 36, 152, 188)))
    # The door, set into the arch.
    painter.setBrush(DOOR)
    painter.drawPath(_arch(QRectF(72, 58, 112, 166)))
    # Two panels on the door, drawn as thin darker lines.
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor(0, 0, 0, 60), 4))
    painter.drawLine(QPointF(128, 66), QPointF(128, 216))
    # The keyhole: a circle and a tapering slot.
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(KEYHOLE)
    painter.drawEllipse(QPointF(150, 146), 9, 9)
    slot = QPainterPath()
    slot.moveTo(145, 150)
    slot.lineTo(155, 150)
    slot.lineTo(158, 172)
    slot.lineTo(142, 172)
    slot.closeSubpath()
    painter.drawPath(slot)
    # The threshold.
    painter.setBrush(WALL)
    painter.drawRoundedRect(QRectF(40, 218, 176, 10), 4, 4)


def _arch(box: QRectF) -> QPainterPath:
    """A round-topped doorway filling ``box``."""
    radius = box.width() / 2
    path = QPainterPath()
    path.moveTo(box.left(), box.bottom())
    path.lineTo(box.left(), box.top() + radius)
    path.arcTo(QRectF(box.left(), box.top(), box.width(), box.width()), 180, -180)
    path.lineTo(box.right(), box.bottom())
    path.closeSubpath()
    return path


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.scale(size / UNIT, size / UNIT)
    paint(painter)
    painter.end()
    return image


def write_image(image: QImage, target: Path) -> Path:
    """Save in the format the suffix names (png, ico, icns: Qt's image plugins)."""
    if not image.save(str(target)):
        raise OSError(f"could not write {target}")
    return target


def write_svg() -> Path:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(UNIT, UNIT))
    generator.setViewBox(QRectF(0, 0, UNIT, UNIT))
    generator.setTitle("Quietroom")
    generator.setDescription("A closed door with a keyhole")
    painter = QPainter(generator)
    paint(painter)
    painter.end()
    buffer.close()
    target = OUT / "quietroom.svg"
    target.write_bytes(bytes(data.data()))
    return target


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    written = [write_svg()]
    written += [write_image(render(size), OUT / f"quietroom-{size}.png") for size in PNG_SIZES]
    written.append(write_image(render(256), PACKAGING / "windows" / "quietroom.ico"))
    written.append(write_image(render(256), PACKAGING / "macos" / "quietroom.icns"))
    for path in written:
        print(path.relative_to(PACKAGING.parent))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
