"""Where a word may break at the end of a line, in English, Finnish and Bokmål, and text wrapped with hyphens.

Pyphen's dictionaries (from LibreOffice) cover British English and Bokmål. Pyphen has no Finnish dictionary,
but Finnish hyphenation follows its syllables, which a few rules find (as the Finnish style guides teach
them): a break goes before the last consonant of a run of consonants that a vowel follows (*ta-lo*,
*kort-ti*), and between two vowels that are neither a long vowel nor a diphthong (*ra-di-o*, *ai-ka-a*).
Compound words are not recognised, so they break at their syllables like any word: never wrong, only not
always the nicest break.

A hyphenator is what ReportLab's ``hyphenationLang`` accepts as a callable (``word -> (head, tail)`` pairs,
longest head first) and what :func:`wrap_hyphenated` uses for the board drawing's cards.
"""

import functools
from collections.abc import Callable, Iterator
from typing import Final, Protocol

import pyphen

PYPHEN_LANGUAGES: Final = {"en": "en_GB", "nb": "nb_NO"}
MIN_LEFT: Final = 2
MIN_RIGHT: Final = 2
"""Letters kept on each side of a break, as pyphen's defaults: no "a-" at a line's end, no "-a" at the next."""

_FI_VOWELS: Final = frozenset("aeiouyäöåAEIOUYÄÖÅ")
_FI_DIPHTHONGS: Final = frozenset(
    ("ai", "ei", "oi", "ui", "yi", "äi", "öi", "au", "eu", "iu", "ou", "ey", "iy", "äy", "öy", "ie", "uo", "yö")
)


class Hyphenator(Protocol):
    def positions(self, word: str) -> list[int]:
        """The indices in ``word`` where it may be broken, ascending."""
        ...  # pragma: no cover - a protocol

    def __call__(self, word: str) -> Iterator[tuple[str, str]]:
        """(head, tail) pairs for every break, the longest head first (ReportLab's hyphenator protocol)."""
        ...  # pragma: no cover - a protocol


class _Pairs:
    """Shared: the (head, tail) pairs from :meth:`positions`, a word's letters only (punctuation stays)."""

    def positions(self, word: str) -> list[int]:
        raise NotImplementedError

    def __call__(self, word: str) -> Iterator[tuple[str, str]]:
        for index in reversed(self.positions(word)):
            yield word[:index], word[index:]


class PyphenHyphenator(_Pairs):
    def __init__(self, locale: str) -> None:
        self._dictionary = pyphen.Pyphen(lang=locale, left=MIN_LEFT, right=MIN_RIGHT)

    def positions(self, word: str) -> list[int]:
        return [int(position) for position in self._dictionary.positions(word)]


class FinnishHyphenator(_Pairs):
    """Finnish syllable breaks by rule (see the module's docstring)."""

    def positions(self, word: str) -> list[int]:
        lowered = word.casefold()
        found: list[int] = []
        for index in range(1, len(word)):
            if index < MIN_LEFT or len(word) - index < MIN_RIGHT:
                continue
            previous, current = lowered[index - 1], lowered[index]
            if not (previous.isalpha() and current.isalpha()):
                continue
            if current in _FI_VOWELS:
                if previous in _FI_VOWELS and previous != current and previous + current not in _FI_DIPHTHONGS:
                    # Three vowels in a row: the break falls after a long vowel or diphthong (*raa-an*).
                    found.append(index)
                continue
            # ``current`` is a consonant: a break before it when a vowel follows it and a letter precedes it.
            following = lowered[index + 1] if index + 1 < len(word) else ""
            if following in _FI_VOWELS and any(c in _FI_VOWELS for c in lowered[:index]):
                found.append(index)
        return found


@functools.cache
def hyphenator(language: str) -> Hyphenator:
    """The hyphenator of a document language ("en", "fi" or "nb")."""
    if language == "fi":
        return FinnishHyphenator()
    return PyphenHyphenator(PYPHEN_LANGUAGES.get(language, "en_GB"))


def wrap_hyphenated(text: str, width: float, measure: Callable[[str], float], language: str) -> list[str]:
    """``text`` broken into lines no wider than ``width``, breaking words at their syllables with a hyphen.

    Every letter of ``text`` is kept (nothing is cut off or ended in "…"). A word that fits on no line even
    broken at its syllables (a long code, a URL) is broken where it must, with a hyphen too. Line breaks in the
    text are kept.
    """
    hyphen = hyphenator(language)
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if measure(candidate) <= width:
                line = candidate
                continue
            prefix = f"{line} " if line else ""
            head = _best_head(word, hyphen, measure, width, prefix)
            if head:
                lines.append(f"{prefix}{head}-")
                word = word[len(head) :]
            elif line:
                lines.append(line)
            line = ""
            while measure(word) > width:
                head = _best_head(word, hyphen, measure, width)
                if not head:  # no syllable fits: break where the line ends
                    head = word[: _longest_prefix(word, width, lambda part: measure(f"{part}-"))]
                lines.append(f"{head}-")
                word = word[len(head) :]
            line = word
        lines.append(line)
    return lines


def _best_head(word: str, hyphen: Hyphenator, measure: Callable[[str], float], width: float, prefix: str = "") -> str:
    """The longest part of ``word`` up to one of its breaks that fits ``width`` after ``prefix`` with its
    hyphen; "" when none does."""
    for head, _ in hyphen(word):
        if head[-1:].isalpha() and measure(f"{prefix}{head}-") <= width:
            return head
    return ""


def _longest_prefix(word: str, width: float, measure: Callable[[str], float]) -> int:
    low, high = 1, max(1, len(word) - 1)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(word[:middle]) <= width:
            low = middle
        else:
            high = middle - 1
    return low
