"""Arrow tables of the store's rows, for bulk inserts: the columns of ``copmop.pipeline.schema``, from
the model's dataclasses or from lists of values."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import Enum
from typing import Any

from copmop.pipeline import schema

__all__ = ["arrow_table", "rows_table"]


def arrow_table(table: str, columns: Mapping[str, Sequence[Any]]) -> Any:
    """An Arrow table with exactly the columns of ``table``, from lists of values by column name (a
    column left out is all NULL)."""
    import pyarrow as pa  # only writers pay for it

    size = max((len(values) for values in columns.values()), default=0)
    fields = []
    arrays = []
    for name, kind in schema.TABLES[table]:
        dtype = _arrow_type(pa, kind)
        fields.append(pa.field(name, dtype))
        arrays.append(pa.array(columns.get(name) or [None] * size, type=dtype))
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields))


def rows_table(table: str, rows: Sequence[Any]) -> Any:
    """An Arrow table of dataclass rows (``Document``, ``Paragraph``, ``Citation``)."""
    return arrow_table(
        table,
        {
            name: [v.value if isinstance(v, Enum) else v for v in (getattr(r, name) for r in rows)]
            for name in schema.columns(table)
        },
    )


def _arrow_type(pa: Any, kind: str) -> Any:
    """The Arrow type of a DuckDB column type of ``pipeline.schema``."""
    return {
        "VARCHAR": pa.string(),
        "INTEGER": pa.int32(),
        "DATE": pa.date32(),
        "VARCHAR[]": pa.list_(pa.string()),
        "INTEGER[]": pa.list_(pa.int32()),
    }[kind.replace(" NOT NULL", "")]
