"""``python -m workshop_app``: the core's headless commands (``demo``, ``info``, ``check``, ``export``).

The window is the interface's: ``workshop-app`` or ``python -m ui``.
"""

from workshop_app.cli import main

raise SystemExit(main())
