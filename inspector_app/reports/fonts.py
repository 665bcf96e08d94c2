"""The serif of the minutes: Times New Roman where the system has it, else the bundled font.

Decree 30/2020/NĐ-CP asks for Times New Roman (Unicode). Windows always has it; Linux and macOS
usually do not, so the app ships Liberation Serif (same metrics, SIL OFL,
``resources/fonts/serif``).
A system font is used only when all four styles exist and each covers every Vietnamese letter
(old Times New Roman builds do not).

The fonts are registered with reportlab once per process (thread-safe) under the family name
:data:`FAMILY`; paragraphs use ``<b>`` and ``<i>`` through the registered family.

``INSPECTOR_PDF_SERIF=bundled`` forces the bundled font (reproducible output across machines).
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from inspector_app.paths import resource

__all__ = [
    "BOLD",
    "BOLD_ITALIC",
    "ENV_VAR",
    "FAMILY",
    "ITALIC",
    "REGULAR",
    "SerifFonts",
    "VIETNAMESE_LETTERS",
    "bundled_candidate",
    "serif_fonts",
    "system_candidates",
]

log = logging.getLogger(__name__)

FAMILY = "MinutesSerif"
REGULAR = FAMILY
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Italic"
BOLD_ITALIC = f"{FAMILY}-BoldItalic"
ENV_VAR = "INSPECTOR_PDF_SERIF"


def _vietnamese_letters() -> str:
    vowels = "aăâeêioôơuưy"
    tones = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
    letters = {unicodedata.normalize("NFC", v + t) for v in vowels for t in tones}
    letters |= set("bcdđghklmnpqrstvx")
    letters |= {c.upper() for c in letters}
    return "".join(sorted(letters))


VIETNAMESE_LETTERS = _vietnamese_letters()
"""Every letter of Vietnamese, lower and upper case, precomposed (NFC): 134 + 34 characters."""

_REQUIRED = VIETNAMESE_LETTERS + "0123456789–“”…"


@dataclass(frozen=True)
class _Candidate:
    family: str  # what the user sees: "Times New Roman", "Liberation Serif"
    source: str  # "system" or "bundled"
    paths: tuple[Path, Path, Path, Path]  # regular, bold, italic, bold italic

    def exists(self) -> bool:
        return all(p.is_file() for p in self.paths)


@dataclass(frozen=True)
class SerifFonts:
    """The registered fonts (reportlab names) and where they came from."""

    family: str
    source: str
    paths: tuple[Path, Path, Path, Path]
    regular: str = REGULAR
    bold: str = BOLD
    italic: str = ITALIC
    bold_italic: str = BOLD_ITALIC


def _times(folder: Path, names: Iterable[str]) -> _Candidate:
    r, b, i, bi = (folder / n for n in names)
    return _Candidate("Times New Roman", "system", (r, b, i, bi))


def system_candidates() -> Iterator[_Candidate]:
    """Where Times New Roman lives on Windows, macOS and Linux (msttcorefonts)."""
    if sys.platform == "win32":
        windir = Path(os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or r"C:\Windows")
        yield _times(windir / "Fonts", ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"))
        local = os.environ.get("LOCALAPPDATA")
        if local:
            folder = Path(local) / "Microsoft" / "Windows" / "Fonts"
            yield _times(folder, ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"))
    mac_names = (
        "Times New Roman.ttf",
        "Times New Roman Bold.ttf",
        "Times New Roman Italic.ttf",
        "Times New Roman Bold Italic.ttf",
    )
    if sys.platform == "darwin":
        yield _times(Path("/System/Library/Fonts/Supplementary"), mac_names)
        yield _times(Path("/Library/Fonts"), mac_names)
        yield _times(Path.home() / "Library" / "Fonts", mac_names)
    if sys.platform.startswith("linux"):
        corefonts = (
            "Times_New_Roman.ttf",
            "Times_New_Roman_Bold.ttf",
            "Times_New_Roman_Italic.ttf",
            "Times_New_Roman_Bold_Italic.ttf",
        )
        yield _times(Path("/usr/share/fonts/truetype/msttcorefonts"), corefonts)
        yield _times(Path.home() / ".local/share/fonts", mac_names)


def bundled_candidate() -> _Candidate:
    folder = resource("fonts", "serif")
    names = ("Regular", "Bold", "Italic", "BoldItalic")
    paths = tuple(folder / f"LiberationSerif-{n}.ttf" for n in names)
    return _Candidate("Liberation Serif", "bundled", paths)  # type: ignore[arg-type]


def _load(candidate: _Candidate) -> list[object] | None:
    """The four reportlab ``TTFont`` objects; ``None`` if a file is unusable or lacks a letter."""
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    fonts = []
    for name, path in zip((REGULAR, BOLD, ITALIC, BOLD_ITALIC), candidate.paths, strict=True):
        try:
            font = TTFont(name, str(path))
        except (TTFError, OSError, ValueError) as exc:
            log.info("font %s not usable: %s", path, exc)
            return None
        missing = [c for c in _REQUIRED if ord(c) not in font.face.charToGlyph]
        if missing:
            log.info("font %s lacks %d characters, e.g. %r", path, len(missing), missing[:5])
            return None
        fonts.append(font)
    return fonts


_lock = threading.Lock()
_registered: SerifFonts | None = None


def serif_fonts() -> SerifFonts:
    """Register the serif family with reportlab (first call only) and describe it."""
    global _registered
    with _lock:
        if _registered is not None:
            return _registered
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics

        candidates: list[_Candidate] = []
        if os.environ.get(ENV_VAR, "").strip().lower() != "bundled":
            candidates += [c for c in system_candidates() if c.exists()]
        candidates.append(bundled_candidate())
        for candidate in candidates:
            fonts = _load(candidate)
            if fonts is None:
                continue
            for font in fonts:
                pdfmetrics.registerFont(font)  # type: ignore[arg-type]
            for bold, italic, name in (
                (0, 0, REGULAR),
                (1, 0, BOLD),
                (0, 1, ITALIC),
                (1, 1, BOLD_ITALIC),
            ):
                addMapping(FAMILY, bold, italic, name)
            _registered = SerifFonts(candidate.family, candidate.source, candidate.paths)
            log.info("minutes font: %s (%s)", candidate.family, candidate.paths[0])
            return _registered
        raise FileNotFoundError(
            f"no usable serif font for the minutes (bundled font missing: "
            f"{bundled_candidate().paths[0]})"
        )
