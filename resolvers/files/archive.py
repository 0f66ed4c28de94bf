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

from models.files import ArchiveFormat
from resolvers.files.packs import Member
from resolvers.storage import WRITER_OPTIONS, Storage, StoredObject

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
    """A readable file over an obstore stream, for `tarfile.addfile` (which reads small blocks:
    each read slices the current chunk instead of copying what is left of it)."""

    def __init__(self, chunks: Any, progress: Progress) -> None:
        self.chunks = iter(chunks)
        self.current = b""
        self.position = 0
        self.progress = progress

    def read(self, size: int = -1) -> bytes:
        pieces, wanted = [], size
        while wanted != 0:
            if self.position >= len(self.current):
                chunk = next(self.chunks, None)
                if chunk is None:
                    break
                self.current, self.position = bytes(chunk), 0
                self.progress.add(len(self.current))
            end = len(self.current) if wanted < 0 else self.position + wanted
            piece = self.current[self.position : end]
            self.position += len(piece)
            pieces.append(piece)
            if wanted > 0:
                wanted -= len(piece)
        return b"".join(pieces)


def _pack(
    storage: Storage, name: str, members: Sequence[Member], kind: ArchiveFormat, progress: Progress
) -> int:
    writer = obstore.open_writer(storage.store, name, **WRITER_OPTIONS)
    sink = _Sink(writer)
    if kind is ArchiveFormat.TGZ:
        # The members are compressed packages already: deflating them again gains nothing
        # and cost 5 s per 60 MB on a busy 2-core machine, so the gzip stream stores them.
        with (
            gzip.GzipFile(fileobj=sink, mode="wb", compresslevel=0) as packed,
            tarfile.open(fileobj=packed, mode="w|") as archive,
        ):
            for member in members:
                info = tarfile.TarInfo(member.path)
                info.size = member.size
                archive.addfile(info, _Source(storage.read_blocking(member.stored_name), progress))
    else:
        with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_STORED) as archive:
            for member in members:
                with archive.open(member.path, "w", force_zip64=True) as entry:
                    for chunk in storage.read_blocking(member.stored_name):
                        entry.write(bytes(chunk))
                        progress.add(len(chunk))
    writer.close()
    return sink.written


async def build_archive(
    storage: Storage,
    members: Sequence[Member],
    kind: ArchiveFormat,
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
