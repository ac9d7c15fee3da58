"""Draw a laid-out page as a raster image with a round seal, the paper a scanner or phone sees."""

from __future__ import annotations

import math
from functools import lru_cache

from generator.layout import FONT_PATH, PAGE_H, PAGE_W, PlacedLine
from generator.render_pdf import seal_centre
from PIL import Image, ImageChops, ImageDraw, ImageFont

SEAL_RADIUS_PT = 60.0


@lru_cache(maxsize=32)
def font(size_px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT_PATH, size_px, index=0)


def _seal_layer(text: str, radius: int, scale: float) -> Image.Image:
    """A round seal as an alpha mask: two rings, the issuer's name along the top arc and a star."""
    size = 2 * radius + 8
    mask = Image.new("L", (size, size), 0)
    draw = ImageDraw.Draw(mask)
    c = size / 2
    ring = max(3, round(2.8 * scale))
    draw.ellipse((c - radius, c - radius, c + radius, c + radius), outline=255, width=ring)
    star = [
        (
            c + (0.27 if i % 2 == 0 else 0.11) * radius * math.cos(-math.pi / 2 + i * math.pi / 5),
            c + (0.27 if i % 2 == 0 else 0.11) * radius * math.sin(-math.pi / 2 + i * math.pi / 5),
        )
        for i in range(10)
    ]
    draw.polygon(star, fill=255)
    glyph_px = max(10, round(radius * 0.26))
    chars = list(text)
    span = min(math.radians(250), math.radians(24) * len(chars))
    for i, ch in enumerate(chars):
        angle = -math.pi / 2 - span / 2 + span * (i + 0.5) / len(chars)
        tile = Image.new("L", (glyph_px + 6, glyph_px + 6), 0)
        ImageDraw.Draw(tile).text((3, 3), ch, fill=255, font=font(glyph_px))
        tile = tile.rotate(-math.degrees(angle) - 90, resample=Image.Resampling.BICUBIC, expand=True)
        r = radius * 0.76
        px, py = c + r * math.cos(angle), c + r * math.sin(angle)
        mask.paste(255, (round(px - tile.width / 2), round(py - tile.height / 2)), tile)
    return mask


def draw_page(lines: list[PlacedLine], dpi: int, seal_text: str, colour: bool) -> Image.Image:
    """The page as an RGB image (colour seal) or a grayscale one (grey seal)."""
    scale = dpi / 72.0
    mode, paper, ink = ("RGB", (250, 249, 245), (28, 28, 30)) if colour else ("L", 252, 25)
    page = Image.new(mode, (round(PAGE_W * scale), round(PAGE_H * scale)), paper)
    draw = ImageDraw.Draw(page)
    for line in lines:
        size_px = round(line.size * scale)
        draw.text((line.x * scale, (line.y - line.size * 0.88) * scale), line.text, fill=ink, font=font(size_px))
    centre = seal_centre(lines)
    if centre and seal_text:
        radius = round(SEAL_RADIUS_PT * scale)
        mask = _seal_layer(seal_text, radius, scale).point(lambda v: round(v * 0.8))
        x, y = round(centre[0] * scale - mask.width / 2), round(centre[1] * scale - mask.height / 2)
        box = (x, y, x + mask.width, y + mask.height)
        # Ink multiplies with what is under it: black text stays black under a red seal.
        tint = Image.new(mode, mask.size, (255, 255, 255) if colour else 255)
        tint.paste(Image.new(mode, mask.size, (215, 35, 40) if colour else 140), (0, 0), mask)
        page.paste(ImageChops.multiply(page.crop(box), tint), box)
    return page
