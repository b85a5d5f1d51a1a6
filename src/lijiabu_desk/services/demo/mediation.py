"""Saving planned cases: disputes, parties, sessions with their panel, agreements with terms,
follow-ups and referrals. Boundary agreements are in ``demo.boundary``.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from lijiabu_desk.models import (
    Agreement,
    AgreementTerm,
    Dispute,
    DisputeParty,
    FollowUp,
    MediationSession,
    Referral,
    ServiceCall,
    SessionParticipant,
)
from lijiabu_desk.models.enums import (
    AgreementForm,
    AgreementKind,
    AgreementStatus,
    CallKind,
    DisputeCategory,
    DisputeSource,
    DisputeStatus,
    FiveSmallAim,
    PanelRole,
    Performance,
    PlaceKind,
    ReferralTarget,
    RiskGrade,
    Urgency,
)
from lijiabu_desk.services.demo import vocab
from lijiabu_desk.services.demo.boundary import attach, save_boundary, tiny_png
from lijiabu_desk.services.demo.cases import Case
from lijiabu_desk.services.demo.context import Context
from lijiabu_desk.services.demo.township import Township

SIDES = ("甲方", "乙方", "丙方", "丁方")
_PANEL_CATEGORIES = (DisputeCategory.HOUSE_SITE, DisputeCategory.LAND_BOUNDARY,
                     DisputeCategory.MARRIAGE_FAMILY)  # fmt: skip
_FINDINGS = {
    Performance.FULFILLED: "双方均按协议履行，关系已缓和。",
    Performance.PARTIAL: "已履行部分条款，剩余款项约定按期付清。",
    Performance.PENDING: "尚未开始履行，已督促义务人按期履行。",
    Performance.NOT_PERFORMED: "义务人未履行，已告知可申请司法确认后强制执行。",
}
_RECEIVERS = {
    ReferralTarget.JUSTICE_OFFICE: vocab.JUSTICE_OFFICE,
    ReferralTarget.COURT: "安定区人民法院",
    ReferralTarget.TOWNSHIP: vocab.TOWNSHIP_GOV,
    ReferralTarget.CRIMINAL_CASE: "李家堡派出所办案队",
}


def _fill(case: Case, text: str) -> str:
    return text.format(**case.words)


def _save_dispute(ctx: Context, case: Case) -> int:
    failed = case.status is DisputeStatus.FAILED
    failure = ctx.pick(vocab.FAILURE_REASONS) if failed else ""
    routes = ctx.pick(vocab.OPEN_ROUTES) if failed else ""
    village = case.village if case.place_kind is not PlaceKind.MARKET else None
    case.facts = _fill(case, ctx.pick(case.text.facts))
    when = ctx.later(case.received, 5, 40)
    dispute_id = ctx.add(
        Dispute, when, ctx.stamp(case.last_day()),
        case_no=case.case_no, year=case.year, seq=case.seq, category=case.category,
        source=case.source, place_kind=case.place_kind,
        village_id=village.id if village else None, place_detail=case.place_detail,
        received_at=case.received, received_by_id=case.presiding.id,
        facts=case.facts, risk_grade=case.risk, status=case.status,
        deadline=case.received.date() + timedelta(days=30), failure_reason=failure,
        open_routes=routes, closed_on=case.closed_on,
    )  # fmt: skip
    demands = (*case.text.demands, "同意接受调解")
    for position, person in enumerate(case.parties):
        demand = demands[min(position, 2)]
        ctx.add(
            DisputeParty,
            when,
            dispute_id=dispute_id,
            person_id=person.id,
            position=position,
            side=SIDES[position],
            demand=demand,
        )
    if case.source is DisputeSource.CALL:
        caller = case.parties[0]
        received = case.received - timedelta(minutes=ctx.rng.randint(5, 40))
        ctx.add(
            ServiceCall, ctx.later(received, 2, 10),
            received_at=received, caller_id=caller.id, caller_name=caller.name,
            caller_phone=caller.phone, household_id=caller.home.id if caller.home else None,
            kind=CallKind.DISPUTE,
            urgency=Urgency.URGENT if case.risk is not RiskGrade.ORDINARY else Urgency.NORMAL,
            aim=FiveSmallAim.SMALL_WORRY,
            summary=f"{caller.name}来电反映与{case.parties[1].name}发生纠纷，请求民警处理。",
            responder_id=case.presiding.id, arrived_at=ctx.later(received, 15, 35),
            outcome="民警到场稳定双方情绪，登记为矛盾纠纷，转入调解。", dispute_id=dispute_id,
            completed_at=received + timedelta(minutes=90),
            village_id=caller.home.village.id if caller.home else None,
        )  # fmt: skip
    return dispute_id


def _session_place(ctx: Context, case: Case, index: int) -> str:
    if case.place_kind is PlaceKind.MARKET:
        return vocab.MARKET_POINT
    if case.village is not None and case.boundary and index == 0:
        return f"{case.village.name}{case.group_name}争议地块现场"
    if case.village is not None and ctx.chance(0.35):
        return f"{case.village.name}村委会"
    return "李家堡派出所调解室"


def _participants(ctx: Context, tw: Township, case: Case, session_id: int, when: datetime) -> None:
    """The panel: presiding officer and recorder, the 五方 for serious or land and family cases,
    the village mediator, sometimes the village head as an invited person, and the parties."""
    five_party = case.risk is not RiskGrade.ORDINARY or (
        case.category in _PANEL_CATEGORIES and ctx.chance(0.6)
    )
    # (role, officer id, person id, name, organisation)
    rows: list[tuple[PanelRole, int | None, int | None, str, str]] = [
        (PanelRole.POLICE, case.presiding.id, None, case.presiding.name, tw.station_name),
        (PanelRole.RECORDER, case.recorder.id, None, case.recorder.name, tw.station_name),
    ]
    village = case.village if case.place_kind is not PlaceKind.MARKET else None
    if five_party:
        for key, role in (
            ("governance_centre", PanelRole.GOVERNANCE_CENTRE),
            ("justice_office", PanelRole.JUSTICE_OFFICE),
        ):
            partner = tw.partners[key]
            rows.append((role, None, None, partner.name, partner.organisation))
        if tw.lawyer is not None:
            rows.append(
                (PanelRole.RESIDENT_LAWYER, None, tw.lawyer.id, tw.lawyer.name, vocab.LAW_FIRM)
            )
    if village is not None and (five_party or ctx.chance(0.6)):
        rows.append(
            (PanelRole.VILLAGE_MEDIATOR, None, None, village.mediator_name, f"{village.name}村委会")
        )
    if village is not None and ctx.chance(0.2):
        rows.append((PanelRole.INVITED, None, None, village.head_name, f"{village.name}村委会"))
    for person in case.parties:
        rows.append((PanelRole.PARTY, None, person.id, person.name, ""))
    for role, officer_id, person_id, name, organisation in rows:
        ctx.add(
            SessionParticipant,
            when,
            session_id=session_id,
            role=role,
            officer_id=officer_id,
            person_id=person_id,
            name=name,
            organisation=organisation,
        )


def _save_sessions(ctx: Context, tw: Township, case: Case, dispute_id: int) -> None:
    a, b = case.parties[0].name, case.parties[1].name
    demand_a, demand_b = case.text.demands
    for index, held in enumerate(case.sessions):
        last = index == len(case.sessions) - 1
        if not last:
            outcome = "双方意见分歧较大，约定择日再调。"
        elif case.form is AgreementForm.ORAL and case.signed_on:
            outcome = "双方自愿达成口头协议，由调解员记录在案。"
        elif case.signed_on:
            outcome = "经调解，双方自愿达成调解协议并当场签字。"
        elif case.status is DisputeStatus.FAILED:
            outcome = "调解未成功。"
        elif case.status is DisputeStatus.REFERRED:
            outcome = "本案不宜由本所调解，拟移交有关部门处理。"
        else:
            outcome = "双方意见逐渐接近，约定择日继续调解。"
        when = ctx.later(held, 30, 150)
        session_id = ctx.add(
            MediationSession, when,
            dispute_id=dispute_id, held_at=held, place=_session_place(ctx, case, index),
            statements=f"甲方{a}称：{demand_a}。乙方{b}称：{demand_b}。",
            findings=f"经了解，争议焦点为{case.text.points}。"
            + _fill(case, case.text.responsibility),
            outcome=outcome,
        )  # fmt: skip
        _participants(ctx, tw, case, session_id, when)


def _performance(ctx: Context, case: Case) -> Performance:
    status = case.status
    if status is DisputeStatus.CLOSED:
        return Performance.FULFILLED
    if status is DisputeStatus.FOLLOW_UP:
        return ctx.pick((Performance.PARTIAL, Performance.PENDING, Performance.FULFILLED))
    if status is DisputeStatus.ORAL_AGREEMENT and ctx.chance(0.7):
        return Performance.FULFILLED
    return Performance.PENDING


def _save_agreement(ctx: Context, case: Case, dispute_id: int) -> tuple[int, datetime]:
    """Save the agreement with its terms and follow-ups; return its id and creation time."""
    signed = case.signed_on
    started = signed or (case.sessions[-1].date() if case.sessions else case.received.date())
    oral = case.form is AgreementForm.ORAL
    deadline = started + timedelta(days=0 if oral else ctx.rng.randint(7, 45))
    village = case.village if case.place_kind is not PlaceKind.MARKET else None
    by_village_mediator = not case.police and village is not None
    performance = _performance(ctx, case)
    when = ctx.stamp(started)
    agreement_id = ctx.add(
        Agreement, when, ctx.stamp(case.closed_on) if case.closed_on else None,
        dispute_id=dispute_id,
        kind=AgreementKind.POLICE_MEDIATION if case.police else AgreementKind.PEOPLES_MEDIATION,
        form=case.form, number=case.agreement_no, facts=case.facts,
        points_in_dispute=case.text.points,
        responsibility=_fill(case, case.text.responsibility),
        performance_method=ctx.pick(vocab.PERFORMANCE_METHODS),
        performance_place=f"{village.name}村委会" if village else "李家堡派出所调解室",
        performance_deadline=deadline,
        mediator_id=None if by_village_mediator else case.presiding.id,
        mediator_name=village.mediator_name if by_village_mediator and village else (
            case.presiding.name),
        recorder_name=case.recorder.name,
        status=AgreementStatus.SIGNED if signed else AgreementStatus.DRAFT,
        signed_on=signed, performance=performance, supplements_id=None,
        judicial_confirmation=not case.police and not oral and ctx.chance(0.3),
    )  # fmt: skip
    for position, (text, has_amount) in enumerate(case.text.terms, start=1):
        ctx.add(
            AgreementTerm,
            when,
            agreement_id=agreement_id,
            position=position,
            text=_fill(case, text),
            amount_fen=case.amount * 100 if has_amount else None,
            due_on=deadline if has_amount else None,
        )
    visitor = case.recorder if ctx.chance(0.5) else case.presiding
    for number, (due, visited) in enumerate(case.follow_ups):
        person = case.parties[number % len(case.parties)]
        state: Performance | None = None
        findings = warning = ""
        if visited is not None:
            state = performance if number == len(case.follow_ups) - 1 else Performance.PARTIAL
            findings = _FINDINGS[state]
            if state is not Performance.FULFILLED and ctx.chance(0.5):
                warning = ctx.pick(vocab.WARNING_SIGNS)
        ctx.add(
            FollowUp,
            when,
            ctx.stamp(visited) if visited else None,
            agreement_id=agreement_id,
            due_on=due,
            visited_on=visited,
            visitor_id=visitor.id,
            visited_person_id=person.id,
            performance=state,
            findings=findings,
            warning_signs=warning,
        )
    return agreement_id, when


def _save_referral(ctx: Context, case: Case, dispute_id: int) -> None:
    assert case.referred_on is not None
    if case.police:
        target = ReferralTarget.CRIMINAL_CASE
    elif case.category in (DisputeCategory.HOUSE_SITE, DisputeCategory.LAND_BOUNDARY):
        target = ctx.pick((ReferralTarget.TOWNSHIP, ReferralTarget.JUSTICE_OFFICE))
    else:
        target = ctx.pick((ReferralTarget.COURT, ReferralTarget.JUSTICE_OFFICE))
    ctx.add(
        Referral,
        ctx.stamp(case.referred_on),
        dispute_id=dispute_id,
        referred_on=case.referred_on,
        target=target,
        receiver=_RECEIVERS[target],
        reason=vocab.REFERRAL_REASONS[target.value],
    )


def save_cases(ctx: Context, tw: Township, cases: list[Case]) -> None:
    """Save planned cases in the order of their numbers."""
    photo_attached = sketch_attached = False
    for case in cases:
        dispute_id = _save_dispute(ctx, case)
        _save_sessions(ctx, tw, case, dispute_id)
        if case.form is not None:
            agreement_id, when = _save_agreement(ctx, case, dispute_id)
            if not photo_attached and case.agreement_no is not None:
                attach(
                    ctx,
                    "agreements",
                    agreement_id,
                    "调解协议书签字页.png",
                    "image/png",
                    tiny_png(200),
                    "签字页照片（演示用占位图）",
                    when,
                )
                photo_attached = True
        if case.referred_on is not None:
            _save_referral(ctx, case, dispute_id)
        if case.boundary and case.signed_on is not None:
            save_boundary(ctx, tw, case, dispute_id, sketch=not sketch_attached)
            sketch_attached = True
    ctx.flush()
