"""地界协议 as services: a draft saved half-filled, measurements refused at their row, what
finalising asks for, numbering, signing, and the ways back."""

from __future__ import annotations

import subprocess
from dataclasses import replace

import pytest

from lijiabu_desk.db.backup import backup_database
from lijiabu_desk.models import Attachment
from lijiabu_desk.models.enums import AccountRole, AgreementStatus, LandType, MarkerKind
from lijiabu_desk.services.actor import Actor
from lijiabu_desk.services.boundary.entry import (
    BoundaryInput,
    MarkerInput,
    MeasurementInput,
    PartyInput,
    WitnessInput,
    save_boundary,
    sketch_of,
)
from lijiabu_desk.services.boundary.photos import attach_photo, list_photos, remove_photo
from lijiabu_desk.services.boundary.view import list_boundaries, load_boundary_form
from lijiabu_desk.services.boundary.workflow import (
    finalise_boundary,
    mark_boundary_signed,
    reopen_boundary,
    retire_boundary,
)
from lijiabu_desk.services.checks import run_checks
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.agreement_check import IncompleteAgreementError
from lijiabu_desk.services.errors import ValidationError
from lijiabu_desk.services.permissions import PermissionDeniedError
from lijiabu_desk.services.printing import PrintKind, print_form
from tests.case_setup import Post, make_post, open_case
from tests.unit.documents.boundary_samples import photo


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


@pytest.fixture
def post(desk: ServiceContext) -> Post:
    return make_post(desk)


PNG = photo(160, 120, "PNG")

RECTANGLE = (
    MeasurementInput("界石", "A", "东", "3.5", "界石到地角"),
    MeasurementInput("A", "B", "北", "42"),
    MeasurementInput("B", "C", "东", "15"),
    MeasurementInput("C", "D", "南", "42"),
    MeasurementInput("D", "A", "西", "15"),
)


def complete(post: Post, **changes: object) -> BoundaryInput:
    values: dict[str, object] = {
        "parcel_name": "老庄湾",
        "village_id": post.village_id,
        "location": "马家山村三社老庄湾",
        "land_type": LandType.CULTIVATED,
        "area_mu": "0.9",
        "east": "李四家承包地",
        "south": "村道",
        "west": "王五家承包地",
        "north": "水渠",
        "reference_point": "地头界石",
        "measurements": RECTANGLE,
        "agreed_line": "自界石向东3.5米为A点，A点向北42米为B点，以A、B两点连线为界。",
        "markers": (MarkerInput(MarkerKind.STONE, 2, "A点、B点"),),
        "crops": "界线西侧1米内的麦苗由乙方自行收割。",
        "costs": "界石费用双方各半。",
        "parties": (PartyInput(post.jia_id, "甲方"), PartyInput(post.yi_id, "乙方")),
        "witnesses": (
            WitnessInput("派出所所长", "赵长安", post.chief_id),
            WitnessInput("村委会主任", "马文华"),
        ),
        "measured_on": "20261127",
    }
    values.update(changes)
    return BoundaryInput(**values)  # type: ignore[arg-type]


def test_a_draft_may_be_half_filled_and_lists_what_it_lacks(desk, post) -> None:
    draft = save_boundary(desk, BoundaryInput("老庄湾", village_id=post.village_id))
    form = load_boundary_form(desk, draft)
    assert form.status is AgreementStatus.DRAFT and form.number == ""
    assert "协议至少需要两方当事人（甲方、乙方）。" in form.missing
    assert "四至不全：没有写东、南、西、北至。" in form.missing
    assert "见证人中没有派出所民警或所长。" in form.missing
    with pytest.raises(IncompleteAgreementError) as refused:
        finalise_boundary(desk, draft)
    assert "没有丈量记录" in str(refused.value.message)


def test_measurements_that_cannot_make_a_sketch_are_refused_at_their_row(desk, post) -> None:
    bad = replace(
        complete(post),
        measurements=(*RECTANGLE[:2], MeasurementInput("X", "Y", "东", "5")),
    )
    with pytest.raises(ValidationError) as refused:
        save_boundary(desk, bad)
    assert refused.value.field == "measurements.2"
    assert "第3行" in refused.value.message
    negative = replace(complete(post), measurements=(MeasurementInput("界石", "A", "东", "-2"),))
    with pytest.raises(ValidationError) as refused:
        save_boundary(desk, negative)
    assert refused.value.field == "measurements.0"
    words = replace(complete(post), measurements=(MeasurementInput("界石", "A", "东", "三米"),))
    with pytest.raises(ValidationError, match="不是数字"):
        save_boundary(desk, words)
    assert list_boundaries(desk) == []


def test_a_closed_parcel_must_close_within_the_tolerance(desk, post) -> None:
    off = (*RECTANGLE[:4], MeasurementInput("D", "A", "西", "18"))  # 3 m short of closing
    with pytest.raises(ValidationError) as refused:
        save_boundary(desk, complete(post, measurements=off, closed_parcel=True))
    assert refused.value.field == "measurements.4"
    result = sketch_of(complete(post, closed_parcel=True))
    assert result.ok and result.geometry is not None
    assert {p.name for p in result.geometry.points} == {"界石", "A", "B", "C", "D"}


