"""The station's basic fields, as the first-start dialog and the settings page both show them.

One list so the two forms cannot drift apart. Labels use the literal "StationFields" context
because lupdate only sees literal translate() calls.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def station_fields() -> list[tuple[str, str]]:
    """(field name of ``StationDetails``, label) for the station's basic details, in order."""
    return [
        ("name", QCoreApplication.translate("StationFields", "Station name")),
        ("county_bureau", QCoreApplication.translate("StationFields", "County bureau")),
        ("address", QCoreApplication.translate("StationFields", "Address")),
        ("duty_phone", QCoreApplication.translate("StationFields", "24-hour duty phone")),
        ("chief_name", QCoreApplication.translate("StationFields", "Station chief")),
        ("chief_phone", QCoreApplication.translate("StationFields", "Station chief's phone")),
        (
            "mediation_committee",
            QCoreApplication.translate("StationFields", "Mediation committee"),
        ),
    ]
