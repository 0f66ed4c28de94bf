"""Communication Center tickets, their messages and their history.

The Communication Center capability extends this module (attachments, access info, ratings
detail); the timers read the timestamps kept here.
"""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from models.enums import Department

__all__ = [
    "TicketKind",
    "TicketStatus",
    "TicketPriority",
    "Ticket",
    "TicketMessage",
    "TicketHistory",
    "TicketCounter",
    "TicketAttachment",
    "AccessInfo",
    "AccessInfoRead",
]


class TicketKind(StrEnum):
    SALES = "sales"
    SUPPORT = "support"
    PROJECT = "project"
    GENERIC = "generic"


class TicketStatus(StrEnum):
    SUBMITTED = "submitted"
    ASSIGNED = "assigned"
    IN_PROGRESS = "in_progress"
    PRE_CLOSED = "pre_closed"
    CLOSED = "closed"
    REOPENED = "reopened"


class TicketPriority(StrEnum):
    MAJOR = "major"
    NORMAL = "normal"
    MINOR = "minor"


class Ticket(Model):
    id = fields.IntField(primary_key=True)
    number = fields.IntField(unique=True)
    account = fields.ForeignKeyField(
        "models.Account", related_name="tickets", on_delete=fields.RESTRICT
    )
    author = fields.ForeignKeyField(
        "models.User", related_name="tickets", null=True, on_delete=fields.SET_NULL
    )
    type = fields.CharEnumField(TicketKind, max_length=20)
    department = fields.CharEnumField(Department, max_length=20)
    status = fields.CharEnumField(TicketStatus, max_length=20, default=TicketStatus.SUBMITTED)
    priority = fields.CharEnumField(TicketPriority, max_length=10, default=TicketPriority.NORMAL)
    hotrush = fields.BooleanField(default=False)
    title = fields.CharField(max_length=300)
    # The account's system ticket "LOG: License URL modifications".
    is_log = fields.BooleanField(default=False)
    # "account:<id>" on the log ticket only: the unique constraint makes it one per account
    # even when two requests create it at once (NULLs never collide).
    log_key = fields.CharField(max_length=40, null=True, unique=True)
    licenses = fields.ManyToManyField(
        "models.License", related_name="tickets", through="ticket_license"
    )
    product_version = fields.ForeignKeyField(
        "models.ProductVersion", related_name="tickets", null=True, on_delete=fields.SET_NULL
    )
    assignee = fields.ForeignKeyField(
        "models.User", related_name="assigned_tickets", null=True, on_delete=fields.SET_NULL
    )
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField()
    last_message_at = fields.DatetimeField()
    first_staff_response_at = fields.DatetimeField(null=True)
    response_due_at = fields.DatetimeField(null=True)
    # HotRush switched on after staff had answered: a new answer is owed by `response_due_at`
    # (SPEC "HotRush"). Cleared by the next staff answer or by switching HotRush off.
    hotrush_wait_since = fields.DatetimeField(null=True)
    overdue = fields.BooleanField(default=False)
    solved_at = fields.DatetimeField(null=True)
    pre_closed_at = fields.DatetimeField(null=True)
    closed_at = fields.DatetimeField(null=True)
    rating = fields.SmallIntField(null=True)
    rating_comment = fields.TextField(null=True)
    rated_at = fields.DatetimeField(null=True)

    class Meta:
        table = "ticket"
        indexes = (("account", "status"), ("status", "last_message_at"))


class TicketMessage(Model):
    id = fields.IntField(primary_key=True)
    # Public message ID, quoted in notifications and searchable ("Search by Message ID").
    public_id = fields.CharField(max_length=20, unique=True)
    ticket = fields.ForeignKeyField(
        "models.Ticket", related_name="messages", on_delete=fields.CASCADE
    )
    author = fields.ForeignKeyField(
        "models.User", related_name="messages", null=True, on_delete=fields.SET_NULL
    )
    reply_to = fields.ForeignKeyField(
        "models.TicketMessage", related_name="replies", null=True, on_delete=fields.SET_NULL
    )
    body = fields.TextField()
    is_internal = fields.BooleanField(default=False)
    from_staff = fields.BooleanField(default=False)
    created_at = fields.DatetimeField()

    class Meta:
        table = "ticket_message"
        indexes = (("ticket", "created_at"),)


