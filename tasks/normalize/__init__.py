"""Normalisation of event arguments: dates, places, sides."""
