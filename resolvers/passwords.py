"""Password hashing with argon2id at OWASP's minimum (m=19 MiB, t=2, p=1)."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from resolvers.errors import InvalidInput

__all__ = ["hash_password", "verify_password", "check_new_password", "MIN_PASSWORD_LENGTH"]

MIN_PASSWORD_LENGTH = 8
_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
# Verified against when the email is unknown, so both answers take the same time.
_DUMMY_HASH = _hasher.hash("no such user: timing equaliser")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and bool(password_hash)
    except (VerificationError, InvalidHashError):
        return False


def check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise InvalidInput(
            f"The password must have at least {MIN_PASSWORD_LENGTH} characters.",
            code="WEAK_PASSWORD",
            field="password",
        )
    if len(password) > 1024:
        raise InvalidInput("The password is too long.", code="WEAK_PASSWORD", field="password")
    if password.lower() in _common_passwords():
        raise InvalidInput(
            "This password is among the most common ones; choose another.",
            code="WEAK_PASSWORD",
            field="password",
        )


@cache
def _common_passwords() -> frozenset[str]:
    """The 30,000 most common passwords of zxcvbn's list (NIST SP 800-63B: refuse known ones)."""
    from zxcvbn.frequency_lists import FREQUENCY_LISTS

    return frozenset(FREQUENCY_LISTS["passwords"])
