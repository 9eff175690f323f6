"""Developer tools (translations, screenshots); not part of the installed app."""
