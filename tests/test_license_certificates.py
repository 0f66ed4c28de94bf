"""LiteCommerce certificates: signed with Ed25519, checked offline, one edited byte fails."""

from __future__ import annotations

import argparse

from accountdesk.cli_licenses import add_commands
from resolvers.licenses.certificates import verify_certificate_text
from tests.licensing import active_license

CERTIFICATE = """query($id: ID!) {
  licenseCertificate(id: $id) {
    __typename ... on LicenseCertificate { text } ... on Error { code message }
  }
  licenseCertificatePublicKey
}"""


def _cli(*argv: str) -> int:
    parser = argparse.ArgumentParser(prog="accountdesk")
    add_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.handler(args)


async def _certificate(api, world, brand="litecommerce"):
    owner = await world.user(await world.account("Demo Store"), email="owner@demo.test")
    license = await active_license(owner.account, brand, "https://lc.example.com")
    body = await api.data(CERTIFICATE, {"id": str(license.id)}, token=await world.token(owner))
    return license, body["licenseCertificate"], body["licenseCertificatePublicKey"]


async def test_certificate_has_both_parts_and_verifies_against_the_public_key(api, world):
    license, certificate, public_key = await _certificate(api, world)
    text = certificate["text"]
    assert "[customer]\ncompany: Demo Store" in text and "[license]" in text
    assert f"key: {license.key}" in text and "url: https://lc.example.com" in text
    assert public_key.startswith("-----BEGIN PUBLIC KEY-----")
    assert verify_certificate_text(text, public_key)


async def test_a_certificate_edited_by_one_byte_fails_verify_certificate(
    api, world, tmp_path, capsys
):
    _, certificate, public_key = await _certificate(api, world)
    key_file = tmp_path / "public.pem"
    key_file.write_text(public_key)
    good = tmp_path / "good.txt"
    good.write_text(certificate["text"])
    assert _cli("verify-certificate", str(good), "--public-key", str(key_file)) == 0
    raw = bytearray(certificate["text"].encode())
    at = raw.index(b"lc.example.com")
    raw[at] = ord("x")
    edited = tmp_path / "edited.txt"
    edited.write_bytes(bytes(raw))
    assert _cli("verify-certificate", str(edited), "--public-key", str(key_file)) == 1
    assert capsys.readouterr().out.splitlines()[-1] == "certificate is NOT valid"


async def test_only_litecommerce_licenses_have_certificates(api, world):
    _, certificate, _ = await _certificate(api, world, brand="xcart5")
    assert certificate["code"] == "CONFLICT"
