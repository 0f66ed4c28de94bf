"""Tortoise models: data, constraints and indexes. No rules beyond integrity live here."""

from models.accounts import Account, ApiToken, PasswordReset, Session, User
from models.enums import AccountType, Department, NewsletterTopic, StaffRole
from models.licenses import (
    Brand,
    HolderStatus,
    License,
    LicenseAddon,
    LicenseHistory,
    LicenseState,
    LicenseSubscription,
    LicenseTransfer,
    LicenseUrlChange,
    ProductVersion,
    TransferKind,
    TransferStatus,
)
from models.mail import OutboxMail
from models.tickets import (
    Ticket,
    TicketHistory,
    TicketMessage,
    TicketPriority,
    TicketStatus,
    TicketType,
)

__all__ = [
    "Account",
    "AccountType",
    "ApiToken",
    "Brand",
    "Department",
    "HolderStatus",
    "License",
    "LicenseAddon",
    "LicenseHistory",
    "LicenseState",
    "LicenseSubscription",
    "LicenseTransfer",
    "LicenseUrlChange",
    "NewsletterTopic",
    "OutboxMail",
    "PasswordReset",
    "ProductVersion",
    "Session",
    "StaffRole",
    "Ticket",
    "TicketHistory",
    "TicketMessage",
    "TicketPriority",
    "TicketStatus",
    "TicketType",
    "TransferKind",
    "TransferStatus",
    "User",
]
