"""Staff correct a typo in a license URL (SPEC section 3: "A typo is corrected by staff").

A correction is not the holder's change: it spends no domain-change allowance and sets no
removal deadline, whatever the two addresses are. Like every URL change it is written to the
URL changes (`is_correction`), the license history (`url_correction`) and the account's log
ticket, in one transaction with the new URL, with the staff member's reason.
"""

from __future__ import annotations

from tortoise.transactions import in_transaction

from models import Brand, License, LicenseUrlChange
from resolvers import clock
from resolvers.errors import Forbidden, InvalidInput
from resolvers.identity import Principal
from resolvers.licenses.access import owned_license
from resolvers.licenses.history import LicenseAction, write_history
from resolvers.licenses.urls import parse_store_url
from resolvers.tickets.log_ticket import append_to_log_ticket

__all__ = ["correct_url", "REASON_LIMIT"]

REASON_LIMIT = 300


async def correct_url(
    principal: Principal, license_id: int | str, url: str, reason: str
) -> License:
    if not principal.is_staff:
        raise Forbidden("URL corrections are made by staff.")
    reason = " ".join(reason.split())
    if not reason or len(reason) > REASON_LIMIT:
        raise InvalidInput(
            f"Say why the URL is corrected (up to {REASON_LIMIT} characters).", field="reason"
        )
    new = parse_store_url(url).url
    async with in_transaction() as conn:
        license = await owned_license(principal, license_id, conn)
        old = license.url
        if new == old:
            raise InvalidInput("The license already has this URL.", field="url")
        now = clock.now()
        await License.filter(id=license.id).using_db(conn).update(url=new)
        await LicenseUrlChange.create(
            license_id=license.id,
            changed_by_id=principal.user_id,
            old_url=old,
            new_url=new,
            is_domain_change=False,
            is_correction=True,
            changed_at=now,
            using_db=conn,
        )
        brand = await Brand.get(id=license.brand_id).using_db(conn)
        text = (
            f"{brand.name} license #{license.id}: URL corrected by staff from {old} to {new} "
            f"({reason}). A correction does not use the license's domain change."
        )
        await write_history(
            conn,
            license.id,
            LicenseAction.URL_CORRECTION,
            actor_id=principal.user_id,
            detail=text,
            account_ids=[license.account_id],
        )
        await append_to_log_ticket(license.account_id, text, using_db=conn)
    license.url = new
    return license
