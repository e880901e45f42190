"""The one output writer: every command and format writes its reports and baselines through here.

A report replaces a file the user named, so the writer refuses what it must
not replace, and says so in one line (a `UsageError`, exit code 2) before it
touches anything:

- anything but a regular file: a device (`/dev/null`), a named pipe, a
  socket or a folder; a symbolic link too, unless `follow_symlinks` is given,
  when the file it points to is written instead (and must itself be regular);
- a file that is one of the run's inputs, the baseline it writes, or another
  of its outputs (`protected`: compared as the same file on disk, and as the
  same resolved path for files that do not exist yet);
- a path whose folder does not exist.

A file is written atomically (a temporary file in the same folder, renamed
over it), so a failed run leaves the old file or the new one, never half of
one. An existing file keeps its permission bits; a new one is created 0644
under the default umask (0666 less the umask). `-` (or no path) means
standard output. File names that are not UTF-8 are shown escaped.

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> write_text("hello\\n", folder / "report.txt")
    >>> (folder / "report.txt").read_text()
    'hello\\n'
"""

from __future__ import annotations

import os
import secrets
import stat
import sys
from collections.abc import Iterable
from pathlib import Path

from drift.errors import UsageError
from drift.read import shown_name

STDOUT = "-"


def is_stdout(path: str | os.PathLike | None) -> bool:
    """True when `path` means standard output: no path at all, or `-`."""
    return path is None or os.fspath(path) in (STDOUT, b"-")


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a directory; it needs a file name"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device, not a regular file; drift writes reports to files only (use '-o -' for standard output)"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO), not a regular file; drift writes reports to files only (use '-o -' for " \
               "standard output)"
    if stat.S_ISSOCK(mode):
        return "a socket, not a regular file; drift writes reports to files only"
    return "not a regular file; drift writes reports to files only"


def _same(one: Path, other: Path) -> bool:
    """The same file on disk, or (for files not there yet) the same path once resolved."""
    try:
        if os.path.samefile(one, other):
            return True
    except OSError:
        pass
    try:
        return os.path.realpath(one) == os.path.realpath(other)
    except (OSError, ValueError):
        return False


def _status(read, path: Path, shown: str):
    """`read(path)` (os.stat or os.lstat); None when nothing is there; a usage error when it cannot be read."""
    try:
        return read(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise UsageError(f"{shown}: cannot write there ({exc.strerror or exc})") from None


def target(path: str | os.PathLike, *, protected: Iterable[str | os.PathLike] = (),
           outputs: dict[str, str | os.PathLike | None] | None = None, follow_symlinks: bool = False,
           option: str = "--output") -> Path:
    """The file `path` will replace, after every check; a `UsageError` (nothing touched) when it must not be.

    `protected`: the run's inputs; `outputs`: its other outputs, {option: path}.
    Call it before the run's work, so a refused path costs nothing; `write_text`
    calls it again just before writing.
    """
    outputs = outputs or {}
    path = Path(path)
    name = shown_name(path)
    real = path
    info = _status(os.lstat, path, f"{option} {name}")
    if info is not None and stat.S_ISLNK(info.st_mode):
        if not follow_symlinks:
            raise UsageError(f"{option} {name}: is a symbolic link, which drift does not replace: give the file it "
                             f"points to, or add --follow-symlinks to write that file")
        real = Path(os.path.realpath(path))
        info = _status(os.stat, real, f"{option} {name}")
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise UsageError(f"{option} {name}: is {_kind(info.st_mode)}")
    for other in protected:
        if other is not None and not is_stdout(other) and (_same(path, Path(other)) or _same(real, Path(other))):
            raise UsageError(f"{option} {name}: refusing to overwrite an input file of this run; choose another "
                             f"file")
    for other_option, other in outputs.items():
        if other is not None and not is_stdout(other) and (_same(path, Path(other)) or _same(real, Path(other))):
            raise UsageError(f"{option} {name}: is also the file of {other_option}; one run cannot write both "
                             f"there: choose another file")
    folder = real.absolute().parent
    if not folder.is_dir():
        raise UsageError(f"{option} {name}: folder {shown_name(folder)} does not exist")
    return real


def check_outputs(outputs: dict[str, str | os.PathLike | None], inputs: Iterable[str | os.PathLike] = (), *,
                  follow_symlinks: bool = False) -> dict[str, Path | None]:
    """Check every output of one run before any work, {option: path}: none may be an input or another output.

    Returns {option: the file to write, or None for standard output}.
    """
    inputs = tuple(inputs)
    checked: dict[str, Path | None] = {}
    for option, path in outputs.items():
        if is_stdout(path):
            checked[option] = None
            continue
        others = {other: value for other, value in outputs.items() if other != option}
        checked[option] = target(path, protected=inputs, outputs=others, follow_symlinks=follow_symlinks,
                                 option=option)
    return checked


def write_text(text: str, path: str | os.PathLike | None, *, protected: Iterable[str | os.PathLike] = (),
               follow_symlinks: bool = False, option: str = "--output") -> None:
    """Write `text` (UTF-8) to standard output (`path` None or `-`) or atomically to the regular file `path`.

    Refusals (see the module docstring) are a one-line `UsageError`, raised
    before the file is touched; so is a write that fails (a full disk, a
    read-only folder), which leaves the old file as it was.
    """
    if is_stdout(path):
        _write_stdout(text)
        return
    real = target(path, protected=protected, follow_symlinks=follow_symlinks, option=option)
    name = shown_name(path)
    data = text.encode("utf-8", "surrogateescape")
    folder = real.absolute().parent
    try:
        mode = stat.S_IMODE(os.stat(real).st_mode)
    except FileNotFoundError:
        mode = None
    except OSError as exc:
        raise UsageError(f"{option} {name}: cannot write there ({exc.strerror or exc})") from None
    try:
        temporary, handle = _create_temporary(folder, real.name)
    except OSError as exc:
        raise UsageError(f"{option} {name}: cannot write there ({exc.strerror or exc})") from None
    try:
        try:
            if mode is not None:
                os.fchmod(handle, mode)  # an existing report keeps the permissions its owner gave it
            view = memoryview(data)
            while view:
                view = view[os.write(handle, view):]
        finally:
            os.close(handle)
        # Re-checked at the last moment: the path may have become a link or a device since `target`.
        target(path, protected=protected, follow_symlinks=follow_symlinks, option=option)
        os.replace(temporary, real)
    except BaseException as exc:
        temporary.unlink(missing_ok=True)
        if isinstance(exc, OSError):  # a full disk, a read-only folder: the user's to fix
            raise UsageError(f"{option} {name}: cannot write it ({exc.strerror or exc})") from None
        raise


def _create_temporary(folder: Path, name: str) -> tuple[Path, int]:
    """A new file next to the target, open for writing: (path, descriptor)."""
    temporary = folder / f".{name}.{secrets.token_hex(6)}.tmp"
    # 0666 less the umask, as any program creating a file: mkstemp's 0600 would hide reports from the group.
    return temporary, os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o666)


def _write_stdout(text: str) -> None:
    stream = sys.stdout
    try:
        stream.write(text)
    except UnicodeEncodeError:  # a terminal in another encoding, or names that are not UTF-8
        stream.flush()
        encoding = getattr(stream, "encoding", None) or "utf-8"
        buffer = getattr(stream, "buffer", None)
        if buffer is None:
            stream.write(text.encode(encoding, "backslashreplace").decode(encoding))
        else:
            buffer.write(text.encode(encoding, "backslashreplace"))
            buffer.flush()
