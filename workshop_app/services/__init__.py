"""Every change to a programme is one function here, one transaction, validated before it writes.

Services take an open :class:`~workshop_app.storage.store.ProgrammeStore` and return frozen views; the UI
never holds a database session.
"""
