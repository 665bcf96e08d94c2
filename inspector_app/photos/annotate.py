"""A simple annotation — arrows, circles (ellipses) and text — burned into a new image.

Shapes are in coordinates relative to the image (0–1 on both axes), so they mean the same at
any zoom and on any copy. Strokes and text are sized from the image's long side, so an
annotation looks the same on a 2048 px working copy as in the viewer's preview.
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Any

from PIL import Image, ImageDraw, ImageFont

DEFAULT_COLOR = "#e53935"
STROKE = 0.006  # stroke width, relative to the long side
TEXT_SIZE = 0.035  # text height, relative to the long side
ARROW_HEAD = 0.035


class ShapeKind(StrEnum):
    ARROW = "arrow"
    ELLIPSE = "ellipse"
    TEXT = "text"


@dataclass(frozen=True)
class Shape:
    """An arrow from (x1, y1) to (x2, y2); an ellipse in that box; a text at (x1, y1)."""

    kind: ShapeKind
    x1: float
    y1: float
    x2: float = 0.0
    y2: float = 0.0
    text: str = ""
    color: str = DEFAULT_COLOR

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", ShapeKind(self.kind))
        for name in ("x1", "y1", "x2", "y2"):
            value = float(getattr(self, name))
            if not math.isfinite(value):
                raise ValueError(f"{name} is not a number")
            object.__setattr__(self, name, min(1.0, max(0.0, value)))
        if self.kind is ShapeKind.TEXT and not self.text.strip():
            raise ValueError("a text annotation needs a text")


def shapes_to_json(shapes: Sequence[Shape]) -> str:
    return json.dumps([asdict(s) | {"kind": s.kind.value} for s in shapes], ensure_ascii=False)


def shapes_from_json(text: str | None) -> list[Shape]:
    if not text:
        return []
    data: Any = json.loads(text)
    return [Shape(**item) for item in data]


@lru_cache(maxsize=8)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        from inspector_app.paths import resource

        return ImageFont.truetype(str(resource("fonts", "BeVietnamPro-SemiBold.ttf")), size)
    except (OSError, FileNotFoundError):
        return ImageFont.load_default(size)


def stroke_width(width: int, height: int) -> int:
    return max(2, round(max(width, height) * STROKE))


def text_size(width: int, height: int) -> int:
    return max(12, round(max(width, height) * TEXT_SIZE))


def arrow_head(
    x1: float, y1: float, x2: float, y2: float, length: float
) -> list[tuple[float, float]]:
    """The triangle at the tip (x2, y2) of an arrow, in the same units as the points."""
    angle = math.atan2(y2 - y1, x2 - x1)
    spread = math.radians(25)
    return [
        (x2, y2),
        (x2 - length * math.cos(angle - spread), y2 - length * math.sin(angle - spread)),
        (x2 - length * math.cos(angle + spread), y2 - length * math.sin(angle + spread)),
    ]


def render(image: Image.Image, shapes: Sequence[Shape]) -> Image.Image:
    """A copy of ``image`` with ``shapes`` drawn on it."""
    out = image.convert("RGB")
    draw = ImageDraw.Draw(out)
    w, h = out.size
    width = stroke_width(w, h)
    for shape in shapes:
        p1 = (shape.x1 * w, shape.y1 * h)
        p2 = (shape.x2 * w, shape.y2 * h)
        if shape.kind is ShapeKind.ARROW:
            head = ARROW_HEAD * max(w, h)
            angle = math.atan2(p2[1] - p1[1], p2[0] - p1[0])
            shaft_end = (p2[0] - 0.8 * head * math.cos(angle), p2[1] - 0.8 * head * math.sin(angle))
            draw.line([p1, shaft_end], fill=shape.color, width=width)
            draw.polygon(arrow_head(*p1, *p2, head), fill=shape.color)
        elif shape.kind is ShapeKind.ELLIPSE:
            box = (min(p1[0], p2[0]), min(p1[1], p2[1]), max(p1[0], p2[0]), max(p1[1], p2[1]))
            draw.ellipse(box, outline=shape.color, width=width)
        else:
            draw.text(
                p1,
                shape.text,
                fill=shape.color,
                font=_font(text_size(w, h)),
                stroke_width=max(1, width // 2),
                stroke_fill="white",
            )
    return out


def render_jpeg(source: bytes, shapes: Sequence[Shape], quality: int = 90) -> bytes:
    with Image.open(io.BytesIO(source)) as image:
        result = render(image, shapes)
    out = io.BytesIO()
    result.save(out, "JPEG", quality=quality)
    return out.getvalue()
