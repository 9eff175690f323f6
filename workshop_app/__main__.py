"""``python -m workshop_app`` is the ``workshop-app`` command."""

from workshop_app.cli import main

raise SystemExit(main())
