"""Rendering a PDF attachment to images in memory (PDFium reads from a byte buffer; nothing is
written to disk)."""

from __future__ import annotations

from PySide6.QtGui import QImage

MAX_PAGES = 60


class PdfRenderError(Exception):
    """The PDF is damaged, encrypted with a password, or not a PDF."""


def render_pdf(data: bytes, *, scale: float = 1.4, max_pages: int = MAX_PAGES
               ) -> tuple[list[QImage], int]:
    """Return the first ``max_pages`` pages as images and the document's page count."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise PdfRenderError(str(exc)) from None
    try:
        count = len(document)
        images = []
        for index in range(min(count, max_pages)):
            page = document[index]
            bitmap = page.render(scale=scale, rev_byteorder=True)
            fmt = (QImage.Format.Format_RGBA8888 if bitmap.n_channels == 4
                   else QImage.Format.Format_RGB888)
            image = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, fmt)
            images.append(image.copy())  # own the pixels before the buffer goes away
            bitmap.close()
            page.close()
        return images, count
    finally:
        document.close()
