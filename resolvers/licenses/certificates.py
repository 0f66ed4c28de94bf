"""LiteCommerce license certificates: a customer part and a license part, signed with Ed25519.

The store pastes the whole text into its admin area and checks it offline against the
vendor's public key (`licenseCertificatePublicKey`, or `accountdesk verify-certificate FILE`).

The key pair is derived from `settings.secret_key` (HKDF-SHA256 with a fixed label), so every
API process and worker signs with the same key without sharing a key file. Changing the
secret key changes the certificate key: certificates issued before then need reissuing.

    -----BEGIN LICENSE CERTIFICATE-----
    [customer]            <- who holds the license
    ...
    [license]             <- key, product, URL, issue time
    ...
    -----SIGNATURE-----
    base64 of the Ed25519 signature of the lines between BEGIN and SIGNATURE, joined by "\n"
    -----END LICENSE CERTIFICATE-----
"""

from __future__ import annotations

import base64
import binascii
from functools import lru_cache

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from accountdesk.settings import Settings
from models import Account, Brand, License, LicenseState, User
from models.enums import AccountType
from resolvers import clock
from resolvers.errors import Conflict
from resolvers.identity import Principal
from resolvers.licenses.access import owned_license, require_primary

__all__ = [
    "signing_key",
    "public_key_pem",
    "certificate_text",
    "license_certificate",
    "verify_certificate_text",
]

BEGIN = "-----BEGIN LICENSE CERTIFICATE-----"
SIGNATURE = "-----SIGNATURE-----"
END = "-----END LICENSE CERTIFICATE-----"
KEY_LABEL = b"accountdesk license certificate signing key v1"


@lru_cache(maxsize=4)
def signing_key(secret_key: str) -> Ed25519PrivateKey:
    seed = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=KEY_LABEL).derive(
        secret_key.encode()
    )
    return Ed25519PrivateKey.from_private_bytes(seed)


def public_key_pem(settings: Settings) -> str:
    public = signing_key(settings.secret_key).public_key()
    return public.public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    ).decode()


def _line(name: str, value: str) -> str:
    return f"{name}: {' '.join(str(value).split())}"


def certificate_text(settings: Settings, customer: dict[str, str], license: dict[str, str]) -> str:
    body = [
        "[customer]",
        *(_line(k, v) for k, v in customer.items()),
        "[license]",
        *(_line(k, v) for k, v in license.items()),
    ]
    signature = signing_key(settings.secret_key).sign("\n".join(body).encode())
    return "\n".join([BEGIN, *body, SIGNATURE, base64.b64encode(signature).decode(), END]) + "\n"


async def license_certificate(
    settings: Settings, principal: Principal, license_id: int | str
) -> str:
    require_primary(principal)
    license: License = await owned_license(principal, license_id, None, lock=False)
    brand = await Brand.get(id=license.brand_id)
    if not brand.issues_certificates:
        raise Conflict(f"{brand.name} licenses have no certificate; only LiteCommerce ones.")
    if license.state is not LicenseState.ACTIVE:
        raise Conflict("A certificate is issued once the license is verified.")
    account = await Account.get(id=license.account_id)
    primary = await User.filter(account_id=account.id, account_type=AccountType.PRIMARY).first()
    customer = {"company": account.name, "account": str(account.id)}
    if primary is not None:
        customer.update(contact=primary.name, email=primary.contact_email)
    return certificate_text(
        settings,
        customer,
        {
            "key": license.key,
            "product": brand.name,
            "url": license.url,
            "issued": clock.now().replace(microsecond=0).isoformat(),
        },
    )


def verify_certificate_text(text: str, public_key: Ed25519PublicKey | str | bytes) -> bool:
    """True when `text` is a whole certificate signed by the key's private half."""
    if isinstance(public_key, str | bytes):
        raw = public_key.encode() if isinstance(public_key, str) else public_key
        loaded = serialization.load_pem_public_key(raw)
        if not isinstance(loaded, Ed25519PublicKey):
            return False
        public_key = loaded
    lines = text.replace("\r\n", "\n").strip("\n").split("\n")
    if len(lines) < 4 or lines[0] != BEGIN or lines[-1] != END or lines[-3] != SIGNATURE:
        return False
    try:
        signature = base64.b64decode(lines[-2], validate=True)
        public_key.verify(signature, "\n".join(lines[1:-3]).encode())
    except (binascii.Error, ValueError, InvalidSignature):
        return False
    return True
