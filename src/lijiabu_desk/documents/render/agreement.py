"""人民调解协议书 / 治安调解协议书, written or the record of an oral agreement."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.platypus import Flowable, KeepTogether

from lijiabu_desk.documents.data import AgreementDocument, PartyDetails, Term
from lijiabu_desk.documents.render.blocks import heading, labelled
from lijiabu_desk.documents.render.layout import title_block
from lijiabu_desk.documents.render.sides import group_by_side, side_label
from lijiabu_desk.documents.render.signatures import closing
from lijiabu_desk.documents.render.text import Styles, blank, para, paras

_DATE_WITH_AGE = re.compile(r"^(.*日)\s*([（(].*[）)])$")


def birth_phrase(birth: str) -> str:
    """ "1956年3月2日（70岁）" → "1956年3月2日生（70岁）"; an age alone stays as it is."""
    birth = birth.strip()
    if not birth:
        return "______年____月____日生"
    match = _DATE_WITH_AGE.match(birth)
    if match:
        return f"{match.group(1)}生{match.group(2)}"
    return birth + "生" if birth.endswith("日") else birth


def party_line(party: PartyDetails) -> str:
    """Every particular the law asks for, in the usual order; blanks are left to fill by hand."""
    parts = [
        blank(party.name),
        party.sex.strip() or "性别____",
        (party.ethnicity.strip() or "____族"),
        birth_phrase(party.birth),
        party.occupation.strip() or "职业________",
        "住" + blank(party.address, 24),
        "联系电话：" + blank(party.phone, 14),
        "身份证号码：" + blank(party.id_number, 20),
    ]
    if party.guardian.strip():
        relation = (
            f"（{party.guardian_relation.strip()}）" if party.guardian_relation.strip() else ""
        )
        parts.append(f"法定监护人：{party.guardian.strip()}{relation}")
    return "，".join(parts) + "。"


def term_line(term: Term) -> str:
    """ "1．…" with the amount and the due date, when there are any, in brackets after it."""
    details = []
    if term.amount.strip():
        details.append(f"金额：{term.amount.strip()}")
    if term.due.strip():
        details.append(f"履行期限：{term.due.strip()}")
    suffix = f"（{'；'.join(details)}）" if details else ""
    return f"{term.number}．{term.text.strip()}{suffix}"


def party_paragraphs(parties: Sequence[PartyDetails], styles: Styles) -> list[Flowable]:
    """The parties, grouped by side: "甲方：…" for a lone party; "甲方（共2人）：" over
    "1．…", "2．…" for several. A party's particulars are never cut across two pages, and a
    side's label never ends a page (it stays with its first party)."""
    fonts = styles.fonts
    out: list[Flowable] = []
    for side, group in group_by_side(parties, lambda p: p.side):
        if len(group) == 1:
            runs = [(f"{side}：", fonts.title), (party_line(group[0]), fonts.body)]
            out.append(KeepTogether([para(runs, styles.body, fonts)]))
            continue
        label = para([(side_label(side, len(group)) + "：", fonts.title)], styles.body, fonts)
        first = para(f"1．{party_line(group[0])}", styles.body, fonts)
        out.append(KeepTogether([label, first]))
        for n, party in enumerate(group[1:], start=2):
            out.append(KeepTogether([para(f"{n}．{party_line(party)}", styles.body, fonts)]))
    return out


def agreement_story(document: AgreementDocument, styles: Styles) -> list[Flowable]:
    """The flowables of an agreement, top to bottom."""
    fonts = styles.fonts
    story: list[Flowable] = title_block(document.header, styles)
    story += paras(document.supplement_note, styles.body, fonts)
    story += party_paragraphs(document.parties, styles)

    story.append(heading("一、纠纷主要事实、争议事项及各方责任", styles))
    for item in document.incident:
        story += labelled(item.label, blank(item.value, 40), styles)
    story += labelled("纠纷主要事实", blank(document.facts, 40), styles)
    story += labelled("争议事项", blank(document.points_in_dispute, 40), styles)
    story += labelled("各方责任", blank(document.responsibility, 40), styles)

    story.append(heading("二、协议内容", styles))
    story += [para(term_line(term), styles.body, fonts) for term in document.terms]
    if not document.terms:
        story.append(para(blank("", 60), styles.body, fonts))

    story.append(heading("三、履行方式、地点和期限", styles))
    story += paras(document.performance, styles.body, fonts) or [
        para(blank("", 60), styles.body, fonts)
    ]

    for clause in document.clauses:
        story += paras(clause, styles.body, fonts)

    closing(story, document.signatories, styles, document.seal_label, document.date)
    return story
