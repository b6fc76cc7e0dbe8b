"""Processing a 12-megapixel phone photo for a schouw point: time and peak memory.

Makes a 4000 × 3000 JPEG with camera and GPS metadata (noise over a gradient, so it compresses
like a real photo), then runs the same cleaning the upload uses — check by content, decode,
rotate by EXIF, scale to 1600 px, make a 480 px thumbnail, re-encode without metadata — several
times, each in a fresh child process so that every peak RSS belongs to one upload alone.

    .venv/bin/python benchmarks/photo_upload.py [--runs 5]
"""

import argparse
import io
import json
import statistics
import subprocess
import sys
import tempfile

from _setup import ROOT

CHILD = """
import io, json, resource, sys, time
sys.path.insert(0, {root!r})
import django, os
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samenspraak.settings")
os.environ.setdefault("SAMENSPRAAK_ALLOW_INSECURE_KEY", "1")
django.setup()
from django.core.files.uploadedfile import SimpleUploadedFile
from samenspraak.core.images import clean_image
from samenspraak.walks.services import PHOTO_SIDE, THUMBNAIL_SIDE
data = open({path!r}, "rb").read()
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
cleaned = clean_image(SimpleUploadedFile("foto.jpg", data, "image/jpeg"), max_side=PHOTO_SIDE,
                      output_format="JPEG", thumbnail_side=THUMBNAIL_SIDE)
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({{"seconds": seconds, "peak_mb": peak / 1024, "before_mb": before / 1024,
                  "photo_kb": len(cleaned.content) / 1024,
                  "thumb_kb": len(cleaned.thumbnail) / 1024}}))
"""


def make_photo(path: str) -> int:
    from PIL import Image

    width, height = 4000, 3000
    gradient = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    noise = Image.effect_noise((width, height), 40).convert("RGB")
    photo = Image.blend(gradient, noise, 0.35)
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0110] = "Phone 12"  # Model
    exif[0x8825] = {1: "N", 2: (52.0, 5.0, 30.0), 3: "E", 4: (5.0, 7.0, 12.0)}  # GPSInfo
    buffer = io.BytesIO()
    photo.save(buffer, format="JPEG", quality=90, exif=exif)
    with open(path, "wb") as handle:
        handle.write(buffer.getvalue())
    return len(buffer.getvalue())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.NamedTemporaryFile(suffix=".jpg") as photo:
        size = make_photo(photo.name)
        results = []
        for _ in range(args.runs):
            output = subprocess.run(
                [sys.executable, "-c", CHILD.format(root=str(ROOT), path=photo.name)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            results.append(json.loads(output.strip().splitlines()[-1]))
    times = sorted(r["seconds"] for r in results)
    print(f"input: 4000 x 3000 JPEG with EXIF and GPS, {size / 1024 / 1024:.1f} MB")
    median, slowest = statistics.median(times) * 1000, times[-1] * 1000
    print(f"processing   median {median:.0f} ms, max {slowest:.0f} ms")
    print(
        f"peak RSS     {max(r['peak_mb'] for r in results):.0f} MB "
        f"(Python + Django before the upload: {results[0]['before_mb']:.0f} MB)"
    )
    first = results[0]
    print(f"output       photo {first['photo_kb']:.0f} KB, thumbnail {first['thumb_kb']:.0f} KB")


if __name__ == "__main__":
    main()
