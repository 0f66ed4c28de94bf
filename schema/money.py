"""Money as clients see it: integer minor units and a currency, never a float."""

from __future__ import annotations

import strawberry

__all__ = ["Money"]


@strawberry.type(description="An amount in minor units (cents) of a currency; never a float.")
class Money:
    amount: int
    currency: str
