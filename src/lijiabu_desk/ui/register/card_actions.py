"""What the register's contact-card buttons do: print one household's card, a village's or a
group's, or every household's whose card is missing or out of date (rendered off the GUI
thread, then shown in the preview), and record a handover. After a batch was printed or saved
the officer is asked, default No, whether the cards were handed out; only a yes (and the
handover form) records anything."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QWidget

from lijiabu_desk.services.cards import CardSelection, PrintedCards, print_contact_cards
from lijiabu_desk.services.context import ServiceContext
from lijiabu_desk.services.places import list_villages
from lijiabu_desk.ui.background import Background, error_message
from lijiabu_desk.ui.register.card_dialogs import CardPreview, HandoverDialog
from lijiabu_desk.ui.register.household_view import HouseholdView

Place = tuple[int | None, int | None]  # village id, group id


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    """A question whose default answer is No."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


class CardActions(QObject):
    recorded = Signal()  # handovers were recorded: read the page again
    message = Signal(str)  # a sentence for the status line

    def __init__(
        self,
        ctx: ServiceContext,
        view: QWidget,
        page: HouseholdView,
        place: Callable[[], Place],
    ) -> None:
        super().__init__(view)
        self.ctx, self.view, self.page, self.place = ctx, view, page, place
        self.background = Background(self)
        self.preview: CardPreview | None = None
        self.dialog: HandoverDialog | None = None
        # (title, text) → yes? Tests answer it themselves.
        self.ask: Callable[[str, str], bool] = lambda title, text: ask_yes_no(
            self.view, title, text
        )
        page.print_card_button.clicked.connect(lambda: self.print_household())
        page.handover_button.clicked.connect(lambda: self.record_household())

    def menu_button(self) -> QPushButton:
        """The register's “Contact cards” button, with its menu of batches to print."""
        button = QPushButton(self.tr("Contact cards"))
        menu = QMenu(button)
        menu.addAction(self.tr("Print cards for the chosen village or group…"), self.print_place)
        menu.addAction(
            self.tr("Print cards for every household without a current card…"),
            self.print_missing,
        )
        button.setMenu(menu)
        return button

    # --- printing ----------------------------------------------------------------------------
    def print_household(self) -> None:
        """This household's card; nothing is recorded (the page has 登记已发卡 for that)."""
        if self.page.page is not None:
            self._print(CardSelection(household_id=self.page.page.id), ask_after=False)

    def print_place(self) -> None:
        """The cards of the village or group chosen in the tree."""
        village_id, group_id = self.place()
        village = next((v for v in list_villages(self.ctx) if v.id == village_id), None)
        if village is None:
            self.message.emit(self.tr("Choose a village or group on the left first."))
            return
        number = next((g.number for g in village.groups if g.id == group_id), None)
        self._print(CardSelection(village=village.name, group=number), ask_after=True)

    def print_missing(self) -> None:
        self._print(CardSelection(all_missing=True), ask_after=True)

    def _print(self, selection: CardSelection, *, ask_after: bool) -> None:
        ctx = self.ctx
        self.background.run(
            lambda: print_contact_cards(ctx, selection),
            lambda printed: self.show_preview(printed, ask_after=ask_after),
            lambda exc: QMessageBox.warning(self.view, self.tr("Cannot print"), error_message(exc)),
        )

    def show_preview(self, printed: PrintedCards, *, ask_after: bool) -> CardPreview:
        warning = ""
        if printed.missing_glyphs:
            warning = self.tr(
                "The font has no glyph for %1: these print as boxes. Write them in by hand."
            ).replace("%1", "、".join(sorted(printed.missing_glyphs)))
        title = self.tr("Contact cards (%1)").replace("%1", str(printed.households))
        preview = CardPreview(printed.pdf, title, "警民连心卡.pdf", self.view.window(), warning)
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if ask_after:
            ids = printed.household_ids
            preview.finished.connect(lambda _r: self._after(preview.used, ids))
        self.preview = preview
        preview.open()
        return preview

    def _after(self, used: bool, household_ids: Sequence[int]) -> None:
        """The sheets went out: were the cards handed out already? Default No."""
        if not used or not household_ids:
            return
        if self.ask(
            self.tr("Contact cards"),
            self.tr("Have these cards been handed out to the households? Record it now?"),
        ):
            what = self.tr("%1 households (the cards just printed)").replace(
                "%1", str(len(household_ids))
            )
            self._handover(household_ids, what)

    # --- handovers ---------------------------------------------------------------------------
    def record_household(self) -> HandoverDialog | None:
        page = self.page.page
        if page is None:
            return None
        what = self.tr("Household %1 (head: %2)").replace("%1", page.household_no)
        return self._handover([page.id], what.replace("%2", page.head or "—"))

    def _handover(self, household_ids: Sequence[int], what: str) -> HandoverDialog:
        dialog = HandoverDialog(self.ctx, household_ids, what, self.view)
        dialog.done.connect(self.recorded)
        dialog.done.connect(
            lambda: self.message.emit(
                self.tr("Recorded: %1 card(s) handed over.").replace("%1", str(dialog.recorded))
            )
        )
        self.dialog = dialog
        dialog.open()
        return dialog
