"""Transforms: pure Release -> Release functions applied between parsing and writing."""
