"""The lifecycle diagnosis: the method's stage curve drawn, marked by clicking, in a window and as summaries."""
