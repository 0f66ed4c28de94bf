"""`accountdesk verify-certificate FILE`: check a LiteCommerce license certificate offline.

The public key comes from `--public-key PEM_FILE` (what a store has), or else is derived from
this installation's settings (the secret key), exactly as the API signs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

__all__ = ["add_commands", "run_verify_certificate"]


def add_commands(subparsers: argparse._SubParsersAction) -> None:
    verify = subparsers.add_parser(
        "verify-certificate", help="check a license certificate's signature offline"
    )
    verify.add_argument("file", help="the certificate text, as pasted into the store")
    verify.add_argument("--public-key", help="PEM file of the public key (default: this server's)")
    verify.set_defaults(handler=run_verify_certificate)


def run_verify_certificate(args: argparse.Namespace) -> int:
    from accountdesk.settings import Settings
    from resolvers.licenses.certificates import public_key_pem, verify_certificate_text

    text = Path(args.file).read_text(encoding="utf-8", errors="replace")
    if args.public_key:
        public_key = Path(args.public_key).read_text()
    else:
        public_key = public_key_pem(Settings.from_env())
    try:
        valid = verify_certificate_text(text, public_key)
    except ValueError:
        print("the public key is not an Ed25519 PEM key", file=sys.stderr)
        return 2
    print("certificate is valid" if valid else "certificate is NOT valid")
    return 0 if valid else 1
