"""入户走访, 上门办证 and 反诈宣传 as services, at a fixed clock (2026-11-28 09:00)."""

from __future__ import annotations

import json
import subprocess
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from lijiabu_desk.models import (
    AuditEntry,
    ContactCard,
    HomeVisit,
    Household,
    IdRenewal,
    Officer,
    Person,
)
from lijiabu_desk.models.enums import (
    AccountRole,
    DisputeCategory,
    DisputeSource,
    Relation,
    ResidentStatus,
    VisitPurpose,
)
from lijiabu_desk.services.actor import Actor
from lijiabu_desk.services.cards.issuance import card_history
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.errors import ValidationError
from lijiabu_desk.services.visits.entry import VisitInput, log_visit, retire_visit
from lijiabu_desk.services.visits.listing import visits_for_household, visits_for_person
from lijiabu_desk.services.visits.outreach import (
    OutreachInput,
    list_outreach,
    log_outreach,
    village_coverage,
)
from lijiabu_desk.services.visits.renewals import (
    RenewalStage,
    proposed_expiry,
    record_application_sent,
    record_delivered,
    record_photo,
    renewal_views,
)
from lijiabu_desk.services.visits.to_dispute import intake_from_visit, register_dispute_from_visit
from lijiabu_desk.services.visits.visit_list import print_visit_list
from tests.card_setup import Post, make_post


@pytest.fixture
def desk(ctx: ServiceContext, clock) -> ServiceContext:
    return ServiceContext(ctx.db, ctx.actor, clock)


@pytest.fixture
def post(desk: ServiceContext) -> Post:
    return make_post(desk)


def member(desk: ServiceContext, household_id: int, name: str, born: date, **extra: object) -> int:
    with desk.write() as s:
        values: dict[str, object] = {"relation": Relation.HEAD, **extra}
        person = Person(name=name, household_id=household_id, birth_date=born, **values)
        s.add(person)
        s.flush()
        return person.id


def visit(post: Post, household: int, **changes: object) -> VisitInput:
    values: dict[str, object] = {
        "household_id": household,
        "visit_date": "20261127",
        "purpose_kind": VisitPurpose.ANTI_FRAUD,
        "officer_ids": (post.zhang,),
        "summary": "宣传防范电信诈骗。",
    }
    values.update(changes)
    return VisitInput(**values)  # type: ignore[arg-type]


def test_a_visit_installs_the_app_for_two_members_and_hands_over_the_card(
    desk: ServiceContext, post: Post
) -> None:
    home = post.hewan[0]
    old = member(desk, home, "马老汉", date(1950, 3, 1))
    son = member(desk, home, "马小军", date(1985, 6, 1), relation=Relation.SON)
    grandchild = member(desk, home, "马丫丫", date(2015, 1, 1), relation=Relation.GRANDDAUGHTER)
    visit_id = log_visit(
        desk, visit(post, home, app_installed_for=(old, son), card_handed_over=True)
    )
    with desk.read() as s:
        people = {p.id: p for p in s.scalars(select(Person))}
        stored = s.get(HomeVisit, visit_id)
        assert stored is not None and stored.anti_fraud_app_installed
        assert {(p.person_id, p.app_installed) for p in stored.people} == {(old, True), (son, True)}
        cards = s.scalars(select(ContactCard).where(ContactCard.household_id == home)).all()
    assert people[old].anti_fraud_app_on == date(2026, 11, 27)
    assert people[son].anti_fraud_app_on == date(2026, 11, 27)
    assert people[grandchild].anti_fraud_app_on is None
    assert [c.issued_on for c in cards] == [date(2026, 11, 27)]
    assert card_history(desk, home).issues[0].handed_over_by == "张伟"
    [line] = visits_for_household(desk, home)
    assert line.purpose == "反诈宣传" and line.officers == "张伟"
    assert line.done == "安装反诈App：马老汉、马小军；发放连心卡"
    assert [v.id for v in visits_for_person(desk, old)] == [visit_id]
    assert visits_for_person(desk, grandchild) == []


