"""License transfers: request, cancel, decline, accept (SPEC section 3).

Race rules. Every decision locks the transfer row first (`select_for_update`), then the
license rows it touches in id order; a request locks the license row. On top of the locks,
each state change is a conditional UPDATE (`WHERE status = 'pending'`) and the unique
`open_license_id` admits one waiting transfer per license, so two requests of one license,
an accept racing a cancel, or two accepts have exactly one winner on every backend; the
loser gets TRANSFER_PENDING or CONFLICT and its transaction rolls back whole.
"""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from accountdesk.settings import Settings
from models import (
    Account,
    License,
    LicenseAddon,
    LicenseState,
    LicenseTransfer,
    TransferKind,
    TransferStatus,
    User,
)
from models.enums import AccountType
from resolvers import clock, outbox
from resolvers.accounts import normalize_email
from resolvers.buying import ledger
from resolvers.errors import Conflict, InvalidInput, NotFound
from resolvers.identity import Principal
from resolvers.licenses.access import owned_license, owned_transfer, require_primary
from resolvers.licenses.companies import create_company
from resolvers.licenses.errors import TransferPending
from resolvers.licenses.history import LicenseAction, write_history
from resolvers.licenses.terms import TERMS_VERSION, parse_signature
from resolvers.licenses.urls import parse_store_url

__all__ = [
    "NewCompany",
    "Requested",
    "request_transfer",
    "cancel_transfer",
    "decline_transfer",
    "accept_transfer",
    "ensure_transferable",
    "hold_points",
    "open_transfer",
    "notify_primary",
]


@dataclass(frozen=True)
class NewCompany:
    company_name: str
    contact_name: str = ""
    details: str = ""


@dataclass(frozen=True)
class Requested:
    transfer: LicenseTransfer
    new_user: User | None  # the new company's primary, whose role the caller must announce


async def request_transfer(
    settings: Settings,
    principal: Principal,
    license_id: int | str,
    target_url: str,
    recipient_email: str,
    points: int = 0,
    new_company: NewCompany | None = None,
) -> Requested:
    require_primary(principal)
    url = parse_store_url(target_url, field="targetUrl").url
    email = normalize_email(recipient_email, field="recipientEmail")
    if points < 0:
        raise InvalidInput("Points cannot be negative.", field="points")
    async with in_transaction() as conn:
        license = await owned_license(principal, license_id, conn)
        await ensure_transferable(license, conn)
        source = await Account.get(id=license.account_id).using_db(conn)
        target, new_user = await _recipient(settings, email, new_company, source, conn)
        await hold_points(source.id, points, conn, license.id)
        transfer = await open_transfer(
            conn,
            kind=TransferKind.LICENSE,
            license_id=license.id,
            source_account_id=source.id,
            target_account_id=target.id,
            target_url=url,
            company_name=target.name,
            company_details=new_company.details if new_company else "",
            contact_name=new_company.contact_name if new_company else "",
            contact_email=email,
            created_new_account=new_user is not None,
            points=points,
            requested_by_id=principal.user_id,
        )
        await write_history(
            conn,
            license.id,
            LicenseAction.TRANSFER_REQUESTED,
            actor_id=principal.user_id,
            detail=f"Transfer to {target.name} requested ({url}, {points} points)",
            account_ids=(source.id,),
        )
        await notify_primary(
            target.id,
            f"transfer:{transfer.id}:requested",
            "A license waits for your acceptance",
            f"{source.name} is transferring a license to {target.name}. Sign in and accept it "
            "under My licenses.",
            conn,
        )
    return Requested(transfer=transfer, new_user=new_user)


async def ensure_transferable(license: License, conn: BaseDBAsyncClient) -> None:
    """Call with the license row locked: active, and not already waiting in a transfer."""
    if license.state is not LicenseState.ACTIVE:
        raise Conflict("Only an active (verified) license, or its add-ons, can be transferred.")
    if await LicenseTransfer.filter(open_license_id=license.id).using_db(conn).exists():
        raise TransferPending()


async def _recipient(
    settings: Settings, email: str, new_company: NewCompany | None, source: Account, conn
) -> tuple[Account, User | None]:
    """The existing customer named by its primary's email, or a new company made for it."""
    if new_company is None:
        return await _existing_customer(email, source.id, conn), None
    user = await create_company(
        settings, new_company.company_name, new_company.contact_name, email, source.name, conn
    )
    return await Account.get(id=user.account_id).using_db(conn), user


