#!/usr/bin/env python3
"""Draws the sample library's pictures and the image test fixtures.

Charts and drawings are rasterised here with the Python standard library only; PNG and GIF are
written with zlib/struct (the standard library has no image writer), JPEG and WebP by Debian's
encoders: `cjpeg` (package libjpeg-turbo-progs) and `cwebp` (package webp), run without a shell.

Usage: Scripts/make-sample-images.py            (from the repository root; rewrites the files)
"""
import math
import os
import struct
import subprocess
import sys
import tempfile
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIBRARY_IMAGES = os.path.join(ROOT, "Resources", "Library", "images")
FIXTURES = os.path.join(ROOT, "Tests", "NewsImagesTests", "Fixtures")


class Canvas:
    """An RGBA raster with the few shapes the charts need."""

    def __init__(self, width, height, background):
        self.width, self.height = width, height
        self.pixels = [list(background) for _ in range(width * height)]

    def put(self, x, y, color):
        if 0 <= x < self.width and 0 <= y < self.height:
            self.pixels[y * self.width + x] = list(color)

    def rect(self, left, top, right, bottom, color):
        for y in range(max(0, top), min(self.height, bottom)):
            for x in range(max(0, left), min(self.width, right)):
                self.pixels[y * self.width + x] = list(color)

    def line(self, x0, y0, x1, y1, color, thickness=1):
        steps = max(abs(x1 - x0), abs(y1 - y0), 1)
        for step in range(steps + 1):
            x = round(x0 + (x1 - x0) * step / steps)
            y = round(y0 + (y1 - y0) * step / steps)
            self.rect(x - thickness // 2, y - thickness // 2, x + (thickness + 1) // 2, y + (thickness + 1) // 2, color)

    def disc(self, cx, cy, radius, color):
        for y in range(cy - radius, cy + radius + 1):
            for x in range(cx - radius, cx + radius + 1):
                if (x - cx) ** 2 + (y - cy) ** 2 <= radius * radius:
                    self.put(x, y, color)

    def vertical_gradient(self, top_color, bottom_color):
        for y in range(self.height):
            t = y / max(1, self.height - 1)
            color = [round(a + (b - a) * t) for a, b in zip(top_color, bottom_color)]
            for x in range(self.width):
                self.pixels[y * self.width + x] = list(color)

    def rgb_bytes(self):
        return bytes(channel for pixel in self.pixels for channel in pixel[:3])


def png_bytes(canvas, alpha=True):
    """PNG (RFC 2083): signature, IHDR, one zlib IDAT, IEND; filter type 0 on every row."""

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    channels = 4 if alpha else 3
    rows = []
    for y in range(canvas.height):
        row = canvas.pixels[y * canvas.width:(y + 1) * canvas.width]
        rows.append(b"\x00" + bytes(c for pixel in row for c in pixel[:channels]))
    header = struct.pack(">IIBBBBB", canvas.width, canvas.height, 8, 6 if alpha else 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
            + chunk(b"IEND", b""))


def png_declaring(width, height):
    """A tiny PNG whose header claims width × height (a decompression bomb's shape)."""

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")


def gif_bytes(canvas, palette):
    """GIF89a with a global palette (≤ 256 colours, exact matches only).

    The image data is LZW with a clear code after every 254 literal codes, so the code width
    never grows past 9 bits: valid for every decoder, and simple (no dictionary to build).
    """
    index = {tuple(color): i for i, color in enumerate(palette)}
    indices = [index[tuple(pixel[:3])] for pixel in canvas.pixels]
    size = 256
    clear, end = size, size + 1
    codes = []
    for start in range(0, len(indices), 254):
        codes.append(clear)
        codes.extend(indices[start:start + 254])
    codes.append(end)
    bits, bit_count, packed = 0, 0, bytearray()
    for code in codes:
        bits |= code << bit_count
        bit_count += 9
        while bit_count >= 8:
            packed.append(bits & 0xFF)
            bits >>= 8
            bit_count -= 8
    if bit_count:
        packed.append(bits & 0xFF)
    table = b"".join(bytes(color) for color in palette) + b"\x00" * 3 * (size - len(palette))
    blocks = b"".join(bytes([len(packed[i:i + 255])]) + bytes(packed[i:i + 255]) for i in range(0, len(packed), 255))
    return (b"GIF89a" + struct.pack("<HHBBB", canvas.width, canvas.height, 0xF7, 0, 0) + table
            + b"\x2c" + struct.pack("<HHHHB", 0, 0, canvas.width, canvas.height, 0) + b"\x08" + blocks + b"\x00\x3b")


def ppm_bytes(canvas):
    return b"P6\n%d %d\n255\n" % (canvas.width, canvas.height) + canvas.rgb_bytes()


def encode_with(tool, arguments, source_bytes, suffix):
    """Runs a Debian encoder on a temporary file and returns what it wrote."""
    with tempfile.TemporaryDirectory() as folder:
        source = os.path.join(folder, "in" + suffix)
        target = os.path.join(folder, "out")
        with open(source, "wb") as handle:
            handle.write(source_bytes)
        subprocess.run([tool] + arguments + ["-outfile" if tool == "cjpeg" else "-o", target, source],
                       check=True, capture_output=True)
        with open(target, "rb") as handle:
            return handle.read()


def jpeg_bytes(canvas, quality=85):
    return encode_with("cjpeg", ["-quality", str(quality), "-optimize"], ppm_bytes(canvas), ".ppm")


def webp_bytes(canvas, quality=80):
    return encode_with("cwebp", ["-quiet", "-q", str(quality)], png_bytes(canvas), ".png")


# --- drawings -------------------------------------------------------------------------------

INK = (40, 44, 52, 255)
PAPER = (250, 248, 240, 255)
PALETTE = [(230, 85, 60), (60, 130, 200), (90, 170, 90), (240, 180, 50), (150, 90, 180)]


def bar_chart(width, height, values, background=PAPER):
    canvas = Canvas(width, height, background)
    margin = width // 12
    base = height - margin
    canvas.line(margin, margin // 2, margin, base, INK, 2)
    canvas.line(margin, base, width - margin // 2, base, INK, 2)
    slot = (width - 2 * margin) // len(values)
    for i, value in enumerate(values):
        left = margin + i * slot + slot // 5
        top = base - round((base - margin) * value)
        canvas.rect(left, top, left + slot * 3 // 5, base - 1, PALETTE[i % len(PALETTE)] + (255,))
    return canvas


def line_chart(width, height, series, background=PAPER):
    canvas = Canvas(width, height, background)
    margin = width // 12
    base = height - margin
    for step in range(1, 5):
        y = base - (base - margin) * step // 4
        canvas.line(margin, y, width - margin // 2, y, (215, 212, 200, 255))
    canvas.line(margin, margin // 2, margin, base, INK, 2)
    canvas.line(margin, base, width - margin // 2, base, INK, 2)
    for n, values in enumerate(series):
        color = PALETTE[n % len(PALETTE)] + (255,)
        points = [(margin + (width - 2 * margin) * i // (len(values) - 1), base - round((base - margin) * v))
                  for i, v in enumerate(values)]
        for (x0, y0), (x1, y1) in zip(points, points[1:]):
            canvas.line(x0, y0, x1, y1, color, 3)
        for x, y in points:
            canvas.disc(x, y, 4, color)
    return canvas


def chip(width, height):
    """A processor package with a die and pins, on a blue gradient."""
    canvas = Canvas(width, height, (0, 0, 0, 255))
    canvas.vertical_gradient((30, 60, 110, 255), (10, 20, 40, 255))
    cx, cy, half = width // 2, height // 2, min(width, height) // 3
    for i in range(-half + 6, half - 4, 12):
        canvas.line(cx + i, cy - half - 14, cx + i, cy + half + 14, (200, 170, 90, 255), 3)
        canvas.line(cx - half - 14, cy + i, cx + half + 14, cy + i, (200, 170, 90, 255), 3)
    canvas.rect(cx - half, cy - half, cx + half, cy + half, (45, 50, 58, 255))
    canvas.rect(cx - half // 2, cy - half // 2, cx + half // 2, cy + half // 2, (120, 200, 230, 255))
    return canvas


def landscape(width, height):
    """Sun over hills with a grid-tied power line: a photo-like picture for JPEG."""
    canvas = Canvas(width, height, (0, 0, 0, 255))
    canvas.vertical_gradient((120, 180, 235, 255), (250, 220, 170, 255))
    canvas.disc(width * 3 // 4, height // 4, height // 8, (255, 210, 80, 255))
    for x in range(width):
        ridge = height * 0.62 + math.sin(x / width * 6.0) * height * 0.06 + math.sin(x / width * 17.0) * height * 0.02
        for y in range(int(ridge), height):
            shade = min(255, 60 + (y - int(ridge)) // 2)
            canvas.put(x, y, (40, shade + 40 if shade < 200 else 240, 60, 255))
    for tower in range(1, 5):
        x = width * tower // 5
        canvas.line(x, height // 3, x - 10, height * 2 // 3, INK, 2)
        canvas.line(x, height // 3, x + 10, height * 2 // 3, INK, 2)
        canvas.line(x - 14, height // 3 + 8, x + 14, height // 3 + 8, INK, 2)
    for tower in range(1, 4):
        x0, x1 = width * tower // 5, width * (tower + 1) // 5
        for step in range(x1 - x0):
            sag = math.sin(step / (x1 - x0) * math.pi) * 12
            canvas.put(x0 + step, height // 3 + 8 + round(sag), INK)
    return canvas


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as handle:
        handle.write(data)
    print(f"{os.path.relpath(path, ROOT)}: {len(data)} bytes")


def network(width, height, seed):
    """Nodes joined by edges: people, firms or chips, depending on the article."""
    canvas = Canvas(width, height, PAPER)
    nodes = [(round(width * (0.15 + 0.7 * ((i * 37 + seed * 11) % 100) / 100)),
              round(height * (0.15 + 0.7 * ((i * 61 + seed * 29) % 100) / 100))) for i in range(7)]
    for i, (x0, y0) in enumerate(nodes):
        x1, y1 = nodes[(i * 3 + 1) % len(nodes)]
        canvas.line(x0, y0, x1, y1, (150, 150, 140, 255), 2)
    for i, (x, y) in enumerate(nodes):
        canvas.disc(x, y, 12 if i == 0 else 8, PALETTE[i % len(PALETTE)] + (255,))
    return canvas


def sample_library():
    """The featured images the sample articles name (Resources/Library/images/…). Charts are
    PNG, pictures JPEG. The EU AI Act article keeps its unfilled `YYYY/MM` path on purpose:
    the sample library shows what a missing image looks like."""
    size = (320, 180)
    pictures = {
        "default-cover.jpg": lambda: jpeg_bytes(landscape(*size)),
        "2025/01/synthetic-data-privacy.jpg": lambda: jpeg_bytes(network(*size, seed=1)),
        "2025/03/gpu-supply-chain.jpg": lambda: jpeg_bytes(chip(*size)),
        "2025/04/rust-migration.png": lambda: png_bytes(line_chart(*size, [[0.1, 0.2, 0.35, 0.5, 0.7]]), alpha=False),
        "2025/04/maintainer-funding.png": lambda: png_bytes(bar_chart(*size, [0.2, 0.45, 0.3, 0.6]), alpha=False),
        "2025/05/open-weights-license.jpg": lambda: jpeg_bytes(network(*size, seed=5)),
        "2025/06/expert-annotators.jpg": lambda: jpeg_bytes(network(*size, seed=6)),
        "2025/06/helix-meridian-deal.png": lambda: png_bytes(bar_chart(*size, [0.9, 0.4, 0.25]), alpha=False),
        "2025/06/labeling-rivals.jpg": lambda: jpeg_bytes(network(*size, seed=8)),
        "2025/07/hbm-memory-wall.png": lambda: png_bytes(
            line_chart(*size, [[0.1, 0.25, 0.45, 0.7, 0.95], [0.1, 0.15, 0.2, 0.26, 0.32]]), alpha=False),
        "2025/08/data-center-power.jpg": lambda: jpeg_bytes(landscape(*size)),
        "2025/09/sodium-ion-storage.png": lambda: png_bytes(bar_chart(*size, [0.35, 0.5, 0.62, 0.8, 0.95]), alpha=False),
        "2025/10/enterprise-agents.jpg": lambda: jpeg_bytes(network(*size, seed=10)),
        "2025/11/inference-price-war.png": lambda: png_bytes(
            line_chart(*size, [[0.9, 0.7, 0.45, 0.3, 0.2, 0.12], [0.8, 0.75, 0.6, 0.4, 0.3, 0.25]]), alpha=False),
        "2025/12/riscv-edge-ai.jpg": lambda: jpeg_bytes(chip(*size)),
        # Body images.
        "2025/03/advanced-packaging-diagram.png": lambda: png_bytes(chip(*size), alpha=False),
        "2025/08/rooftop-solar-storage.jpg": lambda: jpeg_bytes(landscape(*size)),
    }
    for name, make in pictures.items():
        write(os.path.join(LIBRARY_IMAGES, name), make())
    # A page bundle keeps its picture beside index.md (a relative path in the article).
    write(os.path.join(ROOT, "Resources", "Library", "2025", "07", "hbm-memory-wall", "cover.png"),
          png_bytes(chip(*size), alpha=False))


def fixtures():
    """One small picture per format and one file per failure (Tests/NewsImagesTests/Fixtures)."""
    chart = bar_chart(48, 32, [0.3, 0.7, 0.5, 0.9])
    write(os.path.join(FIXTURES, "chart.png"), png_bytes(chart))
    transparent = Canvas(16, 16, (0, 0, 0, 0))
    transparent.disc(8, 8, 5, (230, 85, 60, 255))
    write(os.path.join(FIXTURES, "transparent.png"), png_bytes(transparent))
    write(os.path.join(FIXTURES, "landscape.jpg"), jpeg_bytes(landscape(64, 36)))
    write(os.path.join(FIXTURES, "chart.webp"), webp_bytes(chart))
    flat = Canvas(24, 16, (250, 248, 240, 255))
    flat.rect(0, 0, 12, 8, (230, 85, 60, 255))
    flat.rect(12, 8, 24, 16, (60, 130, 200, 255))
    write(os.path.join(FIXTURES, "quarters.gif"), gif_bytes(flat, [(250, 248, 240), (230, 85, 60), (60, 130, 200)]))
    whole = png_bytes(chart)
    write(os.path.join(FIXTURES, "truncated.png"), whole[:len(whole) // 2])
    jpeg = jpeg_bytes(landscape(64, 36))
    write(os.path.join(FIXTURES, "truncated.jpg"), jpeg[:len(jpeg) // 2])
    write(os.path.join(FIXTURES, "wrong-magic.png"), b"<html><body>not an image</body></html>\n")
    write(os.path.join(FIXTURES, "huge-declared.png"), png_declaring(100_000, 100_000))
    write(os.path.join(FIXTURES, "zero-byte.png"), b"")


if __name__ == "__main__":
    sample_library()
    fixtures()
    sys.exit(0)
