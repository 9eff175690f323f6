"""The impact canvas on the screen (a scene mirroring a canvas of the file, its window, the in-place card
editor) and phase 4's goal-and-indicator sheet, which the file keeps in the same canvas tables."""
