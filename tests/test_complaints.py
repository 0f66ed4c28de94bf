"""Complaints: filed by the primary or advanced secondary, handled by heads and admins."""

from __future__ import annotations

import asyncio

from models import Complaint, OutboxMail, User
from models.enums import StaffRole
from resolvers import clock
from resolvers.complaints import file_complaint, review_complaint
from resolvers.identity import Principal
from tests.timer_support import make_ticket

FILE = """mutation($input: FileComplaintInput!) { fileComplaint(input: $input) {
  __typename
  ... on Complaint { id subject status ticketId answer }
  ... on Error { code message }
  ... on InputError { field }
} }"""
REVIEW = """mutation($id: ID!) { reviewComplaint(id: $id) {
  __typename ... on Complaint { status reviewedAt } ... on Error { code message } } }"""
RESOLVE = """mutation($id: ID!, $answer: String!) { resolveComplaint(id: $id, answer: $answer) {
  __typename ... on Complaint { status answer resolvedAt } ... on Error { code }
  ... on InputError { field } } }"""
LIST = "query { complaints(first: 10) { nodes { id subject status account { name } } } }"
ONE = "query($id: ID!) { complaint(id: $id) { id status } }"


async def _file(api, token, **fields) -> dict:
    data = {"subject": "Slow answers", "text": "We waited a week.", **fields}
    return (await api.data(FILE, {"input": data}, token))["fileComplaint"]


async def test_buyer_complains_head_reviews_and_resolves_author_mailed_each_step(api, world):
    owner = await world.user(await world.account("Demo Store"))
    buyer = await world.user(owner.account, "advanced_secondary")
    handler = await world.staff(StaffRole.DEPARTMENT_HEAD, "support")
    head = await world.token(handler)
    filed = await _file(api, await world.token(buyer), subject="  Slow   answers ")
    assert (filed["subject"], filed["status"], filed["answer"]) == (
        "Slow answers",
        "SUBMITTED",
        None,
    )
    reviewed = (await api.data(REVIEW, {"id": filed["id"]}, head))["reviewComplaint"]
    assert reviewed["status"] == "UNDER_REVIEW" and reviewed["reviewedAt"]
    resolved = (await api.data(RESOLVE, {"id": filed["id"], "answer": "Sorry."}, head))[
        "resolveComplaint"
    ]
    assert (resolved["status"], resolved["answer"]) == ("RESOLVED", "Sorry.")
    assert (await Complaint.get(id=int(filed["id"]))).handler_id == handler.id

    mails = await OutboxMail.filter(recipient=buyer.contact_email).order_by("id")
    assert [m.subject.rsplit(": ", 1)[1] for m in mails] == [
        "submitted",
        "under review",
        "resolved",
    ]
    assert mails[-1].body == (
        "Complaint: Slow answers\n\nYour complaint is resolved. The management's answer:\n"
        "\nSorry.\n"
    )
    seen = await api.data(LIST, token=await world.token(owner))
    assert seen["complaints"]["nodes"][0]["status"] == "RESOLVED"
    assert seen["complaints"]["nodes"][0]["account"] == {"name": "Demo Store"}


async def test_steps_go_in_order_and_once(api, world):
    owner = await world.user()
    head = await world.token(await world.staff(StaffRole.ADMIN, "support"))
    filed = await _file(api, await world.token(owner))
    early = await api.data(RESOLVE, {"id": filed["id"], "answer": "x"}, head)
    assert early["resolveComplaint"]["code"] == "CONFLICT"
    await api.data(REVIEW, {"id": filed["id"]}, head)
    again = await api.data(REVIEW, {"id": filed["id"]}, head)
    assert again["reviewComplaint"]["code"] == "CONFLICT"
    empty = await api.data(RESOLVE, {"id": filed["id"], "answer": "   "}, head)
    assert (empty["resolveComplaint"]["code"], empty["resolveComplaint"]["field"]) == (
        "INVALID_INPUT",
        "answer",
    )
    assert (await Complaint.get(id=int(filed["id"]))).status == "under_review"


