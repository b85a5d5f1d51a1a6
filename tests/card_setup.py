"""A small post for the contact-card tests: a station, a chief, two officers, two villages."""

from __future__ import annotations

from dataclasses import dataclass

from lijiabu_desk.models import Household, Officer, Station, Village, VillageGroup
from lijiabu_desk.models.enums import OfficerRole
from lijiabu_desk.services.context import ServiceContext

CHIEF_PHONE = "13909320001"
ZHANG_PHONE = "13809321234"


@dataclass(frozen=True)
class Post:
    chief: int
    zhang: int
    li: int
    hewan: list[int]  # households of 河湾村 (responsible officer: 张伟), 3 in 一社, 2 in 二社
    shanxia: list[int]  # households of 山下村 (no responsible officer: the chief's cards)


def make_post(ctx: ServiceContext, *, hewan: int = 5, shanxia: int = 2) -> Post:
    with ctx.write() as s:
        s.add(
            Station(
                name="安定区公安局李家堡派出所",
                address="甘肃省定西市安定区李家堡镇中街18号",
                duty_phone="0932-8123456",
                chief_name="王建国",
                chief_phone=CHIEF_PHONE,
            )
        )
        chief = Officer(name="王建国", badge_no="620001", role=OfficerRole.CHIEF, phone=CHIEF_PHONE)
        zhang = Officer(name="张伟", badge_no="620123", role=OfficerRole.OFFICER, phone=ZHANG_PHONE)
        li = Officer(name="李娜", badge_no="620456", role=OfficerRole.OFFICER, phone="13709325678")
        village = Village(name="河湾村", responsible_officer=zhang)
        other = Village(name="山下村")
        groups = [VillageGroup(village=village, number=n, name=f"{n}社") for n in (1, 2)]
        homes = [
            Household(household_no=f"HW{i:04d}", village=village, group=groups[i >= 3])
            for i in range(hewan)
        ]
        others = [Household(household_no=f"SX{i:04d}", village=other) for i in range(shanxia)]
        s.add_all([chief, zhang, li, village, other, *groups, *homes, *others])
        s.flush()
        return Post(chief.id, zhang.id, li.id, [h.id for h in homes], [h.id for h in others])