class TicketHistory(Model):
    """Append-only: who (null for the system), when, what changed, and why."""

    id = fields.IntField(primary_key=True)
    ticket = fields.ForeignKeyField(
        "models.Ticket", related_name="history", on_delete=fields.CASCADE
    )
    actor = fields.ForeignKeyField(
        "models.User", related_name="ticket_changes", null=True, on_delete=fields.SET_NULL
    )
    at = fields.DatetimeField()
    action = fields.CharField(max_length=40)
    from_status = fields.CharField(max_length=20, null=True)
    to_status = fields.CharField(max_length=20, null=True)
    reason = fields.CharField(max_length=300, default="")

    class Meta:
        table = "ticket_history"
        indexes = (("ticket", "at"),)


class TicketCounter(Model):
    """Hands out human-facing ticket numbers: one row, bumped by one atomic upsert per ticket."""

    name = fields.CharField(max_length=40, primary_key=True)
    value = fields.BigIntField()

    class Meta:
        table = "ticket_counter"


class TicketAttachment(Model):
    """A file attached to a message; the bytes live in the storage under `stored_name`."""

    id = fields.IntField(primary_key=True)
    ticket = fields.ForeignKeyField(
        "models.Ticket", related_name="attachments", on_delete=fields.CASCADE
    )
    message = fields.ForeignKeyField(
        "models.TicketMessage", related_name="attachments", on_delete=fields.CASCADE
    )
    # Made by the server (random); the client's name is kept only for display, cleaned.
    stored_name = fields.CharField(max_length=80, unique=True)
    display_name = fields.CharField(max_length=200)
    content_type = fields.CharField(max_length=100)
    size = fields.BigIntField()
    uploaded_by = fields.ForeignKeyField(
        "models.User", related_name="ticket_attachments", null=True, on_delete=fields.SET_NULL
    )
    created_at = fields.DatetimeField()

    class Meta:
        table = "ticket_attachment"
        indexes = (("message", "id"),)


class AccessInfo(Model):
    """Server access details a customer posted: encrypted at rest, purged after a while."""

    id = fields.IntField(primary_key=True)
    ticket = fields.ForeignKeyField(
        "models.Ticket", related_name="access_info", on_delete=fields.CASCADE
    )
    author = fields.ForeignKeyField(
        "models.User", related_name="access_info", null=True, on_delete=fields.SET_NULL
    )
    # Fernet token. The retention purge deletes the row; a null here reads as purged too.
    ciphertext = fields.TextField(null=True)
    # What everyone may see: e.g. "SSH access, 3 lines".
    masked = fields.CharField(max_length=200)
    created_at = fields.DatetimeField(db_index=True)
    purged_at = fields.DatetimeField(null=True)

    class Meta:
        table = "ticket_access_info"


class AccessInfoRead(Model):
    """Append-only: every time a staff member read the clear text of access info. Kept when
    the access info itself is purged (the link then turns null)."""

    id = fields.IntField(primary_key=True)
    ticket = fields.ForeignKeyField(
        "models.Ticket", related_name="access_info_reads", on_delete=fields.CASCADE
    )
    access_info = fields.ForeignKeyField(
        "models.AccessInfo", related_name="reads", null=True, on_delete=fields.SET_NULL
    )
    reader = fields.ForeignKeyField(
        "models.User", related_name="access_info_reads", null=True, on_delete=fields.SET_NULL
    )
    at = fields.DatetimeField()

    class Meta:
        table = "ticket_access_read"
