"""A small driver for real Syncthing instances in tests: install, configure, start, stop.

Each instance lives in its own ``--home`` folder and talks only over loopback: the GUI/REST API
and the sync protocol listen on 127.0.0.1 (free ports chosen here), and global and local
discovery, relays, NAT traversal, usage and crash reporting and upgrades are all switched off
in ``config.xml`` *before* the first start, so no instance ever reaches the network. Devices
and the shared folder are then configured through the REST API (Syncthing >= 1.12), the way a
script in an office would do it.

Nothing here knows about Quietroom: the test drives Quietroom, this module drives Syncthing.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

LOOPBACK = "127.0.0.1"
START_TIMEOUT = 30.0
STOP_TIMEOUT = 15.0
APT_TIMEOUT = 900.0

#: Options written into config.xml before the first start: loopback only, nothing phones home.
#: ``listenAddress`` is added per instance.
QUIET_OPTIONS = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "announceLANAddresses": "false",
    "urAccepted": "-1",  # usage reporting declined (not merely "not asked yet")
    "crashReportingEnabled": "false",
    "autoUpgradeIntervalH": "0",
    "startBrowser": "false",
    # Re-dial a peer soon after a refused attempt (the first instance to be told about the
    # other dials before the other knows it); the default is 60 s.
    "reconnectionIntervalS": "5",
}


class SyncthingError(Exception):
    """Syncthing could not be installed, started or driven; the message says what happened."""


# -- installation ----------------------------------------------------------------------------


def ensure_installed() -> str:
    """The path of ``syncthing``, installing the Debian package first when it is missing."""
    found = shutil.which("syncthing")
    if found:
        return found
    if not shutil.which("apt-get"):
        raise SyncthingError("syncthing is not installed and apt-get is not available")
    if os.geteuid() != 0:
        raise SyncthingError(
            "syncthing is not installed and installing it needs root: "
            "run 'apt-get install -y syncthing' first"
        )
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "--no-install-recommends", "syncthing"]
    result = _run(install, env)
    if result.returncode != 0:  # most often: stale or empty package lists
        update = _run(["apt-get", "update"], env)
        if update.returncode != 0:
            raise SyncthingError(f"'apt-get update' failed:\n{_tail(update)}")
        result = _run(install, env)
    if result.returncode != 0:
        raise SyncthingError(f"'apt-get install syncthing' failed:\n{_tail(result)}")
    found = shutil.which("syncthing")
    if not found:
        raise SyncthingError("the syncthing package is installed but 'syncthing' is not on PATH")
    return found


def _run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            command, capture_output=True, text=True, env=env, timeout=APT_TIMEOUT, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SyncthingError(f"'{' '.join(command)}' could not run: {exc}") from None


def _tail(result: subprocess.CompletedProcess[str], lines: int = 15) -> str:
    return "\n".join((result.stdout + result.stderr).strip().splitlines()[-lines:])


def version(binary: str) -> str:
    result = subprocess.run(
        [binary, "--version"], capture_output=True, text=True, timeout=30, check=False
    )
    return result.stdout.strip()


@functools.cache
def _has_subcommands(binary: str) -> bool:
    """Newer Syncthing (1.x late, 2.x) has ``generate``/``serve`` subcommands with ``--home``;
    older releases take single-dash flags (``-generate=DIR``, ``-home=DIR``)."""
    result = subprocess.run(
        [binary, "--help"], capture_output=True, text=True, timeout=30, check=False
    )
    return re.search(r"^\s+serve\b", result.stdout + result.stderr, re.MULTILINE) is not None


# -- small helpers ---------------------------------------------------------------------------


def free_port() -> int:
    """A TCP port free on loopback right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((LOOPBACK, 0))
        return int(sock.getsockname()[1])


