"""Building an upgrade pack: published files read in chunks, packed as tgz or zip, and written
to the store as they are packed. Never a whole file, let alone the whole archive, in memory.

tarfile and zipfile are synchronous, so the packing runs in a thread with obstore's
synchronous calls; the job's event loop meanwhile reports progress (`Progress.percent`).
"""

from __future__ import annotations

import asyncio
import gzip
import tarfile
import threading
import zipfile
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import obstore

from models.files import ArchiveType
from resolvers.files.packs import Member
from resolvers.storage import Storage, StoredObject

__all__ = ["Progress", "build_archive"]

REPORT_EVERY = 0.5  # seconds between progress reports while building


@dataclass
class Progress:
    total: int
    done: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, count: int) -> None:
        with self.lock:
            self.done += count

    @property
    def percent(self) -> int:
        with self.lock:
            return 100 if not self.total else min(99, self.done * 100 // self.total)


class _Sink:
    """A write-only file over an obstore writer, counting bytes (zipfile asks for `tell`)."""

    def __init__(self, writer: Any) -> None:
        self.writer = writer
        self.written = 0

    def write(self, data: bytes) -> int:
        self.writer.write(bytes(data))
        self.written += len(data)
        return len(data)

    def tell(self) -> int:
        return self.written

    def flush(self) -> None:
        return None


class _Source:
    """A readable file over an obstore stream, for `tarfile.addfile`."""

    def __init__(self, chunks: Any, progress: Progress) -> None:
        self.chunks = iter(chunks)
        self.buffer = b""
        self.progress = progress

    def read(self, size: int = -1) -> bytes:
        while size < 0 or len(self.buffer) < size:
            chunk = next(self.chunks, None)
            if chunk is None:
                break
            self.buffer += bytes(chunk)
            self.progress.add(len(chunk))
        if size < 0:
            size = len(self.buffer)
        data, self.buffer = self.buffer[:size], self.buffer[size:]
        return data


def _chunks(storage: Storage, name: str) -> Any:
    return obstore.get(storage.store, name).stream(min_chunk_size=storage.chunk_size)


def _pack(
    storage: Storage, name: str, members: Sequence[Member], kind: ArchiveType, progress: Progress
) -> int:
    writer = obstore.open_writer(storage.store, name)
    sink = _Sink(writer)
    if kind is ArchiveType.TGZ:
        # Packages are compressed already: the fastest level keeps the build I/O-bound.
        with gzip.GzipFile(fileobj=sink, mode="wb", compresslevel=1) as packed:
            with tarfile.open(fileobj=packed, mode="w|") as archive:
                for member in members:
                    info = tarfile.TarInfo(member.path)
                    info.size = member.size
                    archive.addfile(info, _Source(_chunks(storage, member.stored_name), progress))
    else:
        with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_STORED) as archive:
            for member in members:
                with archive.open(member.path, "w", force_zip64=True) as entry:
                    for chunk in _chunks(storage, member.stored_name):
                        entry.write(bytes(chunk))
                        progress.add(len(chunk))
    writer.close()
    return sink.written


async def build_archive(
    storage: Storage,
    members: Sequence[Member],
    kind: ArchiveType,
    report: Callable[[int], Awaitable[None]],
) -> StoredObject:
    """Pack `members` into a new stored object; `report(percent)` is awaited as it grows."""
    name = storage.new_name("packs")
    progress = Progress(total=sum(member.size for member in members))
    work = asyncio.ensure_future(asyncio.to_thread(_pack, storage, name, members, kind, progress))
    reported = -1
    while not work.done():
        await asyncio.wait({work}, timeout=REPORT_EVERY)
        if progress.percent != reported and not work.done():
            reported = progress.percent
            await report(reported)
    size = work.result()
    return StoredObject(name=name, size=size, sha256="")
