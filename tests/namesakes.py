"""Three residents with one name, as in the demo (its 陈亚明: two moved away, one at home): two
王秀英 who married away years ago and one who lives in 河湾村三社, saved in the order the demo's
ids put them, the two who left first. Shared by the service and the window tests."""

from __future__ import annotations

from dataclasses import dataclass

from lijiabu_desk.models.enums import Relation, ResidentStatus
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.identity import check_character
from lijiabu_desk.services.places import VillageInput, list_villages, save_village
from lijiabu_desk.services.register.households import HouseholdInput, save_household
from lijiabu_desk.services.register.people import PersonInput, record_leaving, save_person

NAME = "王秀英"
TAIL = "1248"  # the last four of the ID numbers of the first who left and of the one at home


def id_ending(birth: str, tail: str) -> str:
    """A valid ID number born on ``birth`` (YYYYMM) whose last four characters are ``tail``:
    the day of birth is the free part, the check character has to come out as tail[3]."""
    for day in range(1, 29):
        first17 = f"621102{birth}{day:02d}{tail[:3]}"
        if check_character(first17) == tail[3]:
            return first17 + tail[3]
    raise AssertionError(f"no day of {birth} gives the tail {tail}")


@dataclass(frozen=True)
class Namesakes:
    village_id: int
    moved_early: int  # 柳沟村二社, left 2019-03-01; ID number ends in TAIL
    moved_late: int  # 河湾村一社, left 2024-05-20
    here: int  # 河湾村三社, the one living in the village; ID number ends in TAIL
    other_household: int  # 河湾村二社, where a member could be moved


def make_namesakes(desk: ServiceContext) -> Namesakes:
    save_village(desk, VillageInput(name="河湾村", group_count=3))
    save_village(desk, VillageInput(name="柳沟村", group_count=3))
    villages = {v.name: v for v in list_villages(desk)}
    river, gully = villages["河湾村"], villages["柳沟村"]

    def household(number: str, village, group: int) -> int:
        return save_household(
            desk, HouseholdInput(number, village.id, group_id=village.groups[group - 1].id)
        )

    def person(number: str, home: int, relation: Relation, phone: str = "") -> int:
        return save_person(
            desk,
            PersonInput(
                name=NAME, id_number=number, phone=phone, household_id=home, relation=relation
            ),
        )

    moved_early = person(
        id_ending("197503", TAIL), household("HW0002", gully, 2), Relation.DAUGHTER
    )
    record_leaving(desk, moved_early, ResidentStatus.MOVED_AWAY, "2019-03-01", "嫁往会宁县")
    moved_late = person(
        id_ending("198108", "3366"), household("HW0001", river, 1), Relation.DAUGHTER
    )
    record_leaving(desk, moved_late, ResidentStatus.MOVED_AWAY, "2024-05-20", "嫁往兰州市")
    here = person(
        id_ending("195203", TAIL), household("HW0003", river, 3), Relation.HEAD, "13909321234"
    )
    return Namesakes(river.id, moved_early, moved_late, here, household("HW0004", river, 2))
