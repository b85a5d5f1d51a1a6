"""`lijiabu-desk print contact-cards …` end to end."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from lijiabu_desk import cli
from lijiabu_desk.documents.render.cards import CARD_W_MM, PAGE_W, card_origin
from lijiabu_desk.models import ContactCard
from lijiabu_desk.services.actor import SETUP_ACTOR
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import open_database
from tests.card_setup import make_post


def test_print_contact_cards_for_a_village_writes_the_sheets(tmp_path: Path, capsys) -> None:
    db_path = tmp_path / "desk.sqlite3"
    db = open_database(db_path)
    make_post(ServiceContext(db, SETUP_ACTOR))
    db.close()
    out = tmp_path / "卡片.pdf"
    args = ["print", "contact-cards", "--village", "河湾村", "--db", str(db_path), "-o", str(out)]
    assert cli.main(args) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "5 张" in capsys.readouterr().out
    db = open_database(db_path)
    with db.sessions() as s:  # printing records no issuance
        assert s.scalars(select(ContactCard)).all() == []
    db.close()


def test_a_card_print_needs_exactly_one_range(tmp_path: Path, capsys) -> None:
    out = str(tmp_path / "x.pdf")
    assert cli.main(["print", "contact-cards", "-o", out]) == 2
    assert "--all-missing" in capsys.readouterr().err
    both = ["print", "contact-cards", "--household", "1", "--all-missing", "-o", out]
    assert cli.main(both) == 2
    assert cli.main(["print", "intake-form", "-o", out]) == 2  # the other forms still need an ID


def test_each_back_is_placed_where_its_front_lands_after_a_long_edge_flip() -> None:
    for index in range(3):  # a part sheet too: card 1 sits right on the front, left on the back
        (fx, fy), (bx, by) = card_origin(index, back=False), card_origin(index, back=True)
        assert abs((PAGE_W - bx - CARD_W_MM * 72 / 25.4) - fx) < 0.01 and fy == by
    assert card_origin(1, back=False)[0] > card_origin(1, back=True)[0]
