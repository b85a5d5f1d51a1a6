"""Settings screens: the station's details, officers and villages."""

from lijiabu_desk.ui.settings.settings_area import SettingsArea

__all__ = ["SettingsArea"]
