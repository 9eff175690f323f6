"""The impact canvas on the screen: a scene mirroring a canvas of the file, and its window."""
