"""Signature-and-fingerprint boxes, plain signature lines, and the seal space with the date.

A box is a single flowable, so it is never split between pages; boxes sit two to a row in a
borderless table whose rows are likewise never split.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from lijiabu_desk.documents.data import Signatory
from lijiabu_desk.documents.render.layout import FRAME_WIDTH, draw_runs, text_width
from lijiabu_desk.documents.render.text import BODY_SIZE, SMALL_SIZE, Styles, para

FINGERPRINT_MM = 20.0  # side of the square left for the fingerprint
FINGERPRINT_GAP_MM = 5.0  # between the signature line and the square
SIGN_LINE_DROP_MM = 9.0  # from the label's last line down to the signature line
SEAL_SPACE_MM = 40.0  # a round seal is 38–42 mm across
ROW_GAP_MM = 3.0
COLUMN_GAP_MM = 8.0
LINE_WIDTH = 0.6
SIGNATURES_GAP_MM = 6.0  # between the text and the first signature row


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


def _rows_of_two(boxes: Sequence[Flowable], styles: Styles) -> Table:
    rows = [
        list(boxes[i : i + 2]) + [""] * (2 - len(boxes[i : i + 2])) for i in range(0, len(boxes), 2)
    ]
    gap = COLUMN_GAP_MM * mm
    return Table(
        rows,
        colWidths=[FRAME_WIDTH / 2] * 2,
        style=TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.fonts.body),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), gap / 2),
                ("LEFTPADDING", (1, 0), (1, -1), gap / 2),
                ("RIGHTPADDING", (1, 0), (1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), ROW_GAP_MM * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), ROW_GAP_MM * mm),
            ]
        ),
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


def _unbreakable(flowables: list[Flowable], styles: Styles) -> Table:
    """``flowables`` in the single cell of a borderless table: never split between pages.

    (A KeepTogether cannot be nested in another one: ReportLab then reports it as infinitely
    tall and moves it to a new page even when it would fit.)
    """
    no_padding = [(side, (0, 0), (-1, -1), 0) for side in ("LEFTPADDING", "RIGHTPADDING")]
    no_padding += [(side, (0, 0), (-1, -1), 0) for side in ("TOPPADDING", "BOTTOMPADDING")]
    return Table(
        [[flowables]],
        colWidths=[FRAME_WIDTH],
        style=TableStyle([("FONTNAME", (0, 0), (-1, -1), styles.fonts.body), *no_padding]),
    )


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

    The story's last paragraph (with its heading, if it has one) moves to the signatures' page,
    so that no page holds signatures alone; the trailing plain lines (mediator, recorder…) are
    never parted from the seal and the date. ``tail_heading`` ("见证人：") is printed over them.
    """
    lead_start = len(story) - 1
    while lead_start > 0 and story[lead_start - 1].getKeepWithNext():
        lead_start -= 1
    lead = story[lead_start:] if story else []
    del story[lead_start:]
    split = len(signatories)
    while split > 0 and not signatories[split - 1].fingerprint:
        split -= 1
    block = [*lead, Spacer(1, SIGNATURES_GAP_MM * mm), *signature_rows(signatories[:split], styles)]
    tail = signature_rows(signatories[split:], styles)
    if tail and tail_heading:
        tail.insert(0, para(tail_heading, styles.heading, styles.fonts))
    if seal_label is not None or date is not None:
        tail.append(SealBlock(seal_label or "", date or "", styles))
    if tail:
        block.append(_unbreakable(tail, styles))
    story.append(KeepTogether(block))
