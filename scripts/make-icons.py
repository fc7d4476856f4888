#!/usr/bin/env python3
"""Draws wikimeet's own app icons (public/icons/*.png; not Wikimedia's logos, whose use is
restricted): a white calendar page on Codex's progressive blue (#36c). Python's standard
library only. Run again after changing the drawing: python3 scripts/make-icons.py"""
import struct
import zlib
from pathlib import Path

BLUE = (0x33, 0x66, 0xCC)
WHITE = (0xFF, 0xFF, 0xFF)


def png(width, height, pixel):
    rows = b"".join(b"\0" + bytes(c for x in range(width) for c in pixel(x, y, width)) for y in range(height))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def calendar(size, inset):
    """The calendar page within `inset` (a fraction of the side) of each edge."""
    def pixel(x, y, _w):
        u, v = x / size, y / size
        lo, hi = inset, 1 - inset
        if not (lo <= u <= hi and lo + 0.04 <= v <= hi):
            return BLUE
        w = hi - lo
        fu, fv = (u - lo) / w, (v - lo - 0.04) / (hi - lo - 0.04)
        if fv < 0.24:  # the page's top band, with two rings
            ring = abs(fu - 0.3) < 0.05 or abs(fu - 0.7) < 0.05
            return BLUE if ring and fv < 0.12 else WHITE
        border = fu < 0.08 or fu > 0.92 or fv > 0.92
        # a 3 x 2 grid of days
        cell_u, cell_v = (fu - 0.08) / 0.84 * 3, (fv - 0.30) / 0.62 * 2
        in_grid = 0 <= cell_u < 3 and 0 <= cell_v < 2
        day = in_grid and 0.2 < cell_u % 1 < 0.8 and 0.2 < cell_v % 1 < 0.8
        return WHITE if border or not day else BLUE
    return pixel


out = Path(__file__).resolve().parent.parent / "public" / "icons"
out.mkdir(exist_ok=True)
for name, size, inset in [("icon-192.png", 192, 0.16), ("icon-512.png", 512, 0.16),
                          ("icon-maskable-512.png", 512, 0.26)]:
    draw = calendar(size, inset)
    (out / name).write_bytes(png(size, size, lambda x, y, w: draw(x, y, w)))
    print(out / name)