def test_finalised_numbered_signed_and_locked(desk, post, clock) -> None:
    case_id = open_case(desk, post)
    agreement = save_boundary(desk, complete(post, dispute_id=case_id))
    assert load_boundary_form(desk, agreement).missing == ()
    number = finalise_boundary(desk, agreement)
    assert number == "（2026）安李地界字第1号"
    with pytest.raises(ValidationError, match="已定稿"):
        save_boundary(desk, complete(post), agreement)
    reopen_boundary(desk, agreement)
    save_boundary(desk, complete(post, costs="界石费用由甲方承担。", dispute_id=case_id), agreement)
    assert finalise_boundary(desk, agreement) == number  # the number stays with it
    with pytest.raises(ValidationError, match="不能早于丈量日期"):
        mark_boundary_signed(desk, agreement, "20261120")
    mark_boundary_signed(desk, agreement, "20261128")
    with pytest.raises(ValidationError):
        reopen_boundary(desk, agreement)
    with pytest.raises(ValidationError):
        retire_boundary(desk, agreement, "录错了")
    [row] = list_boundaries(desk, dispute_id=case_id)
    assert (row.number, row.status_label, row.parties) == (
        number,
        "已签署",
        "甲方马建国、乙方王秀英",
    )
    assert row.case_no != ""


def test_a_party_without_an_id_number_stops_finalising_by_name(desk, post) -> None:
    agreement = save_boundary(
        desk, complete(post, parties=(PartyInput(post.jia_id), PartyInput(post.outsider_id)))
    )
    form = load_boundary_form(desk, agreement)
    assert any(m.startswith("乙方当事人马哈麦缺少住址、身份证号码") for m in form.missing)


def test_the_form_comes_back_as_it_was_saved(desk, post) -> None:
    data = complete(post)
    agreement = save_boundary(desk, data)
    form = load_boundary_form(desk, agreement)
    assert form.data == replace(data, measured_on="2026-11-27")
    assert form.party_names == {post.jia_id: "马建国", post.yi_id: "王秀英"}
    retire_boundary(desk, agreement, "重复录入")
    assert list_boundaries(desk) == []


def pdf_text(pdf: bytes) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True,
        check=True,
    ).stdout.decode()  # fmt: skip


def test_printed_as_a_draft_then_numbered_with_its_sketch_and_photos(desk, post, clock) -> None:
    agreement = save_boundary(desk, complete(post, closed_parcel=False))
    with desk.write() as s:
        for caption in ("东南角界石", "石灰线"):
            s.add(
                Attachment(
                    owner_table="boundary_agreements",
                    owner_id=agreement,
                    filename=f"{caption}.png",
                    media_type="image/png",
                    sha256="0" * 64,
                    size=len(PNG),
                    content=PNG,
                    description=caption,
                )
            )
    draft = print_form(desk, PrintKind.BOUNDARY_AGREEMENT, agreement)
    text = pdf_text(draft.pdf)
    assert "草稿" in draft.title and "草稿" in text
    assert "马建国" in text and "王秀英" in text and "比例尺" in text
    assert "东南角界石" in text and "石灰线" in text
    assert "不作为确认" in text
    number = finalise_boundary(desk, agreement)
    final = print_form(desk, PrintKind.BOUNDARY_AGREEMENT, agreement)
    assert number in final.title and number in pdf_text(final.pdf)
    helper = ServiceContext(desk.db, Actor("fujing", AccountRole.AUXILIARY), clock)
    with pytest.raises(PermissionDeniedError):
        print_form(helper, PrintKind.BOUNDARY_AGREEMENT, agreement)


def test_photos_are_kept_with_their_hash_and_a_changed_one_is_found(desk, post, tmp_path) -> None:
    agreement = save_boundary(desk, complete(post))
    picture = tmp_path / "东南角界石.png"
    picture.write_bytes(PNG)
    photo = attach_photo(desk, agreement, picture, "东南角界石")
    text = tmp_path / "notes.txt"
    text.write_text("not a photo")
    with pytest.raises(ValidationError, match="只能附加照片"):
        attach_photo(desk, agreement, text, "")
    [row] = list_photos(desk, agreement)
    assert (row.id, row.caption, row.intact) == (photo, "东南角界石", True)
    assert all(r.ok for r in run_checks(desk.db.path) if r.name == "attachments")
    with desk.write() as s:  # the bytes change behind the app's back
        s.get(Attachment, photo).content = PNG[:-10] + b"0123456789"  # type: ignore[union-attr]
    assert not list_photos(desk, agreement)[0].intact
    [line] = [r for r in run_checks(desk.db.path) if r.name == "attachments"]
    assert not line.ok and "东南角界石.png" in line.detail
    report = backup_database(desk.db.path, tmp_path / "copy.sqlite3")
    assert report.damaged_attachments == ("东南角界石.png",)  # the backup is still taken
    remove_photo(desk, photo)
    assert list_photos(desk, agreement) == []
