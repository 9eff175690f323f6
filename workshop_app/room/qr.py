"""QR codes of the join link (segno: pure Python, no network, no image library needed)."""

import io

import segno


def qr_png(url: str, scale: int = 8) -> bytes:
    """The link as a PNG, black on white with the quiet zone a phone's camera needs."""
    buffer = io.BytesIO()
    segno.make(url, error="m", micro=False).save(buffer, kind="png", scale=scale, border=4)
    return buffer.getvalue()


def qr_text(url: str) -> str:
    """The link as a QR code in a terminal's block characters (for the headless ``room`` command)."""
    buffer = io.StringIO()
    segno.make(url, error="m", micro=False).terminal(out=buffer, compact=True)
    return buffer.getvalue()
