"""Lintas: offline, encrypted capture and exchange of anonymised migrant-worker surveys."""

__version__ = "0.1.0"
