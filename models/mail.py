"""The outbox: mail is written in the transaction of the change that caused it, sent by a job."""

from tortoise import fields
from tortoise.models import Model

__all__ = ["OutboxMail"]


class OutboxMail(Model):
    id = fields.BigIntField(primary_key=True)
    # Makes "the same mail for the same event" impossible to write twice (retries, racing sweeps).
    dedupe_key = fields.CharField(max_length=200, unique=True)
    recipient = fields.CharField(max_length=254)
    subject = fields.CharField(max_length=300)
    body = fields.TextField()
    created_at = fields.DatetimeField()
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField()
    sent_at = fields.DatetimeField(null=True, db_index=True)
    last_error = fields.TextField(default="")

    class Meta:
        table = "outbox_mail"
