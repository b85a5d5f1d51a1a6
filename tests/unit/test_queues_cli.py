"""`lijiabu-desk queues` and `lijiabu-desk cards handed-over`, end to end."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from lijiabu_desk.models import ContactCard, Officer
from lijiabu_desk.models.enums import AccountRole, OfficerRole
from lijiabu_desk.services import accounts, passwords
from lijiabu_desk.services.actor import SETUP_ACTOR
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import open_database
from lijiabu_desk.services.queues import QUEUE_LABELS
from tests.cli_setup import run
from tests.queue_setup import TODAY, Town, add_home, day, fill_every_queue, make_town


@pytest.fixture
def post(db_path: Path) -> tuple[Path, Town]:
    """A post without accounts (commands run as the setup actor), one record just inside and
    one just outside every queue at TODAY; closed, as a shell would find it."""
    db = open_database(db_path)
    desk = ServiceContext(db, SETUP_ACTOR)
    town = make_town(desk)
    fill_every_queue(desk, town, 1)
    with desk.write() as s:
        add_home(s, town, "SX0001", shanxia=True, visits=(day(-1),))  # the chief's card, none
    db.close()
    return db_path, town


EXPECTED = {
    "id_cards_due": 1,
    "disputes_due": 1,
    "follow_ups_due": 1,
    "judicial_windows": 1,
    "open_calls": 1,
    "households_not_visited": 1,
    "households_without_card": 2,
    "elders_alone_unvisited": 1,
    "meeting_items_open": 1,
}


def test_json_holds_every_count_under_its_stable_key(post, capsys) -> None:
    path, _ = post
    code, out, err = run(
        capsys, "queues", "--db", str(path), "--today", TODAY.isoformat(), "--json"
    )
    assert (code, err) == (0, "")
    assert json.loads(out) == EXPECTED
    assert list(json.loads(out)) == list(QUEUE_LABELS)  # in the start page's order


def test_another_day_gives_that_days_counts(post, capsys) -> None:
    path, _ = post
    code, out, _ = run(capsys, "queues", "--db", str(path), "--today", "20261127", "--json")
    counts = json.loads(out)
    assert code == 0
    # The day before: the 5-day time limit and the 7-day window are 6 and 8 days off, the
    # visit planned for TODAY is not due yet, and HW0003's 31-day-old visit was 30 days old.
    assert counts["disputes_due"] == 0 and counts["judicial_windows"] == 0
    assert counts["follow_ups_due"] == 0 and counts["elders_alone_unvisited"] == 0


def test_text_names_each_queue_in_chinese_with_its_count(post, capsys) -> None:
    path, _ = post
    code, out, _ = run(capsys, "queues", "--db", str(path), "--today", "2026-11-28")
    lines = out.strip().splitlines()
    assert code == 0
    assert lines[0] == "待办事项（2026年11月28日）："
    assert lines[1:] == [f"  {QUEUE_LABELS[k]}：{n}" for k, n in EXPECTED.items()]


def test_an_impossible_day_is_refused_before_the_database_is_touched(tmp_path, capsys) -> None:
    missing = tmp_path / "none.sqlite3"
    code, out, err = run(capsys, "queues", "--db", str(missing), "--today", "2026-02-30")
    assert (code, out) == (2, "")
    assert "--today 的日期“2026-02-30”不是一个真实存在的日期" in err
    code, _, err = run(capsys, "queues", "--db", str(missing))
    assert code == 1 and "找不到数据库文件" in err
    assert not missing.exists()


def _cards(path: Path) -> list[ContactCard]:
    db = open_database(path)
    try:
        with db.sessions() as s:
            found = list(s.scalars(select(ContactCard).order_by(ContactCard.id)))
            s.expunge_all()
            return found
    finally:
        db.close()


def test_a_handover_is_recorded_and_leaves_the_queue(post, capsys) -> None:
    path, town = post
    before = len(_cards(path))
    args = ["cards", "handed-over", "--db", str(path), "--by", "李娜", "--on", "2026-11-20"]
    # HW0005 (河湾村, 张伟's cards) has never had one; SX0001 (山下村, the chief's) neither.
    code, out, err = run(capsys, *args, "--household", "5", "--household", "6")
    assert (code, err) == (0, ""), err
    assert out.strip() == "已登记：2 户的连心卡已由李娜于2026年11月20日送到。"
    new = _cards(path)[before:]
    assert [(c.household_id, c.handed_over_by_id, c.issued_on) for c in new] == [
        (5, town.li, date(2026, 11, 20)),
        (6, town.li, date(2026, 11, 20)),
    ]
    assert [c.officer_id for c in new] == [town.zhang, town.chief]  # each village's officer
    code, out, _ = run(capsys, "queues", "--db", str(path), "--today", TODAY.isoformat(), "--json")
    assert json.loads(out)["households_without_card"] == 0


def test_the_giver_may_be_named_by_badge_and_the_day_defaults_to_today(post, capsys) -> None:
    path, town = post
    code, out, err = run(
        capsys, "cards", "handed-over", "--db", str(path), "--household", "5", "--by", "620123"
    )
    assert code == 0, err
    (card,) = _cards(path)[-1:]
    assert (card.handed_over_by_id, card.issued_on) == (town.zhang, date.today())
    assert "张伟" in out


def test_a_handover_needs_who_and_which_household(post, capsys) -> None:
    path, _ = post
    before = len(_cards(path))
    for args in (["--household", "5"], ["--by", "李娜"]):
        code, out, err = run(capsys, "cards", "handed-over", "--db", str(path), *args)
        assert (code, out) == (2, "")
        assert "--by 姓名或警号" in err and "--household" in err
    assert len(_cards(path)) == before


def test_unknown_names_namesakes_and_future_days_are_refused(post, capsys) -> None:
    path, _ = post
    db = open_database(path)
    with ServiceContext(db, SETUP_ACTOR).write() as s:
        s.add(Officer(name="李娜", badge_no="620999", role=OfficerRole.AUXILIARY))
    db.close()
    before = len(_cards(path))
    base = ["cards", "handed-over", "--db", str(path), "--household", "5"]
    refusals = {
        "在职警员中没有姓名或警号为“王五”的人": ["--by", "王五"],
        "有2位在职警员叫“李娜”，请改用警号指定": ["--by", "李娜"],
        "发卡日期不能晚于今天": ["--by", "620456", "--on", "2999-01-01"],
        "找不到编号（ID）为 999 的户": ["--by", "620456", "--household", "999"],
    }
    for sentence, args in refusals.items():
        code, _, err = run(capsys, *base, *args)
        assert code == 1 and sentence in err, err
    assert len(_cards(path)) == before


def test_an_auxiliary_logs_in_to_read_the_queues_and_record_a_handover(
    post, capsys, monkeypatch
) -> None:
    """Both commands log in as the others do once the database has accounts; an auxiliary may
    read the queues (查看台账) and record a handover (登记和修改记录)."""
    path, town = post
    fast = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    monkeypatch.setattr(passwords, "make_hasher", lambda: fast)
    db = open_database(path)
    admin = accounts.create_first_admin(
        db, username="houzhang", display_name="", password="Lijiabu#2026", hasher=fast
    )
    accounts.add_account(
        ServiceContext(db, admin),
        username="fujing",
        display_name="",
        role=AccountRole.AUXILIARY,
        password="Temp#00000",
        hasher=fast,
    )
    actor = accounts.login(db, "fujing", "Temp#00000", hasher=fast)
    accounts.choose_new_password(ServiceContext(db, actor), "Tiaojie#2026", hasher=fast)
    db.close()
    queues = ["queues", "--db", str(path), "--today", TODAY.isoformat(), "--json"]
    handover = ["cards", "handed-over", "--db", str(path), "--household", "5", "--by", "李娜"]
    for args in (queues, handover):
        code, _, err = run(capsys, *args)
        assert code == 1 and "--user" in err  # a login is needed now
    monkeypatch.setenv("LIJIABU_USER", "fujing")
    monkeypatch.setenv("LIJIABU_PASSWORD", "Tiaojie#2026")
    code, out, err = run(capsys, *queues)
    assert (code, json.loads(out)) == (0, EXPECTED), err
    code, _, err = run(capsys, *handover)
    assert code == 0, err
    assert _cards(path)[-1].handed_over_by_id == town.li
