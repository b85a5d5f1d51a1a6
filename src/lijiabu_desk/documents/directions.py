"""Directions as a village officer types them, turned into bearings (degrees clockwise from north).

Accepted, after full-width characters are folded (NFKC) and spaces dropped:

* a bearing: ``30``, ``30°``, ``30度``, ``135.5``, and degrees with minutes ``30°15′``, ``30度15分``
  (``'`` also marks minutes). 0 ≤ bearing < 360: north is ``0``, never ``360``;
* the eight compass points: 北 0, 东北 45, 东 90, 东南 135, 南 180, 西南 225, 西 270, 西北 315.
  The four main ones may carry 正 (正北, 正东 …). The surveyors' order 北东, 南东, 南西, 北西
  means the same as 东北, 东南, 西南, 西北;
* an angle turned from a main point towards a neighbouring one, 0–90 degrees:
  ``北偏东30°`` = 30, ``南偏西15度`` = 195, ``东偏北10`` = 80, ``西偏南5°`` = 265. After 北 or 南
  the 偏 may be left out, as in a surveyor's quadrant bearing: ``北东30°`` = ``北偏东30°``.

Refused, with a sentence that says what to write instead: an empty direction, a bearing below 0
or from 360 up, an angle of 偏 over 90, two points that are not neighbours (北偏南), a 偏 with no
angle, and anything else. ``东北30°`` is refused as ambiguous (东偏北 or 北偏东?).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["COMPASS_BEARINGS", "DirectionError", "parse_direction"]

COMPASS_BEARINGS: dict[str, float] = {
    "北": 0.0,
    "东北": 45.0,
    "东": 90.0,
    "东南": 135.0,
    "南": 180.0,
    "西南": 225.0,
    "西": 270.0,
    "西北": 315.0,
}
_SURVEY_ORDER = {"北东": "东北", "南东": "东南", "南西": "西南", "北西": "西北"}
_MAIN = "东南西北"

# Degree and minute marks as people type them; folded before NFKC (which turns º into "o").
_MARKS = str.maketrans({"º": "°", "˚": "°", "度": "°", "′": "'", "’": "'", "分": "'", "。": "."})
_ANGLE = r"(\d+(?:\.\d+)?)(?:°(?:(\d+(?:\.\d+)?)')?)?"
_BEARING = re.compile(rf"^{_ANGLE}$")
_TURNED = re.compile(rf"^([{_MAIN}])(偏?)([{_MAIN}])(?:{_ANGLE})?$")
_SIGNED = re.compile(r"^[-+−]\d")

FORMS = "方位角（从正北顺时针量的度数，如“135”或“135°”），或东、东南、北偏东30°这样的方向"


class DirectionError(ValueError):
    """A direction that cannot be read; ``message`` is a plain Chinese sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _normalise(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text.translate(_MARKS)).translate(_MARKS)
    return "".join(folded.split())


def _angle(degrees: str, minutes: str | None) -> float:
    value = float(degrees)
    if minutes is not None:
        extra = float(minutes)
        if extra >= 60:
            raise DirectionError(f"“{minutes}分”不对：分要小于60")
        value += extra / 60
    return value


def _turned(first: str, turn: str, second: str, degrees: str | None, minutes: str | None) -> float:
    start, toward = COMPASS_BEARINGS[first], COMPASS_BEARINGS[second]
    step = (toward - start) % 360
    if step not in (90.0, 270.0):
        raise DirectionError(f"“{first}偏{second}”不是一个方向：{first}只能偏向相邻的方向")
    if degrees is None:
        if turn:
            raise DirectionError(f"请写出偏多少度，如“{first}偏{second}30°”")
        pair = first + second
        return COMPASS_BEARINGS[_SURVEY_ORDER.get(pair, pair)]
    if not turn and first not in "北南":
        raise DirectionError(
            f"“{first}{second}{degrees}”看不明白：请写“{first}偏{second}{degrees}°”"
            f"或“{second}偏{first}{degrees}°”"
        )
    angle = _angle(degrees, minutes)
    if angle > 90:
        raise DirectionError(f"偏的角度要在0到90度之间，现在是{degrees}度")
    return (start + (angle if step == 90.0 else -angle)) % 360


def parse_direction(text: str) -> float:
    """The bearing of ``text`` in degrees, 0 ≤ bearing < 360 (see the module docstring).

    Raises :class:`DirectionError` with a Chinese sentence when ``text`` cannot be read.
    """
    value = _normalise(text)
    if not value:
        raise DirectionError("请填写方向：" + FORMS)
    plain = value[1:] if value[0] == "正" and value[1:] in _MAIN and len(value) == 2 else value
    if plain in COMPASS_BEARINGS:
        return COMPASS_BEARINGS[plain]
    if plain in _SURVEY_ORDER:
        return COMPASS_BEARINGS[_SURVEY_ORDER[plain]]
    bearing = _BEARING.match(value)
    if bearing:
        angle = _angle(bearing.group(1), bearing.group(2))
        if angle >= 360:
            raise DirectionError(f"方位角要小于360度，现在是{bearing.group(1)}度：正北请写0或“北”")
        return angle
    if _SIGNED.match(value):
        raise DirectionError("方位角不能是负数：请写0到360度之间（不含360）的度数")
    turned = _TURNED.match(value)
    if turned:
        first, turn, second, degrees, minutes = turned.groups()
        return _turned(first, turn, second, degrees, minutes)
    raise DirectionError(f"看不懂方向“{text.strip()}”：请写" + FORMS)
