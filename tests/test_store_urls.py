"""Store URLs as a table: what a customer types -> what the license stores, or the input error;
and which changes are folder moves (same site) rather than the one domain change."""

from __future__ import annotations

import pytest

from resolvers.errors import InvalidInput
from resolvers.licenses.urls import parse_store_url
from tests.licensing import CHANGE_URL, active_license

STORED = [
    ("https://shop.example.com/store", "https://shop.example.com/store"),
    ("shop.example.com/store", "https://shop.example.com/store"),  # the default scheme
    ("http://shop.example.com", "http://shop.example.com"),
    ("  https://shop.example.com/store/  ", "https://shop.example.com/store"),  # blanks, last /
    ("https://shop.example.com/a/b//", "https://shop.example.com/a/b"),
    ("https://shop.example.com/Store/X", "https://shop.example.com/Store/X"),
    ("https://Shop.EXAMPLE.com./Store", "https://shop.example.com/Store"),  # host case, dot
    ("https://shop.example.com:8443/store", "https://shop.example.com:8443/store"),
    ("https://shop.example.com:0", "https://shop.example.com:0"),
    ("http://192.168.0.10/shop", "http://192.168.0.10/shop"),
    ("http://[2001:db8::1]:8080/shop", "http://[2001:db8::1]:8080/shop"),
    ("https://bücher.de/shop", "https://bücher.de/shop"),
    ("https://shop.example.co.uk", "https://shop.example.co.uk"),
    ("https://shop.example.com/" + "a" * 475, "https://shop.example.com/" + "a" * 475),  # 500
]

REFUSED = [
    "https://shop.example.com:99999",  # port out of range
    "https://shop.example.com:abc",  # port not a number
    "https://shop.example.com:-1",
    "http://[2001:db8::1",  # does not parse
    "ftp://shop.example.com",  # scheme
    "javascript://shop.example.com",
    "https://",  # no host
    "https:///store",
    "",
    "   ",
    "https://shop.example.com/" + "a" * 476,  # 501 characters
    "shop.example.com/" + "a" * 476,  # 501 once the scheme is added
    "https://co.uk/shop",  # a public suffix: no one's domain
    "https://localhost/shop",
    "https://bü..de",  # an international name that cannot be spelt in DNS
]


@pytest.mark.parametrize(("typed", "stored"), STORED)
def test_a_store_url_is_stored_normalised(typed, stored):
    assert parse_store_url(typed).url == stored


@pytest.mark.parametrize("typed", REFUSED)
def test_a_url_that_is_no_store_address_is_the_input_error(typed):
    with pytest.raises(InvalidInput) as refused:
        parse_store_url(typed, field="targetUrl")
    assert refused.value.code == "INVALID_INPUT"
    assert refused.value.field == "targetUrl"


def test_the_error_names_the_url_field_by_default():
    with pytest.raises(InvalidInput) as refused:
        parse_store_url("ftp://shop.example.com")
    assert refused.value.field == "url"


@pytest.mark.parametrize(
    ("typed", "domain"),
    [
        ("https://shop.example.co.uk/a", "example.co.uk"),
        ("https://www.example.com", "example.com"),
        ("https://bücher.de", "xn--bcher-kva.de"),
        ("http://192.168.0.10", "192.168.0.10"),
        ("http://[2001:db8::1]", "2001:db8::1"),
    ],
)
def test_the_registrable_domain_is_known(typed, domain):
    assert parse_store_url(typed).domain == domain


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("https://shop.example.com/a", "https://shop.example.com/b"),
        ("https://www.example.com/a", "example.com/b"),
        ("https://example.com", "http://www.example.com/new"),
        ("https://shop.example.com", "https://www.shop.example.com/store"),
        ("https://bücher.de", "https://www.xn--bcher-kva.de/shop"),
        ("https://shop.example.com:8080/a", "https://shop.example.com:8080/b"),
        ("https://SHOP.example.com./a", "https://shop.example.com/b"),
    ],
)
def test_a_folder_move_keeps_the_site(old, new):
    assert parse_store_url(old).site == parse_store_url(new).site


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("https://shop.example.com", "https://store.example.com"),  # a sibling sub-domain
        ("https://example.com", "https://shop.example.com"),  # a sub-domain
        ("https://www.example.com", "https://shop.example.com"),
        ("https://shop.example.com", "https://shop.example.com:8080"),  # another port
        ("https://wwwexample.com", "https://example.com"),  # `www` without its dot
        ("https://example.com", "https://example.org"),
        ("https://a.github.io", "https://b.github.io"),
    ],
)
def test_any_other_host_is_a_domain_change(old, new):
    assert parse_store_url(old).site != parse_store_url(new).site


async def _change(api, world, start: str, url: str, ack: bool = False) -> dict:
    owner = await world.user()
    license = await active_license(owner.account, url=start)
    variables = {"id": str(license.id), "url": url, "ack": ack}
    body = await api.data(CHANGE_URL, variables, token=await world.token(owner))
    return body["changeLicenseUrl"]


@pytest.mark.parametrize("url", ["https://shop.example.com:99999", "https://shop.example.com:abc"])
async def test_change_license_url_with_a_bad_port_is_the_input_error(api, world, url):
    answer = await _change(api, world, "https://shop.example.com/store", url, ack=True)
    assert answer["code"] == "INVALID_INPUT"
    assert answer["message"] == "This is not a store URL."


async def test_moving_to_a_sub_domain_of_the_same_domain_is_the_domain_change(api, world):
    answer = await _change(api, world, "https://shop.example.com/store", "https://new.example.com")
    assert answer["code"] == "ACKNOWLEDGEMENT_REQUIRED"


async def test_adding_www_is_a_free_folder_move(api, world):
    answer = await _change(
        api, world, "https://shop.example.com/store", "https://www.shop.example.com/new"
    )
    assert answer["url"] == "https://www.shop.example.com/new"
    assert answer["domainChangeUsed"] is False


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("https://shop.example.com:99999", "This is not a store URL."),
        ("https://", "A store URL looks like https://shop.example.com/store."),
        ("ftp://shop.example.com", "A store URL looks like https://shop.example.com/store."),
        ("https://co.uk", "The URL's host is not a domain a store can live on."),
    ],
)
def test_the_error_says_what_is_wrong(typed, message):
    with pytest.raises(InvalidInput) as refused:
        parse_store_url(typed)
    assert refused.value.message == message
