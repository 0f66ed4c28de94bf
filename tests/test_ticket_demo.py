"""The demo tickets: every type and status in Demo Store, and seeding twice adds nothing."""

from __future__ import annotations

from datetime import datetime, timedelta

from models import Account, Ticket, TicketAttachment, TicketHistory, User
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
    # One open HotRush ticket, switched on after staff answered: due 2 h after the switch.
    [late] = await Ticket.filter(account_id=demo.id, hotrush=True).exclude(
        status=TicketStatus.CLOSED
    )
    assert late.first_staff_response_at is not None and late.hotrush_wait_since is not None
    assert late.response_due_at == late.hotrush_wait_since + timedelta(hours=2)
    assert await TicketAttachment.filter(ticket__account_id=demo.id).count() == 3


async def test_demo_lists_the_late_hotrush_with_its_deadline_and_the_brands(
    api, world, settings, monkeypatch
):
    from accountdesk.demo import accounts, licenses, tickets

    monkeypatch.setenv("SECRET_KEY", settings.secret_key)
    monkeypatch.setenv("FILES_DIR", str(settings.files_dir))
    await accounts.seed()
    await licenses.seed()
    await tickets.seed()
    owner = await User.get(email="owner@demo.test")
    token = await world.token(owner)
    query = "{ tickets(first: 50) { nodes { title hotrush status responseDueAt } } brands { name versions { version } } }"
    data = await api.data(query, token=token)
    [late] = [t for t in data["tickets"]["nodes"] if t["hotrush"] and t["status"] != "CLOSED"]
    assert late["title"] == "Payment module error after upgrade to 5.4.1"
    switched = await TicketHistory.filter(action="set_hotrush").values_list("at", flat=True)
    assert datetime.fromisoformat(late["responseDueAt"]) == switched[0] + timedelta(hours=2)
    assert {b["name"] for b in data["brands"]} >= {"X-Cart 4", "X-Cart 5", "LiteCommerce"}
    assert all(b["versions"] for b in data["brands"])
