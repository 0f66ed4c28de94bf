"""Store URLs: normalized for storage, and the "same site" test of a license URL change.

A folder move keeps the host (a leading `www.` aside, and the port) and changes only the path;
any other host, a sub-domain of the same registered domain included, is a domain change
(`docs/licenses.md`). The registrable domain (the public-suffix list, shipped inside
`publicsuffixlist`, no network at run time) only decides whether a host can hold a store.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from publicsuffixlist import PublicSuffixList

from resolvers.errors import InvalidInput

__all__ = ["StoreUrl", "parse_store_url"]


@cache
def _suffixes() -> PublicSuffixList:
    return PublicSuffixList()


@dataclass(frozen=True)
class StoreUrl:
    url: str
    host: str
    domain: str  # the registrable domain, or the address for a bare IP
    site: str  # host and port without a leading `www.`: equal sites differ only in the path


def parse_store_url(raw: str, field: str = "url") -> StoreUrl:
    text = raw.strip()
    if "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").rstrip(".")
        port = parts.port  # raises for a port out of range or not a number
    except ValueError:
        raise InvalidInput("This is not a store URL.", field=field) from None
    if parts.scheme not in ("http", "https") or not host or len(text) > 500:
        raise InvalidInput("A store URL looks like https://shop.example.com/store.", field=field)
    ascii_host = _ascii(host)
    domain = None if ascii_host is None else _registrable(ascii_host)
    if domain is None:
        raise InvalidInput("The URL's host is not a domain a store can live on.", field=field)
    at = f"[{host}]" if ":" in host else host  # an IPv6 address keeps its brackets
    port_part = "" if port is None else f":{port}"
    path = parts.path.rstrip("/")
    return StoreUrl(
        url=f"{parts.scheme}://{at}{port_part}{path}",
        host=host,
        domain=domain,
        site=ascii_host.removeprefix("www.") + port_part,
    )


def _ascii(host: str) -> str | None:
    """The host as DNS spells it (punycode), or None when it cannot be spelt."""
    try:
        return host if host.isascii() else host.encode("idna").decode()
    except UnicodeError:
        return None


def _registrable(host: str) -> str | None:
    try:
        return str(ipaddress.ip_address(host))
    except ValueError:
        pass
    return _suffixes().privatesuffix(host)
