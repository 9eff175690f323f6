"""Data of Workshop App (method catalogue, presets, demo texts, fonts, icons, translations); no code."""
