"""Two years of the post's everyday work: home visits, contact cards, service calls, outreach and
joint meetings. Disputes and mediation are in ``demo.mediation``.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from lijiabu_desk.models import (
    ContactCard,
    HomeVisit,
    HomeVisitOfficer,
    JointMeeting,
    MeetingActionItem,
    MeetingAttendee,
    OutreachEvent,
    OutreachOfficer,
    ServiceCall,
)
from lijiabu_desk.models.enums import CallKind, FiveSmallAim, OfficerRole, Urgency
from lijiabu_desk.services.demo import vocab
from lijiabu_desk.services.demo.cards import CARD_SHARE, card_values, plan_cards
from lijiabu_desk.services.demo.context import Context, Weighted
from lijiabu_desk.services.demo.families import TAG_ELDERS, TAG_LEFT_BEHIND, TAG_MOBILITY
from lijiabu_desk.services.demo.field_work import (
    VisitDone,
    app_users,
    purpose_kind,
    record_field_work,
    renewals_on_the_desk,
)
from lijiabu_desk.services.demo.people import Member
from lijiabu_desk.services.demo.township import Home, Staff, Township

__all__ = ["build_activity"]

_VISITS_PER_HOME = Weighted([(0, 25), (1, 40), (2, 22), (3, 9), (4, 4)])
_CALL_KINDS = Weighted(
    [(CallKind.DOCUMENTS, 25), (CallKind.MEDICAL, 12), (CallKind.DISPUTE, 12),
     (CallKind.CRIME_REPORT, 10), (CallKind.ENQUIRY, 20), (CallKind.ANTI_FRAUD, 10),
     (CallKind.OTHER, 8)]
)  # fmt: skip
_AIMS: dict[CallKind, tuple[FiveSmallAim, ...]] = {
    CallKind.DOCUMENTS: (FiveSmallAim.SMALL_MATTER,),
    CallKind.MEDICAL: (FiveSmallAim.SMALL_WORRY, FiveSmallAim.SMALL_HELP),
    CallKind.DISPUTE: (FiveSmallAim.SMALL_WORRY,),
    CallKind.CRIME_REPORT: (FiveSmallAim.SMALL_CASE,),
    CallKind.ENQUIRY: (FiveSmallAim.SMALL_MATTER, FiveSmallAim.SMALL_BENEFIT),
    CallKind.ANTI_FRAUD: (FiveSmallAim.SMALL_BENEFIT, FiveSmallAim.SMALL_CASE),
    CallKind.OTHER: (FiveSmallAim.SMALL_HELP,),
}
#: (summary, outcome) per kind; {name} is the caller, {who} the person concerned.
_CALL_TEXTS: dict[CallKind, tuple[tuple[str, str], ...]] = {
    CallKind.DOCUMENTS: (
        (
            "{name}来电：家中{who}行动不便，身份证过期，无法领取补贴，请求上门办理。",
            "户籍民警次日携相机上门采集照片，新证办好后送证上门。",
        ),
        ("{name}来电咨询外出务工子女的居住证明如何开具。", "告知所需材料，次日到所办理完毕。"),
    ),
    CallKind.MEDICAL: (
        (
            "{name}来电：孩子半夜高烧，父母在外务工，家中只有老人，请求帮助送医。",
            "民警驾车将孩子送往镇卫生院，经治疗已退烧。",
        ),
        ("{name}来电：家中老人突发头晕倒地，请求帮助。", "民警协助联系120并护送至区医院。"),
    ),
    CallKind.DISPUTE: (
        ("{name}来电称与邻居因琐事争吵，请求民警到场。", "民警到场劝解，双方情绪平稳，未再争执。"),
    ),
    CallKind.CRIME_REPORT: (
        ("{name}报警称自家羊圈内两只羊被盗。", "民警到场勘查，调取路口监控，已立案侦查。"),
        ("{name}报警称停在院外的三轮车电瓶被盗。", "民警走访周边，当日追回电瓶，归还失主。"),
    ),
    CallKind.ENQUIRY: (
        ("{name}来电咨询户口迁移需要哪些材料。", "电话告知办理流程及所需材料。"),
        ("{name}来电询问高龄补贴申领条件。", "告知向村委会申报，并帮助联系民政专干。"),
    ),
    CallKind.ANTI_FRAUD: (
        (
            "{name}来电称接到自称“客服”的电话，要求转账退款。",
            "民警劝阻，确认未转账，指导安装反诈APP。",
        ),
        ("{name}来电：家中老人被推销“保健品”，已付款。", "民警上门核实并联系商家退款。"),
    ),
    CallKind.OTHER: (
        ("{name}来电：家中老人走失，请求帮助寻找。", "民警与村干部分头寻找，两小时后在邻村找到。"),
        ("{name}来电：村道被落石堵塞，车辆无法通行。", "民警到场疏导，联系镇上派铲车清理。"),
    ),
}


def _owner(ctx: Context, home: Home) -> Staff:
    return home.village.officer if ctx.chance(0.6) else home.village.auxiliary


def _visits_and_cards(ctx: Context, tw: Township) -> list[VisitDone]:
    plan = plan_cards(ctx, tw)
    done: list[VisitDone] = []
    for home in tw.homes:
        visits = _VISITS_PER_HOME.pick(ctx.rng) + (1 if home.tags else 0)
        days = sorted(ctx.day_between(home.registered, ctx.today) for _ in range(visits))
        gets_card = ctx.chance(CARD_SHARE)
        frail = [m for m in home.members if m.active and m.needs_service]
        for index, day in enumerate(days):
            card = gets_card and index == 0
            if card:
                purpose = "发放警民连心卡"
            elif TAG_ELDERS in home.tags and ctx.chance(0.6):
                purpose = "关爱空巢老人"
            elif TAG_LEFT_BEHIND in home.tags and ctx.chance(0.6):
                purpose = "留守儿童关爱走访"
            else:
                purpose = ctx.pick(vocab.VISIT_PURPOSES)
            app = bool(home.phone) and ctx.chance(0.35)
            photo = bool(frail) and TAG_MOBILITY in home.tags and ctx.chance(0.3)
            notes = [ctx.pick(vocab.VISIT_NOTES)]
            if app:
                notes.append("已指导安装国家反诈中心APP。")
            if card:
                notes.append("发放警民连心卡一张，告知民警电话及24小时值班电话。")
            if photo:
                notes.append(f"为行动不便的{frail[0].name}上门采集身份证照片。")
            when = ctx.stamp(day)
            visit_id = ctx.add(
                HomeVisit,
                when,
                household_id=home.id,
                visit_date=day,
                purpose_kind=purpose_kind(purpose),
                purpose=purpose,
                summary="".join(notes),
                anti_fraud_app_installed=app,
                contact_card_handed=card,
                id_photo_taken=photo,
            )
            team = [_owner(ctx, home)]
            if ctx.chance(0.55):
                other = (
                    home.village.auxiliary
                    if team[0] is home.village.officer
                    else (home.village.officer)
                )
                team.append(other)
            for officer in team:
                ctx.add(HomeVisitOfficer, when, visit_id=visit_id, officer_id=officer.id)
            if card:
                ctx.add(ContactCard, when, **card_values(plan, tw, home, day, team[0]))
            if app or photo:
                users = app_users(home.members, day) if app else ()
                done.append(VisitDone(visit_id, day, users, frail[0] if photo else None))
    return done


def _caller(ctx: Context, tw: Township, kind: CallKind) -> tuple[Member, Home | None]:
    """Someone who calls: a resident (an outsider now and then at the market)."""
    if kind in (CallKind.CRIME_REPORT, CallKind.ANTI_FRAUD) and ctx.chance(0.1):
        return ctx.pick(tw.outsiders), None
    for _ in range(20):
        home = ctx.pick(tw.homes)
        callers = [
            m
            for m in home.members
            if m.active and m.phone and not m.needs_service and m.age(ctx.start) >= 16
        ]
        if callers:
            return ctx.pick(callers), home
    return ctx.pick(tw.outsiders), None


def _call_text(ctx: Context, kind: CallKind, home: Home | None, night: bool) -> tuple[str, str]:
    """(summary, outcome); the first text of a kind fits only some households."""
    texts = _CALL_TEXTS[kind]
    frail = bool(home) and any(m.needs_service and m.active for m in home.members)
    if kind is CallKind.DOCUMENTS:
        return texts[0] if frail else texts[1]
    if kind is CallKind.MEDICAL:
        left_behind = home is not None and TAG_LEFT_BEHIND in home.tags
        return texts[0] if night and left_behind else texts[1]
    return ctx.pick(texts)


def _arrival(ctx: Context, received: datetime, urgency: Urgency) -> datetime:
    """Emergencies within half an hour; ordinary calls the same day, or next morning."""
    if urgency is Urgency.EMERGENCY:
        arrived = ctx.later(received, 8, 30)
    elif urgency is Urgency.URGENT:
        arrived = ctx.later(received, 15, 60)
    else:
        arrived = ctx.later(received, 40, 240)
        if arrived.date() > received.date() or arrived.hour >= 20:
            arrived = ctx.at(received.date() + timedelta(days=1), 8, 11)
    if arrived.date() > ctx.today:  # the call came in this evening: on the way now
        arrived = max(received, datetime.combine(ctx.today, time(23, 59)))
    return arrived


def _service_calls(ctx: Context, tw: Township, count: int) -> None:
    kinds = list(CallKind)
    # The last of the officers keeps the household register (see township._station_and_staff).
    register_officer = [s for s in tw.staff if s.role is OfficerRole.OFFICER][-1]
    for index in range(count):
        kind = kinds[index] if index < len(kinds) else _CALL_KINDS.pick(ctx.rng)
        caller, home = _caller(ctx, tw, kind)
        day = ctx.day_between(ctx.start, ctx.today)
        night = kind is CallKind.MEDICAL and ctx.chance(
            0.7 if home is not None and TAG_LEFT_BEHIND in home.tags else 0.3
        )
        received = ctx.at(day, 0, 5) if night else ctx.at(day, 7, 21)
        if kind is CallKind.MEDICAL:
            urgency = Urgency.EMERGENCY if ctx.chance(0.5) else Urgency.URGENT
        elif kind in (CallKind.CRIME_REPORT, CallKind.DISPUTE):
            urgency = Urgency.URGENT if ctx.chance(0.5) else Urgency.NORMAL
        else:
            urgency = Urgency.NORMAL
        if kind is CallKind.DOCUMENTS:
            responder = register_officer
        elif home is not None:
            responder = _owner(ctx, home)
        else:
            responder = ctx.pick(tw.staff)
        summary, outcome = _call_text(ctx, kind, home, night)
        frail = [m for m in home.members if m.needs_service and m.active] if home else []
        who = f"老人{frail[0].name}" if frail else "老人"
        arrived: datetime | None = None  # ENQUIRY, ANTI_FRAUD: often settled on the telephone
        if kind not in (CallKind.ENQUIRY, CallKind.ANTI_FRAUD) or ctx.chance(0.5):
            arrived = _arrival(ctx, received, urgency)
        ctx.add(
            ServiceCall, ctx.later(received, 2, 20), arrived,
            received_at=received, caller_id=caller.id, caller_name=caller.name,
            caller_phone=caller.phone or (home.phone if home else ""),
            household_id=home.id if home else None, kind=kind, urgency=urgency,
            aim=ctx.pick(_AIMS[kind]), summary=summary.format(name=caller.name, who=who),
            responder_id=responder.id, arrived_at=arrived, outcome=outcome, dispute_id=None,
            # Every demo call has been dealt with (an open one would sit in a queue for good);
            # fixed offsets keep the random stream, and so the rest of the demo, unchanged.
            completed_at=(arrived or received) + timedelta(minutes=40),
            village_id=home.village.id if home else None,
        )  # fmt: skip


def _outreach(ctx: Context, tw: Township, count: int) -> None:
    for _ in range(count):
        day = ctx.day_between(ctx.start, ctx.today)
        village = None
        if ctx.chance(0.2) and tw.villages:
            village = ctx.pick(tw.villages)
            place = f"{village.name}村委会广场"
        else:
            place = ctx.pick(vocab.OUTREACH_PLACES)
        at_market = place == vocab.MARKET
        topic = ctx.pick(vocab.OUTREACH_TOPICS[:3] if at_market else vocab.OUTREACH_TOPICS)
        reached = ctx.rng.randint(80, 400) if at_market else ctx.rng.randint(25, 150)
        leaflets = ctx.rng.randint(reached // 2, reached)
        when = ctx.stamp(day)
        event_id = ctx.add(
            OutreachEvent,
            when,
            held_on=day,
            village_id=village.id if village is not None else None,
            place=place,
            topic=topic,
            people_reached=reached,
            apps_installed=ctx.rng.randint(0, reached // 4),
            notes=f"发放宣传资料{leaflets}份。",
        )
        for officer in ctx.rng.sample(tw.staff, ctx.rng.randint(1, 3)):
            ctx.add(OutreachOfficer, when, event_id=event_id, officer_id=officer.id)


def _meetings(ctx: Context, tw: Township) -> None:
    month = date(ctx.start.year, ctx.start.month, 1)
    order = ("township", "governance_centre", "justice_office", "court")
    while month <= ctx.today:
        day = max(month + timedelta(days=ctx.rng.randint(4, 24)), ctx.start)
        nxt = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        month = nxt
        if day > ctx.today:
            break
        topics = ctx.rng.sample(vocab.MEETING_TOPICS, ctx.rng.randint(2, 3))
        decisions = ctx.rng.sample(vocab.MEETING_DECISIONS, ctx.rng.randint(1, 2))
        place = "李家堡镇人民政府会议室" if ctx.chance(0.7) else "李家堡派出所会议室"
        when = ctx.stamp(day)
        meeting_id = ctx.add(
            JointMeeting,
            when,
            held_on=day,
            place=place,
            topics="；".join(topics),
            decisions="；".join(decisions),
        )
        people = [
            (tw.partners[key].organisation, tw.partners[key].name, tw.partners[key].title)
            for key in order
        ]
        people.insert(1, ("李家堡派出所", tw.chief.name, "所长"))
        if ctx.chance(0.5) and tw.villages:
            village = ctx.pick(tw.villages)
            people.append((f"{village.name}村委会", village.head_name, "村主任"))
        if ctx.chance(0.4) and tw.lawyer is not None:
            people.append((vocab.LAW_FIRM, tw.lawyer.name, "驻所律师"))
        for organisation, name, title in people:
            ctx.add(
                MeetingAttendee,
                when,
                meeting_id=meeting_id,
                organisation=organisation,
                name=name,
                title=title,
            )
        for text, owner in ctx.rng.sample(vocab.ACTION_ITEMS, ctx.rng.randint(1, 3)):
            due = day + timedelta(days=ctx.rng.randint(7, 30))
            done = due + timedelta(days=ctx.rng.randint(-6, 4))
            done_on = done if done <= ctx.today and done > day and ctx.chance(0.85) else None
            ctx.add(
                MeetingActionItem,
                when,
                ctx.stamp(done_on) if done_on else None,
                meeting_id=meeting_id,
                text=text,
                owner=owner,
                due_on=due,
                done_on=done_on,
            )


def build_activity(ctx: Context, tw: Township) -> None:
    """Visits, cards, calls, outreach and meetings, all between ``ctx.start`` and today."""
    households = len(tw.homes)
    done = _visits_and_cards(ctx, tw)
    _service_calls(ctx, tw, max(3 * len(CallKind), round(households * 0.6)))
    _outreach(ctx, tw, 50 + households // 300)
    _meetings(ctx, tw)
    _calls_still_open(ctx, tw)
    ctx.flush()
    record_field_work(ctx, done)
    renewals_on_the_desk(ctx, tw.homes, {h.id: h.village.officer.id for h in tw.homes})
    ctx.flush()


def _calls_still_open(ctx: Context, tw: Township) -> None:
    """Last evening's calls, still on the desk the day the demo is built: an elder's ID card
    to renew at home (nobody there yet) and a quarrel an officer has gone to (not 办结)."""
    evening = ctx.today - timedelta(days=1)
    register_officer = [s for s in tw.staff if s.role is OfficerRole.OFFICER][-1]
    for kind, urgency in ((CallKind.DOCUMENTS, Urgency.NORMAL), (CallKind.DISPUTE, Urgency.URGENT)):
        caller, home = _caller(ctx, tw, kind)
        received = ctx.at(evening, 18, 21)
        summary, _outcome = _call_text(ctx, kind, home, night=False)
        frail = [m for m in home.members if m.needs_service and m.active] if home else []
        who = f"老人{frail[0].name}" if frail else "老人"
        arrived = ctx.later(received, 20, 40) if kind is CallKind.DISPUTE else None
        responder = register_officer if kind is CallKind.DOCUMENTS else ctx.pick(tw.staff)
        ctx.add(
            ServiceCall, received, arrived,
            received_at=received, caller_id=caller.id, caller_name=caller.name,
            caller_phone=caller.phone or (home.phone if home else ""),
            household_id=home.id if home else None, kind=kind, urgency=urgency, aim=None,
            summary=summary.format(name=caller.name, who=who),
            responder_id=responder.id, arrived_at=arrived, outcome="", dispute_id=None,
            completed_at=None, village_id=home.village.id if home else None,
        )  # fmt: skip
