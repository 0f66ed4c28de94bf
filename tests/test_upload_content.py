"""The content check of uploads: a corpus of files that must pass and files that must not."""

from __future__ import annotations

import codecs
import gzip
import io
import zipfile

import pytest

from resolvers.uploads import HEAD_BYTES, REFUSED_TYPES, sniff
from tests.tickets_helpers import POST, cast, create_ticket, upload

PAGE = b"<html><body><script>alert(document.cookie)</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><circle r="4"/></svg>'


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    return buffer.getvalue()


PAGES = {
    "html": PAGE,
    "doctype html": b"<!DOCTYPE html>\n" + PAGE,
    "doctype svg": b'<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN">' + SVG,
    "svg": SVG,
    "xml svg": b'<?xml version="1.0" encoding="UTF-8"?>\n' + SVG,
    "utf-8 bom": codecs.BOM_UTF8 + PAGE,
    "utf-16 bom": codecs.BOM_UTF16_LE + PAGE.decode().encode("utf-16-le"),
    "comment first": b"<!-- a harmless comment -->" + PAGE,
    "script only": b"<script>fetch('/graphql')</script>",
    "body only": b"<body onload=alert(1)>",
    "uppercase": b"<HTML><BODY><SCRIPT>alert(1)</SCRIPT>",
    "spaces in tag": b"< script >alert(1)</script>",
    "4 KiB of spaces": b" " * 5000 + PAGE,
    "400 KiB of newlines": b"\n" * 400_000 + b"<svg onload=alert(1)>",
    "text then markup": b"Dear support,\nsee below\n" + b"x" * 10_000 + PAGE,
    "iframe": b"<iframe src=//evil.test></iframe>",
}
PROGRAMS = {
    "windows exe": b"MZ\x90\x00\x03" + b"\x00" * 200,
    "elf": b"\x7fELF\x02\x01\x01" + b"\x00" * 200,
    "mach-o": b"\xcf\xfa\xed\xfe" + b"\x00" * 200,
    "shell script": b"#!/bin/sh\nrm -rf ~\n",
}
ACCEPTED = {
    "png": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 64, "image/png"),
    "jpeg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + b"\x00" * 64, "image/jpeg"),
    "gif": (b"GIF89a" + b"\x00" * 64, "image/gif"),
    "pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + b"1 0 obj\n" * 8, "application/pdf"),
    "gzip": (gzip.compress(b"log line\n" * 100), "gzip"),
    "zip": (_zip(), "application/"),
    "plain text": (b"Checkout fails at step 2.\nOrder 42, a < b and c > d.\n", "text/plain"),
    "utf-8 text": ("Grüße, 你好 <3\n".encode(), "text/plain"),
    "csv": (b"id,name\n1,Widget\n2,<Gadget>\n", "text/plain"),
    "binary": (bytes(range(256)) * 4, "application/octet-stream"),
    "empty": (b"", "text/plain"),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_pages_are_refused_however_they_start(name):
    assert sniff(PAGES[name]) in REFUSED_TYPES


@pytest.mark.parametrize("name", sorted(PROGRAMS))
def test_programs_are_refused(name):
    assert sniff(PROGRAMS[name]) in REFUSED_TYPES


@pytest.mark.parametrize("name", sorted(ACCEPTED))
def test_ordinary_files_pass_with_the_type_their_bytes_say(name):
    data, expected = ACCEPTED[name]
    kind = sniff(data)
    assert kind not in REFUSED_TYPES
    assert expected in kind


def test_markup_beyond_the_searched_head_does_not_make_a_page():
    # Browsers sniff the first bytes; a long text quoting markup at its end stays text.
    assert sniff(b"a" * (HEAD_BYTES + 10) + PAGE) == "text/plain"


@pytest.mark.parametrize("name", ["utf-8 bom", "comment first", "4 KiB of spaces", "doctype svg"])
async def test_a_disguised_page_is_refused_through_the_api_and_nothing_is_stored(
    api, world, settings, name
):
    people = await cast(world)
    ticket = await create_ticket(api, people.token("owner"))
    before = sorted(p for p in settings.files_dir.rglob("*") if p.is_file())
    variables = {"input": {"ticketId": ticket["id"], "body": "see file", "attachments": [None]}}
    response = await upload(
        api,
        people.token("owner"),
        POST,
        variables,
        {"variables.input.attachments.0": ("notes.txt", PAGES[name], "text/plain")},
    )
    assert response.json()["data"]["postMessage"]["code"] == "FILE_TYPE_REFUSED"
    assert sorted(p for p in settings.files_dir.rglob("*") if p.is_file()) == before
