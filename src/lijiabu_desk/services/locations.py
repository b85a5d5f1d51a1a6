"""Where the app keeps its files, for callers above ``services`` (the command line, the window).

Cheap to import (platformdirs only), so that ``--help`` does not load the database machinery.
"""

from __future__ import annotations

from lijiabu_desk.db.paths import default_db_path

__all__ = ["default_db_path"]
