"""The pages of the main window: overview, the five phases, workshops, participants, action plan."""
