"""Parses → events. See :mod:`tasks.extract.events` for the entry point."""
