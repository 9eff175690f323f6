"""Workshop App core: domain model, storage, method catalogue, services, exports and command line.

The core never imports QtWidgets; the desktop interface lives in the ``ui`` package and calls into this one.
"""

__version__ = "0.1.0"
APP_NAME = "Workshop App"
APP_ID = "workshop-app"
