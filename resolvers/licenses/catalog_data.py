"""The brands and their version lists: data, edited here (not in code) when a release ships.

Each version is (version, branch, release date). The newest branch's newest version is the
current one; the ticket side derives the `obsolete` / `out_of_guarantee` marks from these.
"""

from __future__ import annotations

__all__ = ["BRANDS"]

BRANDS: list[dict] = [
    {
        "code": "xcart4",
        "name": "X-Cart 4",
        "is_main_product": True,
        "registers_installations": True,
        "issues_certificates": False,
        "versions": [
            ("4.5.5", "4.5.x", "2013-02-19"),
            ("4.6.5", "4.6.x", "2014-07-29"),
            ("4.6.6", "4.6.x", "2015-03-17"),
            ("4.7.11", "4.7.x", "2019-04-02"),
            ("4.7.12", "4.7.x", "2020-11-24"),
        ],
    },
    {
        "code": "xcart5",
        "name": "X-Cart 5",
        "is_main_product": True,
        "registers_installations": False,
        "issues_certificates": False,
        "versions": [
            ("5.4.1.40", "5.4.x", "2023-03-14"),
            ("5.5.0.20", "5.5.x", "2024-06-11"),
            ("5.5.1.10", "5.5.x", "2025-09-16"),
            ("5.5.1.12", "5.5.x", "2026-05-05"),
        ],
    },
    {
        "code": "xpayments",
        "name": "X-Payments",
        "is_main_product": False,
        "registers_installations": False,
        "issues_certificates": False,
        "versions": [
            ("3.1.2", "3.1.x", "2022-08-30"),
            ("3.2.0", "3.2.x", "2025-02-25"),
            ("3.2.1", "3.2.x", "2026-03-10"),
        ],
    },
    {
        "code": "litecommerce",
        "name": "LiteCommerce",
        "is_main_product": True,
        "registers_installations": False,
        "issues_certificates": True,
        "versions": [
            ("2.2.41", "2.2.x", "2011-06-28"),
            ("3.1.2", "3.1.x", "2013-05-21"),
            ("3.1.3", "3.1.x", "2014-01-15"),
        ],
    },
]
