"""Complaints to the vendor's management (SPEC section 5)."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

__all__ = ["ComplaintStatus", "Complaint"]


class ComplaintStatus(StrEnum):
    SUBMITTED = "submitted"
    UNDER_REVIEW = "under_review"
    RESOLVED = "resolved"


class Complaint(Model):
    id = fields.IntField(primary_key=True)
    account = fields.ForeignKeyField(
        "models.Account", related_name="complaints", on_delete=fields.RESTRICT
    )
    author = fields.ForeignKeyField(
        "models.User", related_name="complaints", on_delete=fields.RESTRICT
    )
    subject = fields.CharField(max_length=200)
    text = fields.TextField()
    # The ticket the complaint is about, if any: its assignee may not handle the complaint.
    ticket = fields.ForeignKeyField(
        "models.Ticket", related_name="complaints", null=True, on_delete=fields.SET_NULL
    )
    status = fields.CharEnumField(ComplaintStatus, max_length=20, default=ComplaintStatus.SUBMITTED)
    handler = fields.ForeignKeyField(
        "models.User", related_name="handled_complaints", null=True, on_delete=fields.SET_NULL
    )
    answer = fields.TextField(null=True)
    created_at = fields.DatetimeField()
    reviewed_at = fields.DatetimeField(null=True)
    resolved_at = fields.DatetimeField(null=True)

    class Meta:
        table = "complaint"
        indexes = (("account", "created_at"), ("status", "created_at"))
