"""Entry point of the bundled ``quietroom-gui`` desktop app (PyInstaller runs this as __main__)."""

import sys

from ui.main import main

if __name__ == "__main__":
    sys.exit(main())
