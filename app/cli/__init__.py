"""The ``quietroom`` command line: every vault operation a script or an office needs.

Secrets come from a prompt, ``--passphrase-fd N``, ``--passphrase-env NAME`` or the
``QUIETROOM_PASSPHRASE`` variable, never from an argument.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from app import errors
from app.cli.commands import EXIT_DAMAGED, EXIT_ERROR, EXIT_NOT_FOUND, EXIT_WRONG_SECRET, run
from app.cli.parser import build_parser

__all__ = ["main"]

_EXIT_CODES: tuple[tuple[type[errors.AppError], int], ...] = (
    (errors.WrongSecret, EXIT_WRONG_SECRET),
    (errors.VaultDamaged, EXIT_DAMAGED),
    (errors.RecordNotFound, EXIT_NOT_FOUND),
    (errors.VaultMissing, EXIT_NOT_FOUND),
)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the process exit status (also used by ``sys.exit``)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return run(args)
    except errors.AppError as exc:
        print(f"quietroom: {exc}", file=sys.stderr)
        for kind, code in _EXIT_CODES:
            if isinstance(exc, kind):
                return code
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("quietroom: interrupted; nothing was changed", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
