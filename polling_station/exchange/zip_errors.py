"""What ``zipfile`` may raise on a file somebody else made.

Beyond ``BadZipFile`` it raises ``NotImplementedError`` (a newer "version needed to extract", an
unknown compression method), ``EOFError`` and ``struct.error`` (truncated records), ``ValueError``
and ``RuntimeError`` (bad offsets, encrypted members), ``zlib.error`` (a broken deflate stream) and
``OSError`` (the file itself). Every reader of foreign ZIP files catches all of them, so a damaged
file is a clear refusal and never a traceback.
"""
from __future__ import annotations

import struct
import zipfile
import zlib

ZIP_ERRORS: tuple[type[BaseException], ...] = (
    zipfile.BadZipFile, NotImplementedError, EOFError, struct.error, ValueError, RuntimeError,
    zlib.error, OSError,
)
