"""Plausible rural households: who lives together, their ages, jobs and care needs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import ClassVar

from lijiabu_desk.models.enums import Relation, ResidentStatus, Sex
from lijiabu_desk.services.demo import vocab
from lijiabu_desk.services.demo.context import Context, Weighted
from lijiabu_desk.services.demo.people import ETHNIC_GROUP, Member, PeopleMaker

TAG_ELDERS = "空巢老人"
TAG_LEFT_BEHIND = "留守儿童"
TAG_MOBILITY = "行动不便"
TAG_SUBSISTENCE = "低保"
AWAY = "外出务工"

_KINDS = Weighted(
    [("elder_couple", 16), ("widowed", 9), ("stem", 28), ("nuclear", 30), ("with_parents", 12),
     ("single", 5)]
)  # fmt: skip


class FamilyPlanner:
    """Plans the members of one household at a time (no database access)."""

    def __init__(self, ctx: Context, people: PeopleMaker) -> None:
        self.ctx = ctx
        self.people = people
        self._working = Weighted(vocab.OCCUPATIONS_WORKING)
        self._old = Weighted(vocab.OCCUPATIONS_OLD)
        self._plans: dict[str, Callable[[list[Member], str, str], None]] = {
            "elder_couple": self._elder_couple,
            "widowed": self._widowed,
            "stem": self._stem,
            "nuclear": self._nuclear,
            "with_parents": self._with_parents,
            "single": self._single,
        }

    # -- people -------------------------------------------------------------------------------

    def _person(
        self,
        members: list[Member],
        relation: Relation,
        sex: Sex,
        birth: date,
        surname: str,
        ethnic: str,
    ) -> Member | None:
        """Add someone born ``birth`` (skipped if that is after today or before 1928)."""
        if birth > self.ctx.today or birth.year < 1928:
            return None
        own_surname = surname or self.people.surname(ethnic)
        name = self.people.name(sex, birth.year, own_surname, ethnic)
        for _ in range(8):  # brothers and sisters do not share a name
            if all(m.name != name for m in members):
                break
            name = self.people.name(sex, birth.year, own_surname, ethnic)
        member = Member(
            name=name,
            sex=sex,
            birth=birth,
            ethnicity=ETHNIC_GROUP[ethnic],
            relation=relation,
        )
        members.append(member)
        return member

    def _spouse(self, members: list[Member], head: Member, ethnic: str) -> Member | None:
        sex = Sex.FEMALE if head.sex is Sex.MALE else Sex.MALE
        offset = (-1.5, 5.0) if sex is Sex.FEMALE else (-5.0, 1.5)
        birth = self.ctx.years_after(head.birth, *offset)
        return self._person(members, Relation.SPOUSE, sex, birth, "", ethnic)

    def _child(
        self,
        members: list[Member],
        parent: Member,
        surname: str,
        ethnic: str,
        sons: Relation = Relation.SON,
        daughters: Relation = Relation.DAUGHTER,
    ) -> Member | None:
        sex = Sex.MALE if self.ctx.chance(0.52) else Sex.FEMALE
        birth = self.ctx.years_after(parent.birth, 20, 35)
        relation = sons if sex is Sex.MALE else daughters
        return self._person(members, relation, sex, birth, surname, ethnic)

    def _leave(self, member: Member, *, died: bool) -> None:
        """Retire ``member``: moved away when grown up, or died in recent years."""
        ctx = self.ctx
        if died:
            earliest = max(member.birth, ctx.today.replace(year=ctx.today.year - 12))
            member.status = ResidentStatus.DECEASED
            member.left_reason = ctx.pick(vocab.DEATH_REASONS)
        else:
            earliest = ctx.years_after(member.birth, 18, 26)
            member.status = ResidentStatus.MOVED_AWAY
            reasons = vocab.MOVE_AWAY_REASONS
            member.left_reason = reasons[0] if member.sex is Sex.FEMALE else ctx.pick(reasons[1:])
        member.left_on = ctx.day_between(min(earliest, ctx.today), ctx.today)

    def _grown_children_away(self, members: list[Member], head: Member, s: str, e: str) -> None:
        for _ in range(self.ctx.rng.randint(0, 2)):
            child = self._child(members, head, s, e)
            if child is not None and child.age(self.ctx.today) >= 20:
                self._leave(child, died=False)
            elif child is not None:
                members.remove(child)

    # -- household kinds ----------------------------------------------------------------------

    def _elder_couple(self, members: list[Member], s: str, e: str) -> None:
        head = members[0]
        self._spouse(members, head, e)
        self._grown_children_away(members, head, s, e)

    def _widowed(self, members: list[Member], s: str, e: str) -> None:
        head = members[0]
        if self.ctx.chance(0.6):
            late = self._spouse(members, head, e)
            if late is not None:
                self._leave(late, died=True)
        self._grown_children_away(members, head, s, e)

    def _stem(self, members: list[Member], s: str, e: str) -> None:
        ctx, head = self.ctx, members[0]
        spouse = self._spouse(members, head, e)
        # The heir is married, so at least 22 years old.
        heir_birth = ctx.years_after(head.birth, 20, min(34, head.age(ctx.today) - 22))
        if ctx.chance(0.12):  # a daughter with a live-in son-in-law (上门女婿)
            heir = self._person(members, Relation.DAUGHTER, Sex.FEMALE, heir_birth, s, e)
            partner_rel = Relation.SON_IN_LAW
        else:
            heir = self._person(members, Relation.SON, Sex.MALE, heir_birth, s, e)
            partner_rel = Relation.DAUGHTER_IN_LAW
        if heir is None:
            return
        partner_sex = Sex.MALE if heir.sex is Sex.FEMALE else Sex.FEMALE
        partner = self._person(
            members, partner_rel, partner_sex, ctx.years_after(heir.birth, -3, 3), "", e
        )
        away = ctx.chance(0.7)
        for adult in (heir, partner):
            if adult is not None and away and ctx.chance(0.85):
                adult.occupation = AWAY
        for _ in range(ctx.rng.randint(0, 3)):
            self._child(members, heir, s, e, Relation.GRANDSON, Relation.GRANDDAUGHTER)
        if ctx.chance(0.3):
            self._child(members, head, s, e)
        if ctx.chance(0.15):
            self._person(
                members, Relation.MOTHER, Sex.FEMALE, ctx.years_after(head.birth, -32, -20), "", e
            )
        if spouse is not None and ctx.chance(0.4):
            daughter = self._person(
                members, Relation.DAUGHTER, Sex.FEMALE, ctx.years_after(head.birth, 20, 32), s, e
            )
            if daughter is not None and daughter.age(ctx.today) >= 19:
                self._leave(daughter, died=False)

    def _nuclear(self, members: list[Member], s: str, e: str) -> None:
        head = members[0]
        self._spouse(members, head, e)
        for _ in range(self.ctx.rng.randint(1, 3)):
            self._child(members, head, s, e)

    def _with_parents(self, members: list[Member], s: str, e: str) -> None:
        ctx, head = self.ctx, members[0]
        spouse = self._spouse(members, head, e)
        kids = [self._child(members, head, s, e) for _ in range(ctx.rng.randint(0, 2))]
        father = self._person(
            members, Relation.FATHER, Sex.MALE, ctx.years_after(head.birth, -35, -22), s, e
        )
        self._person(
            members, Relation.MOTHER, Sex.FEMALE, ctx.years_after(head.birth, -32, -20), "", e
        )
        if father is not None and ctx.chance(0.3):
            self._leave(father, died=True)
        if spouse is not None and any(k is not None for k in kids) and ctx.chance(0.5):
            head.occupation = spouse.occupation = AWAY

    def _single(self, members: list[Member], s: str, e: str) -> None:
        head = members[0]
        if self.ctx.chance(0.3):
            birth = self.ctx.years_after(head.birth, -6, 6)
            self._person(members, Relation.SIBLING, Sex.MALE, birth, s, e)

    # -- the whole household ------------------------------------------------------------------

    _HEAD_AGES: ClassVar[dict[str, tuple[int, int]]] = {
        "elder_couple": (65, 88), "widowed": (68, 92), "stem": (50, 70),
        "nuclear": (28, 55), "with_parents": (28, 45), "single": (35, 65),
    }  # fmt: skip

    def plan(self, ethnic: str) -> list[Member]:
        """Members of one household, head first, with jobs and care needs filled in."""
        ctx = self.ctx
        kind = _KINDS.pick(ctx.rng)
        surname = self.people.surname(ethnic)
        female_head = kind == "widowed" and ctx.chance(0.65)
        sex = Sex.FEMALE if female_head else Sex.MALE
        members: list[Member] = []
        head = self._person(
            members, Relation.HEAD, sex, ctx.birth_for_age(*self._HEAD_AGES[kind]), surname, ethnic
        )
        assert head is not None
        self._plans[kind](members, surname, ethnic)
        for member in members:
            self._occupation_and_care(member)
        return members

    def _occupation_and_care(self, member: Member) -> None:
        ctx = self.ctx
        age = member.age(ctx.today)
        if not member.occupation:
            if age < 6:
                member.occupation = "学龄前儿童"
            elif age < 18 or (age < 23 and ctx.chance(0.4)):
                member.occupation = "学生"
            elif age < 60:
                member.occupation = self._working.pick(ctx.rng)
            else:
                member.occupation = self._old.pick(ctx.rng)
        if member.active:
            p = 0.18 if age >= 75 else 0.05 if age >= 65 else 0.003 if age >= 18 else 0.0
            if ctx.chance(p):
                member.needs_service = True
                member.service_reason = ctx.pick(vocab.HOME_SERVICE_REASONS)


def household_tags(ctx: Context, members: list[Member]) -> list[str]:
    """Care tags that fit the household as it is today."""
    today = ctx.today
    active = [m for m in members if m.active]
    tags: list[str] = []
    elderly = all(m.age(today) >= 65 for m in active)
    if elderly:
        tags.append(TAG_ELDERS)
    kids = [m for m in active if m.age(today) < 16]
    parents_away = [m for m in active if 18 <= m.age(today) < 60 and m.occupation == AWAY]
    carers = [m for m in active if m.age(today) >= 50 and m.occupation != AWAY]
    if kids and len(parents_away) >= 2 and carers:
        tags.append(TAG_LEFT_BEHIND)
    if any(m.needs_service for m in active):
        tags.append(TAG_MOBILITY)
    if ctx.chance(0.12 if elderly or len(active) == 1 else 0.04):
        tags.append(TAG_SUBSISTENCE)
    return tags
