"""Small pieces every dispute service needs: loading a case, reading times and money."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation
from enum import Enum

from sqlalchemy.orm import Session

from lijiabu_desk.models import Agreement, Dispute
from lijiabu_desk.services.errors import NotFoundError, ValidationError
from lijiabu_desk.services.validation import check_not_future, parse_date

_TIME = re.compile(r"([0-9]{1,2})\s*[:：时点]\s*([0-9]{1,2})?\s*分?")
_FULLWIDTH = str.maketrans("０１２３４５６７８９：．，", "0123456789:.,")
_AMOUNT = re.compile(r"(?:人民币|￥|¥|RMB)?\s*([0-9][0-9,]*(?:\.[0-9]{1,2})?)\s*元?")


def load_dispute(session: Session, dispute_id: int) -> Dispute:
    dispute = session.get(Dispute, dispute_id)
    if dispute is None or dispute.deleted_at is not None:
        raise NotFoundError("找不到这件纠纷，可能已被注销。")
    return dispute


def load_agreement(session: Session, agreement_id: int) -> Agreement:
    agreement = session.get(Agreement, agreement_id)
    if agreement is None or agreement.deleted_at is not None:
        raise NotFoundError("找不到这份调解协议，可能已被注销。")
    return agreement


def parse_time(text: str, *, field: str, label: str) -> time | None:
    """Read "14:30", "1430", "14时30分" or "9点"; empty gives None."""
    cleaned = text.translate(_FULLWIDTH).strip()
    if not cleaned:
        return None
    if re.fullmatch(r"[0-9]{3,4}", cleaned):
        cleaned = f"{cleaned[:-2]}:{cleaned[-2:]}"
    match = _TIME.fullmatch(cleaned)
    if match is None:
        raise ValidationError(f"{label}的写法看不懂，请写成例如 14:30。", field)
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    if hour > 23 or minute > 59:
        raise ValidationError(f"{label}“{text.strip()}”不是一个有效的时刻。", field)
    return time(hour, minute)


def parse_moment(
    date_text: str, time_text: str, *, now: datetime, field: str, label: str
) -> datetime:
    """A date (today when empty) and an optional time of day; never in the future."""
    day = parse_date(date_text, field=field, label=label) if date_text.strip() else now.date()
    check_not_future(day, today=now.date(), field=field, label=label)
    clock = parse_time(time_text, field=f"{field}_time", label=f"{label}的时间")
    if clock is None:
        clock = now.time().replace(second=0, microsecond=0) if day == now.date() else time(9, 0)
    moment = datetime.combine(day, clock)
    if moment > now:
        raise ValidationError(f"{label}不能晚于现在。", f"{field}_time")
    return moment


def optional_date(text: str, *, field: str, label: str) -> date | None:
    return parse_date(text, field=field, label=label) if text.strip() else None


def parse_amount(text: str, *, field: str, label: str = "金额") -> int | None:
    """Money as typed ("3000", "3,000.50元", "￥800") → 分; empty gives None."""
    cleaned = text.translate(_FULLWIDTH).replace(" ", "").strip()
    if not cleaned:
        return None
    match = _AMOUNT.fullmatch(cleaned)
    if match is None:
        raise ValidationError(f"{label}请只写数字，例如 3000 或 3000.50（单位：元）。", field)
    try:
        value = Decimal(match.group(1).replace(",", ""))
    except InvalidOperation:
        raise ValidationError(f"{label}请只写数字，例如 3000。", field) from None
    if value <= 0:
        raise ValidationError(f"{label}应大于零。", field)
    if value >= Decimal("100000000"):
        raise ValidationError(f"{label}超过一亿元，请核对。", field)
    return int(value * 100)


def format_amount(fen: int | None) -> str:
    """分 → "人民币3,000.00元"; None → ""."""
    if fen is None:
        return ""
    return f"人民币{fen // 100:,}.{fen % 100:02d}元"


def amount_input(fen: int | None) -> str:
    """分 → what the form shows for editing ("3000" or "3000.50")."""
    if fen is None:
        return ""
    return f"{fen // 100}" if fen % 100 == 0 else f"{fen // 100}.{fen % 100:02d}"


def chinese_date(d: date | None) -> str:
    return f"{d.year}年{d.month}月{d.day}日" if d is not None else ""


def chinese_moment(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return f"{chinese_date(moment.date())} {moment.hour:02d}时{moment.minute:02d}分"


def coerce_codes(data: object, **fields: type[Enum]) -> None:
    """Turn code values given as plain strings (Qt hands a ``StrEnum`` back as ``str``) into
    their enum, in place on a frozen input dataclass; an unknown code is a ValidationError."""
    for name, enum_type in fields.items():
        value = getattr(data, name)
        if value is None or isinstance(value, enum_type):
            continue
        try:
            object.__setattr__(data, name, enum_type(value))
        except ValueError:
            raise ValidationError(f"“{value}”不是有效的选项，请重新选择。", name) from None
