"""The demo tickets: every type and status in Demo Store, and seeding twice adds nothing."""

from __future__ import annotations

from models import Account, Ticket, TicketAttachment
from models.tickets import TicketKind, TicketStatus


async def test_demo_tickets_cover_every_type_and_status_and_seed_once(settings, monkeypatch):
    from accountdesk.demo import accounts, tickets

    monkeypatch.setenv("SECRET_KEY", settings.secret_key)
    monkeypatch.setenv("FILES_DIR", str(settings.files_dir))
    await accounts.seed()
    assert await tickets.seed() == f"tickets: {len(tickets.TICKETS)} added"
    assert await tickets.seed() == "tickets: 0 added"
    demo = await Account.get(name="Demo Store")
    rows = await Ticket.filter(account_id=demo.id).values("type", "status", "hotrush", "rating")
    assert {r["type"] for r in rows} == set(TicketKind)
    assert {r["status"] for r in rows} == set(TicketStatus)
    assert sum(r["hotrush"] for r in rows) >= 2 and any(r["rating"] for r in rows)
    assert not any(r["hotrush"] and r["status"] != TicketStatus.CLOSED for r in rows)
    assert await TicketAttachment.filter(ticket__account_id=demo.id).count() == 3
