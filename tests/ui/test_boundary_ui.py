"""A field's boundary written down as the officer does it back at the desk: the tape
measurements typed row by row with the sketch drawn beside them (a wrong row is marked and said),
the rest of the form, saved as a draft, finalised after the missing parts are said, printed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from lijiabu_desk.models import Attachment
from lijiabu_desk.models.enums import AgreementStatus
from lijiabu_desk.services.boundary.entry import BoundaryInput, save_boundary
from lijiabu_desk.services.boundary.photos import list_photos
from lijiabu_desk.services.boundary.view import list_boundaries
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.ui.boundary.boundary_area import BoundaryArea
from lijiabu_desk.ui.boundary.boundary_form import BoundaryForm
from lijiabu_desk.ui.disputes.widgets import select_value
from lijiabu_desk.ui.main_window import MainWindow
from lijiabu_desk.ui.printing.preview_dialog import PdfPreviewDialog
from tests.case_setup import make_post, open_case
from tests.ui.typing_helpers import type_text
from tests.unit.documents.boundary_samples import photo


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    said: list[str] = []

    def record(_parent, _title, text, *args, **kwargs):
        said.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", record)
    return said


def type_row(qtbot, form: BoundaryForm, row: int, cells: tuple[str, ...]) -> None:
    table = form.measurements
    while table.table.rowCount() <= row:
        table.add_row()
    for column, text in enumerate(cells):
        table.set_text(row, column, text)
    qtbot.wait(300)  # the sketch follows the typing after a short pause


def test_measurements_make_the_sketch_and_the_agreement_prints(
    qtbot, chinese, desk, messages
) -> None:
    post = make_post(desk)
    area = BoundaryArea(desk)
    qtbot.addWidget(area)
    opened: list[QDialog] = []
    area.dialog_opened.connect(opened.append)
    assert area.list.is_empty_shown()
    qtbot.mouseClick(area.buttons["new"], Qt.LeftButton)
    form = opened[-1]
    assert isinstance(form, BoundaryForm) and form.windowTitle() == "新建地界协议"
    type_text(qtbot, form.parcel, "老庄湾")
    select_value(form.village, post.village_id)
    type_text(qtbot, form.reference, "地头界石")
    type_row(qtbot, form, 0, ("界石", "A", "东", "3.5"))
    type_row(qtbot, form, 1, ("A", "B", "北", "42"))
    assert form.sketch.geometry_ is not None
    assert {p.name for p in form.sketch.geometry_.points} == {"界石", "A", "B"}
    # A row that starts from a point nobody measured to: tinted and said, not drawn.
    type_row(qtbot, form, 2, ("X", "C", "东", "15"))
    assert "第3行" in form.problems.text()
    assert form.measurements.table.item(2, 0).background().color().name() == "#fdecea"
    form.measurements.set_text(2, 0, "B")
    qtbot.wait(300)
    assert form.problems.text() == "" and len(form.sketch.geometry_.points) == 4
    for side, words in zip(form.sides.values(), ("李四家", "村道", "王五家", "水渠"), strict=True):
        type_text(qtbot, side, words)
    type_text(qtbot, form.agreed_line, "以A、B两点连线为界。")
    form.markers.add_row(("stone", "2", "A、B两点"))
    form.parties.add(post.jia_id, ask=False)
    form.parties.add(post.yi_id, ask=False)
    form.witnesses.add_row(("派出所所长", "赵长安"))
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    assert form.result() == QDialog.DialogCode.Accepted, form.message.text()
    [row] = list_boundaries(desk)
    assert row.status is AgreementStatus.DRAFT and area.model.rowCount() == 1
    type_text(qtbot, area.search, "王秀英")  # found by a party's name
    assert area.model.rowCount() == 1
    type_text(qtbot, area.search, "李")
    assert area.model.rowCount() == 0 and area.list.is_empty_shown()
    area.search.clear()
    # Finalising says what is still missing (the village's witness), in words.
    area.confirm = lambda *_args: True
    qtbot.mouseClick(area.buttons["finalise"], Qt.LeftButton)
    assert messages and "见证人中没有村委会负责人" in messages[-1]
    qtbot.mouseClick(area.buttons["edit"], Qt.LeftButton)
    form = opened[-1]
    assert isinstance(form, BoundaryForm)
    assert "见证人中没有村委会负责人" in form.missing.text()
    form.witnesses.add_row(("村委会主任", "马文华"))
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    qtbot.mouseClick(area.buttons["finalise"], Qt.LeftButton)
    assert list_boundaries(desk)[0].number == "（2026）安李地界字第1号"
    qtbot.mouseClick(area.buttons["print"], Qt.LeftButton)
    preview = opened[-1]
    assert isinstance(preview, PdfPreviewDialog)
    assert preview.pdf.startswith(b"%PDF") and "地界协议书" in preview.windowTitle()


def test_photos_are_added_on_a_saved_draft_and_a_damaged_one_says_so(
    qtbot, chinese, desk, tmp_path
) -> None:
    post = make_post(desk)
    agreement = save_boundary(desk, BoundaryInput("老庄湾", village_id=post.village_id))
    form = BoundaryForm(desk, agreement)
    qtbot.addWidget(form)
    picture = tmp_path / "界石.png"
    picture.write_bytes(photo(120, 90, "PNG"))
    form.photos.choose_file = lambda _folder: str(picture)
    form.photos.ask_caption = lambda _suggested: "东南角界石"
    qtbot.mouseClick(form.photos.add_button, Qt.LeftButton)
    assert [form.photos.list.item(i).text() for i in range(form.photos.list.count())] == [
        "东南角界石"
    ]
    [row] = list_photos(desk, agreement)
    with desk.write() as s:
        s.get(Attachment, row.id).content = b"\x89PNG\r\n\x1a\n broken"  # type: ignore[union-attr]
    form.photos.show_agreement(agreement)
    assert form.photos.list.item(0).text() == "东南角界石（已损坏：文件已被改动）"
    new = BoundaryForm(desk)
    qtbot.addWidget(new)
    assert not new.photos.add_button.isEnabled()
    assert new.photos.note.text() == "请先保存草稿，再添加照片。"


def test_a_case_opens_its_boundary_agreement_and_shows_it(qtbot, chinese, desk) -> None:
    post = make_post(desk)
    case_id = open_case(desk, post)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    opened: list[QDialog] = []
    window.boundaries.dialog_opened.connect(opened.append)
    window.open_case(case_id)
    qtbot.mouseClick(window.disputes.page.buttons["boundary"], Qt.LeftButton)
    assert window.areas.current_key() == "boundaries"
    form = opened[-1]
    assert isinstance(form, BoundaryForm) and form.case.currentData() == case_id
    type_text(qtbot, form.parcel, "老庄湾")
    qtbot.mouseClick(form.save_button, Qt.LeftButton)
    assert [r.dispute_id for r in list_boundaries(desk)] == [case_id]
    window.open_case(case_id)
    assert window.disputes.page.links.boundaries.text() == "地界协议：草稿 老庄湾（草稿）"
    qtbot.mouseClick(window.disputes.page.buttons["boundary"], Qt.LeftButton)
    assert isinstance(opened[-1], BoundaryForm) and opened[-1].agreement_id is not None
    opened[-1].mark_clean()
    window.safety.stop()
