"""The domain: tables of a programme file, their frozen read views, and the enumerations they use."""

from workshop_app.domain import method_tools as method_tools  # registers the tools' tables with the models'
