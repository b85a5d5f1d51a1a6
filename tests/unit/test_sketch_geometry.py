"""The sketch geometry: known shapes, directions as typed, refusals at the row, scales."""

from __future__ import annotations

import math

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from lijiabu_desk.documents.directions import DirectionError, parse_direction
from lijiabu_desk.documents.scales import choose_scale, format_metres, standard_scales
from lijiabu_desk.documents.sketch import (
    MeasurementRow,
    SketchResult,
    closing_tolerance,
    compute_sketch,
)

NOT_PLACED = "点“X”还没有位置：请先量到它的那一行，或从基准点量起"


def rows(*legs: tuple[str, str, str, float]) -> list[MeasurementRow]:
    return [MeasurementRow(a, b, direction, metres) for a, b, direction, metres in legs]


def where(result: SketchResult) -> dict[str, tuple[float, float]]:
    assert result.geometry is not None
    return {p.name: (p.x, p.y) for p in result.geometry.points}


def rectangle(west_side: float = 10.0, back: float = 20.0) -> list[MeasurementRow]:
    return rows(
        ("A", "B", "90", 20),
        ("B", "C", "180", 10),
        ("C", "D", "270", back),
        ("D", "A", "0", west_side),
    )


def test_a_20_by_10_rectangle_by_bearings_closes_with_no_error() -> None:
    result = compute_sketch(rectangle(), closed=True)
    assert result.ok and result.problems == () and result.warnings == ()
    assert where(result) == {"A": (0, 0), "B": (20, 0), "C": (20, -10), "D": (0, -10)}
    geometry = result.geometry
    assert geometry.line == ("A", "B", "C", "D", "A")
    assert all(leg.on_line for leg in geometry.legs)
    [closure] = geometry.closures
    assert (closure.row, closure.point, closure.loop_m) == (3, "A", 60)
    assert closure.error_m < 1e-9 and closure.within
    bounds = geometry.bounds
    assert (bounds.min_x, bounds.min_y, bounds.width, bounds.height) == (0, -10, 20, 10)


def test_a_line_along_a_path_places_each_stake_from_the_last() -> None:
    result = compute_sketch(
        rows(
            ("老槐树", "1号桩", "东", 6),
            ("1号桩", "2号桩", "北", 25),
            ("2号桩", "3号桩", "北偏东45°", 10),
        )
    )
    assert result.ok
    placed = where(result)
    assert placed["1号桩"] == (6, 0) and placed["2号桩"] == (6, 25)
    assert placed["3号桩"] == pytest.approx((6 + 10 / math.sqrt(2), 25 + 10 / math.sqrt(2)))
    assert result.geometry.line == ("老槐树", "1号桩", "2号桩", "3号桩")
    assert result.geometry.closures == () and not result.geometry.closed


def test_a_tie_from_the_reference_and_a_check_across_are_measured_but_not_the_line() -> None:
    table = rows(
        ("界石", "A", "西", 3.5),
        *((r.from_point, r.to_point, r.direction, r.distance_m) for r in rectangle()),
    )
    table.append(MeasurementRow("A", "C", "南偏东63.43495°", math.hypot(20, 10), "对角复核"))
    result = compute_sketch(table, closed=True)
    assert result.ok
    geometry = result.geometry
    assert geometry.reference == "界石" and where(result)["A"] == (-3.5, 0)
    assert geometry.line == ("A", "B", "C", "D", "A")
    assert [leg.on_line for leg in geometry.legs] == [False, True, True, True, True, False]
    assert [(c.row, c.point) for c in geometry.closures] == [(4, "A"), (5, "C")]
    assert geometry.closures[1].error_m < 1e-4


def test_a_loop_through_the_reference_side_ways_is_found_round() -> None:
    """Two corners measured from a stone, then one to the other: the loop turns at the stone."""
    result = compute_sketch(
        rows(("石", "A", "东", 10), ("石", "B", "北", 10), ("A", "B", "西北", 10 * math.sqrt(2))),
        closed=True,
    )
    assert result.ok
    assert result.geometry.line == ("B", "石", "A", "B")
    assert [leg.on_line for leg in result.geometry.legs] == [True, True, True]


