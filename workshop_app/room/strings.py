"""Every sentence the phone page shows, by key; the page asks for them in its language (``/strings``).

Kept here rather than in the page's JavaScript so that translators find them with the app's other strings
(lupdate reads QT_TRANSLATE_NOOP in the ``RoomPage`` context) and the three languages never drift apart.
Placeholders in braces are filled in by the page.
"""

from workshop_app.errors import QT_TRANSLATE_NOOP
from workshop_app.room.language import Catalogues

CONTEXT = "RoomPage"

PAGE_STRINGS: dict[str, str] = {
    "page_title": QT_TRANSLATE_NOOP(CONTEXT, "The board on your phone"),
    "language": QT_TRANSLATE_NOOP(CONTEXT, "Language"),
    "round": QT_TRANSLATE_NOOP(CONTEXT, "Round {number}"),
    "connecting": QT_TRANSLATE_NOOP(CONTEXT, "Connecting to the room…"),
    "live": QT_TRANSLATE_NOOP(CONTEXT, "Connected to the room."),
    "offline": QT_TRANSLATE_NOOP(CONTEXT, "The room cannot be reached. Trying again…"),
    "locked": QT_TRANSLATE_NOOP(CONTEXT, "The facilitator has paused input. You can still read the board."),
    "frozen": QT_TRANSLATE_NOOP(CONTEXT, "This round is frozen: it can no longer be changed."),
    "time_left": QT_TRANSLATE_NOOP(CONTEXT, "Time left: {time}"),
    "who": QT_TRANSLATE_NOOP(CONTEXT, "Who are you?"),
    "anonymous": QT_TRANSLATE_NOOP(CONTEXT, "Stay anonymous"),
    "you_are": QT_TRANSLATE_NOOP(CONTEXT, "Your notes are shown as written by the person you choose."),
    "write": QT_TRANSLATE_NOOP(CONTEXT, "Write a note"),
    "note_text": QT_TRANSLATE_NOOP(CONTEXT, "Your note"),
    "place": QT_TRANSLATE_NOOP(CONTEXT, "Place it on the board"),
    "tap_to_place": QT_TRANSLATE_NOOP(CONTEXT, "Tap the board where your note belongs."),
    "cancel": QT_TRANSLATE_NOOP(CONTEXT, "Cancel"),
    "board": QT_TRANSLATE_NOOP(CONTEXT, "The board"),
    "quadrant": QT_TRANSLATE_NOOP(CONTEXT, "Quadrant: {title}"),
    "face_down_hint": QT_TRANSLATE_NOOP(
        CONTEXT, "Notes are face down: only you see yours until the facilitator reveals them."
    ),
    "notes": QT_TRANSLATE_NOOP(CONTEXT, "Notes"),
    "no_notes": QT_TRANSLATE_NOOP(CONTEXT, "No notes yet."),
    "mine": QT_TRANSLATE_NOOP(CONTEXT, "Yours"),
    "face_down": QT_TRANSLATE_NOOP(CONTEXT, "Face down"),
    "votes": QT_TRANSLATE_NOOP(CONTEXT, "Dots: {count}"),
    "vote": QT_TRANSLATE_NOOP(CONTEXT, "Give a dot"),
    "unvote": QT_TRANSLATE_NOOP(CONTEXT, "Take a dot back"),
    "dots_left": QT_TRANSLATE_NOOP(CONTEXT, "Dots left: {count}"),
    "dots_free": QT_TRANSLATE_NOOP(CONTEXT, "You can give as many dots as you like."),
    "edit": QT_TRANSLATE_NOOP(CONTEXT, "Edit"),
    "save": QT_TRANSLATE_NOOP(CONTEXT, "Save"),
    "delete": QT_TRANSLATE_NOOP(CONTEXT, "Delete"),
    "move": QT_TRANSLATE_NOOP(CONTEXT, "Move"),
    "nudge": QT_TRANSLATE_NOOP(CONTEXT, "Move your note"),
    "up": QT_TRANSLATE_NOOP(CONTEXT, "Up"),
    "down": QT_TRANSLATE_NOOP(CONTEXT, "Down"),
    "left": QT_TRANSLATE_NOOP(CONTEXT, "Left"),
    "right": QT_TRANSLATE_NOOP(CONTEXT, "Right"),
    "done": QT_TRANSLATE_NOOP(CONTEXT, "Done"),
    "pros_cons": QT_TRANSLATE_NOOP(CONTEXT, "Pros and cons"),
    "about": QT_TRANSLATE_NOOP(CONTEXT, "About"),
    "kind": QT_TRANSLATE_NOOP(CONTEXT, "Pro or con"),
    "pro": QT_TRANSLATE_NOOP(CONTEXT, "Pro"),
    "con": QT_TRANSLATE_NOOP(CONTEXT, "Con"),
    "procon_text": QT_TRANSLATE_NOOP(CONTEXT, "Your pro or con"),
    "add": QT_TRANSLATE_NOOP(CONTEXT, "Add"),
    "note_about": QT_TRANSLATE_NOOP(CONTEXT, "Note: {text}"),
    "saved": QT_TRANSLATE_NOOP(CONTEXT, "Saved."),
    "deleted": QT_TRANSLATE_NOOP(CONTEXT, "Deleted."),
    "confirm_delete": QT_TRANSLATE_NOOP(CONTEXT, "Delete this note?"),
}


def page_strings(catalogues: Catalogues, language: str) -> dict[str, str]:
    """The page's sentences in ``language`` (English where a translation is missing)."""
    return {key: catalogues.translate(language, CONTEXT, source) for key, source in PAGE_STRINGS.items()}