async def _existing_customer(email: str, source_account_id: int, conn) -> Account:
    account_id = await (
        User.filter(email=email, account_type=AccountType.PRIMARY, is_active=True)
        .using_db(conn)
        .values_list("account_id", flat=True)
    )
    if not account_id:
        raise NotFound("No customer's primary contact has this email.")
    if account_id[0] == source_account_id:
        raise InvalidInput("This is your own account.", field="recipientEmail")
    return await Account.get(id=account_id[0]).using_db(conn)


async def hold_points(
    account_id: int, points: int, conn: BaseDBAsyncClient, license_id: int | None = None
) -> None:
    """Take the points off the source's ledger until the transfer is decided."""
    if points <= 0:
        return
    change = ledger.Change(ledger.Kind.TRANSFER_HOLD, "Held for a transfer", license_id=license_id)
    await ledger.debit(conn, account_id, ledger.POINTS, points, change)


async def open_transfer(conn: BaseDBAsyncClient, **fields) -> LicenseTransfer:
    """Insert a waiting transfer; the unique `open_license_id` refuses a second one."""
    try:
        async with in_transaction() as savepoint:
            return await LicenseTransfer.create(
                open_license_id=fields["license_id"],
                requested_at=clock.now(),
                using_db=savepoint,
                **fields,
            )
    except IntegrityError:
        if (
            await LicenseTransfer.filter(open_license_id=fields["license_id"])
            .using_db(conn)
            .exists()
        ):
            raise TransferPending() from None
        raise


async def notify_primary(
    account_id: int, dedupe_key: str, subject: str, body: str, conn: BaseDBAsyncClient
) -> None:
    emails = await (
        User.filter(account_id=account_id, account_type=AccountType.PRIMARY, is_active=True)
        .using_db(conn)
        .values_list("contact_email", flat=True)
    )
    for email in emails:
        await outbox.enqueue(email, subject, body, dedupe_key, using_db=conn)


def _still_pending(transfer: LicenseTransfer) -> None:
    if transfer.status is not TransferStatus.PENDING:
        raise Conflict(f"This transfer was already {transfer.status.value}; nothing changed.")


async def _decide(
    transfer: LicenseTransfer, status: TransferStatus, principal: Principal, conn, **extra
) -> None:
    """The one conditional UPDATE that ends a waiting transfer; a loser of a race gets CONFLICT."""
    now = clock.now()
    changes = dict(
        status=status, open_license_id=None, decided_at=now, decided_by_id=principal.user_id
    )
    ended = (
        await LicenseTransfer.filter(id=transfer.id, status=TransferStatus.PENDING)
        .using_db(conn)
        .update(**changes, **extra)
    )
    if not ended:
        raise Conflict("This transfer was decided meanwhile; nothing changed.")
    for name, value in {**changes, **extra}.items():
        setattr(transfer, name, value)


async def _withdraw(
    principal: Principal, transfer_id: int | str, side: str, status: TransferStatus, action: str
) -> LicenseTransfer:
    require_primary(principal)
    async with in_transaction() as conn:
        transfer = await owned_transfer(principal, transfer_id, side, conn)
        _still_pending(transfer)
        await _decide(transfer, status, principal, conn)
        await (
            LicenseAddon.filter(pending_transfer_id=transfer.id)
            .using_db(conn)
            .update(pending_transfer_id=None)
        )
        await _credit(
            transfer.source_account_id, transfer.points, conn, ledger.Kind.TRANSFER_RETURN, transfer
        )
        await write_history(
            conn,
            transfer.license_id,
            action,
            actor_id=principal.user_id,
            detail=f"Transfer {status.value}",
            account_ids=(transfer.source_account_id, transfer.target_account_id),
        )
    return transfer


async def cancel_transfer(principal: Principal, transfer_id: int | str) -> LicenseTransfer:
    """The source withdraws a transfer before acceptance; held points and add-ons come back."""
    return await _withdraw(
        principal, transfer_id, "source", TransferStatus.CANCELLED, LicenseAction.TRANSFER_CANCELLED
    )


async def decline_transfer(principal: Principal, transfer_id: int | str) -> LicenseTransfer:
    return await _withdraw(
        principal, transfer_id, "target", TransferStatus.DECLINED, LicenseAction.TRANSFER_DECLINED
    )


