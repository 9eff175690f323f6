"""Entry point of the PyInstaller bundle: the same ``workshop-app`` command the installed package has."""

import sys

from ui.cli import main

if __name__ == "__main__":
    sys.exit(main())
