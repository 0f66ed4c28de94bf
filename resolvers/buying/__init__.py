"""Buying (SPEC section 5): catalog, cart, checkout, payments and webhooks, paid orders, the
liabilities ledger and numbered documents. Invoices reuse the payments, webhooks, ledger and
numbering modules of this package."""
