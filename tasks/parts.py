"""Parquet part files of a table: written as rows come, linked when unchanged, rewritten in chunks, merged.

A table in a snapshot is a folder of part files named for the run that wrote
them (``part-<run_id>-<n>.parquet``). A part is never changed once written:
a later run links it into its own snapshot (a hard link: the same file under
a second name), or writes a new part without the rows it retires. Nothing
here reads a whole part at once: rows go through in chunks of about
``CHUNK_BYTES`` (uncompressed). A writer holds the rows it is given until
they make a row group of about ``ROW_GROUP_BYTES`` (uncompressed): a row group
per batch of 128 documents would give a footer that grows with the corpus, held
in memory by the writer and by every reader of the part.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

import pyarrow as pa
import pyarrow.parquet as pq

ROW_GROUP_SIZE = 128 * 1024
ROW_GROUP_BYTES = 8 * 1024 * 1024
CHUNK_BYTES = 32 * 1024 * 1024


class PartWriter:
    """Rows of one table into one new part file, as they come, a row group of about ``ROW_GROUP_BYTES``
    at a time; the file exists once a row group was written."""

    def __init__(self, path: Path, schema: pa.Schema):
        self.path = Path(path)
        self.schema = schema
        self.rows = 0
        self._fh = None
        self._writer: pq.ParquetWriter | None = None
        self._held: list[pa.Table] = []  # rows not yet in the file
        self._held_bytes = 0

    def write(self, table: pa.Table) -> None:
        if table.num_rows == 0:
            return
        self._held.append(conform(table, self.schema))
        self._held_bytes += self._held[-1].nbytes
        self.rows += table.num_rows
        if self._held_bytes >= ROW_GROUP_BYTES:
            self._flush()

    def _flush(self) -> None:
        if not self._held:
            return
        if self._writer is None:
            self._fh = open(self.path, "wb")
            self._writer = pq.ParquetWriter(self._fh, self.schema, compression="zstd")
        self._writer.write_table(pa.concat_tables(self._held), row_group_size=ROW_GROUP_SIZE)
        self._held, self._held_bytes = [], 0

    def close(self) -> bool:
        """Finish the file (on disk, fsynced); whether there is one."""
        self._flush()
        if self._writer is None:
            return False
        self._writer.close()
        self._fh.flush()
        os.fsync(self._fh.fileno())
        self._fh.close()
        self._writer = None
        return True


def write_part(table: pa.Table, path: Path, schema: pa.Schema) -> None:
    """A whole (small) table as one part; an empty table gives a part with no rows, so that readers find the table."""
    with open(path, "wb") as fh:
        pq.write_table(conform(table, schema), fh, compression="zstd", row_group_size=ROW_GROUP_SIZE)
        fh.flush()
        os.fsync(fh.fileno())


def chunks(path: Path, schema: pa.Schema, columns: list[str] | None = None) -> Iterator[pa.Table]:
    """The rows of a part in order, in chunks of about CHUNK_BYTES, cast to ``schema``."""
    pf = pq.ParquetFile(path)
    meta = pf.metadata
    if meta.num_rows == 0:
        return
    present = set(pf.schema_arrow.names)
    wanted = [c for c in (columns or schema.names) if c in present]
    size = sum(meta.row_group(i).total_byte_size for i in range(meta.num_row_groups))
    rows = max(1, min(ROW_GROUP_SIZE, CHUNK_BYTES * meta.num_rows // max(size, 1)))
    target = pa.schema([schema.field(c) for c in (columns or schema.names)])
    for batch in pf.iter_batches(batch_size=rows, columns=wanted):
        yield conform(pa.Table.from_batches([batch]), target)


def read_columns(path: Path, schema: pa.Schema, columns: list[str]) -> pa.Table:
    """Only ``columns`` of a part (missing ones null), cast to ``schema``."""
    pf = pq.ParquetFile(path)
    present = set(pf.schema_arrow.names)
    table = pf.read(columns=[c for c in columns if c in present])
    return conform(table, pa.schema([schema.field(c) for c in columns]))


def link(source: Path, target: Path) -> None:
    """``source`` under a second name (same file, same inode): the new snapshot shares it."""
    os.link(source, target)


def rewrite(source: Path, target: Path, schema: pa.Schema, keep: pa.ChunkedArray | pa.Array, columns: dict[str, pa.Array] | None = None) -> int:
    """``source`` without the rows where ``keep`` is false into ``target``; the rows written.

    ``columns`` maps a column's name to its values for the kept rows, in order: they replace the stored ones.
    """
    keep = keep.combine_chunks() if isinstance(keep, pa.ChunkedArray) else keep
    writer = PartWriter(target, schema)
    offset = kept = 0
    for chunk in chunks(source, schema):
        mask = keep.slice(offset, chunk.num_rows)
        offset += chunk.num_rows
        chunk = chunk.filter(mask)
        for name, values in (columns or {}).items():
            i = schema.get_field_index(name)
            chunk = chunk.set_column(i, schema.field(i), values.slice(kept, chunk.num_rows))
        kept += chunk.num_rows
        writer.write(chunk)
    writer.close()
    return kept


def merge(sources: list[Path], target: Path, schema: pa.Schema) -> None:
    """The rows of ``sources``, in that order, into one new part."""
    writer = PartWriter(target, schema)
    for source in sources:
        for chunk in chunks(source, schema):
            writer.write(chunk)
    if not writer.close():
        write_part(schema.empty_table(), target, schema)


def to_merge(parts: list[Path], max_parts: int) -> list[Path]:
    """The parts a compaction merges: none while there are at most ``max_parts``, else the smallest, down to half the bound."""
    if len(parts) <= max_parts:
        return []
    n = max(2, len(parts) - max_parts // 2 + 1)
    return sorted(parts, key=lambda p: (p.stat().st_size, p.name))[:n]


def conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """Cast to ``schema``: missing nullable columns become nulls, extra ones go."""
    columns = []
    for field in schema:
        if field.name in table.column_names:
            columns.append(table[field.name].cast(field.type))
        elif field.nullable:
            columns.append(pa.nulls(len(table), field.type))
        else:
            raise ValueError(f"table lacks required column {field.name}")
    return pa.Table.from_arrays(columns, schema=schema)
