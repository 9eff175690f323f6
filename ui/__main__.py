"""``python -m ui`` is the installed ``workshop-app`` command: the window, and the core's headless commands."""

from ui.cli import main

raise SystemExit(main())
