"""The import dialog's preview says which roster columns are not imported, before anything is
written, and shows each household's 社."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from lijiabu_desk.models import Person
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.places import VillageInput, save_village
from lijiabu_desk.ui.register.import_dialog import ImportDialog
from tests.roster_setup import FULL_HEADER, FULL_ROWS, ZHAO, write_roster


@pytest.fixture
def desk(ctx, clock) -> ServiceContext:
    desk = ServiceContext(ctx.db, ctx.actor, clock)
    save_village(desk, VillageInput(name="河湾村", group_count=3))
    return desk


def previewed(qtbot, desk: ServiceContext, path: Path) -> ImportDialog:
    dialog = ImportDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.preview(path)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10_000)
    return dialog


def column(model, index: int) -> list[str]:
    return [model.index(row, index).data() for row in range(model.rowCount())]


def test_the_preview_names_the_columns_not_imported(qtbot, desk, tmp_path) -> None:
    path = write_roster(tmp_path / "河湾村.xlsx", FULL_HEADER, FULL_ROWS)
    dialog = previewed(qtbot, desk, path)
    notes = dialog.notes.text()
    assert dialog.notes.isVisible()
    assert (
        "以下列没有导入：序号、文化程度、婚姻状况、兵役状况、宗教信仰（本程序不保存这些信息）"
        in notes
    )
    assert "没有识别的列，没有导入：父亲姓名" in notes
    assert "河湾村还没有“五社”，导入时将新建" in notes
    households = dialog.tables["households"]
    assert dialog.tabs.indexOf(households) >= 0
    assert column(dialog.households, 2) == ["三社", "五社"]  # the 社 of each household
    assert column(dialog.households, 3) == ["12号", "3号"]
    with desk.db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Person)) == 0  # a preview writes nothing


def test_a_roster_whose_columns_are_all_imported_shows_no_notes(qtbot, desk, tmp_path) -> None:
    book = Workbook()
    book.active.append(["户号", "姓名", "与户主关系", "公民身份号码", "社"])
    book.active.append(["HW0100", "赵大", "户主", ZHAO, "一社"])
    path = tmp_path / "roster.xlsx"
    book.save(path)
    dialog = previewed(qtbot, desk, path)
    assert dialog.notes.text() == "" and not dialog.notes.isVisible()
    assert column(dialog.households, 2) == ["一社"]