@pytest.mark.parametrize(
    ("typed", "bearing"),
    [
        ("北", 0),
        ("东北", 45),
        ("东", 90),
        ("东南", 135),
        ("南", 180),
        ("西南", 225),
        ("西", 270),
        ("西北", 315),
        ("正北", 0),
        ("正东", 90),
        ("正南", 180),
        ("正西", 270),
        ("北东", 45),
        ("南西", 225),
        ("北偏东30°", 30),
        ("南偏西15°", 195),
        ("南偏西15度", 195),
        ("北偏西20", 340),
        ("东偏北10°", 80),
        ("西偏南5°", 265),
        ("南偏东10", 170),
        ("北东30°", 30),
        ("30", 30),
        ("30°", 30),
        ("30度", 30),
        ("135.5", 135.5),
        ("３０°", 30),
        (" 30 ° ", 30),
        ("30º", 30),
        ("30°15′", 30.25),
        ("30度15分", 30.25),
        ("0", 0),
        ("359.9", 359.9),
        ("北偏东90°", 90),
    ],
)
def test_directions_as_typed_read_as_their_bearing(typed: str, bearing: float) -> None:
    assert parse_direction(typed) == pytest.approx(bearing)


@pytest.mark.parametrize(("word", "bearing"), [("东北", "45"), ("南偏西15°", "195"), ("西", "270")])
def test_a_compass_word_places_the_point_where_its_bearing_does(word: str, bearing: str) -> None:
    by_word = where(compute_sketch(rows(("A", "B", word, 12.5))))
    by_bearing = where(compute_sketch(rows(("A", "B", bearing, 12.5))))
    assert by_word == by_bearing


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("", "请填写方向"),
        ("360", "要小于360度"),
        ("400", "要小于360度"),
        ("-5", "不能是负数"),
        ("东北30", "看不明白"),
        ("北偏南10", "不是一个方向"),
        ("北偏东", "请写出偏多少度"),
        ("北偏东95", "0到90度"),
        ("30°75′", "分要小于60"),
        ("abc", "看不懂方向"),
    ],
)
def test_directions_that_cannot_be_read_are_refused_with_a_sentence(typed: str, says: str) -> None:
    with pytest.raises(DirectionError) as caught:
        parse_direction(typed)
    assert says in caught.value.message


@pytest.mark.parametrize(
    ("row", "says"),
    [
        (MeasurementRow("A", "C", "东", 0), "距离要大于0米"),
        (MeasurementRow("A", "C", "东", -3), "距离要大于0米"),
        (MeasurementRow("A", "C", "东", math.nan), "距离不是有效的数字"),
        (MeasurementRow("A", "C", "", 5), "请填写方向"),
        (MeasurementRow("A", "C", "东边", 5), "看不懂方向“东边”"),
        (MeasurementRow("A", "C", "370", 5), "要小于360度"),
        (MeasurementRow("X", "C", "东", 5), NOT_PLACED),
        (MeasurementRow("", "C", "东", 5), "请填写起点"),
        (MeasurementRow("A", " ", "东", 5), "请填写终点"),
        (MeasurementRow("B", "B", "东", 5), "一段要量到另一个点"),
    ],
)
def test_each_refusal_names_its_row(row: MeasurementRow, says: str) -> None:
    result = compute_sketch([MeasurementRow("A", "B", "北", 10), row])
    assert not result.ok
    assert [(p.row, says in p.message) for p in result.problems] == [(1, True)]
    assert str(result.problems[0]).startswith("第2行：")


def test_every_problem_is_reported_at_once_and_the_rest_still_placed() -> None:
    table = rows(
        ("A", "B", "东", 0),
        ("A", "C", "北", 5),
        ("B", "D", "北", 5),
        ("X", "E", "东", 5),
        ("C", "F", "东", 5),
    )
    result = compute_sketch(table)
    assert [(p.row, p.message) for p in result.problems] == [
        (0, "距离要大于0米，现在是0米"),
        (2, "量到点“B”的第1行有误，这一行暂时算不出来"),
        (3, NOT_PLACED),
    ]
    assert not result.ok and set(where(result)) == {"A", "C", "F"}  # enough for a live sketch


