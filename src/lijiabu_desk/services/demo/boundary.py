"""Boundary agreements (地界协议) for land cases, and a couple of small attachments."""

from __future__ import annotations

import hashlib
import itertools
import struct
import zlib
from datetime import datetime

from lijiabu_desk.models import (
    Attachment,
    BoundaryAgreement,
    BoundaryMarker,
    BoundaryMeasurement,
    BoundaryParty,
    BoundaryWitness,
)
from lijiabu_desk.models.enums import AgreementStatus, LandType, MarkerKind
from lijiabu_desk.services.demo import vocab
from lijiabu_desk.services.demo.cases import Case
from lijiabu_desk.services.demo.context import Context
from lijiabu_desk.services.demo.photos import field_photo
from lijiabu_desk.services.demo.township import Township

_REFERENCES = ("机耕路边第{n}号电线杆", "地头老杏树", "村道水泥里程桩", "水渠闸口东角")
_DIRECTIONS = ("正北", "北偏东10°", "北偏西5°", "正北")


def _measurements(ctx: Context) -> list[tuple[str, str, str, float]]:
    """(from, to, direction, metres): along the road to the first point, then up the line."""
    rows = [("基准点", "A", "东", ctx.rng.randint(30, 300) / 10)]  # along the farm road
    points = "ABCDE"[: ctx.rng.randint(3, 5)]
    for start, end in itertools.pairwise(points):
        rows.append((start, end, ctx.pick(_DIRECTIONS), ctx.rng.randint(150, 900) / 10))
    return rows


def sketch_svg(rows: list[tuple[str, str, str, float]]) -> bytes:
    """A plain line drawing of the measured line (east to the right, north up)."""
    x, y = 20.0, 280.0
    points = [(x, y)]
    for index, (_, _, _, metres) in enumerate(rows):
        if index == 0:
            x += metres * 3
        else:
            y -= metres * 1.2
        points.append((round(x, 1), round(max(y, 10.0), 1)))
    path = " ".join(f"{px},{py}" for px, py in points)
    labels = "".join(
        f'<text x="{px + 4}" y="{py}" font-size="12">{name}</text>'
        for (px, py), name in zip(points, ["基准点", *(r[1] for r in rows)], strict=True)
    )
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="300" height="300">'
        f'<polyline points="{path}" fill="none" stroke="black" stroke-width="2"/>{labels}</svg>'
    )
    return svg.encode("utf-8")


def tiny_png(shade: int) -> bytes:
    """A 16×16 grey PNG: a stand-in for a photographed signature page."""
    raw = b"".join(b"\x00" + bytes([shade]) * 16 for _ in range(16))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 16, 16, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9))
            + chunk(b"IEND", b""))  # fmt: skip


def attach(
    ctx: Context,
    owner_table: str,
    owner_id: int,
    filename: str,
    media_type: str,
    content: bytes,
    description: str,
    when: datetime,
) -> None:
    ctx.add(
        Attachment,
        when,
        owner_table=owner_table,
        owner_id=owner_id,
        filename=filename,
        media_type=media_type,
        sha256=hashlib.sha256(content).hexdigest(),
        size=len(content),
        content=content,
        description=description,
    )


def save_boundary(ctx: Context, tw: Township, case: Case, dispute_id: int, *, sketch: bool) -> None:
    """The agreed line for a land case, measured at the first sitting and signed at the last."""
    assert case.signed_on is not None
    village = case.village
    first, second = case.parties[0], case.parties[1]
    parcel = ctx.pick(vocab.PARCELS)
    measured = case.sessions[0].date() if case.sessions else case.signed_on
    crop = case.words["crop"]
    reference = ctx.pick(_REFERENCES).format(n=ctx.rng.randint(3, 40))
    when = ctx.stamp(measured)
    record_id = ctx.add(
        BoundaryAgreement, when, ctx.stamp(case.signed_on),
        dispute_id=dispute_id, number=case.boundary_no, village_id=village.id if village else None,
        parcel_name=parcel, land_type=LandType.CULTIVATED,
        location=f"{village.name}{case.group_name}{parcel}" if village else parcel,
        east=f"{second.name}家承包地", west=f"{first.name}家承包地",
        south=ctx.pick(("机耕路", "田间小路", "水渠")), north=ctx.pick(("山梁", "荒坡", "地埂")),
        reference_point=f"{reference}（双方共同认可）",
        agreed_line=(f"自基准点沿丈量线向北至地头界桩，界线以东由{second.name}耕种，"
                     f"以西由{first.name}耕种。"),
        crops=f"界线附近种有{crop}，本季由原耕种人收获后按新界线耕种。",
        measured_on=measured, signed_on=case.signed_on, status=AgreementStatus.SIGNED,
    )  # fmt: skip
    for person, side in zip(case.parties, ("甲方", "乙方", "丙方", "丁方"), strict=False):
        ctx.add(BoundaryParty, when, agreement_id=record_id, person_id=person.id, side=side)
    rows = _measurements(ctx)
    for position, (start, end, direction, metres) in enumerate(rows, start=1):
        ctx.add(
            BoundaryMeasurement,
            when,
            agreement_id=record_id,
            position=position,
            from_point=start,
            to_point=end,
            direction=direction,
            distance_m=metres,
            note="皮尺丈量，双方在场确认",
        )
    ctx.add(
        BoundaryMarker,
        when,
        agreement_id=record_id,
        kind=MarkerKind.LIME,
        location="沿界线全程撒石灰线",
    )
    for _, end, _, _ in rows:
        kind = MarkerKind.STONE if ctx.chance(0.4) else MarkerKind.STAKE
        ctx.add(BoundaryMarker, when, agreement_id=record_id, kind=kind, location=f"{end}点")
    witnesses = [("派出所所长", tw.chief.name, tw.chief.id)]
    if village is not None:
        witnesses += [
            ("村主任", village.head_name, None),
            ("村治安调解员", village.mediator_name, None),
        ]
    for role, name, officer_id in witnesses:
        ctx.add(
            BoundaryWitness,
            when,
            agreement_id=record_id,
            role=role,
            name=name,
            officer_id=officer_id,
        )
    if sketch:
        attach(
            ctx,
            "boundary_agreements",
            record_id,
            "地界草图.svg",
            "image/svg+xml",
            sketch_svg(rows),
            "根据丈量数据绘制的地界草图",
            when,
        )
        for index, caption in enumerate(("界石（A点）", "石灰线全景")):
            attach(
                ctx, "boundary_agreements", record_id, f"现场照片{index + 1}.png", "image/png",
                field_photo(0.3 + 0.4 * index), caption, when,
            )  # fmt: skip
