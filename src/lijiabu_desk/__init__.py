"""Lijiabu Desk (李家堡警务台账): offline desk software for a village police post."""

__version__ = "0.1.0"
APP_NAME = "LijiabuDesk"
APP_AUTHOR = "Lijiabu"
