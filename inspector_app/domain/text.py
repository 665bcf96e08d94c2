"""Text rules for Vietnamese data: NFC everywhere, names sorted the Vietnamese way."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")

# Vietnamese alphabet order; letters not listed sort after, in code-point order.
_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_LETTER_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}
# Tone marks in dictionary order: none, huyền, hỏi, ngã, sắc, nặng.
_TONE_RANK = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
# Marks that make a different letter (ă â ê ô ơ ư), recomposed before ranking.
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}


def nfc(text: str) -> str:
    """NFC-normalize ``text`` (NFD Vietnamese renders badly in PDFs and extracts wrongly)."""
    return unicodedata.normalize("NFC", text)


def clean_text(text: str | None) -> str:
    """NFC, trimmed, inner runs of white space folded to one space. ``None`` gives ``""``."""
    if text is None:
        return ""
    return _SPACES.sub(" ", nfc(text)).strip()


def _split_letter(ch: str) -> tuple[str, int]:
    """A lower-case character as (base letter with its letter marks, tone rank)."""
    decomposed = unicodedata.normalize("NFD", ch)
    base = decomposed[0]
    tone = 0
    marks = ""
    for mark in decomposed[1:]:
        if mark in _TONE_RANK:
            tone = _TONE_RANK[mark]
        elif mark in _LETTER_MARKS:
            marks += mark
    return unicodedata.normalize("NFC", base + marks), tone


def vn_sort_key(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Collation key for Vietnamese text: letters first, tones only break ties."""
    letters: list[int] = []
    tones: list[int] = []
    for ch in clean_text(text).casefold():
        letter, tone = _split_letter(ch)
        letters.append(_LETTER_RANK.get(letter, 1000 + ord(letter[0])))
        tones.append(tone)
    return tuple(letters), tuple(tones)


def split_name(full_name: str) -> tuple[str, str, str]:
    """``"Nguyễn Thị Minh Anh"`` as (family, middle, given) = ("Nguyễn", "Thị Minh", "Anh")."""
    words = clean_text(full_name).split(" ")
    if len(words) == 1:
        return "", "", words[0]
    return words[0], " ".join(words[1:-1]), words[-1]


def vn_name_sort_key(full_name: str) -> tuple[object, ...]:
    """Sort people the Vietnamese way: given name, then family name, then middle name."""
    family, middle, given = split_name(full_name)
    return (vn_sort_key(given), vn_sort_key(family), vn_sort_key(middle))


def fold_for_search(text: str) -> str:
    """Lower case without tone or letter marks, so that "nguyen van" finds "Nguyễn Văn"."""
    decomposed = unicodedata.normalize("NFD", clean_text(text).casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.replace("đ", "d")
