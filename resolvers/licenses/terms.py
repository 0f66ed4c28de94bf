"""The license transfer agreement the recipient signs, and what counts as a signature.

A signature is any text between two slashes, as the vendor's form asks: `/John Smith/`.
The version signed is stored with the acceptance, so a later edit of the terms never
changes what an earlier recipient agreed to.
"""

from __future__ import annotations

from resolvers.licenses.errors import InvalidSignature

__all__ = ["TERMS_VERSION", "TERMS_TEXT", "parse_signature"]

TERMS_VERSION = "2026-01"
TERMS_TEXT = (
    "By signing you accept the license agreement of the transferred software as its new "
    "holder: the license stays bound to the URL given with the transfer, may be moved to "
    "another domain once, and its previous holder loses every right to it."
)
MAX_SIGNATURE = 1000


def parse_signature(raw: str) -> str:
    """The signature as stored (trimmed), or INVALID_SIGNATURE."""
    text = raw.strip()
    inside = text[1:-1].strip() if len(text) >= 2 else ""
    if not (text.startswith("/") and text.endswith("/") and inside):
        raise InvalidSignature(field="signature")
    if len(text) > MAX_SIGNATURE:
        raise InvalidSignature(
            f"A signature has at most {MAX_SIGNATURE} characters.", field="signature"
        )
    return text
