"""Staff look customer accounts up by company name, a person's email or a license key.

The lookup is read-only: it finds accounts; what staff may then do with one is what their
role allows elsewhere. Keys match whole (16 letters, any case); names and emails match on
any part. One statement per page, keyset-paginated by name.
"""

from __future__ import annotations

from tortoise.expressions import Q, Subquery

from accountdesk.settings import Settings
from models import Account, License, User
from resolvers.errors import Forbidden, InvalidInput
from resolvers.identity import Principal
from resolvers.pagination import Page, check_first, keyset_page

__all__ = ["SEARCH_LIMIT", "search_accounts"]

SEARCH_LIMIT = 200


async def search_accounts(
    settings: Settings, principal: Principal, text: str, first: int, after: str | None
) -> Page:
    if not principal.is_staff:
        raise Forbidden("Customer accounts are looked up by staff.")
    check_first(first, settings.max_page_size)
    text = " ".join(text.split())
    if not text or len(text) > SEARCH_LIMIT:
        raise InvalidInput(
            f"Search by a company name, an email or a license key (1-{SEARCH_LIMIT} characters).",
            field="search",
        )
    people = User.filter(email__icontains=text, account_id__isnull=False).values("account_id")
    keys = License.filter(key=text.upper()).values("account_id")
    found = Account.filter(
        Q(name__icontains=text) | Q(id__in=Subquery(people)) | Q(id__in=Subquery(keys))
    )
    return await keyset_page(found, first, after, order=[("name", False)])
