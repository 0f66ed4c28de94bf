"""The DataLoaders of invoices (see `schema/loaders.py`)."""

from __future__ import annotations

from resolvers.invoices.batches import BATCHES
from schema.loaders import area_loader

__all__ = ["invoice_loader"]

invoice_loader = area_loader("invoices", BATCHES)
