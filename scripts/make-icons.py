#!/usr/bin/env python3
"""Draws the extension icon (a notepad with a check mark) as PNGs in public/icon/.
Plain Python, no image library: run it again after changing the drawing."""
import math, struct, zlib, pathlib

def png(path, size, pixel):
    rows = b''.join(b'\x00' + b''.join(bytes(pixel(x, y, size)) for x in range(size)) for y in range(size))
    chunk = lambda kind, data: struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data) & 0xffffffff)
    data = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b'')
    pathlib.Path(path).write_bytes(data)

def seg_dist(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0, min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)

def pixel(x, y, size, samples=4):
    acc = [0.0, 0.0, 0.0, 0.0]
    for sy in range(samples):
        for sx in range(samples):
            u = (x + (sx + 0.5) / samples) / size
            v = (y + (sy + 0.5) / samples) / size
            color = None
            # Rounded square background.
            r = 0.18
            qx, qy = max(abs(u - 0.5) - (0.5 - r - 0.02), 0), max(abs(v - 0.5) - (0.5 - r - 0.02), 0)
            if math.hypot(qx, qy) <= r:
                color = (31, 95, 191)
                # Check mark.
                w = 0.075
                if seg_dist(u, v, 0.27, 0.52, 0.44, 0.69) <= w or seg_dist(u, v, 0.44, 0.69, 0.75, 0.33) <= w:
                    color = (255, 255, 255)
            if color:
                acc[0] += color[0]; acc[1] += color[1]; acc[2] += color[2]; acc[3] += 255
    n = samples * samples
    alpha = acc[3] / n
    if alpha == 0:
        return (0, 0, 0, 0)
    return (round(acc[0] / (acc[3] / 255)), round(acc[1] / (acc[3] / 255)), round(acc[2] / (acc[3] / 255)), round(alpha))

if __name__ == '__main__':
    out = pathlib.Path(__file__).resolve().parent.parent / 'public' / 'icon'
    out.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 48, 128):
        png(out / f'{size}.png', size, pixel)
