"""A stand-in that holds a use case's calls in the worker until the test lets them go: to
look at the window while the work is in flight."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest


class Gate:
    """Holds every call of ``module.name`` until released; notes the threads it ran on."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> None:
        self.original: Callable[..., Any] = getattr(module, name)
        self.entered = threading.Event()
        self.release = threading.Event()
        self.threads: list[threading.Thread] = []
        monkeypatch.setattr(module, name, self)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.threads.append(threading.current_thread())
        self.entered.set()
        assert self.release.wait(10), "the test never released the write"
        return self.original(*args, **kwargs)

    def release_in(self, seconds: float) -> None:
        threading.Timer(seconds, self.release.set).start()
