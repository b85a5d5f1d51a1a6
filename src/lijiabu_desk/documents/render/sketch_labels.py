"""Where the sketch's labels go: beside their dot or leg, clear of other labels, dots and lines.

Pure geometry in page points, no drawing. Each label tries sixteen directions round its anchor,
at three distances, and takes the cheapest place: covering another label or a dot, or leaving
the drawing area, costs most; crossing a line costs less; turning away from the preferred
direction (outward, away from the point's own legs) or standing off farther costs a little.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

Box = tuple[float, float, float, float]  # left, bottom, right, top
Segment = tuple[float, float, float, float]  # x0, y0, x1, y1

BLOCKED = 1000.0  # over another label or a dot, or outside the area
CROSSING = 40.0  # over a drawn line, or closer to it than …
CLEARANCE = 1.5  # … this many points (half the bold line's width and some air)
TURN = 8.0  # the whole way round from the preferred direction
FAR = 6.0  # each step farther out than the gap
CANDIDATES = 16  # directions round the anchor …
FARTHER = (0.0, 0.6, 1.4)  # … at the gap, and this many label heights beyond it


@dataclass
class LabelBoard:
    """The area labels must stay in, what they must not cover, and what they may cross."""

    area: Box
    taken: list[Box]
    segments: Sequence[Segment]

    def place(
        self,
        anchor: tuple[float, float],
        size: tuple[float, float],
        gap: float,
        prefer: float,
        *,
        required: bool = True,
    ) -> Box | None:
        """The best box of ``size`` (w, h) round ``anchor``, ``gap`` from it, preferring the
        direction ``prefer`` (radians, 0 = east, counter-clockwise). The box is then taken.

        A label that is not ``required`` is left out (None) rather than put where it is blocked.
        """
        best: tuple[float, Box] | None = None
        for ring, farther in enumerate(FARTHER):
            for step in range(CANDIDATES):
                angle = prefer + step * 2 * math.pi / CANDIDATES
                box = _box_at(anchor, size, gap + farther * size[1], angle)
                cost = self.cost(box) + TURN * (1 - math.cos(angle - prefer)) / 2 + FAR * ring
                if best is None or cost < best[0]:
                    best = (cost, box)
        assert best is not None
        if best[0] >= BLOCKED and not required:
            return None
        self.taken.append(best[1])
        return best[1]

    def cost(self, box: Box) -> float:
        left, bottom, right, top = self.area
        cost = 0.0
        if box[0] < left or box[1] < bottom or box[2] > right or box[3] > top:
            cost += BLOCKED
        cost += BLOCKED * sum(1 for other in self.taken if overlaps(box, other))
        clear = (box[0] - CLEARANCE, box[1] - CLEARANCE, box[2] + CLEARANCE, box[3] + CLEARANCE)
        cost += CROSSING * sum(1 for seg in self.segments if crosses(seg, clear))
        return cost


def _box_at(
    anchor: tuple[float, float], size: tuple[float, float], gap: float, angle: float
) -> Box:
    """A box whose centre lies in direction ``angle`` from ``anchor``, its edge ``gap`` away."""
    w, h = size
    dx, dy = math.cos(angle), math.sin(angle)
    # How far the centre must go along (dx, dy) for the box's edge to clear the anchor by gap.
    reach = min(
        (w / 2) / abs(dx) if abs(dx) > 1e-9 else math.inf,
        (h / 2) / abs(dy) if abs(dy) > 1e-9 else math.inf,
    )
    cx, cy = anchor[0] + dx * (reach + gap), anchor[1] + dy * (reach + gap)
    return (cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2)


def overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def crosses(seg: Segment, box: Box) -> bool:
    """Does the segment pass through the box (Liang–Barsky clipping)?"""
    x0, y0, x1, y1 = seg
    dx, dy = x1 - x0, y1 - y0
    low, high = 0.0, 1.0
    for p, q in (
        (-dx, x0 - box[0]),
        (dx, box[2] - x0),
        (-dy, y0 - box[1]),
        (dy, box[3] - y0),
    ):
        if abs(p) < 1e-12:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return False
    return True


def dot_box(x: float, y: float, radius: float) -> Box:
    return (x - radius, y - radius, x + radius, y + radius)
