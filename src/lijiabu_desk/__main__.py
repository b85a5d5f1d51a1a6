"""``python -m lijiabu_desk`` runs the same entry point as the ``lijiabu-desk`` command."""

from lijiabu_desk.cli import main

raise SystemExit(main())
