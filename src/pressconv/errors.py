"""The error hierarchy: every user-facing failure has a one-line message, a hint and an exit code."""

from __future__ import annotations

from enum import IntEnum

__all__ = [
    "ExitCode",
    "InputError",
    "InternalError",
    "MissingDependencyError",
    "OutputError",
    "PluginError",
    "PressconvError",
    "UnknownFormatError",
    "UsageError",
    "WarningsPromotedError",
    "WriterError",
]


class ExitCode(IntEnum):
    """Exit codes of DESIGN §7; scripts and CI rely on them, so they never change meaning.

    An IntEnum, so that ``sys.exit(code)`` and comparisons with plain numbers keep working.
    """

    OK = 0
    WRITER_FAILED = 1
    USAGE = 2
    WARNINGS_PROMOTED = 3
    BAD_INPUT = 4
    UNKNOWN_FORMAT = 5
    MISSING_DEPENDENCY = 6
    INTERNAL = 70
    # The shell convention for a process ended by SIGINT: 128 + signal number 2.
    INTERRUPTED = 130


class PressconvError(Exception):
    """Base of all expected errors. ``str(err)`` is the one-line message shown to the user."""

    exit_code: int = ExitCode.INTERNAL

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class UsageError(PressconvError):
    """The command line or configuration is wrong."""

    exit_code = ExitCode.USAGE


class InputError(PressconvError):
    """The input cannot be read as a plain-text release (binary, too large, undecodable, empty)."""

    exit_code = ExitCode.BAD_INPUT


class OutputError(PressconvError):
    """An output could not be written (exists without --force, not writable, disk full)."""

    exit_code = ExitCode.WRITER_FAILED


class WriterError(PressconvError):
    """A writer failed to render a release."""

    exit_code = ExitCode.WRITER_FAILED


class WarningsPromotedError(PressconvError):
    """Warnings were found and ``--fail-on warning`` turns them into a failure."""

    exit_code = ExitCode.WARNINGS_PROMOTED


class UnknownFormatError(PressconvError):
    """No writer is registered under the requested name."""

    exit_code = ExitCode.UNKNOWN_FORMAT


class PluginError(PressconvError):
    """A writer plugin is broken or clashes with another one."""

    exit_code = ExitCode.UNKNOWN_FORMAT


class MissingDependencyError(PressconvError):
    """An optional dependency of a writer is not installed (``pip install pressconv[pdf]``)."""

    exit_code = ExitCode.MISSING_DEPENDENCY


class InternalError(PressconvError):
    """A bug in pressconv: reported with a request to file an issue."""

    exit_code = ExitCode.INTERNAL
