"""Polling Station: the paper side of a party primary, offline."""

__version__ = "0.1.0"
