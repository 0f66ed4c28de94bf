"""Random tokens and how they are stored: only a SHA-256 of a token ever reaches the database."""

from __future__ import annotations

import hashlib
import secrets
import string

__all__ = ["new_token", "token_hash", "random_letters"]


def new_token(prefix: str) -> str:
    """A bearer secret; the prefix tells a reader (and a secret scanner) what it is."""
    return f"{prefix}_{secrets.token_urlsafe(32)}"


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def random_letters(length: int, alphabet: str = string.ascii_uppercase) -> str:
    return "".join(secrets.choice(alphabet) for _ in range(length))
