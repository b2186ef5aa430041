"""The only package that imports PySide6."""
import ctypes
import sys

if sys.version_info < (3, 12):
    # PySide6 6.12's wheels return None from void Qt calls without taking a reference (built for
    # 3.12+, where None is immortal); on 3.11 a few thousand calls end in «deallocating None».
    # Keep None alive as Python 3.12 does. Harmless: None is never meant to be freed.
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