def test_a_closing_error_over_the_tolerance_is_refused_at_the_closing_row() -> None:
    result = compute_sketch(rectangle(back=22), closed=True)  # misses A by 2 m; allowed 62/50
    assert not result.ok
    [problem] = result.problems
    assert problem.row == 3
    assert problem.message.startswith("量回点“A”时差2米，超过允许的1.24米")
    [closure] = result.geometry.closures
    assert closure.error_m == pytest.approx(2) and closure.tolerance_m == pytest.approx(1.24)


def test_a_closing_error_under_the_tolerance_is_accepted_and_reported() -> None:
    result = compute_sketch(rectangle(back=21), closed=True)  # misses A by 1 m; allowed 1.22
    assert result.ok
    [closure] = result.geometry.closures
    assert closure.error_m == pytest.approx(1) and closure.within


def test_on_an_open_line_a_check_that_misses_only_warns() -> None:
    result = compute_sketch(rectangle(back=22), closed=False)
    assert result.ok and result.problems == ()
    assert [w.row for w in result.warnings] == [3]


def test_the_tolerance_is_a_fiftieth_of_the_loop_and_never_under_half_a_metre() -> None:
    assert closing_tolerance(10) == 0.5 and closing_tolerance(25) == 0.5
    assert closing_tolerance(60) == pytest.approx(1.2) and closing_tolerance(500) == pytest.approx(
        10
    )


def test_a_closed_parcel_must_close_and_have_three_corners() -> None:
    open_end = compute_sketch(rectangle()[:3], closed=True)
    assert [(p.row, "还没有围合" in p.message) for p in open_end.problems] == [(None, True)]
    there_and_back = compute_sketch(rows(("A", "B", "东", 5), ("B", "A", "西", 5)), closed=True)
    assert [p.message for p in there_and_back.problems] == ["围成的地块至少要有三个角点"]


def test_the_reference_point_must_start_a_row() -> None:
    result = compute_sketch(rectangle(), "界石", closed=True)
    assert result.problems[0] == result.problems[0].__class__(
        None, "没有一行从基准点“界石”量起：第一段应从基准点量起"
    )
    assert {p.row for p in result.problems[1:]} == {0, 1, 2, 3}
    assert compute_sketch(rectangle(), "C").problems[0].row == 0  # A is not placed yet from C


def test_an_empty_table_has_no_geometry() -> None:
    result = compute_sketch([])
    assert result.geometry is None and not result.ok and result.problems[0].row is None


@st.composite
def convex_polygons(draw: st.DrawFn) -> list[tuple[float, float]]:
    """3–12 corners on a wobbly circle, in order round it, metres from 1 to 2,000 across."""
    count = draw(st.integers(3, 12))
    radius = draw(st.floats(0.5, 1000))
    cuts = sorted(draw(st.lists(st.floats(0, 1), min_size=count, max_size=count, unique=True)))
    angles = [2 * math.pi * c for c in cuts]
    corners = [(radius * math.cos(a), radius * math.sin(a)) for a in angles]
    sides = [math.dist(corners[i], corners[(i + 1) % count]) for i in range(count)]
    assume(min(sides) > 0.01)
    return corners


@given(convex_polygons(), st.booleans())
def test_any_polygon_measured_by_its_own_sides_and_bearings_closes(
    corners: list[tuple[float, float]], clockwise: bool
) -> None:
    corners = corners[::-1] if clockwise else corners
    table = []
    for i, (x0, y0) in enumerate(corners):
        x1, y1 = corners[(i + 1) % len(corners)]
        bearing = math.degrees(math.atan2(x1 - x0, y1 - y0)) % 360
        bearing = 0.0 if bearing >= 359.9999999995 else bearing
        name = f"P{i}"
        table.append(
            MeasurementRow(
                name, f"P{(i + 1) % len(corners)}", f"{bearing:.10f}", math.dist((x0, y0), (x1, y1))
            )
        )
    result = compute_sketch(table, closed=True)
    assert result.ok, result.problems
    [closure] = result.geometry.closures
    assert closure.error_m < 1e-5
    for i, (x, y) in enumerate(corners):
        assert where(result)[f"P{i}"] == pytest.approx(
            (x - corners[0][0], y - corners[0][1]), abs=1e-5
        )


