"""The passphrase meter of the first run speaks the interface's language: zxcvbn's advice and
the time an attacker would need are translated, worded as zxcvbn words them in English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from zxcvbn.time_estimates import display_time

from app import passphrase
from tests.conftest import FAST_KDF
from ui import i18n
from ui.shell.root import Preferences, RootWindow

DAY = 86_400


@pytest.fixture
def wizard(qtbot, tmp_path: Path, prefs: Preferences) -> Iterator[object]:
    win = RootWindow(tmp_path / "vault", prefs, FAST_KDF)
    qtbot.addWidget(win)
    assert win.onboarding is not None
    yield win.onboarding


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "en")  # the English plural forms
    yield
    i18n.uninstall(qapp)


@pytest.mark.parametrize(
    "seconds",
    [0, 0.4, 1, 1.4, 59.4, 60, 90, 3599, 3600, 7199, 5 * 3600, DAY, 2.5 * DAY, 30 * DAY,
     31 * DAY, 200 * DAY, 372 * DAY, 4000 * DAY, 99 * 372 * DAY, 100 * 372 * DAY, 1e15],
)  # fmt: skip
def test_the_time_an_attacker_needs_is_worded_as_zxcvbn_words_it(
    wizard, english: None, seconds: float
) -> None:
    assert wizard._crack_time(seconds) == display_time(seconds)


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_the_meter_gives_advice_in_the_interfaces_language(
    qapp: QApplication, tmp_path: Path, prefs: Preferences, qtbot, lang: str
) -> None:
    i18n.install(qapp, lang)
    try:
        win = RootWindow(tmp_path / "vault", prefs, FAST_KDF)
        qtbot.addWidget(win)
        meter = win.onboarding
        assert meter is not None
        meter.passphrase.setText("passwordpassword")  # long enough; zxcvbn warns of it
        meter._assess()
        shown = meter.meter_label.text()
        meter.passphrase.setText("short")
        meter._assess()
        too_short = meter.meter_label.text()
    finally:
        i18n.uninstall(qapp)
    common, short = passphrase.assess("passwordpassword"), passphrase.assess("short")
    assert common.warning is not None and short.warning is not None
    assert str(common.warning) not in shown and display_time(common.crack_seconds) not in shown
    assert str(short.warning) not in too_short
    assert display_time(short.crack_seconds) not in too_short
    assert "12" in too_short  # the minimum length, filled into the translated sentence
