"""Tortoise models: data, constraints and indexes. No rules beyond integrity live here."""

from models.accounts import Account, ApiToken, PasswordReset, Session, User
from models.enums import AccountType, Department, NewsletterTopic, StaffRole
from models.licenses import Brand, License, LicenseState, ProductVersion
from models.mail import OutboxMail
from models.projects import Project, ProjectStatus, ProjectTask, ProjectTaskStatus
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
    "License",
    "LicenseState",
    "NewsletterTopic",
    "OutboxMail",
    "PasswordReset",
    "ProductVersion",
    "Project",
    "ProjectStatus",
    "ProjectTask",
    "ProjectTaskStatus",
    "Session",
    "StaffRole",
    "Ticket",
    "TicketHistory",
    "TicketMessage",
    "TicketPriority",
    "TicketStatus",
    "TicketType",
    "User",
]
