"""Signature-and-fingerprint boxes, plain signature lines, and the seal space with the date.

A box is a single flowable, so it is never split between pages; boxes sit two to a row in a
borderless table whose rows are likewise never split.

No signature block is stranded. Every form that signs goes through :func:`closing` (or, with a
layout of its own, :func:`keep_with_text`): the end of the text (its last paragraph, with its
heading) and every signature under it are kept on one page; when they do not fit in what is
left of a page they all move to the next, so a page of signatures always carries the text they
sign. To keep that possible with many parties, the officials' lines stand beside the seal and
the date rather than over them: ten parties and a three-line last clause take 229 mm of the
247 mm page. Only a block taller than a whole page (more parties) is split, and then between
two rows of parties: the text's end stays with the first row, the last row of parties with the
officials, the seal and the date.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from lijiabu_desk.documents.data import Signatory
from lijiabu_desk.documents.render.layout import FRAME_WIDTH, draw_runs, text_width
from lijiabu_desk.documents.render.sides import signatories_by_side, signatory_side
from lijiabu_desk.documents.render.text import BODY_SIZE, SMALL_SIZE, Styles, para

FINGERPRINT_MM = 20.0  # side of the square left for the fingerprint
FINGERPRINT_GAP_MM = 5.0  # between the signature line and the square
SIGN_LINE_DROP_MM = 9.0  # from the label's last line down to the signature line
SEAL_SPACE_MM = 40.0  # a round seal is 38–42 mm across
ROW_GAP_MM = 3.0
COLUMN_GAP_MM = 8.0
LINE_WIDTH = 0.6
SIGNATURES_GAP_MM = 6.0  # between the text and the first signature row
SIGN_LINE_MIN_MM = 35.0  # the shortest line left to sign on beside the seal

Command = tuple[object, ...]  # one TableStyle command


def fingerprint_label(label: str) -> str:
    return f"{label}（签名/捺印）："


class SignatureBox(Flowable):
    """One signatory: a labelled signature line with the name printed small under it.

    With ``fingerprint`` a square for the fingerprint stands to the right of the line.
    """

    def __init__(self, signatory: Signatory, styles: Styles) -> None:
        super().__init__()
        self.signatory = signatory
        self.styles = styles
        self.fonts = styles.fonts

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        if self.signatory.fingerprint:
            self.line_width = availWidth - (FINGERPRINT_MM + FINGERPRINT_GAP_MM) * mm
            text = fingerprint_label(self.signatory.label)
            self.label = para(text, self.styles.plain, self.fonts)
            _, self.label_height = self.label.wrap(self.line_width, availHeight)
            under_line = self.label_height + SIGN_LINE_DROP_MM * mm + 2.2 * SMALL_SIZE
            self.height = max(under_line, FINGERPRINT_MM * mm + 2 * SMALL_SIZE)
        else:
            self.size = BODY_SIZE
            text = self.signatory.label + "："
            while self.size > 8 and text_width(text, self.fonts, self.size) > availWidth * 0.6:
                self.size -= 0.5
            self.height = BODY_SIZE * 1.2 + 2.4 * SMALL_SIZE
        return self.width, self.height

    def _name_under(self, x_centre: float, line_y: float) -> None:
        if self.signatory.name:
            y = line_y - SMALL_SIZE * 1.3
            draw_runs(self.canv, x_centre, y, self.signatory.name, self.fonts, SMALL_SIZE, "centre")

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setLineWidth(LINE_WIDTH)
        if self.signatory.fingerprint:
            self.label.drawOn(canvas, 0, self.height - self.label_height)
            line_y = self.height - self.label_height - SIGN_LINE_DROP_MM * mm
            canvas.line(0, line_y, self.line_width, line_y)
            self._name_under(self.line_width / 2, line_y)
            side = FINGERPRINT_MM * mm
            x = self.width - side
            y = self.height - side - 2
            canvas.rect(x, y, side, side)
            caption = "指印"
            draw_runs(
                canvas,
                x + side / 2,
                y - SMALL_SIZE * 1.3,
                caption,
                self.fonts,
                SMALL_SIZE,
                "centre",
            )
        else:
            baseline = self.height - BODY_SIZE
            text = self.signatory.label + "："
            start = draw_runs(canvas, 0, baseline, text, self.fonts, self.size) + 1 * mm
            end = self.width
            canvas.line(start, baseline - 2, end, baseline - 2)
            self._name_under((start + end) / 2, baseline - 2)
        canvas.restoreState()


def _box_rows(boxes: Sequence[Flowable]) -> list[list[object]]:
    return [
        list(boxes[i : i + 2]) + [""] * (2 - len(boxes[i : i + 2])) for i in range(0, len(boxes), 2)
    ]


def _row_style(styles: Styles) -> list[Command]:
    gap = COLUMN_GAP_MM * mm
    return [
        ("FONTNAME", (0, 0), (-1, -1), styles.fonts.body),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (0, -1), gap / 2),
        ("LEFTPADDING", (1, 0), (1, -1), gap / 2),
        ("RIGHTPADDING", (1, 0), (1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), ROW_GAP_MM * mm),
        ("BOTTOMPADDING", (0, 0), (-1, -1), ROW_GAP_MM * mm),
    ]


def _rows_of_two(boxes: Sequence[Flowable], styles: Styles) -> Table:
    return Table(
        _box_rows(boxes), colWidths=[FRAME_WIDTH / 2] * 2, style=TableStyle(_row_style(styles))
    )


def signature_rows(signatories: Sequence[Signatory], styles: Styles) -> list[Flowable]:
    """Tables of boxes two to a row; fingerprint boxes and plain lines are kept apart."""
    return [
        _rows_of_two([SignatureBox(s, styles) for s in group], styles)
        for _, group in groupby(signatories, key=lambda s: s.fingerprint)
    ]


class SealBlock(Flowable):
    """The seal label and the date under it, with a blank round-seal space to their right."""

    def __init__(self, seal_label: str, date: str, styles: Styles) -> None:
        super().__init__()
        self.seal_label = seal_label
        self.date = date.strip() or "______年____月____日"
        self.fonts = styles.fonts

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = availWidth
        self.height = SEAL_SPACE_MM * mm if self.seal_label else BODY_SIZE * 2
        return self.width, self.height

    def draw(self) -> None:
        if not self.seal_label:
            draw_runs(
                self.canv, self.width, BODY_SIZE * 0.5, self.date, self.fonts, BODY_SIZE, "right"
            )
            return
        # As in GB/T 9704, the issuer's name is centred over the date; the seal goes to the right.
        size = BODY_SIZE
        widest = max(text_width(t, self.fonts, size) for t in (self.seal_label, self.date))
        centre = self.width - (SEAL_SPACE_MM + 2) * mm - widest / 2
        middle = self.height / 2
        draw_runs(self.canv, centre, middle + 4, self.seal_label, self.fonts, size, "centre")
        draw_runs(self.canv, centre, middle - size - 10, self.date, self.fonts, size, "centre")


def _no_padding(styles: Styles) -> list[Command]:
    commands: list[Command] = [("FONTNAME", (0, 0), (-1, -1), styles.fonts.body)]
    for side in ("LEFTPADDING", "RIGHTPADDING", "TOPPADDING", "BOTTOMPADDING"):
        commands.append((side, (0, 0), (-1, -1), 0))
    return commands


def _beside_seal(
    lines: Sequence[Flowable], seal: SealBlock, styles: Styles, labels: Sequence[str]
) -> Table | None:
    """The officials' lines to the left of the seal and the date, or None if the lines would
    be too short to sign on (a long committee name takes the width)."""
    fonts = styles.fonts
    size = BODY_SIZE
    widest = max(text_width(t, fonts, size) for t in (seal.seal_label, seal.date))
    seal_width = widest + (SEAL_SPACE_MM + 4) * mm
    lines_width = FRAME_WIDTH - seal_width - COLUMN_GAP_MM * mm
    longest = max((text_width(label + "：", fonts, size) for label in labels), default=0.0)
    if lines_width < longest + SIGN_LINE_MIN_MM * mm:
        return None
    column: list[Flowable] = []
    for line in lines:
        column += [Spacer(1, ROW_GAP_MM * mm), line, Spacer(1, ROW_GAP_MM * mm)]
    gap = COLUMN_GAP_MM * mm
    return Table(
        [[column, seal]],
        colWidths=[lines_width + gap, seal_width],
        style=TableStyle(
            [
                *_no_padding(styles),
                ("RIGHTPADDING", (0, 0), (0, 0), gap),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        ),
    )


def _tail(
    officials: Sequence[Signatory],
    styles: Styles,
    seal_label: str | None,
    date: str | None,
    heading: str,
) -> list[Flowable]:
    """The officials' (or witnesses') lines under ``heading``, then the seal and the date."""
    tail: list[Flowable] = []
    if officials and heading:
        tail.append(para(heading, styles.heading, styles.fonts))
    if seal_label is None and date is None:
        return tail + signature_rows(officials, styles)
    seal = SealBlock(seal_label or "", date or "", styles)
    if officials and seal.seal_label:
        lines = [SignatureBox(s, styles) for s in officials]
        beside = _beside_seal(lines, seal, styles, [s.label for s in officials])
        if beside is not None:
            return [*tail, beside]
    return [*tail, *signature_rows(officials, styles), seal]


APPROVAL_SUFFIX = "审批"  # a signatory labelled "所领导审批" gets an opinion box, not a line
APPROVAL_SPACE_MM = 22.0  # left blank under "审批意见：" for the opinion written by hand


def is_approval(signatory: Signatory) -> bool:
    return not signatory.fingerprint and signatory.label.endswith(APPROVAL_SUFFIX)


def approval_box(signatory: Signatory, styles: Styles) -> Table:
    """A ruled box for an approval: "所领导审批意见：", room to write the opinion by hand, then a
    signature line and a blank date. Nothing is filled in beforehand, not even the name: a name
    printed in advance reads as an approval already given."""
    fonts = styles.fonts
    rows = [
        [para(f"{signatory.label}意见：", styles.plain, fonts)],
        [Spacer(1, APPROVAL_SPACE_MM * mm)],
        [para("签名：________________　　______年____月____日", styles.number, fonts)],
    ]
    style = [
        *_no_padding(styles),
        ("BOX", (0, 0), (-1, -1), LINE_WIDTH, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 2 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2 * mm),
        ("TOPPADDING", (0, 0), (0, 0), 2 * mm),
        ("BOTTOMPADDING", (0, -1), (0, -1), 3 * mm),
    ]
    return Table(rows, colWidths=[FRAME_WIDTH], style=TableStyle(style))


def _runs_of_rows(parties: Sequence[Signatory]) -> list[list[Signatory]]:
    """The boxes cut into runs that each start a new row: a side with several boxes (several
    parties, or a minor and their guardian) is a run of its own, so that its rows hold only
    its own boxes; sides of one box each share rows with one another, as a row of two single
    parties reads plainly (甲方, 乙方) and nine sides stay within a page."""
    runs: list[list[Signatory]] = []
    for _, kind in groupby(parties, key=lambda s: s.fingerprint):
        sides = [list(g) for _, g in groupby(kind, key=signatory_side)]
        singles: list[Signatory] = []
        for side in sides:
            if len(side) == 1:
                singles += side
                continue
            if singles:
                runs.append(singles)
                singles = []
            runs.append(side)
        if singles:
            runs.append(singles)
    return runs


def _signing_table(
    parties: Sequence[Signatory], tail: list[Flowable], styles: Styles
) -> Table | None:
    """The parties' boxes two to a row, a side of several from a new row (:func:`_runs_of_rows`),
    then ``tail`` in a last row across: one table, whose last row of parties is never parted
    from the tail."""
    rows: list[list[object]] = []
    for run in _runs_of_rows(parties):
        rows += _box_rows([SignatureBox(s, styles) for s in run])
    commands = _row_style(styles)
    if tail:
        last = len(rows)
        rows.append([tail, ""])
        commands += [
            ("SPAN", (0, last), (-1, last)),
            *[(side, (0, last), (-1, last), 0) for side in ("LEFTPADDING", "RIGHTPADDING")],
            *[(side, (0, last), (-1, last), 0) for side in ("TOPPADDING", "BOTTOMPADDING")],
        ]
        if last:
            commands.append(("NOSPLIT", (0, last - 1), (-1, last)))
    if not rows:
        return None
    return Table(rows, colWidths=[FRAME_WIDTH / 2] * 2, style=TableStyle(commands))


def take_lead(story: list[Flowable]) -> list[Flowable]:
    """Remove and return the end of the text: ``story``'s last flowable, with the headings
    (``keepWithNext``) just before it."""
    start = len(story) - 1
    while start > 0 and story[start - 1].getKeepWithNext():
        start -= 1
    lead = story[max(start, 0) :]
    del story[max(start, 0) :]
    # A KeepTogether inside the block would report itself infinitely tall (see keep_with_text):
    # its parts go in instead, and the block keeps them together anyway.
    return [part for f in lead for part in (f._content if isinstance(f, KeepTogether) else [f])]


class KeepWithText(KeepTogether):
    """The end of the text (``lead``) and the signatures under it (``signing``), on one page.

    If the block fits in what is left of the page it goes there; if it fits on a page it moves
    whole to the next one. Only a block taller than a whole page is split: it starts where it
    is, between its tables' rows, and the text's end never leaves without the signatures' first
    row (ReportLab's KeepTogether would first start a new page, then split all the same).
    """

    def __init__(self, lead: Sequence[Flowable], signing: Sequence[Flowable]) -> None:
        super().__init__([*lead, *signing])
        self.opening = len(lead)  # how many of the flowables are the text's end

    def split(self, aW: float, aH: float) -> list[Flowable]:  # noqa: N803
        if getattr(self, "_wrapInfo", None) != (aW, aH):
            self.wrap(aW, aH)
        frame = getattr(self, "_frame", None)
        block, page = self._H, (frame._height if frame is not None else None)
        if page is None or block <= page:
            return super().split(aW, aH)
        return [CondPageBreak(self._opening_height(aW)), *self._content]

    def _opening_height(self, width: float) -> float:
        """The text's end and the signatures down to the first row of their first table."""
        height = 0.0
        for index, flowable in enumerate(self._content):
            _, h = flowable.wrap(width, 0xFFFFFFF)
            if index >= self.opening and isinstance(flowable, Table):
                first = (flowable.repeatRows if isinstance(flowable.repeatRows, int) else 0) + 1
                return height + sum(flowable._rowHeights[:first])
            height += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
        return height


def keep_with_text(lead: Sequence[Flowable], signing: Sequence[Flowable]) -> Flowable:
    """The shared rule of every form that is signed: the end of the text and the signatures
    under it on one page (:class:`KeepWithText`).

    ``signing`` must hold no KeepTogether: ReportLab reports a nested one as infinitely tall and
    moves it to a new page even when it would fit.
    """
    return KeepWithText(lead, signing)


def closing(
    story: list[Flowable],
    signatories: Sequence[Signatory],
    styles: Styles,
    seal_label: str | None = None,
    date: str | None = None,
    *,
    tail_heading: str = "",
) -> None:
    """Append every signatory's box or line to ``story``, then (for agreements) seal and date.

    The story's last paragraph (with its heading, if it has one) moves to the signatures' page
    (:func:`keep_with_text`), so that no page holds signatures alone; the trailing plain lines
    (mediator, recorder…) are never parted from the seal and the date, nor from the last row of
    parties. ``tail_heading`` ("见证人：") is printed over them. The parties' boxes are grouped
    by side (:func:`~lijiabu_desk.documents.render.sides.signatories_by_side`).
    """
    signatories = signatories_by_side(signatories)
    lead = take_lead(story)
    split = len(signatories)
    while split > 0 and not signatories[split - 1].fingerprint:
        split -= 1
    officials = [s for s in signatories[split:] if not is_approval(s)]
    tail = _tail(officials, styles, seal_label, date, tail_heading)
    tail += [
        item
        for s in signatories[split:]
        if is_approval(s)
        for item in (Spacer(1, ROW_GAP_MM * mm), approval_box(s, styles))
    ]
    table = _signing_table(signatories[:split], tail, styles)
    signing: list[Flowable] = [Spacer(1, SIGNATURES_GAP_MM * mm)]
    if table is not None:
        signing.append(table)
    story.append(keep_with_text(lead, signing))
