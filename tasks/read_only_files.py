"""A file system for DuckDB that can read a fixed set of files and do nothing else.

:func:`tasks.query.connect` gives DuckDB the warehouse's Parquet files through
it (as ``sitrep-ro://`` paths), so that DuckDB's own Parquet reader scans them
while every local file stays out of reach (``enable_external_access = false``).
DuckDB's ``allowed_paths`` lets those paths through its guard; the guard does
not tell reading from writing (a ``COPY ... TO`` an allowed local path
overwrites it), so the paths it allows lead here, where the only thing that
opens is a file of the set, for reading: every other mode, path or operation
raises :class:`PermissionError`. Nothing in this class can create, change,
move or delete a file.
"""
from __future__ import annotations

import os
import threading
from datetime import datetime, timezone
from pathlib import Path

from fsspec.spec import AbstractFileSystem

PROTOCOL = "sitrep-ro"
PREFIX = PROTOCOL + "://"


def url(path: Path) -> str:
    """The path DuckDB reads ``path`` by (an absolute path behind the protocol)."""
    return PREFIX + Path(path).resolve().as_posix()


class ReadOnlyFile:
    """A file open for reading whose position is kept per thread.

    DuckDB reads one handle from several threads, each seeking then reading;
    with one position per thread and ``os.pread`` the two steps of one thread
    never see another's seek.
    """

    def __init__(self, path: str):
        self._fd = os.open(path, os.O_RDONLY)
        self._size = os.fstat(self._fd).st_size
        self._position = threading.local()

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self.tell(), os.SEEK_END: self._size}[whence]
        self._position.value = base + offset
        return self._position.value

    def tell(self) -> int:
        return getattr(self._position, "value", 0)

    def read(self, size: int = -1) -> bytes:
        start = self.tell()
        data = os.pread(self._fd, self._size - start if size is None or size < 0 else size, start)
        self._position.value = start + len(data)
        return data

    def readable(self) -> bool:
        return True

    def writable(self) -> bool:
        return False

    def seekable(self) -> bool:
        return True

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class ReadOnlyFiles(AbstractFileSystem):
    """The files given, readable by their :func:`url`; nothing else exists and nothing can be changed."""

    protocol = PROTOCOL
    cachable = False  # one instance per connection, each with its own files

    def __init__(self, files: list[Path]):
        super().__init__()
        self._files = {Path(f).resolve().as_posix() for f in files}

    def _local(self, path: str) -> str:
        local = "/" + str(path).removeprefix(PREFIX).lstrip("/")
        if local not in self._files:
            raise PermissionError(f"not a file of the warehouse's current tables: {path}")
        return local

    def open(self, path, mode: str = "rb", **kwargs) -> ReadOnlyFile:
        if mode != "rb":
            raise PermissionError(f"the warehouse is read-only: cannot open {path} with mode {mode!r}")
        return ReadOnlyFile(self._local(path))

    _open = open

    def info(self, path, **kwargs) -> dict:
        local = self._local(path)
        return {"name": url(Path(local)), "size": os.stat(local).st_size, "type": "file"}

    def ls(self, path, detail: bool = True, **kwargs):
        entry = self.info(path)
        return [entry] if detail else [entry["name"]]

    def modified(self, path) -> datetime:
        return datetime.fromtimestamp(os.stat(self._local(path)).st_mtime, timezone.utc)

    def _refuse(self, *args, **kwargs):
        raise PermissionError("the warehouse is read-only")

    mkdir = makedirs = rmdir = touch = _refuse
    rm = rm_file = _rm = mv = rename = move = copy = cp_file = _refuse
    pipe = pipe_file = put = put_file = get = get_file = upload = download = _refuse
