"""A small post ready for a dispute: station, a village, two officers, and parties with every
particular an agreement needs. Shared by the service, printing and window tests."""

from __future__ import annotations

from dataclasses import dataclass

from lijiabu_desk.models.enums import DisputeCategory, DisputeSource, OfficerRole, PlaceKind
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.intake import DisputeInput, PartyInput, register_dispute
from lijiabu_desk.services.identity import check_character
from lijiabu_desk.services.officers import OfficerInput, save_officer
from lijiabu_desk.services.places import VillageInput, list_villages, save_village
from lijiabu_desk.services.register.people import PersonInput, save_person
from lijiabu_desk.services.station import StationDetails, save_station


def id_number(first17: str) -> str:
    return first17 + check_character(first17)


@dataclass(frozen=True)
class Post:
    village_id: int
    officer_id: int
    chief_id: int
    jia_id: int  # 甲方 马建国
    yi_id: int  # 乙方 王秀英
    outsider_id: int  # 丙方 a trader from Ningxia, no household, few particulars


def make_post(desk: ServiceContext) -> Post:
    save_station(
        desk,
        StationDetails(
            name="李家堡派出所",
            county_bureau="定西市公安局安定分局",
            mediation_committee="李家堡镇人民调解委员会",
        ),
    )
    save_village(
        desk,
        VillageInput(name="马家山村", head_name="马文华", mediator_name="马有德", group_count=5),
    )
    village_id = list_villages(desk)[0].id
    officer = save_officer(
        desk, OfficerInput(name="李振华", role=OfficerRole.OFFICER, badge_no="062418")
    )
    chief = save_officer(
        desk, OfficerInput(name="赵长安", role=OfficerRole.CHIEF, badge_no="062401")
    )
    jia = save_person(
        desk,
        PersonInput(
            name="马建国",
            ethnicity="汉族",
            id_number=id_number("62110219680305123"),
            phone="13909321234",
            occupation="农民",
            address="马家山村三社12号",
        ),
    )
    yi = save_person(
        desk,
        PersonInput(
            name="王秀英",
            ethnicity="回族",
            id_number=id_number("62110219720716124"),
            phone="13809325678",
            occupation="农民",
            address="马家山村三社14号",
        ),
    )
    outsider = save_person(desk, PersonInput(name="马哈麦", origin="宁夏同心县"))
    return Post(village_id, officer, chief, jia, yi, outsider)


def intake(post: Post, **changes: object) -> DisputeInput:
    values: dict[str, object] = {
        "category": DisputeCategory.NEIGHBOUR,
        "source": DisputeSource.APPLICATION,
        "place_kind": PlaceKind.VILLAGE,
        "village_id": post.village_id,
        "facts": "2026年11月20日，马建国与王秀英因院墙排水问题发生争吵。",
        "parties": (
            PartyInput(post.jia_id, "甲方", "要求乙方改建排水沟"),
            PartyInput(post.yi_id, "乙方", "要求甲方赔偿院墙损失"),
        ),
        "received_on": "20261125",
        "received_time": "10:30",
        "received_by_id": post.officer_id,
    }
    values.update(changes)
    return DisputeInput(**values)  # type: ignore[arg-type]


def open_case(desk: ServiceContext, post: Post) -> int:
    return register_dispute(desk, intake(post))