def test_an_earlier_known_install_date_is_kept(desk: ServiceContext, post: Post) -> None:
    home = post.hewan[0]
    old = member(desk, home, "马老汉", date(1950, 3, 1), anti_fraud_app_on=date(2026, 5, 1))
    log_visit(desk, visit(post, home, app_installed_for=(old,)))
    with desk.read() as s:
        assert s.get(Person, old).anti_fraud_app_on == date(2026, 5, 1)  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"purpose_kind": None}, "purpose_kind"),
        ({"officer_ids": ()}, "officers"),
        ({"visit_date": "20261129"}, "visit_date"),
        ({"visit_date": "2026-13-01"}, "visit_date"),
    ],
)
def test_a_visit_without_its_essentials_is_refused_in_words(
    desk: ServiceContext, post: Post, changes: dict[str, object], field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        log_visit(desk, visit(post, post.hewan[0], **changes))
    assert refused.value.field == field


def test_only_living_members_of_the_household_can_be_named(
    desk: ServiceContext, post: Post
) -> None:
    neighbour = member(desk, post.hewan[1], "邻居", date(1970, 1, 1))
    gone = member(desk, post.hewan[0], "外出", date(1990, 1, 1), status=ResidentStatus.MOVED_AWAY)
    for named in (neighbour, gone):
        with pytest.raises(ValidationError, match="只能选这一户现有的成员"):
            log_visit(desk, visit(post, post.hewan[0], app_installed_for=(named,)))
    with desk.read() as s:
        assert s.scalars(select(HomeVisit)).all() == []  # nothing half-saved


def test_a_card_handover_that_cannot_be_printed_leaves_no_visit(
    desk: ServiceContext, post: Post
) -> None:
    with desk.write() as s:  # the responsible officer's mobile is missing: no card can be made
        officer = s.get(Officer, post.zhang)
        assert officer is not None
        officer.phone = ""
    with pytest.raises(ValidationError):
        log_visit(desk, visit(post, post.hewan[0], card_handed_over=True))
    with desk.read() as s:
        assert s.scalars(select(HomeVisit)).all() == []


def test_an_id_card_renewed_at_home_step_by_step(desk: ServiceContext, post: Post, clock) -> None:
    home = post.hewan[0]
    elder = member(desk, home, "马奶奶", date(1938, 2, 1), id_expiry_date=date(2026, 10, 1))
    young = member(desk, home, "马小妹", date(2004, 5, 1), id_expiry_date=date(2026, 12, 20))
    assert renewal_views(desk, [elder])[elder].stage is RenewalStage.DUE
    with pytest.raises(ValidationError, match="还没有登记拍照"):
        record_application_sent(desk, elder, "20261127")
    log_visit(
        desk,
        visit(post, home, purpose_kind=VisitPurpose.ID_RENEWAL, photo_taken_for=(elder, young)),
    )
    view = renewal_views(desk, [elder])[elder]
    assert view.stage is RenewalStage.PHOTO and view.photo_taken_on == date(2026, 11, 27)
    with pytest.raises(ValidationError, match="不能早于拍照日期"):
        record_application_sent(desk, elder, "20261126")
    record_application_sent(desk, elder, "20261128")
    assert renewal_views(desk, [elder])[elder].stage is RenewalStage.SENT
    # 88 years old: the new card is long-term (长期) by the rule.
    assert proposed_expiry(desk, elder) is None
    clock.advance(days=10)
    record_delivered(desk, elder, "20261207")
    # 22 years old at issue: ten years.
    record_application_sent(desk, young, "20261128")
    assert proposed_expiry(desk, young) == date(2036, 11, 28)
    record_delivered(desk, young, "20261207")
    with desk.read() as s:
        e, y = s.get(Person, elder), s.get(Person, young)
        assert e is not None and y is not None
        assert (e.id_issue_date, e.id_expiry_date, e.id_long_term) == (
            date(2026, 11, 28),
            None,
            True,
        )
        assert (y.id_expiry_date, y.id_long_term) == (date(2036, 11, 28), False)
        assert len(s.scalars(select(IdRenewal)).all()) == 2
    assert renewal_views(desk, [elder])[elder].stage is RenewalStage.DUE  # none open now


def test_a_photo_at_the_station_starts_a_renewal_and_delivery_checks_its_dates(
    desk: ServiceContext, post: Post
) -> None:
    person = member(desk, post.hewan[0], "马建军", date(1990, 1, 1))
    record_photo(desk, person, "20261120")
    record_application_sent(desk, person, "20261121")
    with pytest.raises(ValidationError, match="不能早于送审日期"):
        record_delivered(desk, person, "20261120")
    with pytest.raises(ValidationError, match="有效期应晚于签发日期"):
        record_delivered(desk, person, "20261125", expiry="20261101")
    record_delivered(desk, person, "20261125", expiry="20461121")
    with desk.read() as s:
        assert s.get(Person, person).id_expiry_date == date(2046, 11, 21)  # type: ignore[union-attr]


def test_outreach_at_a_village_square_and_the_village_coverage(
    desk: ServiceContext, post: Post
) -> None:
    a = member(desk, post.hewan[0], "甲", date(1960, 1, 1))
    member(desk, post.hewan[0], "甲妻", date(1962, 1, 1), relation=Relation.SPOUSE)
    member(desk, post.hewan[1], "乙", date(1970, 1, 1))
    member(desk, post.hewan[2], "丙", date(1975, 1, 1), status=ResidentStatus.DECEASED)
    with desk.read() as s:
        home = s.get(Household, post.hewan[0])
        assert home is not None
        village_id = home.village_id
    before = village_coverage(desk, village_id)
    assert (before.households, before.with_app) == (2, 0)  # 丙's household has nobody living
    event = log_outreach(
        desk,
        OutreachInput(
            held_on="2026-11-26",
            place="河湾村文化广场",
            officer_ids=(post.zhang, post.li),
            topic="防范养老诈骗",
            village_id=village_id,
            people_reached="120人",
            apps_installed="35",
            app_installed_for=(a,),
        ),
    )
    after = village_coverage(desk, village_id)
    assert (after.households, after.with_app, after.share) == (2, 1, 0.5)
    [row] = list_outreach(desk, village_id)
    assert row.id == event and row.officers == "张伟、李娜"
    assert (row.people_reached, row.apps_installed, row.village) == (120, 35, "河湾村")
    with pytest.raises(ValidationError) as refused:
        log_outreach(
            desk,
            OutreachInput("", "集市", (post.zhang,), people_reached="10", apps_installed="12"),
        )
    assert refused.value.field == "apps_installed"


def test_a_visit_logged_by_mistake_is_retired_with_its_reason(
    desk: ServiceContext, post: Post
) -> None:
    visit_id = log_visit(desk, visit(post, post.hewan[0]))
    with pytest.raises(ValidationError):
        retire_visit(desk, visit_id, " ")
    retire_visit(desk, visit_id, "记错了户")
    assert visits_for_household(desk, post.hewan[0]) == []
    with desk.read() as s:
        stored = s.get(HomeVisit, visit_id)
        assert stored is not None and stored.summary.endswith("注销原因：记错了户")


def test_a_quarrel_spotted_on_a_visit_becomes_a_linked_case(
    desk: ServiceContext, post: Post
) -> None:
    home = post.hewan[0]
    father = member(desk, home, "马老汉", date(1950, 3, 1))
    son = member(desk, home, "马小军", date(1985, 6, 1), relation=Relation.SON)
    member(desk, home, "马丫丫", date(2015, 1, 1), relation=Relation.GRANDDAUGHTER)
    visit_id = log_visit(
        desk,
        visit(post, home, purpose_kind=VisitPurpose.ROUTINE, summary="父子因宅基地分割争吵。"),
    )
    data = intake_from_visit(desk, visit_id)
    assert data.source is DisputeSource.HOME_VISIT and data.facts == "父子因宅基地分割争吵。"
    assert [(p.person_id, p.side) for p in data.parties] == [(father, "甲方"), (son, "乙方")]
    assert data.received_on == "2026-11-27" and data.received_by_id == post.zhang
    case_id = register_dispute_from_visit(
        desk, visit_id, replace(data, category=DisputeCategory.MARRIAGE_FAMILY)
    )
    with desk.read() as s:
        assert s.get(HomeVisit, visit_id).dispute_id == case_id  # type: ignore[union-attr]
    assert "发现纠纷已登记" in visits_for_household(desk, home)[0].done
    with pytest.raises(ValidationError, match="已登记过纠纷"):
        intake_from_visit(desk, visit_id)


def test_the_printed_visit_list_has_the_people_due_with_full_or_masked_phones(
    desk: ServiceContext, post: Post, clock
) -> None:
    home, other = post.hewan[0], post.shanxia[0]
    late = member(
        desk, home, "马奶奶", date(1938, 2, 1), id_expiry_date=date(2026, 10, 1),
        phone="13909321111", needs_home_service=True, home_service_reason="卧床",
    )  # fmt: skip
    member(desk, other, "山下人", date(1990, 2, 1), id_expiry_date=date(2027, 1, 20))
    member(desk, home, "不到期", date(1990, 2, 1), id_expiry_date=date(2027, 6, 1))
    record_photo(desk, late, "20261120")
    printed = print_visit_list(desk, desk.today(), officer_id=post.zhang)
    assert printed.people == 2 and not printed.masked
    text = pdf_text(printed.pdf)
    assert "马奶奶" in text and "山下人" in text and "不到期" not in text
    assert "139 0932 1111" in text and "已过期58天" in text and "卧床" in text
    assert "已拍照，待送审" in text and "张伟" in text
    only = print_visit_list(desk, desk.today(), village_id=village_of(desk, other))
    assert only.people == 1
    helper = ServiceContext(desk.db, Actor("fujing", AccountRole.AUXILIARY), clock)
    masked = print_visit_list(helper, desk.today())
    assert masked.masked and "139****1111" in pdf_text(masked.pdf)
    with desk.read() as s:
        prints = s.scalars(select(AuditEntry).where(AuditEntry.action == "print")).all()
        assert [json.loads(p.changes)["masked"] for p in prints] == [False, False, True]


def pdf_text(pdf: bytes) -> str:
    """The PDF's text with each table cell whole (poppler's ``-raw``), spaces kept."""
    return subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", "-", "-"],
        input=pdf,
        capture_output=True,
        check=True,
    ).stdout.decode()


def village_of(desk: ServiceContext, household_id: int) -> int:
    with desk.read() as s:
        home = s.get(Household, household_id)
        assert home is not None
        return home.village_id
