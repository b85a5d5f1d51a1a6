"""Printable documents: fonts, layouts and PDF renderers fed with plain data."""
