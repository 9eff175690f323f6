"""The domain: tables of a programme file, their frozen read views, and the enumerations they use.

The package itself imports nothing: ``domain.enums`` is read by the window's first start-up steps, which must not
pay for SQLModel. The method tools' tables join the models' metadata when ``domain.models`` is imported (its
last line imports ``domain.method_tools``), so every table is known wherever the models are.
"""
