"""Uploaded images: check by content, re-encode, strip all metadata.

Re-encoding from decoded pixels is what guarantees that EXIF, GPS and other metadata are gone;
the file name and the declared content type of an upload are never trusted.
"""

import io
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext as _
from PIL import Image, ImageOps, UnidentifiedImageError

ALLOWED_FORMATS = {"JPEG", "PNG", "WEBP", "GIF"}
MAX_UPLOAD_BYTES = 12 * 1024 * 1024
MAX_PIXELS = 40_000_000
QUALITY = {"JPEG": {"quality": 85}, "WEBP": {"quality": 85}}


@dataclass(frozen=True)
class CleanImage:
    content: ContentFile
    width: int
    height: int
    thumbnail: ContentFile | None = None


def clean_image(
    upload, *, max_side: int, output_format: str = "PNG", thumbnail_side: int | None = None
) -> CleanImage:
    """Return a metadata-free re-encoding of ``upload``, at most ``max_side`` pixels wide/high.

    With ``thumbnail_side`` a smaller copy is made from the same decoded pixels.
    """
    if upload.size > MAX_UPLOAD_BYTES:
        raise ValidationError(_("The file is too large. Choose a picture smaller than 12 MB."))
    data = upload.read()
    try:
        with Image.open(io.BytesIO(data)) as probe:
            if probe.format not in ALLOWED_FORMATS:
                raise ValidationError(_("Choose a picture in JPG, PNG, WebP or GIF format."))
            if probe.width * probe.height > MAX_PIXELS:
                raise ValidationError(_("The picture has too many pixels. Choose a smaller one."))
            probe.verify()
        with Image.open(io.BytesIO(data)) as image:
            image = ImageOps.exif_transpose(image)
            image = image.convert("RGBA" if output_format == "PNG" else "RGB")
            image.thumbnail((max_side, max_side))
            pixels_only = Image.new(image.mode, image.size)
            pixels_only.paste(image)
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError) as exc:
        raise ValidationError(_("This file is not a picture we can read.")) from exc
    thumbnail = None
    if thumbnail_side:
        small = pixels_only.copy()
        small.thumbnail((thumbnail_side, thumbnail_side))
        thumbnail = _encode(small, output_format)
    return CleanImage(
        _encode(pixels_only, output_format), pixels_only.width, pixels_only.height, thumbnail
    )


def _encode(image, output_format: str) -> ContentFile:
    out = io.BytesIO()
    image.save(out, format=output_format, optimize=True, **QUALITY.get(output_format, {}))
    return ContentFile(out.getvalue())
