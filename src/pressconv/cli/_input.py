"""Reading the one release a command takes (a file or '-' for standard input), with the same errors everywhere."""

from __future__ import annotations

import sys
from pathlib import Path

from pressconv.errors import InputError

STDIN = "-"


def read_release(given: str, *, command: str) -> tuple[bytes, str, Path | None]:
    """Return (bytes, shown name, path or None for stdin); a missing or unreadable input is exit 4.

    Every command that takes one release (inspect, easy, check --against) reads it here, so `-`
    means standard input and a missing file is the same one-line message and exit code in each.
    """
    from pressconv.names import shown_name
    from pressconv.source import read_limited

    if given == STDIN:
        # Bounded like every input: `yes | pressconv inspect -` must end.
        return read_limited(sys.stdin.buffer, name="<stdin>"), "<stdin>", None
    path = Path(given)
    name = shown_name(path)
    try:
        # Bounded whatever the path is (a FIFO or /dev/zero has no size to check beforehand).
        return read_limited(path, name=name), name, path
    except IsADirectoryError:
        raise InputError(f"{name} is a folder; {command} takes one release file") from None
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except OSError as exc:
        raise InputError(f"{name}: {exc.strerror or exc}") from None
