"""The DataLoaders of buying (see `schema/loaders.py`)."""

from __future__ import annotations

from resolvers.buying.batches import BATCHES
from schema.loaders import area_loader

__all__ = ["buying_loader"]

buying_loader = area_loader("buying", BATCHES)
