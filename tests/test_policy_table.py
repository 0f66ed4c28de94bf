"""The whole role x permission table, cell by cell, through the enforcer with real users.

The expected table below is written from SPEC section 1, not read from the policy file: the
policy file is what is checked. Reading the file here only finds permissions this table does
not know yet (a new row must be added to both, on purpose).
"""

from __future__ import annotations

from policies.adapter import POLICY_FILE
from resolvers.auth import principal_for_token
from resolvers.identity import ANONYMOUS, Principal
from schema import MUTATIONS, QUERIES, SUBSCRIPTIONS
from schema.permissions import declared_permission

PRIMARY = {"primary"}
BUYERS = {"primary", "advanced_secondary"}  # the primary and the advanced secondary
CUSTOMERS = BUYERS | {"secondary"}
STAFF = {"agent", "sales", "developer", "billing", "department_head", "admin"}
SIGNED_IN = CUSTOMERS | STAFF
SUPPORT_STAFF = {"agent", "department_head", "admin"}
HEADS = {"department_head", "admin"}
BILLING = {"billing", "admin"}
MONEY_READERS = BILLING | {"sales", "department_head"}
PROJECT_STAFF = {"developer", "department_head", "admin"}

EXPECTED: dict[str, set[str]] = {
    # Signing in and "Unable to log in" are for people who are not signed in.
    "session.create": {"anonymous"},
    "password_reset.request": {"anonymous"},
    "password_reset.complete": {"anonymous"},
    "signup.create": {"anonymous"},
    "signup.confirm": {"anonymous"},
    # Everyone edits their own profile and newsletter choices, and signs out.
    "profile.read": SIGNED_IN,
    "profile.update": SIGNED_IN,
    "newsletter.update": SIGNED_IN,
    "session.delete": SIGNED_IN,
    # Communication Center: every customer account type; staff answer.
    "ticket.read": SIGNED_IN,
    "ticket.create": CUSTOMERS,
    "ticket.post_message": SIGNED_IN,
    "ticket.close": SIGNED_IN,
    "ticket.reopen": SIGNED_IN,
    "ticket.resume": SIGNED_IN,
    "ticket.set_priority": SIGNED_IN,
    "ticket.set_hotrush": CUSTOMERS | SUPPORT_STAFF,
    "ticket.rate": CUSTOMERS,
    "ticket.post_access_info": CUSTOMERS,
    "ticket.license_options": CUSTOMERS,  # a secondary picks a license for a ticket
    "ticket.internal_note": STAFF,
    "ticket.queue": STAFF,
    "ticket.assign": STAFF,
    "ticket.set_status": STAFF,
    "ticket.pre_close": STAFF,
    "ticket.forward": STAFF,
    "ticket.split_message": STAFF,
    "ticket.read_access_info": STAFF,
    "ticket.mark_solved": SUPPORT_STAFF,
    "ticket.read_rating_comment": HEADS,
    "product_version.read": SIGNED_IN,
    "file.read_ticket": SIGNED_IN,
    "file.upload_ticket": SIGNED_IN,
    # Licenses: read-only for the advanced secondary; every operation is the primary's.
    "license.read": BUYERS | STAFF,
    "license.set_status": PRIMARY,
    "license.set_version": PRIMARY,
    "license.register": PRIMARY,
    "license.change_url": PRIMARY,
    "license.transfer": PRIMARY,
    "license.accept": PRIMARY,
    "license.transfer_addons": PRIMARY,
    "license.certificate": PRIMARY,
    "license.verify": BILLING,
    "license.issue": BILLING,
    # A typo in a license URL is corrected by support agents (and admins).
    "license.correct_url": {"agent", "admin"},
    # File area: none of it for the secondary.
    "file.download_product": BUYERS,
    "file.download_patch": BUYERS,
    "file.upgrade_pack": BUYERS,
    "file.read_company": BUYERS | STAFF,
    "file.upload_company": PRIMARY | STAFF,
    "file.read_project": BUYERS | PROJECT_STAFF,
    "file.upload_project": BUYERS | PROJECT_STAFF,
    "file.browse": SIGNED_IN,  # opens the area; each folder has its own right
    "file.publish": {"developer", "admin"},
    # Projects, buying, money.
    "project.read": BUYERS | STAFF,
    "project.manage": PROJECT_STAFF,
    "project_task.manage": PROJECT_STAFF,
    "catalog.read": BUYERS | STAFF,
    "catalog.manage": {"sales", "admin"},
    "cart.manage": BUYERS,
    "order.checkout": BUYERS,
    "order.read": BUYERS | MONEY_READERS,
    "order.verify": BILLING,
    "invoice.read": BUYERS | MONEY_READERS,
    "invoice.pay": BUYERS,
    "invoice.issue": BILLING,
    "invoice.cancel": BILLING,
    "purchase.read": BUYERS,
    "liability.read": BUYERS | BILLING,
    "liability.adjust": BILLING,
    "complaint.create": BUYERS,
    "complaint.read": BUYERS | HEADS,
    "complaint.update": HEADS,
    "affiliate.read": PRIMARY,
    "affiliate.request_payout": PRIMARY,
    "affiliate_payout.read": BILLING,
    "affiliate_payout.mark_paid": BILLING,
    # Managing the account's people and API tokens: the primary only.
    "user.read": PRIMARY,
    "user.create": PRIMARY,
    "user.set_type": PRIMARY,
    "user.disable": PRIMARY,
    "user.enable": PRIMARY,
    "user.remove": PRIMARY,
    "api_token.manage": PRIMARY,
    # Staff administration.
    "account.read": STAFF,
    "account.search": {"agent", "sales", "billing", "admin"},
    "staff.manage": {"admin"},
    # What production runs when only trusted documents are allowed: admins decide.
    "trusted_document.register": {"admin"},
}