async def accept_transfer(
    principal: Principal, transfer_id: int | str, signature: str
) -> LicenseTransfer:
    """Sign and take over: license (or add-ons) and points move in one transaction."""
    require_primary(principal)
    signed = parse_signature(signature)
    async with in_transaction() as conn:
        transfer = await owned_transfer(principal, transfer_id, "target", conn)
        _still_pending(transfer)
        await _hand_over(transfer, conn)
        await _decide(
            transfer,
            TransferStatus.ACCEPTED,
            principal,
            conn,
            signature=signed,
            terms_version=TERMS_VERSION,
        )
        source = await Account.get(id=transfer.source_account_id).using_db(conn)
        target = await Account.get(id=transfer.target_account_id).using_db(conn)
        await _record_acceptance(transfer, source.name, target.name, signed, conn)
        await notify_primary(
            source.id,
            f"transfer:{transfer.id}:accepted",
            "Transfer accepted",
            f"{target.name} accepted the transfer you requested (signed {signed}).",
            conn,
        )
    return transfer


async def _hand_over(transfer: LicenseTransfer, conn: BaseDBAsyncClient) -> None:
    """Move the license (or the add-ons) and the held points to the target account."""
    licenses = await _lock_licenses(transfer, conn)
    if licenses[transfer.license_id].account_id != transfer.source_account_id:
        raise Conflict("The license left the sending account meanwhile.")
    if transfer.kind is TransferKind.LICENSE:
        moving = License.filter(id=transfer.license_id).using_db(conn)
        await moving.update(account_id=transfer.target_account_id, url=transfer.target_url)
    else:
        if licenses[transfer.target_license_id].account_id != transfer.target_account_id:
            raise Conflict("The receiving license left your account meanwhile.")
        moving = LicenseAddon.filter(pending_transfer_id=transfer.id).using_db(conn)
        await moving.update(license_id=transfer.target_license_id, pending_transfer_id=None)
    await _credit(
        transfer.target_account_id, transfer.points, conn, ledger.Kind.TRANSFER_IN, transfer
    )


async def _credit(
    account_id: int, points: int, conn: BaseDBAsyncClient, kind: str, transfer: LicenseTransfer
) -> None:
    if points:
        note = f"Transfer #{transfer.id}" + (
            " returned" if kind == ledger.Kind.TRANSFER_RETURN else ""
        )
        change = ledger.Change(kind, note, license_id=transfer.license_id)
        await ledger.credit(conn, account_id, ledger.POINTS, points, change)


async def _lock_licenses(transfer: LicenseTransfer, conn) -> dict[int, License]:
    """Lock the licenses a decision touches, in id order so two decisions never deadlock."""
    ids = sorted({transfer.license_id, transfer.target_license_id} - {None})
    rows = await License.filter(id__in=ids).order_by("id").select_for_update().using_db(conn)
    return {row.id: row for row in rows}


async def _record_acceptance(
    transfer: LicenseTransfer, source: str, target: str, signed: str, conn
) -> None:
    terms = f"terms {TERMS_VERSION}, signed {signed}"
    if transfer.kind is TransferKind.LICENSE:
        await write_history(
            conn,
            transfer.license_id,
            LicenseAction.TRANSFERRED_OUT,
            actor_id=transfer.decided_by_id,
            detail=f"Transferred to {target} ({transfer.points} points); accepted, {terms}",
            account_ids=(transfer.source_account_id,),
        )
        await write_history(
            conn,
            transfer.license_id,
            LicenseAction.ACCEPTANCE,
            actor_id=transfer.decided_by_id,
            detail=f"Accepted from {source} ({transfer.points} points), {terms}",
            account_ids=(transfer.target_account_id,),
        )
        return
    names = ", ".join(transfer.addon_names)
    await write_history(
        conn,
        transfer.license_id,
        LicenseAction.ADDONS_OUT,
        actor_id=transfer.decided_by_id,
        detail=f"Add-ons moved to another company: {names}",
        account_ids=(transfer.source_account_id,),
    )
    await write_history(
        conn,
        transfer.target_license_id,
        LicenseAction.ADDONS_IN,
        actor_id=transfer.decided_by_id,
        detail=f"Add-ons accepted from {source}: {names}; {terms}",
        account_ids=(transfer.target_account_id,),
    )
