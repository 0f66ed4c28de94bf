"""Hand-written statements of the Communication Center: the loaders of a ticket page (building
the Tortoise queries and converting their rows took longer than running them for 50 tickets),
the staff queue (one statement computes effective priority) and the ticket counter."""

from __future__ import annotations

from functools import cache

from models import ProductVersion
from models.tickets import TicketAttachment, TicketMessage
from resolvers.sql import Statement, converter

__all__ = [
    "MESSAGES",
    "VISIBLE_MESSAGES",
    "ATTACHMENTS",
    "PEOPLE",
    "LICENSES",
    "VERSIONS",
    "BRAND_VERSIONS",
    "NEXT_NUMBER",
    "queue_sql",
]

_MESSAGE_TYPES = {
    "is_internal": converter(TicketMessage, "is_internal"),
    "from_staff": converter(TicketMessage, "from_staff"),
    "created_at": converter(TicketMessage, "created_at"),
}
_MESSAGES = (
    'SELECT "id", "public_id", "ticket_id", "author_id", "reply_to_id", "body", "is_internal", '
    '"from_staff", "created_at" FROM "ticket_message" WHERE "ticket_id" IN ({}){visible} '
    'ORDER BY "created_at", "id"'
)
# Params of each: Keys(...) of the ids named by the IN list.
MESSAGES = Statement(_MESSAGES.replace("{visible}", ""), _MESSAGE_TYPES)
VISIBLE_MESSAGES = Statement(  # what a customer sees: never an internal note
    _MESSAGES.replace("{visible}", ' AND "is_internal" = FALSE'), _MESSAGE_TYPES
)
ATTACHMENTS = Statement(
    'SELECT "id", "message_id", "display_name", "content_type", "size", "created_at" '
    'FROM "ticket_attachment" WHERE "message_id" IN ({}) ORDER BY "id"',
    {"created_at": converter(TicketAttachment, "created_at")},
)
PEOPLE = Statement('SELECT "id", "name", "email" FROM "user" WHERE "id" IN ({})')
LICENSES = Statement(
    'SELECT l."id", l."url", b."name" AS "brand_name", tl."ticket_id" FROM "ticket_license" tl '
    'JOIN "license" l ON l."id" = tl."license_id" JOIN "brand" b ON b."id" = l."brand_id" '
    'WHERE tl."ticket_id" IN ({}) ORDER BY l."id"'
)
_RELEASED_ON = {"released_on": converter(ProductVersion, "released_on")}
VERSIONS = Statement(
    'SELECT v."id", v."brand_id", v."version", v."branch", v."released_on", '
    'b."name" AS "brand_name" FROM "product_version" v JOIN "brand" b ON b."id" = v."brand_id" '
    'WHERE v."id" IN ({})',
    _RELEASED_ON,
)
BRAND_VERSIONS = Statement(
    'SELECT "id", "brand_id", "version", "branch", "released_on" FROM "product_version" '
    'WHERE "brand_id" IN ({})',
    _RELEASED_ON,
)
# Params: the first number. The row stays locked until the caller's transaction commits.
NEXT_NUMBER = Statement(
    "INSERT INTO ticket_counter (name, value) VALUES ('ticket', {}) "
    "ON CONFLICT (name) DO UPDATE SET value = ticket_counter.value + 1 RETURNING value"
)

_QUEUE = """
WITH account_mean AS (
    SELECT account_id, AVG(<weight_all>) AS mean_weight
    FROM ticket
    WHERE created_at >= {} AND is_log = FALSE
    GROUP BY account_id
)
SELECT t.id AS id,
       <weight_t> * 2.0 / COALESCE(m.mean_weight, 2.0) AS effective_priority
FROM ticket t
LEFT JOIN account_mean m ON m.account_id = t.account_id
WHERE t.status != 'closed' AND t.is_log = FALSE <reach>
ORDER BY CASE WHEN t.hotrush THEN 0 ELSE 1 END,
         CASE WHEN t.hotrush THEN t.response_due_at END,
         effective_priority DESC,
         t.created_at,
         t.id
LIMIT {}
"""


@cache
def queue_sql(department_reach: bool, weights: tuple[float, float, float]) -> Statement:
    """The staff queue with the nominal (major, normal, minor) weights of the priority rule.

    Params: window start, [department, user id,] limit.
    """
    major, normal, minor = (float(w) for w in weights)
    weight = f"(CASE {{p}} WHEN 'major' THEN {major} WHEN 'normal' THEN {normal} ELSE {minor} END)"
    sql = _QUEUE.replace("<weight_all>", weight.replace("{p}", "priority"))
    sql = sql.replace("<weight_t>", weight.replace("{p}", "t.priority"))
    reach = "AND (t.department = {} OR t.assignee_id = {})" if department_reach else ""
    return Statement(sql.replace("<reach>", reach))
