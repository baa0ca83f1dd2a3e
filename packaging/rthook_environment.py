"""PyInstaller runtime hook: programs the app starts get the system's library path, not the bundle's.

The bootloader prepends the bundle's folder to LD_LIBRARY_PATH (keeping the old value in
LD_LIBRARY_PATH_ORIG) so that this process finds the libraries it carries; the loader has read it by
the time Python runs. Left in the environment, it would make the browser, file viewer or
xdg-open that opening a link or an evidence file starts load this bundle's libraries instead of their
own, and fail in ways that have nothing to do with this app.
"""

import os


def _restore_library_path() -> None:
    original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if original is not None:
        os.environ["LD_LIBRARY_PATH"] = original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)


_restore_library_path()
del _restore_library_path
