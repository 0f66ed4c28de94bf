"""The DataLoaders of the file area (see `schema/loaders.py`)."""

from __future__ import annotations

from resolvers.files.batches import BATCHES
from schema.loaders import area_loader

__all__ = ["file_loader"]

file_loader = area_loader("files", BATCHES)