SCOPES_EXPECTED: dict[str, set[str]] = {
    "tickets:read": {"ticket.read", "product_version.read"},
    "licenses:read": {"license.read"},
    "projects:read": {"project.read"},
    "invoices:read": {"invoice.read"},
    "orders:read": {"order.read", "purchase.read"},
}


def _policy_rows() -> list[tuple[str, str]]:
    rows = []
    for line in POLICY_FILE.read_text().splitlines():
        parts = [part.strip() for part in line.split(",")]
        if len(parts) == 4 and parts[0] == "p":
            rows.append((parts[1], f"{parts[2]}.{parts[3]}"))
    return rows


async def _principals(world, settings) -> dict[str, Principal]:
    owner = await world.user(account_type="primary")
    people = {
        "primary": owner,
        "advanced_secondary": await world.user(owner.account, "advanced_secondary"),
        "secondary": await world.user(owner.account, "secondary"),
    }
    for role in sorted(STAFF):
        people[role] = await world.staff(role)
    principals = {"anonymous": ANONYMOUS}
    for role, user in people.items():
        principals[role] = await principal_for_token(settings, await world.token(user))
    return principals


async def test_every_role_and_permission_cell_matches_the_spec(services, world, settings):
    principals = await _principals(world, settings)
    permissions = set(EXPECTED) | {name for subject, name in _policy_rows() if "role:" in subject}
    wrong = []
    for permission in sorted(permissions):
        resource, action = permission.split(".")
        for role, principal in principals.items():
            granted = services.authorizer.allowed(principal, resource, action)
            expected = role in EXPECTED.get(permission, set())
            if granted != expected:
                wrong.append(f"{role} x {permission}: policy says {granted}, spec says {expected}")
    assert len(principals) == 10
    assert not wrong, "\n".join(wrong)


async def test_every_api_token_scope_grants_exactly_its_reads(services, world):
    owner = await world.user()
    permissions = set(EXPECTED) | {name for _, name in _policy_rows()}
    wrong = []
    for scope, reads in SCOPES_EXPECTED.items():
        principal = Principal(
            account_id=owner.account_id, api_token_id=1, scopes=frozenset({scope})
        )
        for permission in sorted(permissions):
            granted = services.authorizer.allowed(principal, *permission.split("."))
            if granted != (permission in reads):
                wrong.append(f"{scope} x {permission}: policy says {granted}")
    scopes_in_file = {
        subject.removeprefix("scope:")
        for subject, _ in _policy_rows()
        if subject.startswith("scope:")
    }
    assert scopes_in_file == set(SCOPES_EXPECTED)
    assert not wrong, "\n".join(wrong)


async def test_a_role_holds_only_in_the_account_its_sign_in_names(services, world, settings):
    """The policy decides on the role; the account it holds in is the one the session row
    names (read from the database on every request), never one the caller chooses."""
    owner = await world.user()
    other = await world.account()
    principal = await principal_for_token(settings, await world.token(owner))
    assert principal.account_id == owner.account_id != other.id
    assert services.authorizer.allowed(principal, "user", "create")
    secondary = await world.user(account=await owner.account, account_type="secondary")
    helper = await principal_for_token(settings, await world.token(secondary))
    assert not services.authorizer.allowed(helper, "user", "create")


def test_every_root_field_declares_a_permission_of_the_policy_file():
    known = {name for _, name in _policy_rows()}
    undeclared, unknown = [], []
    for root in (*QUERIES, *MUTATIONS, *SUBSCRIPTIONS):
        for field in root.__strawberry_definition__.fields:
            permission = declared_permission(field)
            where = f"{root.__name__}.{field.python_name}"
            if permission is None:
                undeclared.append(where)
            elif permission not in known:
                unknown.append(f"{where}: {permission}")
    assert not undeclared, f"root fields without Allow(...): {undeclared}"
    assert not unknown, f"permissions missing from policies/permissions.csv: {unknown}"


# Operations and the permission each declares, for the capabilities that list theirs here;
# with EXPECTED above this is the role x operation table.
OPERATIONS: dict[str, str] = {
    "issueInvoice": "invoice.issue",
    "createInvoiceDraft": "invoice.issue",
    "updateInvoiceDraft": "invoice.issue",
    "issueInvoiceDraft": "invoice.issue",
    "cancelInvoice": "invoice.cancel",
    "payInvoice": "invoice.pay",
    "invoices": "invoice.read",
    "invoice": "invoice.read",
    "purchases": "purchase.read",
}


def test_every_listed_operation_declares_its_permission():
    declared = {}
    for root in (*QUERIES, *MUTATIONS, *SUBSCRIPTIONS):
        for field in root.__strawberry_definition__.fields:
            name = field.graphql_name or _camel(field.python_name)
            declared[name] = declared_permission(field)
    wrong = {
        op: declared.get(op) for op, wanted in OPERATIONS.items() if declared.get(op) != wanted
    }
    assert not wrong, wrong


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)