async def test_the_assignee_of_the_ticket_cannot_handle_the_complaint(api, world):
    owner = await world.user()
    named = await world.staff(StaffRole.DEPARTMENT_HEAD, "support")
    other_head = await world.staff(StaffRole.DEPARTMENT_HEAD, "support")
    ticket = await make_ticket(owner, "support", clock.now(), assignee=named)
    filed = await _file(api, await world.token(owner), ticketId=str(ticket.id))
    assert filed["ticketId"] == str(ticket.id)
    refused = await api.data(REVIEW, {"id": filed["id"]}, await world.token(named))
    assert refused["reviewComplaint"]["code"] == "COMPLAINT_ABOUT_YOU"
    assert (await Complaint.get(id=int(filed["id"]))).status == "submitted"
    allowed = await api.data(REVIEW, {"id": filed["id"]}, await world.token(other_head))
    assert allowed["reviewComplaint"]["status"] == "UNDER_REVIEW"


async def test_complaints_stay_in_their_account_and_rights_hold(api, world):
    owner = await world.user()
    other = await world.user()
    their_ticket = await make_ticket(other, "support", clock.now())
    token = await world.token(owner)
    refused = await _file(api, token, ticketId=str(their_ticket.id))
    assert (refused["code"], refused["message"]) == ("NOT_FOUND", "No such ticket.")
    assert await Complaint.all().count() == 0

    theirs = await _file(api, await world.token(other))
    assert (await api.data(ONE, {"id": theirs["id"]}, token))["complaint"] is None
    assert (await api.data(ONE, {"id": "99999999999999999999"}, token))["complaint"] is None
    assert (await api.data(LIST, token=token))["complaints"]["nodes"] == []

    webmaster = await world.token(await world.user(owner.account, "secondary"))
    body = await api.gql(FILE, {"input": {"subject": "s", "text": "t"}}, webmaster)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"
    agent = await world.token(await world.staff(StaffRole.AGENT, "support"))
    body = await api.gql(REVIEW, {"id": theirs["id"]}, agent)
    assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN"


async def test_subject_and_text_are_bounded(api, world):
    token = await world.token(await world.user())
    long = await _file(api, token, subject="x" * 201)
    # Over the declared maximum: the one string check answers, with the input's path.
    assert (long["code"], long["field"]) == ("INVALID_INPUT", "input.subject")
    blank = await _file(api, token, text=" ")
    assert (blank["code"], blank["field"]) == ("INVALID_INPUT", "text")
    untitled = await _file(api, token, subject=" \n ")
    assert (untitled["code"], untitled["field"]) == ("INVALID_INPUT", "subject")
    too_long = await _file(api, token, text="t" * 10_001)  # docs/customers.md: 10,000
    assert (too_long["code"], too_long["field"]) == ("INVALID_INPUT", "input.text")
    assert await Complaint.all().count() == 0
    longest = await _file(api, token, subject="s" * 200, text="t" * 10_000)
    assert longest["__typename"] == "Complaint" and len(longest["subject"]) == 200


async def test_two_heads_reviewing_at_once_move_it_once(world):
    """Both read `submitted`; the step is conditional on it, so one wins, the other is told."""
    owner = await world.user()
    filed = await file_complaint(_as(owner), "Slow answers", "We waited a week.")
    heads = [await world.staff(StaffRole.DEPARTMENT_HEAD, "support") for _ in range(2)]
    outcomes = await asyncio.gather(
        *(review_complaint(_as(head), filed.id) for head in heads), return_exceptions=True
    )
    codes = sorted(getattr(outcome, "code", "moved") for outcome in outcomes)
    assert codes == ["CONFLICT", "moved"]
    assert await OutboxMail.filter(dedupe_key=f"complaint:{filed.id}:under_review").count() == 1


def _as(user) -> Principal:
    return Principal(
        user_id=user.id,
        account_id=user.account_id,
        account_type=user.account_type,
        staff_role=user.staff_role,
        department=user.department,
    )


async def test_a_missing_complaint_and_a_departed_author(api, world):
    head = await world.token(await world.staff(StaffRole.ADMIN, "support"))
    missing = (await api.data(REVIEW, {"id": "99999999"}, head))["reviewComplaint"]
    assert (missing["code"], missing["message"]) == ("NOT_FOUND", "No such complaint.")
    author = await world.user()
    filed = await _file(api, await world.token(author))
    await User.filter(id=author.id).update(is_active=False)
    reviewed = (await api.data(REVIEW, {"id": filed["id"]}, head))["reviewComplaint"]
    assert reviewed["status"] == "UNDER_REVIEW"  # no one left to mail; the step still happens
    assert await OutboxMail.filter(dedupe_key=f"complaint:{filed['id']}:under_review").count() == 0
