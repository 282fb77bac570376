"""Draw the application icon with Pillow: three ranking bars, the tallest in gold.

Writes ``packaging/partner-scout.ico`` (Windows executable and installer) and
``desktop/resources/partner-scout.png`` (the window icon). Run from the repository root:
``.venv/bin/python packaging/make_icon.py``; the outputs are committed.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
SIZE = 256
BACKGROUND = (28, 63, 110)  # deep blue
BARS = [(0.20, 0.55, (143, 170, 205)), (0.40, 0.22, (232, 178, 38)), (0.60, 0.40, (190, 208, 230))]


def draw(size: int = SIZE) -> Image.Image:
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((0, 0, size - 1, size - 1), radius=size // 6, fill=BACKGROUND)
    width, floor = size * 0.18, size * 0.80
    for left, top, colour in BARS:
        pen.rectangle((left * size, top * size, left * size + width, floor), fill=colour)
    pen.rectangle((size * 0.14, floor, size * 0.86, floor + size * 0.04), fill=(255, 255, 255))
    return image


def main() -> None:
    image = draw()
    image.save(
        ROOT / "packaging" / "partner-scout.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    )
    resources = ROOT / "desktop" / "resources"
    resources.mkdir(exist_ok=True)
    image.save(resources / "partner-scout.png")


if __name__ == "__main__":
    main()
