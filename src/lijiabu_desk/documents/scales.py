"""Drawing scales for the boundary sketch: the most detailed standard scale that fits a box.

Standard scales run 1:50, 1:100, 1:200, 1:250, 1:500, 1:1000, 1:2000, 1:2500, 1:5000 … (1, 2,
2.5 and 5 times a power of ten, from 1:50 up, without end, so any parcel gets one). The scale bar
is a round number of metres (1, 2 or 5 times a power of ten) no longer than a given length.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

SCALE_MANTISSAS = (1.0, 2.0, 2.5, 5.0)
SMALLEST_SCALE = 50
SCALE_MARGIN_MM = 12.0  # room kept round the drawing for point names
BAR_MAX_MM = 40.0


def format_metres(value: float) -> str:
    """12 → "12", 12.50 → "12.5", 0.126 → "0.13": centimetres at most, no trailing zeros."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


@dataclass(frozen=True)
class ScaleChoice:
    """A drawing scale 1:``denominator`` and a scale bar ``bar_m`` metres long."""

    denominator: int
    bar_m: float

    @property
    def mm_per_m(self) -> float:
        return 1000.0 / self.denominator

    @property
    def bar_mm(self) -> float:
        return self.bar_m * self.mm_per_m

    @property
    def label(self) -> str:
        return f"比例尺 1:{self.denominator}"

    @property
    def ticks(self) -> tuple[float, float, float]:
        return (0.0, self.bar_m / 2, self.bar_m)


def standard_scales() -> Iterator[int]:
    """1:50, 1:100, 1:200, 1:250, 1:500, 1:1000, 1:2000, 1:2500, 1:5000 … without end."""
    decade = 10
    while True:
        for mantissa in SCALE_MANTISSAS:
            denominator = round(mantissa * decade)
            if denominator >= SMALLEST_SCALE:
                yield denominator
        decade *= 10


def choose_scale(
    width_m: float,
    height_m: float,
    box_w_mm: float,
    box_h_mm: float,
    *,
    margin_mm: float = SCALE_MARGIN_MM,
    bar_max_mm: float = BAR_MAX_MM,
) -> ScaleChoice:
    """The most detailed standard scale at which ``width_m`` × ``height_m`` fits the box with
    ``margin_mm`` free on every side, and the longest round scale bar (1, 2 or 5 × 10ⁿ metres)
    no longer than ``bar_max_mm`` on paper."""
    room_w, room_h = box_w_mm - 2 * margin_mm, box_h_mm - 2 * margin_mm
    if room_w <= 0 or room_h <= 0:
        raise ValueError(f"box {box_w_mm}×{box_h_mm} mm leaves no room inside its margins")
    denominator = next(
        d
        for d in standard_scales()
        if width_m * 1000 / d <= room_w and height_m * 1000 / d <= room_h
    )
    longest_m = bar_max_mm * denominator / 1000.0
    decade = 10.0 ** math.floor(math.log10(longest_m) + 1e-9)
    bar_m = max(m * decade for m in (1, 2, 5) if m * decade <= longest_m * (1 + 1e-9))
    return ScaleChoice(denominator, round(bar_m, 9))
