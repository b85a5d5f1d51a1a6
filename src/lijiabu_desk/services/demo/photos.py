"""Stand-in field photos for the demo's boundary agreements: a field, a lime line and a stone,
drawn (no camera, no randomness) so that the printed annex has something to show."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw

SIZE = (480, 360)


def field_photo(stone_at: float) -> bytes:
    """A PNG: sky, a ploughed field, the lime line across it and a marker stone at
    ``stone_at`` (0–1 across the picture)."""
    width, height = SIZE
    image = Image.new("RGB", SIZE, (186, 208, 230))
    draw = ImageDraw.Draw(image)
    horizon = height // 3
    draw.rectangle([0, horizon, width, height], fill=(150, 120, 80))
    for row in range(horizon + 8, height, 14):  # furrows
        draw.line([0, row, width, row + 6], fill=(130, 100, 65), width=3)
    draw.line([width * 0.45, height, width * 0.55, horizon], fill=(245, 245, 240), width=9)
    x = int(width * stone_at)
    draw.rectangle([x - 14, height - 110, x + 14, height - 40], fill=(160, 160, 160))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
