"""The file area (SPEC section 4): folders, the product gate, publishing, uploads, upgrade packs."""
