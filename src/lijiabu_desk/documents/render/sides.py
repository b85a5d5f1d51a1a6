"""Parties grouped by side, for every form that lists or signs for parties.

A case may have more parties than side names (甲方 … 辛方), or several parties on one side. Every
form prints the parties of one side together, under that side's label ("甲方（共2人）"), never
split apart or interleaved with another side: the sides in the usual order 甲方, 乙方, 丙方 …,
any other label after them in the order it first appears, and within a side the parties in the
order they were given. The signature boxes follow the same order (:func:`signatories_by_side`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from lijiabu_desk.documents.data import Signatory

SIDE_ORDER: tuple[str, ...] = (
    "甲方", "乙方", "丙方", "丁方", "戊方", "己方", "庚方", "辛方", "壬方", "癸方",
)  # fmt: skip
PARTY_SUFFIX = "当事人"  # a party's signature label: "甲方当事人"
GUARDIAN_SUFFIX = "监护人"  # a minor party's guardian signs on the same side: "甲方监护人"

T = TypeVar("T")


def _rank(sides: Sequence[str]) -> dict[str, int]:
    """Each side's place: the usual order first, then the others as they first appear."""
    known = {side: n for n, side in enumerate(SIDE_ORDER)}
    rank: dict[str, int] = {}
    for side in sides:
        if side not in rank:
            rank[side] = known.get(side, len(SIDE_ORDER) + len(rank))
    return rank


def group_by_side(items: Sequence[T], side_of: Callable[[T], str]) -> list[tuple[str, list[T]]]:
    """``items`` as (side, its items) in side order; within a side the given order is kept."""
    rank = _rank([side_of(item) for item in items])
    groups: dict[str, list[T]] = {}
    for item in items:
        groups.setdefault(side_of(item), []).append(item)
    return sorted(groups.items(), key=lambda pair: rank[pair[0]])


def side_label(side: str, count: int) -> str:
    """ "甲方" for one party, "甲方（共2人）" for several."""
    return f"{side}（共{count}人）" if count > 1 else side


def signatory_side(signatory: Signatory) -> str | None:
    """The side a party's (or a minor party's guardian's) signature box stands for
    ("甲方当事人", "甲方监护人" → "甲方"), or None."""
    label = signatory.label
    if not signatory.fingerprint:
        return None
    for suffix in (PARTY_SUFFIX, GUARDIAN_SUFFIX):
        if label.endswith(suffix) and len(label) > len(suffix):
            return label[: -len(suffix)]
    return None


def signatories_by_side(signatories: Sequence[Signatory]) -> list[Signatory]:
    """The parties' boxes grouped by side, in place of the first of them; others stay put."""
    parties = [s for s in signatories if signatory_side(s) is not None]
    if not parties:
        return list(signatories)
    ordered = [
        s for _, group in group_by_side(parties, lambda s: signatory_side(s) or "") for s in group
    ]
    out: list[Signatory] = []
    for signatory in signatories:
        if signatory_side(signatory) is None:
            out.append(signatory)
        elif ordered:
            out += ordered
            ordered = []
    return out
