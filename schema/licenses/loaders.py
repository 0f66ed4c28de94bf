"""The DataLoaders of licensing (see `schema/loaders.py`)."""

from __future__ import annotations

from resolvers.licenses.batches import BATCHES
from schema.loaders import area_loader

__all__ = ["license_loader"]

license_loader = area_loader("licenses", BATCHES)
