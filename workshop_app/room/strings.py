"""Every sentence the phone page shows, by key; the page asks for them in its language (``/strings``).

Kept here rather than in the page's JavaScript so that translators find them with the app's other strings
(lupdate reads QT_TRANSLATE_NOOP in the ``RoomPage`` context) and the three languages never drift apart.
Placeholders in braces are filled in by the page.
"""

from workshop_app.errors import QT_TRANSLATE_NOOP
from workshop_app.room.language import Catalogues

CONTEXT = "RoomPage"

PAGE_STRINGS: dict[str, str] = {
    "page_title": QT_TRANSLATE_NOOP("RoomPage", "The board on your phone"),
    "language": QT_TRANSLATE_NOOP("RoomPage", "Language"),
    "round": QT_TRANSLATE_NOOP("RoomPage", "Round {number}"),
    "connecting": QT_TRANSLATE_NOOP("RoomPage", "Connecting to the room…"),
    "live": QT_TRANSLATE_NOOP("RoomPage", "Connected to the room."),
    "offline": QT_TRANSLATE_NOOP("RoomPage", "The room cannot be reached. Trying again…"),
    "locked": QT_TRANSLATE_NOOP("RoomPage", "The facilitator has paused input. You can still read the board."),
    "frozen": QT_TRANSLATE_NOOP("RoomPage", "This round is frozen: it can no longer be changed."),
    "time_left": QT_TRANSLATE_NOOP("RoomPage", "Time left: {time}"),
    "who": QT_TRANSLATE_NOOP("RoomPage", "Who are you?"),
    "anonymous": QT_TRANSLATE_NOOP("RoomPage", "Stay anonymous"),
    "you_are": QT_TRANSLATE_NOOP("RoomPage", "Your notes are shown as written by the person you choose."),
    "write": QT_TRANSLATE_NOOP("RoomPage", "Write a note"),
    "note_text": QT_TRANSLATE_NOOP("RoomPage", "Your note"),
    "place": QT_TRANSLATE_NOOP("RoomPage", "Place it on the board"),
    "tap_to_place": QT_TRANSLATE_NOOP("RoomPage", "Tap the board where your note belongs."),
    "cancel": QT_TRANSLATE_NOOP("RoomPage", "Cancel"),
    "board": QT_TRANSLATE_NOOP("RoomPage", "The board"),
    "quadrant": QT_TRANSLATE_NOOP("RoomPage", "Quadrant: {title}"),
    "face_down_hint": QT_TRANSLATE_NOOP(
        "RoomPage", "Notes are face down: only you see yours until the facilitator reveals them."
    ),
    "notes": QT_TRANSLATE_NOOP("RoomPage", "Notes"),
    "no_notes": QT_TRANSLATE_NOOP("RoomPage", "No notes yet."),
    "mine": QT_TRANSLATE_NOOP("RoomPage", "Yours"),
    "face_down": QT_TRANSLATE_NOOP("RoomPage", "Face down"),
    "votes": QT_TRANSLATE_NOOP("RoomPage", "Dots: {count}"),
    "vote": QT_TRANSLATE_NOOP("RoomPage", "Give a dot"),
    "unvote": QT_TRANSLATE_NOOP("RoomPage", "Take a dot back"),
    "dots_left": QT_TRANSLATE_NOOP("RoomPage", "Dots left: {count}"),
    "dots_free": QT_TRANSLATE_NOOP("RoomPage", "You can give as many dots as you like."),
    "edit": QT_TRANSLATE_NOOP("RoomPage", "Edit"),
    "save": QT_TRANSLATE_NOOP("RoomPage", "Save"),
    "delete": QT_TRANSLATE_NOOP("RoomPage", "Delete"),
    "move": QT_TRANSLATE_NOOP("RoomPage", "Move"),
    "nudge": QT_TRANSLATE_NOOP("RoomPage", "Move your note"),
    "up": QT_TRANSLATE_NOOP("RoomPage", "Up"),
    "down": QT_TRANSLATE_NOOP("RoomPage", "Down"),
    "left": QT_TRANSLATE_NOOP("RoomPage", "Left"),
    "right": QT_TRANSLATE_NOOP("RoomPage", "Right"),
    "done": QT_TRANSLATE_NOOP("RoomPage", "Done"),
    "pros_cons": QT_TRANSLATE_NOOP("RoomPage", "Pros and cons"),
    "about": QT_TRANSLATE_NOOP("RoomPage", "About"),
    "kind": QT_TRANSLATE_NOOP("RoomPage", "Pro or con"),
    "pro": QT_TRANSLATE_NOOP("RoomPage", "Pro"),
    "con": QT_TRANSLATE_NOOP("RoomPage", "Con"),
    "procon_text": QT_TRANSLATE_NOOP("RoomPage", "Your pro or con"),
    "add": QT_TRANSLATE_NOOP("RoomPage", "Add"),
    "note_about": QT_TRANSLATE_NOOP("RoomPage", "Note: {text}"),
    "saved": QT_TRANSLATE_NOOP("RoomPage", "Saved."),
    "deleted": QT_TRANSLATE_NOOP("RoomPage", "Deleted."),
    "confirm_delete": QT_TRANSLATE_NOOP("RoomPage", "Delete this note?"),
}


def page_strings(catalogues: Catalogues, language: str) -> dict[str, str]:
    """The page's sentences in ``language`` (English where a translation is missing)."""
    return {key: catalogues.translate(language, CONTEXT, source) for key, source in PAGE_STRINGS.items()}
