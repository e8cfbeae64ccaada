"""The HTML report is one self-contained page that a browser draws with its charts."""
from __future__ import annotations

import datetime as dt
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from bot.usage.render import render
from bot.usage.report import build_report
from bot.usage.store import Store

CHROMIUM = Path("/usr/bin/chromium")


async def march_html(path: Path, by: str | None = None) -> str:
    async with Store(path) as store:
        report = await build_report(store, dt.date(2025, 3, 1), dt.date(2025, 3, 31), by=by)
    return render(report, "html")


async def test_the_page_needs_nothing_from_outside(sample_db):
    html = await march_html(sample_db)
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
    assert '<meta charset="utf-8">' in html and "<style>" in html
    assert html.count("<svg") == 6  # one chart per section with data
    assert "http" not in html and "//" not in html.replace("://", "")
    assert not re.search(r"<(script|link|img|iframe|object|embed)\b", html)
    assert not re.search(r"\b(src|href)\s*=", html) and "url(" not in html and "@import" not in html


async def test_the_page_escapes_what_it_shows(db_path):
    from bot.usage.report import Report, Section

    report = Report(dt.date(2025, 3, 1), dt.date(2025, 3, 1), None, (
        Section("sources", "New conversations by campaign source", ("period", "source", "count"),
                (("2025-03-01/2025-03-01", "<b>x</b>", 9),)),))
    html = render(report, "html")
    assert "<b>x</b>" not in html and "&lt;b&gt;x&lt;/b&gt;" in html


def png_pixels(data: bytes) -> tuple[int, int, int, bytes]:
    """Decode an 8-bit RGB or RGBA PNG into (width, height, bytes per pixel, raw pixels)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and color in (2, 6)
            bpp = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw, stride = zlib.decompress(idat), width * bpp
    out, previous = bytearray(), bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            left = line[i - bpp] if i >= bpp else 0
            up, corner = previous[i], previous[i - bpp] if i >= bpp else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
        out += line
        previous = line
    return width, height, bpp, bytes(out)


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium (apt-get install -y chromium)")
async def test_chromium_draws_the_page(sample_db, tmp_path):
    page = tmp_path / "report.html"
    page.write_text(await march_html(sample_db), encoding="utf-8")
    shot = tmp_path / "report.png"
    subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run",
         f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}", "--window-size=1200,1600",
         page.as_uri()],
        capture_output=True, timeout=60, check=False)
    if not shot.exists():
        pytest.fail("chromium wrote no screenshot")
    data = shot.read_bytes()
    assert len(data) > 20_000
    width, height, bpp, pixels = png_pixels(data)
    assert (width, height) == (1200, 1600)
    blue = sum(1 for i in range(0, len(pixels), bpp)
               if pixels[i] < 80 and 90 < pixels[i + 1] < 140 and pixels[i + 2] > 200)  # bar colour #2f6fde
    not_white = sum(1 for i in range(0, len(pixels), bpp * 7) if pixels[i:i + 3] != b"\xff\xff\xff")
    assert blue > 2_000  # the bars were drawn
    assert not_white > 0.01 * width * height / 7
    shutil.rmtree(tmp_path / "profile", ignore_errors=True)