def _quadrant(bearing: float) -> str:
    """The same bearing written the other way: 北偏东…, 南偏东…, 南偏西…, 北偏西…"""
    if bearing <= 90:
        return f"北偏东{bearing}°"
    if bearing <= 180:
        return f"南偏东{180 - bearing}°"
    if bearing <= 270:
        return f"南偏西{bearing - 180}°"
    return f"北偏西{360 - bearing}度"


@given(st.integers(0, 35999))
def test_a_bearing_and_its_quadrant_form_agree(hundredths: int) -> None:
    bearing = hundredths / 100
    assert parse_direction(f"{bearing}") == bearing
    assert parse_direction(_quadrant(bearing)) % 360 == pytest.approx(bearing, abs=1e-9)


def test_scales_run_from_1_to_50_in_the_standard_steps() -> None:
    scales = standard_scales()
    first = [next(scales) for _ in range(12)]
    assert first == [50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 25000]


@pytest.mark.parametrize(
    ("width_m", "height_m", "denominator", "bar_m"),
    [
        (0.3, 0.2, 50, 2),  # a wall corner: the most detailed scale there is
        (3, 2, 50, 2),
        (20, 10, 200, 5),  # 1:100 would need 200 mm
        (60, 40, 500, 20),
        (300, 80, 2500, 100),
        (20000, 3000, 200000, 5000),  # huge: the series goes on
    ],
)
def test_the_scale_is_the_most_detailed_that_fits(
    width_m: float, height_m: float, denominator: int, bar_m: float
) -> None:
    scale = choose_scale(width_m, height_m, 150, 120, margin_mm=12)
    assert (scale.denominator, scale.bar_m) == (denominator, bar_m)
    assert scale.label == f"比例尺 1:{denominator}"
    assert scale.ticks == (0, bar_m / 2, bar_m)


@given(
    st.floats(0, 50000),
    st.floats(0, 50000),
    st.floats(60, 300),
    st.floats(60, 300),
)
def test_the_chosen_scale_fits_and_the_next_finer_does_not(
    width_m: float, height_m: float, box_w: float, box_h: float
) -> None:
    scale = choose_scale(width_m, height_m, box_w, box_h)
    room_w, room_h = box_w - 24, box_h - 24  # the default 12 mm margin each side
    assert width_m * scale.mm_per_m <= room_w + 1e-9 and height_m * scale.mm_per_m <= room_h + 1e-9
    finer = [d for d in standard_scales_until(scale.denominator) if d < scale.denominator]
    if finer:
        mm_per_m = 1000 / finer[-1]
        assert width_m * mm_per_m > room_w or height_m * mm_per_m > room_h
    assert 16 - 1e-9 <= scale.bar_mm <= 40 + 1e-9  # 1-2-5 steps: never under 40 / 2.5
    mantissa = scale.bar_m / 10 ** math.floor(math.log10(scale.bar_m) + 1e-9)
    assert round(mantissa, 6) in (1, 2, 5)


def standard_scales_until(limit: int) -> list[int]:
    out = []
    for denominator in standard_scales():
        if denominator > limit:
            return out
        out.append(denominator)
    return out


def test_a_box_with_no_room_inside_its_margins_is_a_programming_error() -> None:
    with pytest.raises(ValueError):
        choose_scale(10, 10, 20, 100)


def test_metres_print_to_the_centimetre_without_trailing_zeros() -> None:
    assert [format_metres(v) for v in (12, 12.5, 12.50, 0.126, 3.999, 0)] == [
        "12",
        "12.5",
        "12.5",
        "0.13",
        "4",
        "0",
    ]


def test_a_distance_not_yet_typed_is_asked_for() -> None:
    result = compute_sketch([MeasurementRow("A", "B", "东", None)])
    assert [(p.row, p.message) for p in result.problems] == [(0, "请填写距离（米）")]
