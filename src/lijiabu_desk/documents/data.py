"""What each printed form holds, as plain frozen data.

The services build these from the database (``services.printing``) and the renderers lay them
out. Every sentence a form prints is composed in the services and arrives here as finished text,
so the legal content can be tested without drawing anything; the renderers only place it.
Dates arrive formatted ("2026年11月28日"); an empty string means "leave a blank to fill by hand".
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Header:
    """Who issues the form: printed above the title."""

    issuer: str  # "李家堡村人民调解委员会" or "安定区公安局李家堡派出所"
    title: str  # "人民调解协议书"
    number: str  # "（2026）安李人调字第12号"; "" for a form without a number
    # A draft: every page carries a diagonal 草稿 mark and the number is never printed (see
    # ``render.layout``); only a finalised form prints clean.
    draft: bool = False


@dataclass(frozen=True)
class PartyDetails:
    """One party with every particular the law asks for; empty fields print as blanks."""

    side: str  # 甲方 / 乙方 …
    name: str
    sex: str
    ethnicity: str
    birth: str  # "1956年3月2日（70岁）"
    occupation: str
    address: str
    phone: str
    id_number: str
    # A minor's guardian (法定监护人), who signs beside them: name and relation ("父亲").
    guardian: str = ""
    guardian_relation: str = ""


@dataclass(frozen=True)
class Term:
    """One numbered term of an agreement, with what it costs and by when."""

    number: int
    text: str
    amount: str  # "人民币3,000.00元" or ""
    due: str  # "2026年12月31日前" or ""


@dataclass(frozen=True)
class Signatory:
    """A signature line: the label printed before it and the name typed under it (may be "")."""

    label: str  # "甲方当事人" / "调解员" / "记录人" / "主持调解民警"
    name: str
    fingerprint: bool  # True: a box for 签名（捺印）; False: a plain signature line


@dataclass(frozen=True)
class LabelledValue:
    """One cell pair of a registration table."""

    label: str
    value: str


@dataclass(frozen=True)
class AgreementDocument:
    """人民调解协议书 or 治安调解协议书 (written), or the record of an oral agreement."""

    header: Header
    parties: tuple[PartyDetails, ...]
    facts: str  # 纠纷主要事实
    points_in_dispute: str  # 争议事项
    responsibility: str  # 各方责任
    terms: tuple[Term, ...]
    performance: str  # how, where and by when, as one paragraph
    clauses: tuple[str, ...]  # effect on signing, copies, judicial confirmation, consequences …
    signatories: tuple[Signatory, ...]  # parties first; empty for an oral agreement
    seal_label: str  # "人民调解委员会（盖章）" / "李家堡派出所（印）"
    date: str  # signing (or recording) date, or "" for a blank
    supplement_note: str  # "本协议是对（2026）…号协议的补充协议。" or ""
    oral: bool  # an oral agreement: no signature boxes, a "recorded by" line instead
    # 治安调解: 案发时间, 案发地点, 其他在场人员 (printed before the facts); empty otherwise.
    incident: tuple[LabelledValue, ...] = ()


@dataclass(frozen=True)
class Participant:
    """Someone at a mediation session, in a panel role."""

    role: str  # 民警 / 司法所 / 驻所律师 / 当事人 …
    name: str
    organisation: str
    side: str = ""  # a party's side (甲方 …): parties are listed by side, as 甲方当事人


@dataclass(frozen=True)
class MediationRecordDocument:
    """调解记录: one sitting."""

    header: Header
    case_number: str
    held_at: str  # "2026年11月28日 14时30分"
    place: str
    category: str
    participants: tuple[Participant, ...]
    statements: str  # what each side said
    findings: str  # what was checked
    outcome: str
    signatories: tuple[Signatory, ...]


@dataclass(frozen=True)
class FollowUpDocument:
    """回访记录: a visit to see whether an agreement is kept."""

    header: Header
    case_number: str
    agreement_number: str
    agreement_summary: str  # the terms in brief
    due: str
    visited_on: str
    visitor: str
    visited_person: str
    performance: str  # 履行完毕 / 部分履行 / 未履行 / 待履行
    findings: str
    warning_signs: str
    reminder: str  # the 30-day judicial-confirmation window, or ""
    signatories: tuple[Signatory, ...]
    method: str = ""  # 上门回访 / 电话回访 / 约见回访; "" prints a blank to fill by hand
    satisfaction: str = ""  # 满意 / 基本满意 / 不满意


@dataclass(frozen=True)
class IntakeDocument:
    """矛盾纠纷受理登记表."""

    header: Header
    fields: tuple[LabelledValue, ...]  # 受理时间, 来源, 类别, 地点, 风险等级, 办理期限, 受理人 …
    parties: tuple[PartyDetails, ...]
    demands: tuple[LabelledValue, ...]  # side + name → what they ask
    facts: str
    opinion: str  # 受理意见
    signatories: tuple[Signatory, ...]


@dataclass(frozen=True)
class ClosingReportDocument:
    """结案报告: how a case went and ended, for the file and the station chief's approval."""

    header: Header
    fields: tuple[LabelledValue, ...]  # 案件编号, 类别, 受理, 承办, 当事人, 结果, 结案日期 …
    facts: str  # 纠纷简要情况
    process: str  # 调解经过: each sitting, in order
    outcome: str  # 处理结果: the agreement and its terms, or failure and routes, or referral
    performance: str  # 履行及回访情况
    opinion: str  # 结案意见
    signatories: tuple[Signatory, ...]


PrintableDocument = (
    AgreementDocument
    | MediationRecordDocument
    | FollowUpDocument
    | IntakeDocument
    | ClosingReportDocument
)
