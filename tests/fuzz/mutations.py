"""Hypothesis strategies that mutate a valid input the way a damaged file or an attacker would:
bit flips, bytes set to edge values, integers written over length fields, truncation,
insertion, deletion, duplicated slices, and wholly random bytes.

Positions are drawn from the whole input and, more often, from its first ``head`` bytes,
where the headers and length fields live; hypothesis shrinks a failure to the fewest edits.
"""

from __future__ import annotations

import struct

from hypothesis import strategies as st

EDGE_BYTES = (0x00, 0x01, 0x7F, 0x80, 0xFE, 0xFF)
EDGE_INTS = (0, 1, 2, 3, 4, 0x7F, 0x80, 0xFF, 0x100, 0x7FFF, 0xFFFF, 2**31 - 1, 2**31, 2**32 - 1)
MAX_EDITS = 4


def _position(draw: st.DrawFn, size: int, head: int) -> int:
    if size <= 0:
        return 0
    high = size - 1 if draw(st.booleans()) else min(head, size) - 1
    return draw(st.integers(0, max(high, 0)))


def _edit(draw: st.DrawFn, data: bytearray, head: int) -> None:
    kind = draw(
        st.sampled_from(
            ("flip", "edge_byte", "edge_int", "truncate", "insert", "delete", "duplicate")
        )
    )
    size = len(data)
    at = _position(draw, size, head)
    if kind == "flip" and size:
        data[at] ^= 1 << draw(st.integers(0, 7))
    elif kind == "edge_byte" and size:
        data[at] = draw(st.sampled_from(EDGE_BYTES))
    elif kind == "edge_int":
        fmt = draw(st.sampled_from((">H", ">I", ">Q", "<I")))
        value = draw(st.sampled_from(EDGE_INTS))
        packed = struct.pack(fmt, value % (1 << (8 * struct.calcsize(fmt))))
        data[at : at + len(packed)] = packed
    elif kind == "truncate":
        del data[at:]
    elif kind == "insert":
        data[at:at] = draw(st.binary(min_size=1, max_size=64))
    elif kind == "delete":
        del data[at : at + draw(st.integers(1, 64))]
    elif kind == "duplicate" and size:
        length = draw(st.integers(1, 128))
        data[_position(draw, size, head) : 0] = data[at : at + length]


@st.composite
def _edited(draw: st.DrawFn, seed: bytes, head: int) -> bytes:
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, MAX_EDITS))):
        _edit(draw, data, head)
    return bytes(data)


def mutated(seed: bytes, head: int = 256) -> st.SearchStrategy[bytes]:
    """Bytes derived from ``seed`` by a few edits, or random bytes (of its length or less)."""
    return st.one_of(
        _edited(seed, head),
        _edited(seed, head),
        _edited(seed, head),
        st.binary(max_size=min(len(seed), 4096)),
        st.binary(max_size=64).map(lambda tail: seed[: len(seed) // 2] + tail),
    )


def mutated_text(seed: str) -> st.SearchStrategy[str]:
    """Text derived from ``seed`` (edits of its UTF-8 bytes), or arbitrary text."""
    return st.one_of(
        mutated(seed.encode("utf-8"), head=64).map(lambda b: b.decode("utf-8", "replace")),
        mutated(seed.encode("utf-8"), head=64).map(lambda b: b.decode("latin-1")),
        st.text(max_size=len(seed) + 64),
        st.text(alphabet=st.characters(codec="ascii")).map(lambda t: seed[:20] + t),
    )
