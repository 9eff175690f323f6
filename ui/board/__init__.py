"""The interactive quadrant board: a scene that mirrors a board in the programme file, and its window.

The core's data is the truth; the scene only mirrors it and turns what people do (drag, type, press keys)
into undoable commands. The layout comes from :mod:`workshop_app.board_geometry`, shared with the PDF
export, so the board looks the same on the screen, on a projector and on paper.

- :mod:`.geometry` and :mod:`.fonts`: canvas units and Noto Sans for Qt
- :mod:`.axes_item`, :mod:`.note_item`, :mod:`.note_editor`: what is drawn
- :mod:`.scene`: the mirror of the file, refreshed by diffing
- :mod:`.commands`, :mod:`.controller`, :mod:`.keyboard`: edits as undoable commands
- :mod:`.view`, :mod:`.side_panel`, :mod:`.board_window`: zoom, pan, touch, and the window around it
"""
