"""The buying rules that are numbers and names, in one place."""

from __future__ import annotations

__all__ = [
    "MAX_QUANTITY",
    "MAX_CART_LINES",
    "MAX_PRICE",
    "TERMS_VERSION",
    "SERVICE_TICKET_TEXT",
    "CURRENCIES",
]

MAX_QUANTITY = 100  # of one product in one cart line
MAX_CART_LINES = 50
MAX_PRICE = 10**12  # minor units: ten billion dollars is not a typo we want to sell at
# The terms of service and money-back policy a checkout accepts (stored with each order).
TERMS_VERSION = "2026-01"
# The first message of the sales ticket a service opens, when the product has no text of its own.
SERVICE_TICKET_TEXT = "Thank you for ordering installation services"
# ISO 4217 codes the catalog sells in; amounts are integer minor units (cents).
CURRENCIES = frozenset({"USD", "EUR", "GBP"})
