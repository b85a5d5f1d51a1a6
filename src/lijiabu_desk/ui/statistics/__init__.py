"""统计报表: the statistics area (``area.StatisticsArea``), its layout (``view``), its tables
and charts, and the list of the records behind a number (``records_dialog``)."""
