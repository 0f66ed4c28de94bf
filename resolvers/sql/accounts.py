"""Hand-written statements of identity and accounts: every request runs the session lookup,
and every client's first screen asks `me` (see the package docstring for why by hand)."""

from __future__ import annotations

from models import Session, User
from resolvers.sql import Statement, converter

__all__ = ["SESSION_LOOKUP", "PROFILE"]

# Params: token hash, now, idle cutoff, True (an active user).
SESSION_LOOKUP = Statement(
    """SELECT s."id", s."last_seen_at", s."user_id", u."account_id", u."email",
       u."account_type", u."staff_role", u."department"
    FROM "session" s JOIN "user" u ON u."id" = s."user_id"
    WHERE s."token_hash" = {} AND s."revoked_at" IS NULL AND s."expires_at" > {}
      AND s."last_seen_at" > {} AND u."is_active" = {}""",
    {"last_seen_at": converter(Session, "last_seen_at")},
)

# The caller and their account's name in one statement. Params: user id.
PROFILE = Statement(
    """SELECT u."id", u."email", u."name", u."contact_email", u."account_type", u."staff_role",
       u."department", u."is_active", u."newsletter_topics", u."account_id",
       a."name" AS "account__name"
    FROM "user" u LEFT JOIN "account" a ON a."id" = u."account_id"
    WHERE u."id" = {}""",
    {
        name: converter(User, name)
        for name in ("account_type", "staff_role", "department", "is_active", "newsletter_topics")
    },
)
