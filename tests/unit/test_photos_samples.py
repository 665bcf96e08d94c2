"""Real image files for the photo tests, made with Pillow (EXIF written with ``Image.Exif``).

Imported by the other ``test_photos_*`` modules; its own tests check that the samples are what
they claim to be.
"""

from __future__ import annotations

import io
import os
import struct
import zlib
from datetime import datetime
from pathlib import Path

from PIL import Image

RED = (220, 20, 20)
BLUE = (20, 20, 220)


def two_tone(width: int, height: int) -> Image.Image:
    """Left half red, right half blue: where the red goes tells how the image was turned."""
    image = Image.new("RGB", (width, height), BLUE)
    image.paste(RED, (0, 0, width // 2, height))
    return image


def exif_for(
    when: datetime | None = None,
    orientation: int = 1,
    make: str = "",
    model: str = "",
    gps: tuple[float, float] | None = None,
    offset: str | None = None,
) -> Image.Exif:
    exif = Image.Exif()
    if orientation != 1:
        exif[0x0112] = orientation
    if make:
        exif[0x010F] = make
    if model:
        exif[0x0110] = model
    if when is not None:
        sub = exif.get_ifd(0x8769)
        sub[0x9003] = when.strftime("%Y:%m:%d %H:%M:%S")
        if offset:
            sub[0x9011] = offset
    if gps is not None:
        lat, lon = gps
        info = exif.get_ifd(0x8825)
        info[1] = "N" if lat >= 0 else "S"
        info[2] = _dms(abs(lat))
        info[3] = "E" if lon >= 0 else "W"
        info[4] = _dms(abs(lon))
    return exif


def _dms(value: float) -> tuple[float, float, float]:
    d = int(value)
    m = int((value - d) * 60)
    s = round((value - d - m / 60) * 3600, 4)
    return float(d), float(m), s


def jpeg(
    path: Path,
    size: tuple[int, int] = (800, 600),
    *,
    color: tuple[int, int, int] | None = None,
    **exif: object,
) -> Path:
    image = two_tone(*size) if color is None else Image.new("RGB", size, color)
    image.save(path, "JPEG", quality=90, exif=exif_for(**exif))  # type: ignore[arg-type]
    return path


def noise_jpeg(path: Path, size: tuple[int, int] = (640, 480), seed: int = 0) -> Path:
    data = (bytes(range(256)) * (size[0] * size[1] * 3 // 256 + 1))[: size[0] * size[1] * 3]
    image = Image.frombytes("RGB", size, data).rotate(seed * 7 + 3)
    image.save(path, "JPEG", quality=90)
    return path


def png(path: Path, size: tuple[int, int] = (300, 200)) -> Path:
    image = Image.new("RGBA", size, (0, 128, 0, 255))
    image.paste((255, 255, 255, 0), (0, 0, size[0] // 3, size[1]))  # transparent strip
    image.save(path, "PNG")
    return path


def not_an_image(path: Path) -> Path:
    path.write_text("Biên bản kiểm tra — this is text, not a photo\n", encoding="utf-8")
    return path


def truncated_jpeg(path: Path) -> Path:
    buf = io.BytesIO()
    noise_jpeg_image = Image.frombytes("RGB", (400, 300), os.urandom(400 * 300 * 3))
    noise_jpeg_image.save(buf, "JPEG", quality=95)
    data = buf.getvalue()
    path.write_bytes(data[: len(data) // 2])
    return path


def _chunk(kind: bytes, payload: bytes) -> bytes:
    return (
        struct.pack(">I", len(payload))
        + kind
        + payload
        + struct.pack(">I", zlib.crc32(kind + payload) & 0xFFFFFFFF)
    )


def bomb_png(path: Path, width: int = 30_000, height: int = 30_000) -> Path:
    """A tiny PNG file that claims a huge image (900 megapixels by default)."""
    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", ihdr)
        + _chunk(b"IDAT", zlib.compress(b"\x00" * 64))
        + _chunk(b"IEND", b"")
    )
    return path


def empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path


def big_bmp(path: Path, side: int = 4200) -> Path:
    """An uncompressed BMP of at least 50 MB (4200 × 4200 × 3 bytes), made in under a second."""
    image = Image.frombytes("RGB", (side, side), os.urandom(side * side * 3))
    image.save(path, "BMP")
    return path


# -- the samples themselves -------------------------------------------------------------------
def test_the_samples_are_what_they_claim(tmp_path: Path) -> None:
    when = datetime(2025, 3, 3, 7, 45, 10)
    j = jpeg(
        tmp_path / "a.jpg",
        orientation=6,
        when=when,
        make="Canon",
        model="Canon EOS",
        gps=(20.8583, 106.6842),
    )
    with Image.open(j) as image:
        exif = image.getexif()
        assert exif[0x0112] == 6 and exif[0x010F] == "Canon"
        assert exif.get_ifd(0x8769)[0x9003] == "2025:03:03 07:45:10"
        assert exif.get_ifd(0x8825)[1] == "N"
    assert bomb_png(tmp_path / "b.png").stat().st_size < 200
    assert big_bmp(tmp_path / "c.bmp").stat().st_size >= 50_000_000
    assert truncated_jpeg(tmp_path / "t.jpg").read_bytes()[:2] == b"\xff\xd8"
