"""Coverage-guided fuzzing (atheris / libFuzzer) of the parsers of untrusted input.

atheris is not a project dependency. Install it beside the venv and run one target::

    python3 -m venv /tmp/atheris && /tmp/atheris/bin/pip install atheris
    PYTHONPATH=$(echo /tmp/atheris/lib/python3.*/site-packages) \\
        .venv/bin/python -m tests.fuzz.atheris_parsers packet -max_total_time=3600

Targets: packet, manifest, card, card-text, keyslots, stdin-json. The targets and the seed
inputs are the ones of the hypothesis tests (tests/fuzz/targets.py); seeds are written to a
fresh corpus folder unless folders are given after the target name. A crash (an exception
other than the project's own errors, or an altered input accepted) stops the run and leaves
a ``crash-*`` file to replay with ``.venv/bin/python -m tests.fuzz.atheris_parsers TARGET FILE``.
"""

from __future__ import annotations

import contextlib
import io
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import atheris

with atheris.instrument_imports():
    from app.cli import inputs
    from app.errors import AppError
    from crypto import card as cards
    from tests.fuzz import targets


def _card_text(data: bytes) -> None:
    targets.check_card_text(data.decode("utf-8", "replace"))


def _stdin_json(data: bytes) -> None:
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    try:
        with contextlib.suppress(AppError):
            inputs.read_stdin_json()
    finally:
        sys.stdin = saved


def _seeds() -> dict[str, tuple[Callable[[bytes], None], list[bytes]]]:
    packets = targets.packet_seeds()
    card = targets.card_seed()[0]
    return {
        "packet": (targets.check_packet, [packets.note_packet, packets.paper_packet]),
        "manifest": (targets.check_manifest, [targets.manifest_seed()]),
        "card": (targets.check_card, [card]),
        "card-text": (_card_text, [cards.card_to_text(card).encode()]),
        "keyslots": (targets.check_keyslots, [targets.keyslot_seed()]),
        "stdin-json": (_stdin_json, [b'{"title": "Agreed", "body": "x", "attributable": true}']),
    }


def main(argv: list[str]) -> None:
    table = _seeds()
    if len(argv) < 2 or argv[1] not in table:
        sys.exit(f"usage: {argv[0]} {{{','.join(table)}}} [libFuzzer options] [corpus…]")
    name = argv[1]
    target, seeds = table[name]
    rest = argv[2:]
    if not [a for a in rest if not a.startswith("-")]:
        corpus = Path(tempfile.mkdtemp(prefix=f"quietroom-fuzz-{name}-"))
        for index, seed in enumerate(seeds):
            (corpus / f"seed-{index}").write_bytes(seed)
        rest.append(str(corpus))
        print(f"corpus: {corpus}", file=sys.stderr)
    atheris.Setup([argv[0], *rest], target)
    atheris.Fuzz()


if __name__ == "__main__":
    main(sys.argv)
