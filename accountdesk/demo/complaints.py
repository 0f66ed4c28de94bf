"""A demo complaint of Demo Store's buyer, under review by the head of Support."""

from __future__ import annotations

from models import Complaint, User
from resolvers import complaints
from resolvers.identity import Principal

__all__ = ["seed"]

SUBJECT = "Slow first answer on a HotRush ticket"


async def seed() -> str:
    buyer = await User.get_or_none(email="buyer@demo.test")
    head = await User.get_or_none(email="manager@vendor.test")
    if buyer is None or head is None or await Complaint.filter(subject=SUBJECT).exists():
        return "complaints: 0 added"
    author = Principal(
        user_id=buyer.id,
        account_id=buyer.account_id,
        email=buyer.email,
        account_type=buyer.account_type,
    )
    complaint = await complaints.file_complaint(
        author, SUBJECT, "Our urgent ticket waited three hours for a first answer."
    )
    handler = Principal(
        user_id=head.id, email=head.email, staff_role=head.staff_role, department=head.department
    )
    await complaints.review_complaint(handler, complaint.id)
    return "complaints: 1 added (under review)"
