"""Closed vocabularies shared by models, rules and the GraphQL schema."""

from enum import StrEnum

__all__ = ["AccountType", "StaffRole", "Department", "NewsletterTopic"]


class AccountType(StrEnum):
    PRIMARY = "primary"
    ADVANCED_SECONDARY = "advanced_secondary"
    SECONDARY = "secondary"


class StaffRole(StrEnum):
    AGENT = "agent"
    SALES = "sales"
    DEVELOPER = "developer"
    BILLING = "billing"
    DEPARTMENT_HEAD = "department_head"
    ADMIN = "admin"


class Department(StrEnum):
    SALES = "sales"
    SUPPORT = "support"
    PROJECTS = "projects"
    BILLING = "billing"


class NewsletterTopic(StrEnum):
    COMPANY_NEWS = "company_news"
    PROMOTIONS = "promotions"
    SECURITY_ALERTS = "security_alerts"
    NEW_PRODUCTS = "new_products"
    MINOR_RELEASES = "minor_releases"
