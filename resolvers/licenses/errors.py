"""The licenses capability's own error codes (the generic ones live in `resolvers.errors`).

Forbidden     NOT_PRIMARY               only the account's primary user may do this
Conflict      DOMAIN_CHANGE_USED        the license's one domain change is spent
              TRANSFER_PENDING          the license already waits in a transfer
InvalidInput  ACKNOWLEDGEMENT_REQUIRED  a domain change needs the old-install acknowledgement
              INVALID_SIGNATURE         not a signature between slashes (/John Smith/)
              TARGET_NOT_MAIN_LICENSE   no X-Cart or LiteCommerce license has this key
LimitReached  NOT_ENOUGH_POINTS         more points than the account's balance
"""

from __future__ import annotations

from resolvers.errors import Conflict, Forbidden, InvalidInput, LimitReached

__all__ = [
    "NotPrimary",
    "DomainChangeUsed",
    "TransferPending",
    "AcknowledgementRequired",
    "InvalidSignature",
    "TargetNotMainLicense",
    "NotEnoughPoints",
]


class NotPrimary(Forbidden):
    code = "NOT_PRIMARY"
    default_message = "Only the account's primary user may do this."


class DomainChangeUsed(Conflict):
    code = "DOMAIN_CHANGE_USED"
    default_message = (
        "This license already moved to another domain once; only folder changes on the "
        "same domain remain. Contact support if the URL is wrong."
    )


class TransferPending(Conflict):
    code = "TRANSFER_PENDING"
    default_message = "This license already waits in a transfer; cancel that one first."


class AcknowledgementRequired(InvalidInput):
    code = "ACKNOWLEDGEMENT_REQUIRED"
    default_message = (
        "Moving to another domain needs your acknowledgement that the software is removed "
        "from the old URL within 48 hours."
    )


class InvalidSignature(InvalidInput):
    code = "INVALID_SIGNATURE"
    default_message = "Sign with your name between two slashes, for example /John Smith/."


class TargetNotMainLicense(InvalidInput):
    code = "TARGET_NOT_MAIN_LICENSE"
    default_message = "Add-ons can only move to an X-Cart or LiteCommerce license key."


class NotEnoughPoints(LimitReached):
    code = "NOT_ENOUGH_POINTS"
    default_message = "The account does not have that many tech-support points."
