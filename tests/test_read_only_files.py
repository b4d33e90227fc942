"""The file system through which DuckDB reads the warehouse: a fixed set of files, for reading, and nothing else."""
from __future__ import annotations

import threading

import pytest

from tasks.read_only_files import ReadOnlyFiles, url


@pytest.fixture
def files(tmp_path):
    data = tmp_path / "t" / "part-0.parquet"
    data.parent.mkdir()
    data.write_bytes(bytes(range(256)) * 64)
    other = tmp_path / "secret.txt"
    other.write_text("not for DuckDB")
    return ReadOnlyFiles([data]), data, other


def test_reads_its_files_by_url(files):
    fs, data, _ = files
    with fs.open(url(data)) as fh:
        fh.seek(10)
        assert fh.read(3) == bytes([10, 11, 12])
        assert fh.tell() == 13
        fh.seek(-2, 2)
        assert fh.read() == bytes([254, 255])
    assert fs.info(url(data))["size"] == data.stat().st_size


@pytest.mark.parametrize("mode", ["wb", "ab", "r+b", "w", "a", "xb"])
def test_no_mode_but_reading_opens(files, mode):
    fs, data, _ = files
    before = data.read_bytes()
    with pytest.raises(PermissionError):
        fs.open(url(data), mode)
    assert data.read_bytes() == before


def test_other_files_and_paths_out_of_the_set_are_out_of_reach(files):
    fs, data, other = files
    for path in (url(other), url(data) + "/../../secret.txt", "sitrep-ro://" + str(data.parent) + "/../secret.txt", url(data.parent)):
        with pytest.raises(PermissionError):
            fs.open(path)
        with pytest.raises(PermissionError):
            fs.info(path)


@pytest.mark.parametrize(
    "operation",
    ["rm", "rm_file", "mv", "copy", "cp_file", "touch", "mkdir", "makedirs", "rmdir", "pipe_file", "put_file", "get_file"],
)
def test_every_changing_operation_is_refused(files, tmp_path, operation):
    fs, data, _ = files
    before = sorted(p.name for p in tmp_path.rglob("*"))
    args = {"pipe_file": (url(data), b"x"), "put_file": (str(data), url(data)), "get_file": (url(data), str(tmp_path / "copy"))}
    with pytest.raises(PermissionError):
        getattr(fs, operation)(*args.get(operation, (url(data), url(data) + ".moved")))
    assert sorted(p.name for p in tmp_path.rglob("*")) == before


def test_each_thread_keeps_its_own_position(files):
    """DuckDB seeks then reads one handle from several threads: one thread's seek never moves another's read."""
    fs, data, _ = files
    fh = fs.open(url(data))
    errors = []

    def reader(offset: int) -> None:
        for _ in range(2000):
            fh.seek(offset)
            if fh.read(4) != bytes(range(offset, offset + 4)):
                errors.append(offset)

    threads = [threading.Thread(target=reader, args=(o,)) for o in (0, 40, 100, 200)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    fh.close()
    assert errors == []
