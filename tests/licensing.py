"""Shared pieces of the license tests: GraphQL documents and quick factories."""

from __future__ import annotations

from models import Account, License
from models.enums import StaffRole
from resolvers.identity import Principal
from resolvers.licenses.catalog import seed_catalog
from resolvers.licenses.issuing import issue_license, verify_license

LICENSE_FIELDS = """id key url state status version domainChangeUsed oldInstallationRemovalDueAt
  brand { code name } addons { id name inPendingTransfer }
  history { action detail } urlChanges { oldUrl newUrl isDomainChange oldRemovalDueAt }
  pendingTransfer { id status }"""
TRANSFER_FIELDS = """id kind status incoming targetUrl companyName fromCompany points addonNames
  signature termsVersion decidedAt license { id key state url } targetLicense { id key }"""
RESULT = "__typename ... on Error { code message }"

LICENSES = f"""query($filter: LicenseFilter, $first: Int, $after: String) {{
  licenses(filter: $filter, first: $first, after: $after) {{
    edges {{ cursor node {{ {LICENSE_FIELDS} }} }} pageInfo {{ hasNextPage endCursor }}
  }}
}}"""
LICENSE = f"query($id: ID!) {{ license(id: $id) {{ {LICENSE_FIELDS} }} }}"
REQUEST = f"""mutation($input: RequestLicenseTransferInput!) {{
  requestLicenseTransfer(input: $input) {{ {RESULT} ... on LicenseTransfer {{ {TRANSFER_FIELDS} }} }}
}}"""
ACCEPT = f"""mutation($id: ID!, $signature: String!) {{
  acceptLicenseTransfer(transferId: $id, signature: $signature) {{
    {RESULT} ... on LicenseTransfer {{ {TRANSFER_FIELDS} }}
  }}
}}"""
CANCEL = f"""mutation($id: ID!) {{
  cancelLicenseTransfer(transferId: $id) {{ {RESULT} ... on LicenseTransfer {{ {TRANSFER_FIELDS} }} }}
}}"""
DECLINE = f"""mutation($id: ID!) {{
  declineLicenseTransfer(transferId: $id) {{ {RESULT} ... on LicenseTransfer {{ {TRANSFER_FIELDS} }} }}
}}"""
INCOMING = f"""{{ incomingLicenseTransfers {{ nodes {{ {TRANSFER_FIELDS} }} }} }}"""
ACCOUNT_HISTORY = "{ licenseHistory(first: 100) { nodes { action detail license { id } } } }"
CHANGE_URL = f"""mutation($id: ID!, $url: String!, $ack: Boolean) {{
  changeLicenseUrl(id: $id, url: $url, acknowledgeOldInstallRemoval: $ack) {{
    {RESULT} ... on License {{ {LICENSE_FIELDS} }}
  }}
}}"""
TRANSFER_ADDONS = f"""mutation($input: TransferAddonsInput!) {{
  transferAddons(input: $input) {{ {RESULT} ... on LicenseTransfer {{ {TRANSFER_FIELDS} }} }}
}}"""

BILLING = Principal(staff_role=StaffRole.BILLING)


async def active_license(
    account: Account, brand: str = "xcart5", url: str = "https://shop.example.com/store", **extra
) -> License:
    """A verified license of `brand` in `account` (the catalog seeded first)."""
    await seed_catalog()
    license = await issue_license(account.id, brand, url, **extra)
    await verify_license(BILLING, license.id)
    return await License.get(id=license.id)
