"""Atomic file writes: the target is either the complete new file or the untouched old one."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from criteria.errors import OutputError
from criteria.i18n import N_

_REASONS = {
    errno.EACCES: N_("permission denied"),
    errno.EPERM: N_("permission denied"),
    errno.EROFS: N_("the folder is read-only"),
    errno.ENOSPC: N_("the disk is full"),
    errno.EDQUOT: N_("the disk quota is exhausted"),
    errno.ENOENT: N_("the folder does not exist"),
    errno.ENOTDIR: N_("part of the path is a file, not a folder"),
    errno.EISDIR: N_("the path is a folder"),
    errno.EBUSY: N_("the file is locked (is it open in Excel?)"),
}


# Windows refuses to replace a file another program holds open (Excel does) with ERROR_SHARING_VIOLATION
# or ERROR_LOCK_VIOLATION, raised as a PermissionError (errno EACCES) that says only "Access is denied"
_WINDOWS_LOCKED = (32, 33)


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and getattr(error, "winerror", None) in _WINDOWS_LOCKED:
        return _REASONS[errno.EBUSY]
    if isinstance(error, OSError):
        return _REASONS.get(error.errno, error.strerror or str(error))
    return f"{type(error).__name__}: {error}"


def write_atomic(path: str | Path, write: Callable[[Path], None]) -> Path:
    """Call ``write(temp_path)`` on a temporary file beside ``path``, then move it into place.

    The temporary file is flushed to disk (fsync) before ``os.replace``, so after a crash
    or any failure the target holds either the old bytes or the complete new file.

    Parameters
    ----------
    path : str or Path
        The file to create or replace.
    write : callable
        Writes the complete content to the path it is given.

    Returns
    -------
    Path
        ``path``.

    Raises
    ------
    OutputError
        Naming ``path`` and the reason; the temporary file is removed and any old file is intact.

    References
    ----------
    The "write, fsync, rename" pattern: POSIX ``rename(2)`` and Python's ``os.replace``
    are atomic within one file system.
    """
    target = Path(path)
    temp: Path | None = None
    try:
        if target.is_dir():
            raise IsADirectoryError(errno.EISDIR, "is a folder", str(target))
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(handle)
        temp = Path(name)
        write(temp)
        with temp.open("rb+") as stream:
            os.fsync(stream.fileno())
        if target.exists():  # keep the old file's permission bits
            os.chmod(temp, target.stat().st_mode & 0o7777)
        else:
            os.chmod(temp, 0o666 & ~_umask())
        os.replace(temp, target)
        temp = None
    except OutputError:
        raise
    except Exception as error:
        reason = _reason(error)
        words = N_("cannot write {path}: {reason}")
        raise OutputError(
            words.format(path=target, reason=reason), words, path=str(target), reason=reason
        ) from error
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                temp.unlink()
    return target


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
