"""Print every dispute form of one hard case, to look at page by page (#13's final review).

The case is what a county reviewer would try: nine parties on four sides (three on 甲方), one of
them a minor who signs with a guardian, a surname with a CJK Extension B character (𠮷,
U+20BB7), a police agreement with long terms and amounts in words, two sittings, a follow-up
visit and the closing report. Everything goes through the services, as the window would.

    .venv/bin/python tools/hard_case.py OUT_DIR        # then: pdftoppm -r 60 -png OUT_DIR/x.pdf

The database is made fresh in OUT_DIR/hard-case.sqlite3 (all names are made up).
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from lijiabu_desk.models.enums import (
    AgreementKind,
    DisputeCategory,
    DisputeSource,
    OfficerRole,
    PanelRole,
    PlaceKind,
)
from lijiabu_desk.services.actor import SETUP_ACTOR
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.database import open_database
from lijiabu_desk.services.disputes.agreements import (
    AgreementInput,
    TermInput,
    finalise_agreement,
    mark_signed,
    save_agreement,
)
from lijiabu_desk.services.disputes.case_view import load_case
from lijiabu_desk.services.disputes.follow_ups import FollowUpInput, record_follow_up
from lijiabu_desk.services.disputes.intake import DisputeInput, PartyInput, register_dispute
from lijiabu_desk.services.disputes.outcomes import close_case
from lijiabu_desk.services.disputes.sessions import ParticipantInput, SessionInput, save_session
from lijiabu_desk.services.identity import check_character
from lijiabu_desk.services.officers import OfficerInput, save_officer
from lijiabu_desk.services.places import VillageInput, list_villages, save_village
from lijiabu_desk.services.print_kinds import PrintKind
from lijiabu_desk.services.printing import print_form
from lijiabu_desk.services.register.people import PersonInput, save_person
from lijiabu_desk.services.station import StationDetails, save_station

NOW = [datetime(2026, 11, 20, 9, 0)]

#: (side, name, first 17 digits of the ID number, occupation); the 15-year-old is a minor.
PARTIES = (
    ("甲方", "𠮷祥林", "62110219680305123", "农民"),
    ("甲方", "𠮷德明", "62110219900112123", "农民"),
    ("甲方", "𠮷小宝", "62110220110403123", "学生"),
    ("乙方", "王秀英", "62110219720716124", "农民"),
    ("乙方", "王志强", "62110219950820123", "个体经营"),
    ("丙方", "马哈麦", "64032419800101123", "牲畜经纪人"),
    ("丙方", "马海军", "64032419851230123", "司机"),
    ("丁方", "李春燕", "62110219880909124", "村医"),
    ("丁方", "李国栋", "62110219700606123", "农民"),
)

LONG_TERM = (
    "甲方𠮷祥林、𠮷德明于2026年12月10日前向乙方王秀英一次性支付医疗费、误工费、营养费、"
    "交通费共计人民币壹万贰仟叁佰肆拾伍元陆角（12345.60元），款项通过银行转账支付至乙方指定账户，"
    "转账凭证复印件交李家堡派出所存档；乙方收到款项后三日内出具收条。"
)


def clock() -> datetime:
    return NOW[0]


def build(ctx: ServiceContext) -> int:
    save_station(
        ctx,
        StationDetails(
            name="李家堡派出所",
            county_bureau="定西市公安局安定分局",
            mediation_committee="李家堡镇人民调解委员会",
        ),
    )
    save_village(ctx, VillageInput(name="马家山村", head_name="马文华", group_count=5))
    village = list_villages(ctx)[0].id
    officer = save_officer(ctx, OfficerInput("李振华", OfficerRole.OFFICER, badge_no="062418"))
    ids = []
    for side, name, first17, job in PARTIES:
        person = save_person(
            ctx,
            PersonInput(
                name=name,
                ethnicity="回族" if side == "丙方" else "汉族",
                id_number=first17 + check_character(first17),
                phone="13909321234",
                occupation=job,
                address="马家山村三社12号" if side == "甲方" else "马家山村五社3号",
            ),
        )
        ids.append((side, person))
    parties = tuple(
        PartyInput(
            person,
            side,
            "要求对方赔偿医疗费、误工费等各项损失，并当面赔礼道歉。",
            *(("𠮷祥林", "父亲") if n == 2 else ("", "")),
        )
        for n, (side, person) in enumerate(ids)
    )
    case = register_dispute(
        ctx,
        DisputeInput(
            category=DisputeCategory.DAMAGES,
            source=DisputeSource.APPLICATION,
            place_kind=PlaceKind.VILLAGE,
            village_id=village,
            facts="2026年11月18日晚，四户人家因牲畜进入庄稼地发生争执，继而推搡，致王秀英面部擦伤。",
            parties=parties,
            received_on="20261120",
            received_time="09:00",
            received_by_id=officer,
        ),
    )
    for day in ("20261120", "20261124"):
        NOW[0] = datetime(int(day[:4]), int(day[4:6]), int(day[6:]), 18, 0)
        save_session(
            ctx,
            case,
            SessionInput(
                held_on=day,
                held_time="08:30",
                place="李家堡派出所调解室",
                statements="各方陈述了事情经过。" * 8,
                findings="经现场查看并询问在场村民，事实基本清楚。" * 4,
                outcome="各方同意继续协商赔偿数额。",
                participants=(
                    ParticipantInput(PanelRole.POLICE, officer_id=officer),
                    *(ParticipantInput(PanelRole.PARTY, person_id=p) for _, p in reversed(ids)),
                    ParticipantInput(PanelRole.RECORDER, name="刘晓燕"),
                ),
            ),
        )
    terms = (
        TermInput(LONG_TERM, "12345.60", "20261210"),
        *(
            TermInput(f"第{n}项：各方保证今后和睦相处，不再因此事发生任何争执。" * 3)
            for n in range(2, 9)
        ),
    )
    agreement = save_agreement(
        ctx,
        case,
        AgreementInput(
            kind=AgreementKind.POLICE_MEDIATION,
            facts="2026年11月18日晚，各方因牲畜进入庄稼地发生争执并推搡，致王秀英面部擦伤，经鉴定未达轻微伤。",
            points_in_dispute="医疗费、误工费等损失的赔偿。",
            responsibility="甲方看管牲畜不善并先动手推搡，负主要责任；乙方言语过激，负次要责任。",
            terms=terms,
            performance_method="银行转账",
            performance_place="马家山村委会",
            performance_deadline="20261215",
            mediator_id=officer,
            recorder_name="刘晓燕",
            incident_on="20261118",
            incident_time="20:30",
            incident_place="马家山村三社𠮷祥林家玉米地边",
            others_present="村民马文礼（在场劝解）、马有德（目击）",
        ),
    )
    NOW[0] = datetime(2026, 11, 25, 10, 0)
    finalise_agreement(ctx, agreement)
    mark_signed(ctx, agreement, "20261125")
    NOW[0] = datetime(2026, 12, 12, 16, 0)
    planned = load_case(ctx, case).follow_ups[0].id
    record_follow_up(
        ctx,
        agreement,
        FollowUpInput(
            "20261212",
            "fulfilled",
            officer,
            ids[3][1],
            "款项已付清。",
            method="home",
            satisfaction="satisfied",
        ),
        planned,
    )
    close_case(ctx, case, "协议已履行完毕。", prevented_crime=True)
    return case


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / "hard-case.sqlite3"
    path.unlink(missing_ok=True)
    db = open_database(path, clock=clock)
    ctx = ServiceContext(db, SETUP_ACTOR, clock)
    case = build(ctx)
    view = load_case(ctx, case)
    forms = [
        (PrintKind.INTAKE_FORM, case, "intake"),
        (PrintKind.MEDIATION_RECORD, view.sessions[0].id, "record-1"),
        (PrintKind.POLICE_AGREEMENT, view.agreements[0].id, "police-agreement"),
        (PrintKind.FOLLOW_UP, view.follow_ups[0].id, "follow-up"),
        (PrintKind.CLOSING_REPORT, case, "closing-report"),
    ]
    for kind, record, name in forms:
        (args.out / f"{name}.pdf").write_bytes(print_form(ctx, kind, record).pdf)
        print(args.out / f"{name}.pdf")
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