def wait_for(what: str, check: Callable[[], bool], timeout: float, interval: float = 0.2) -> None:
    """Poll ``check`` until it is true; raise SyncthingError naming ``what`` at the deadline."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() >= deadline:
            raise SyncthingError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(interval)


# -- one instance ----------------------------------------------------------------------------


@dataclass
class Instance:
    """One Syncthing process: its home, ports, API key, and (once started) its device ID."""

    binary: str
    home: Path
    name: str
    api_port: int = field(default_factory=free_port)
    listen_port: int = field(default_factory=free_port)
    api_key: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    device_id: str = ""
    process: subprocess.Popen[bytes] | None = None

    @property
    def listen_address(self) -> str:
        return f"tcp://{LOOPBACK}:{self.listen_port}"

    @property
    def log_path(self) -> Path:
        return self.home / "syncthing.log"

    def _command(self, action: str) -> list[str]:
        if _has_subcommands(self.binary):
            return [self.binary, action, f"--home={self.home}"]
        flag = "-generate" if action == "generate" else "-home"
        return [self.binary, f"{flag}={self.home}"]

    def generate(self) -> None:
        """Create keys and config.xml, then make the config loopback-only and silent."""
        self.home.mkdir(parents=True, exist_ok=True)
        command = self._command("generate")
        if "generate" in command:
            command.append("--no-default-folder")
        result = subprocess.run(
            command, capture_output=True, text=True, env=self._env(), timeout=60, check=False
        )
        config = self.home / "config.xml"
        if result.returncode != 0 or not config.is_file():
            raise SyncthingError(f"'syncthing generate' failed for {self.name}:\n{_tail(result)}")
        self._quieten(config)

    def _quieten(self, config: Path) -> None:
        tree = ET.parse(config)  # noqa: S314 (written by syncthing generate just now)
        root = tree.getroot()
        _child(root, "device").set("name", self.name)  # the generated one: this instance
        gui = _child(root, "gui")
        gui.set("enabled", "true")
        gui.set("tls", "false")
        _child(gui, "address").text = f"{LOOPBACK}:{self.api_port}"
        _child(gui, "apikey").text = self.api_key
        options = _child(root, "options")
        for old in options.findall("listenAddress"):
            options.remove(old)
        ET.SubElement(options, "listenAddress").text = self.listen_address
        for name, value in QUIET_OPTIONS.items():
            _child(options, name).text = value
        tree.write(config, encoding="utf-8", xml_declaration=False)

    def _env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("ST")}
        env.update(
            HOME=str(self.home),  # nothing lands in the real user's ~/.config or ~/.local
            STNOUPGRADE="1",
            STNODEFAULTFOLDER="1",
            STNORESTART="1",  # one process, no monitor child: stop() ends it for sure
        )
        return env

    def start(self) -> None:
        """Start the process and wait until the REST API answers; learn the device ID."""
        command = [*self._command("serve"), "--no-browser", "--no-restart"]
        if "serve" in command:
            command += ["--no-upgrade", "--no-default-folder"]
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=self._env(),
                start_new_session=True,
            )
        wait_for(f"{self.name}'s REST API", self._answers, START_TIMEOUT)
        self.device_id = str(self.get("/rest/system/status")["myID"])

    def _answers(self) -> bool:
        if self.process is not None and self.process.poll() is not None:
            raise SyncthingError(
                f"{self.name} exited with status {self.process.returncode}:\n{self.log_tail()}"
            )
        try:
            return bool(self.get("/rest/system/ping").get("ping") == "pong")
        except SyncthingError:
            return False

    def log_tail(self, lines: int = 30) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.strip().splitlines()[-lines:])

    # -- REST ----------------------------------------------------------------------------

    def request(self, method: str, path: str, body: object = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(
            f"http://{LOOPBACK}:{self.api_port}{path}",
            data=data,
            method=method,
            headers={"X-API-Key": self.api_key, "Content-Type": "application/json"},
        )
        try:
            with urllib.request.urlopen(req, timeout=10) as response:  # noqa: S310 (http://127.0.0.1)
                raw = response.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode(errors="replace").strip()
            raise SyncthingError(f"{self.name}: {method} {path} -> {exc.code} {detail}") from None
        except (urllib.error.URLError, OSError) as exc:
            raise SyncthingError(f"{self.name}: {method} {path} failed: {exc}") from None
        return json.loads(raw) if raw.strip() else None

    def get(self, path: str) -> Any:
        return self.request("GET", path)

    def post(self, path: str, body: object = None) -> Any:
        return self.request("POST", path, body)

    # -- configuration -------------------------------------------------------------------

    def add_device(self, other: Instance, *, dial: bool = True) -> None:
        """Introduce ``other`` by device ID, reachable only at its loopback listen address, or,
        with ``dial=False``, only accepted when it dials in.

        Two instances that dial each other at the same moment can both stall in the Hello
        exchange until its 20 s timeout, and again on the next try (seen: no connection within
        45 s). Introduce the two with one dialling side only, the other side first.
        """
        device = self._defaults("device")
        # "dynamic" would be resolved through discovery, which is switched off: no address.
        addresses = [other.listen_address] if dial else ["dynamic"]
        device.update(deviceID=other.device_id, name=other.name, addresses=addresses)
        self.post("/rest/config/devices", device)

    def share_folder(
        self, folder_id: str, path: Path, others: list[Instance], ignores: tuple[str, ...] = ()
    ) -> None:
        """Share ``path`` as ``folder_id`` (send and receive) with ``others``."""
        path.mkdir(parents=True, exist_ok=True)
        if ignores:
            (path / ".stignore").write_text("\n".join(ignores) + "\n")
        folder = self._defaults("folder")
        folder.update(
            id=folder_id,
            label="Quietroom exchange",
            path=str(path),
            type="sendreceive",
            devices=[{"deviceID": d} for d in [self.device_id, *(o.device_id for o in others)]],
            fsWatcherEnabled=True,
            fsWatcherDelayS=1,
            rescanIntervalS=5,
        )
        self.post("/rest/config/folders", folder)

    def _defaults(self, kind: str) -> dict[str, Any]:
        """The instance's template for a new device or folder (older releases have none, and
        fill in defaults for the fields we leave out)."""
        try:
            return dict(self.get(f"/rest/config/defaults/{kind}"))
        except SyncthingError:
            return {}

    def connected_to(self, other: Instance) -> bool:
        connections = self.get("/rest/system/connections").get("connections", {})
        return bool(connections.get(other.device_id, {}).get("connected"))

    def scan(self, folder_id: str) -> None:
        """Ask for a rescan now instead of waiting for the watcher or the interval."""
        self.post(f"/rest/db/scan?folder={folder_id}")

    # -- stopping ------------------------------------------------------------------------

    def stop(self) -> None:
        """Shut down through the REST API; terminate, then kill, if that does not work."""
        process = self.process
        if process is None or process.poll() is not None:
            return
        with contextlib.suppress(SyncthingError):  # not answering: the signals below end it
            self.post("/rest/system/shutdown")
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                process.wait(timeout=STOP_TIMEOUT)
                return
            except subprocess.TimeoutExpired:
                process.send_signal(sig)
        process.wait(timeout=STOP_TIMEOUT)


def _child(parent: ET.Element, tag: str) -> ET.Element:
    found = parent.find(tag)
    return found if found is not None else ET.SubElement(parent, tag)


@contextmanager
def running(instances: list[Instance]) -> Iterator[list[Instance]]:
    """Generate and start every instance; stop all of them on the way out, whatever happened."""
    try:
        for instance in instances:
            instance.generate()
            instance.start()
        yield instances
    finally:
        failures = []
        for instance in instances:
            try:
                instance.stop()
            except (OSError, subprocess.SubprocessError) as exc:  # keep stopping the others
                failures.append(f"{instance.name}: {exc}")
        if failures:
            raise SyncthingError("could not stop: " + "; ".join(failures))
