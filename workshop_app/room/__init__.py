"""The room on participants' phones: a small HTTP server for one board, run by the facilitator's laptop.

Phones join by a QR code over the room's own network (no internet, no cloud): they read what they may see
of the board and write through the same core operations as the laptop, one transaction each. The server is
plain asyncio (aiohttp) with no Qt widgets, so the board window runs it on its qasync loop and the
``workshop-app room`` command runs it headless. The page itself is in ``resources/web``.
"""
