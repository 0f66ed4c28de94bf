"""Demo data for `accountdesk serve --demo` and `accountdesk seed-demo`. Idempotent: run it twice
and nothing is added the second time. Each capability seeds its part in its own module, in
the order of `PARTS` (later parts find earlier ones' rows by their natural keys)."""

from __future__ import annotations

import importlib

__all__ = ["seed_demo", "PARTS", "DEMO_PASSWORD", "DEMO_LOGINS"]

DEMO_PASSWORD = "demo"
DEMO_LOGINS = [
    ("owner@demo.test", "Demo Store", "primary"),
    ("buyer@demo.test", "Demo Store", "advanced secondary"),
    ("webmaster@demo.test", "Demo Store", "secondary"),
    ("owner@other.test", "Other Shop", "primary"),
    ("agent@vendor.test", "vendor staff", "support agent"),
    ("billing@vendor.test", "vendor staff", "billing"),
    ("manager@vendor.test", "vendor staff", "head of Support"),
]
PARTS = [
    "accountdesk.demo.accounts",
    "accountdesk.demo.licenses",
    "accountdesk.demo.tickets",
    "accountdesk.demo.projects",
    "accountdesk.demo.files",
    "accountdesk.demo.complaints",
    "accountdesk.demo.buying",
    "accountdesk.demo.affiliate",
    "accountdesk.demo.invoices",
]


async def seed_demo() -> list[str]:
    """Seed every part; returns one line per part saying what it added."""
    report = []
    for name in PARTS:
        module = importlib.import_module(name)
        report.append(await module.seed())
    return report
