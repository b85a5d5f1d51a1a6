"""A small post ready for a dispute: station, a village, two officers, and parties with every
particular an agreement needs. Shared by the service, printing and window tests."""

from __future__ import annotations

from dataclasses import dataclass

from lijiabu_desk.models.enums import (
    AgreementKind,
    DisputeCategory,
    DisputeSource,
    OfficerRole,
    PanelRole,
    PlaceKind,
)
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.disputes.agreements import AgreementInput, TermInput
from lijiabu_desk.services.disputes.intake import DisputeInput, PartyInput, register_dispute
from lijiabu_desk.services.disputes.sessions import ParticipantInput, SessionInput
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


def sitting(post: Post, **changes: object) -> SessionInput:
    values: dict[str, object] = {
        "held_on": "2026-11-26",
        "held_time": "14:30",
        "place": "李家堡派出所调解室",
        "statements": "甲方称：乙方院墙排水冲毁其菜地。乙方称：排水沟是老沟。",
        "findings": "现场查看，排水沟出口正对甲方菜地。",
        "outcome": "双方同意改建排水沟，由乙方赔偿菜地损失。",
        "participants": (
            ParticipantInput(PanelRole.POLICE, officer_id=post.officer_id),
            ParticipantInput(PanelRole.JUSTICE_OFFICE, name="张丽", organisation="李家堡司法所"),
            ParticipantInput(PanelRole.PARTY, person_id=post.jia_id),
            ParticipantInput(PanelRole.RECORDER, name="刘晓燕"),
        ),
    }
    values.update(changes)
    return SessionInput(**values)  # type: ignore[arg-type]


def complete_agreement(post: Post | None = None, **changes: object) -> AgreementInput:
    values: dict[str, object] = {
        "kind": AgreementKind.PEOPLES_MEDIATION,
        "facts": "乙方院墙排水冲毁甲方菜地约半分。",
        "points_in_dispute": "排水沟走向及菜地损失赔偿。",
        "responsibility": "乙方排水沟出口设置不当，负主要责任。",
        "terms": (
            TermInput("乙方于2026年12月10日前将排水沟改至村道边沟。", "", "20261210"),
            TermInput("乙方赔偿甲方菜地损失。", "800", "2026-12-05"),
        ),
        "performance_method": "乙方自行施工；赔偿款以现金当面交付。",
        "performance_place": "马家山村三社",
        "performance_deadline": "2026年12月15日",
        "mediator_name": "张丽",
        "recorder_name": "刘晓燕",
    }
    if changes.get("kind") is AgreementKind.POLICE_MEDIATION:
        # 治安调解 also records the incident: when, where, and who else was there.
        values.update(
            incident_on="20261125",
            incident_time="21:30",
            incident_place="马家山村三社王秀英家院外",
            others_present="村民马小红（目击）",
        )
    values.update(changes)
    return AgreementInput(**values)  # type: ignore[arg-type]
