"""Tortoise models: data, constraints and indexes. No rules beyond integrity live here."""

from models.accounts import Account, ApiToken, PasswordReset, Session, User
from models.enums import AccountType, Department, NewsletterTopic, StaffRole
from models.licenses import Brand, License, LicenseState, ProductVersion
from models.mail import OutboxMail
from models.tickets import (
    AccessInfo,
    AccessInfoRead,
    Ticket,
    TicketAttachment,
    TicketCounter,
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
    "License",
    "LicenseState",
    "NewsletterTopic",
    "OutboxMail",
    "PasswordReset",
    "ProductVersion",
    "Session",
    "StaffRole",
    "Ticket",
    "AccessInfo",
    "AccessInfoRead",
    "TicketAttachment",
    "TicketCounter",
    "TicketHistory",
    "TicketMessage",
    "TicketPriority",
    "TicketStatus",
    "TicketType",
    "User",
]
