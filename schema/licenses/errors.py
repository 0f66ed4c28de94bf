"""The licenses capability's error types and the result unions of its mutations."""

from __future__ import annotations

from schema.errors import (
    ConflictError,
    ForbiddenError,
    InputError,
    NotFoundError,
    error_type,
    result_union,
)
from schema.licenses.types import LicenseTransferType, LicenseType

__all__ = [
    "LicenseResult",
    "ChangeLicenseUrlResult",
    "RequestLicenseTransferResult",
    "LicenseTransferDecisionResult",
    "AcceptLicenseTransferResult",
    "TransferAddonsResult",
]

DomainChangeUsedError = error_type(
    "DomainChangeUsedError",
    ("DOMAIN_CHANGE_USED",),
    "The license's one move to another domain is spent; folder changes still work.",
)
AcknowledgementRequiredError = error_type(
    "AcknowledgementRequiredError",
    ("ACKNOWLEDGEMENT_REQUIRED",),
    "A domain change needs the acknowledgement that the old installation goes within 48 hours.",
)
InvalidSignatureError = error_type(
    "InvalidSignatureError",
    ("INVALID_SIGNATURE",),
    "A signature is a name between two slashes: /John Smith/.",
)
NotEnoughPointsError = error_type(
    "NotEnoughPointsError",
    ("NOT_ENOUGH_POINTS",),
    "More tech-support points than the account holds.",
)
TargetNotMainLicenseError = error_type(
    "TargetNotMainLicenseError",
    ("TARGET_NOT_MAIN_LICENSE",),
    "The key is not an X-Cart or LiteCommerce license (whether or not it exists).",
)
TransferPendingError = error_type(
    "TransferPendingError",
    ("TRANSFER_PENDING",),
    "The license already waits in a transfer.",
)

_COMMON = (NotFoundError, ForbiddenError, ConflictError, InputError)

LicenseResult = result_union("LicenseResult", LicenseType, *_COMMON)
ChangeLicenseUrlResult = result_union(
    "ChangeLicenseUrlResult",
    LicenseType,
    *_COMMON,
    DomainChangeUsedError,
    AcknowledgementRequiredError,
)
RequestLicenseTransferResult = result_union(
    "RequestLicenseTransferResult",
    LicenseTransferType,
    *_COMMON,
    TransferPendingError,
    NotEnoughPointsError,
)
LicenseTransferDecisionResult = result_union(
    "LicenseTransferDecisionResult", LicenseTransferType, *_COMMON
)
AcceptLicenseTransferResult = result_union(
    "AcceptLicenseTransferResult", LicenseTransferType, *_COMMON, InvalidSignatureError
)
TransferAddonsResult = result_union(
    "TransferAddonsResult",
    LicenseTransferType,
    *_COMMON,
    TransferPendingError,
    NotEnoughPointsError,
    TargetNotMainLicenseError,
)
