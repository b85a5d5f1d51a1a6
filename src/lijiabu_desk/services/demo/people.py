"""Names, identity numbers, ID-card dates and mobile numbers for made-up people."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING

from lijiabu_desk.models.enums import Relation, ResidentStatus, Sex
from lijiabu_desk.services.demo import vocab
from lijiabu_desk.services.demo.context import Context, Weighted
from lijiabu_desk.services.identity import age_on, check_character, propose_expiry

if TYPE_CHECKING:
    from lijiabu_desk.services.demo.township import Home

#: Area code of Anding District, Dingxi.
ANDING = "621102"
#: Second-generation ID cards were issued from 2004; most people had theirs by 2013.
ROLLOUT_START = date(2004, 1, 1)
ROLLOUT_DAYS = 3300

_MOBILE_PREFIXES = (
    "130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152",
    "153", "155", "156", "157", "158", "159", "173", "176", "177", "178", "180", "181", "182",
    "183", "184", "185", "186", "187", "188", "189", "191", "198", "199",
)  # fmt: skip

ETHNIC_GROUP = {"han": "汉族", "hui": "回族", "dongxiang": "东乡族", "salar": "撒拉族"}


@dataclass(slots=True, eq=False)
class Member:
    """A person as planned, before and after saving (``id`` is set when saved)."""

    name: str
    sex: Sex
    birth: date
    ethnicity: str = "汉族"
    relation: Relation | None = None
    status: ResidentStatus = ResidentStatus.ACTIVE
    left_on: date | None = None
    left_reason: str = ""
    occupation: str = ""
    phone: str = ""
    id_number: str = ""
    issue: date | None = None
    expiry: date | None = None
    long_term: bool = False
    needs_service: bool = False
    service_reason: str = ""
    origin: str = ""
    address: str = ""
    home: Home | None = field(default=None, repr=False)
    id: int = 0

    @property
    def active(self) -> bool:
        return self.status is ResidentStatus.ACTIVE

    def age(self, on: date) -> int:
        return age_on(self.birth, on) if on >= self.birth else -1


def add_years(day: date, years: int) -> date:
    target = day.year + years
    if day.month == 2 and day.day == 29 and not calendar.isleap(target):
        return date(target, 2, 28)
    return day.replace(year=target)


def generation(year: int) -> str:
    if year < 1970:
        return "old"
    return "mid" if year < 1995 else "young"


class PeopleMaker:
    """Makes names, unique ID numbers and unique mobiles from the run's one generator."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self._used_ids: set[str] = set()
        self._used_phones: set[str] = set()
        self._surnames = {
            "han": Weighted(vocab.SURNAMES),
            "hui": Weighted(vocab.HUI_SURNAMES),
            "dongxiang": Weighted(vocab.DONGXIANG_SURNAMES),
            "salar": Weighted(vocab.DONGXIANG_SURNAMES),
        }

    # -- names --------------------------------------------------------------------------------

    def surname(self, ethnic: str = "han") -> str:
        return self._surnames[ethnic].pick(self.ctx.rng)

    def name(self, sex: Sex, born: int, surname: str, ethnic: str = "han") -> str:
        """A full name; Muslim families often use religious given names."""
        rng = self.ctx.rng
        while True:
            muslim = ethnic != "han" and rng.random() < 0.45
            if muslim:
                pool = vocab.MUSLIM_GIVEN_MALE if sex is Sex.MALE else vocab.MUSLIM_GIVEN_FEMALE
                given = self.ctx.pick(pool)
            else:
                firsts, seconds, singles = vocab.GIVEN[(sex.value, generation(born))]
                single_share = {"old": 0.25, "mid": 0.2, "young": 0.12}[generation(born)]
                if rng.random() < single_share:
                    given = self.ctx.pick(singles)
                else:
                    given = self.ctx.pick(firsts) + self.ctx.pick(seconds)
                    if given[0] == given[1]:
                        continue
            full = surname + given
            if full not in vocab.BANNED_NAMES:
                return full

    # -- numbers ------------------------------------------------------------------------------

    def id_number(self, birth: date, sex: Sex, area: str = ANDING) -> str:
        """A valid, unique 18-character number: odd sequence for men, even for women."""
        rng = self.ctx.rng
        head = f"{area}{birth:%Y%m%d}"
        while True:
            k = rng.randrange(1, 500)
            seq = 2 * k - 1 if sex is Sex.MALE else 2 * k
            first17 = f"{head}{seq:03d}"
            number = first17 + check_character(first17)
            if number not in self._used_ids:
                self._used_ids.add(number)
                return number

    def mobile(self) -> str:
        rng = self.ctx.rng
        while True:
            number = self.ctx.pick(_MOBILE_PREFIXES) + f"{rng.randrange(100_000_000):08d}"
            if number not in self._used_phones:
                self._used_phones.add(number)
                return number

    # -- ID cards -----------------------------------------------------------------------------

    def card(self, birth: date, as_of: date) -> tuple[date | None, date | None, bool]:
        """(issue date, expiry, long-term) of the card held on ``as_of``, or no card.

        Cards are renewed from three months before expiry; some people, above all older ones,
        let theirs lapse, so some cards are expired and some are about to expire.
        """
        ctx = self.ctx
        rng = ctx.rng
        age = age_on(birth, as_of)
        if age < 16:
            if age < 1 or rng.random() > 0.3:
                return None, None, False
            issue = ctx.day_between(max(birth + timedelta(days=60), as_of - timedelta(1800)), as_of)
            return issue, propose_expiry(birth, issue), False
        sixteen = add_years(birth, 16)
        first = sixteen + timedelta(days=rng.randrange(1200))
        issue = max(first, ROLLOUT_START + timedelta(days=rng.randrange(ROLLOUT_DAYS)))
        if issue > as_of:
            issue = ctx.day_between(max(sixteen, as_of - timedelta(days=400)), as_of)
        while True:
            expiry = propose_expiry(birth, issue)
            if expiry is None:
                return issue, None, True
            if expiry > as_of:
                return issue, expiry, False
            lazy = 0.4 if age_on(birth, expiry) >= 55 else 0.12
            if (as_of - expiry).days < 900 and rng.random() < lazy:
                return issue, expiry, False
            if rng.random() < 0.6:
                renewed = expiry - timedelta(days=rng.randrange(90))
            else:
                renewed = expiry + timedelta(days=rng.randrange(1, 240))
            if renewed > as_of:
                return issue, expiry, False
            issue = renewed

    def fill(self, member: Member, area: str = ANDING) -> None:
        """Give a planned person an ID number, a card as of today (or leaving) and a phone."""
        ctx = self.ctx
        member.id_number = self.id_number(member.birth, member.sex, area)
        as_of = member.left_on or ctx.today
        member.issue, member.expiry, member.long_term = self.card(member.birth, as_of)
        age = member.age(ctx.today)
        if member.status is not ResidentStatus.DECEASED:
            if 16 <= age < 65:
                wants = 0.95
            elif age >= 65:
                wants = 0.45 if age < 75 else 0.2
            else:
                wants = 0.0
            if ctx.chance(wants):
                member.phone = self.mobile()
