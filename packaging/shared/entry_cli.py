"""Entry point of the bundled ``quietroom`` command line (PyInstaller runs this as __main__)."""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
