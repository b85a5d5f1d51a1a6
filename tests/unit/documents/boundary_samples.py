"""A fictional 地界协议书 for the renderer tests (all names and numbers are made up)."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

from PIL import Image, ImageDraw

from lijiabu_desk.documents.boundary_data import (
    BoundaryAgreementData,
    BoundaryMarkerLine,
    BoundaryMeasurementLine,
    BoundaryParty,
    BoundaryWitness,
)
from lijiabu_desk.documents.sketch import FourSides, MeasurementRow, SketchDrawing, compute_sketch

STATION = "安定区公安局李家堡派出所"
NUMBER = "（2026）安李地界字第3号"
SIDES = FourSides(
    east="李四家承包地", south="村道", west="王五家承包地（王五、王六）", north="水渠"
)
ROWS = (
    BoundaryMeasurementLine("界石", "A", "东", 3.5, "界石到地角"),
    BoundaryMeasurementLine("A", "B", "北偏东8°", 42.0),
    BoundaryMeasurementLine("B", "C", "114", 13.9),
    BoundaryMeasurementLine("C", "D", "南偏西5°", 37.3),
    BoundaryMeasurementLine("D", "A", "275°", 15.2),
    BoundaryMeasurementLine("A", "C", "北偏东27", 40.5, "对角复核"),
)
ZHANG = BoundaryParty(
    side="甲方",
    name="张守仁",
    sex="男",
    birth="1958年4月9日（68岁）",
    ethnicity="汉族",
    address="甘肃省定西市安定区李家堡镇张湾村三社21号",
    phone="13909325678",
    id_number="621102195804091234",
)
LIU = BoundaryParty(
    side="乙方",
    name="刘桂芳",
    sex="女",
    birth="63岁",
    ethnicity="回族",
    address="甘肃省定西市安定区李家堡镇张湾村三社24号",
    phone="0932-8561234",
    id_number="62110219630718002X",
)
WITNESSES = (
    BoundaryWitness("派出所所长", "侯明远"),
    BoundaryWitness("村委会主任", "赵朝东"),
    BoundaryWitness("治安调解员", "马文华"),
    BoundaryWitness("村民代表", "杨德厚"),
)
SKETCH_CAPTION = "本图依据现场丈量数据绘制，只表示双方约定的地界位置，不确定土地权属。"


def sketch() -> SketchDrawing:
    rows = [MeasurementRow(r.from_point, r.to_point, r.direction, r.distance_m) for r in ROWS]
    result = compute_sketch(rows, closed=True)
    assert result.ok
    return SketchDrawing(result.geometry, "地界示意图 · 老庄湾", SIDES, SKETCH_CAPTION)


def photo(width: int, height: int, fmt: str = "JPEG", orientation: int = 1) -> bytes:
    """A made-up field photo: sky, field and a stake, so its shape is visible on the page."""
    image = Image.new("RGB", (width, height), (150, 190, 230))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, height // 2, width, height), fill=(120, 150, 70))
    draw.rectangle(
        (width // 2 - 6, height // 3, width // 2 + 6, height * 3 // 4), fill=(90, 60, 30)
    )
    out = io.BytesIO()
    if orientation != 1:
        exif = Image.Exif()
        exif[0x0112] = orientation
        image.save(out, fmt, exif=exif)
    else:
        image.save(out, fmt)
    return out.getvalue()


def agreement() -> BoundaryAgreementData:
    return BoundaryAgreementData(
        station_name=STATION,
        number=NUMBER,
        status_words="",
        village="张湾村",
        group="三社",
        parcel_name="老庄湾",
        location="张湾村三社老庄湾，村道北侧、水渠南侧",
        land_type="耕地",
        area_mu="0.9",
        certificate_no="6211020012030045J",
        sides=SIDES,
        reference_point="地块西南角外3.5米处的老界石（双方共同指认）",
        agreed_line=(
            "以老界石东3.5米处的地角A为起点，向北偏东8°量42米至B，再向东南量13.9米至C，"
            "向南偏西5°量37.3米至D，再向西量15.2米回到A，四点连线为双方约定的地界。"
        ),
        measurements=ROWS,
        closed_parcel=True,
        markers=(
            BoundaryMarkerLine("界石", 2, "A点、C点"),
            BoundaryMarkerLine("木桩", 2, "B点、D点"),
            BoundaryMarkerLine("石灰线", 1, "A—B—C—D—A沿线"),
        ),
        crops="界线上甲方种植的洋芋约20株",
        costs="界线上的洋芋由甲方收获后移走，不另作补偿；界石、木桩费用由双方各半承担。",
        parties=(ZHANG, LIU),
        witnesses=WITNESSES,
        measured_on=date(2026, 6, 12),
        signed_on=date(2026, 6, 15),
        case_number="（2026）安李纠字第17号",
        photos=(),
        sketch=sketch(),
    )


def draft() -> BoundaryAgreementData:
    return replace(agreement(), number="", status_words="草稿", signed_on=None)
