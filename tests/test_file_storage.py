"""The storage interface: the same test bodies on the local disk and on an S3 server (moto)."""

from __future__ import annotations

import hashlib
from datetime import timedelta

import httpx2 as httpx
import pytest

from resolvers.storage import storage_for

DATA = bytes(range(256)) * 4096  # 1 MiB


async def _chunks(data: bytes, size: int = 100_000):
    for start in range(0, len(data), size):
        yield data[start : start + size]


async def _read(storage, name: str, start: int = 0, end: int | None = None) -> bytes:
    return b"".join([chunk async for chunk in storage.read(name, start, end)])


async def test_saved_bytes_read_back_whole_and_by_range(files_settings):
    storage = storage_for(files_settings)
    name = await storage.save("files", DATA)
    assert name.startswith("files/")
    assert await _read(storage, name) == DATA
    assert await _read(storage, name, 1000, 5000) == DATA[1000:5000]
    assert await _read(storage, name, len(DATA) - 10) == DATA[-10:]
    assert await storage.size(name) == len(DATA)


async def test_streamed_save_counts_and_hashes_what_it_wrote(files_settings):
    storage = storage_for(files_settings)
    stored = await storage.save_stream("files", _chunks(DATA))
    assert stored.size == len(DATA)
    assert stored.sha256 == hashlib.sha256(DATA).hexdigest()
    assert await _read(storage, stored.name) == DATA


async def test_a_failed_stream_leaves_no_object(files_settings):
    storage = storage_for(files_settings)

    async def broken():
        for _ in range(12):  # past the writer's buffer, so parts were written
            yield b"x" * 1024 * 1024
        raise RuntimeError("the client went away")

    before = _names(storage)
    with pytest.raises(RuntimeError):
        await storage.save_stream("files", broken())
    assert _names(storage) == before


def _names(storage) -> set[str]:
    import obstore

    return {item["path"] for batch in obstore.list(storage.store) for item in batch}


async def test_deleted_files_are_gone_and_deleting_twice_is_fine(files_settings):
    storage = storage_for(files_settings)
    name = await storage.save("files", b"bye")
    assert await storage.exists(name)
    await storage.delete(name)
    await storage.delete(name)
    assert not await storage.exists(name)


async def test_names_that_the_server_did_not_make_are_refused(files_settings):
    storage = storage_for(files_settings)
    for name in ("../secret_key", "files/2026/01/short", "/etc/passwd"):
        with pytest.raises(ValueError):
            await storage.size(name)


async def test_presigned_links_only_on_s3_and_they_serve_ranges(files_settings):
    storage = storage_for(files_settings)
    name = await storage.save("files", DATA)
    url = await storage.presigned_url(name, timedelta(minutes=1))
    if not files_settings.files_url:
        assert url is None
        return
    assert url.startswith("http://127.0.0.1:")
    async with httpx.AsyncClient() as client:
        whole = await client.get(url)
        part = await client.get(url, headers={"range": "bytes=10-19"})
    assert whole.status_code == 200 and whole.content == DATA
    assert part.status_code == 206 and part.content == DATA[10:20]
