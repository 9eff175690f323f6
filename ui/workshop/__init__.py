"""The parts of the Workshops page: the list, the editor's tabs (details, agenda and minutes, attendance,
decisions) and the running agenda shown while a workshop is under way. Each module has one job."""
