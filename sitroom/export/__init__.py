"""Exports: the JSON contract, PLOVER JSON Lines, GeoJSON, CSV, GraphML."""
