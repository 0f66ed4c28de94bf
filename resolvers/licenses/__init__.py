"""Licenses (SPEC section 3): keys, URL changes, transfers, add-ons, history, certificates."""
