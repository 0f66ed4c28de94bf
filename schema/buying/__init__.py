"""Buying (SPEC section 5): root fields in `queries` and `mutations`, types in `types`."""

from schema.buying.mutations import BuyingMutation
from schema.buying.queries import BuyingQuery

__all__ = ["BuyingQuery", "BuyingMutation"]
