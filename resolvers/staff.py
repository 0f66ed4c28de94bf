"""The vendor's staff: made by an operator (`accountdesk create-staff`), never through the API."""

from __future__ import annotations

from models import User
from models.enums import Department, StaffRole
from resolvers.accounts import normalize_email
from resolvers.errors import InvalidInput
from resolvers.passwords import check_new_password, hash_password

__all__ = ["create_staff"]


async def create_staff(
    email: str, name: str, role: StaffRole, department: Department, password: str
) -> User:
    email = normalize_email(email)
    check_new_password(password)
    if await User.filter(email=email).exists():
        raise InvalidInput("This email is already a login.", code="EMAIL_TAKEN", field="email")
    return await User.create(
        email=email,
        contact_email=email,
        name=" ".join(name.split()),
        staff_role=StaffRole(role),
        department=Department(department),
        password_hash=hash_password(password),
    )
