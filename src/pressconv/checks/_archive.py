"""Open the zip container of an output to check (DOCX, EPUB) with its decompressed sizes bounded first."""

from __future__ import annotations

import io
import zipfile

from pressconv.checks.base import Issue

__all__ = ["ENTRY_LIMIT", "MAX_ENTRIES", "TOTAL_LIMIT", "ArchiveTooLarge", "open_archive", "open_output"]

# pressconv's own outputs stay far below these (python-docx's styles.xml, 350 kB, and the EPUB's
# embedded fonts, a few MB, are the largest members); a 1.5 MB DOCX that inflates to gigabytes is
# an attack on whoever runs `check`, not a document.
ENTRY_LIMIT = 32 * 1024 * 1024
TOTAL_LIMIT = 128 * 1024 * 1024
MAX_ENTRIES = 10_000


class ArchiveTooLarge(zipfile.BadZipFile):
    """The archive would decompress to more than the limits allow (a zip bomb, or not our output)."""


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def open_archive(data: bytes) -> zipfile.ZipFile:
    """Open ``data`` as a zip after checking the sizes its central directory declares.

    Declared sizes are enough: zipfile never inflates a member past the size the directory states
    (a member whose stream holds more fails its CRC check instead), so checking them bounds every
    later ``read``. Raises ArchiveTooLarge (a BadZipFile) over the limits, BadZipFile if not a zip.
    """
    archive = zipfile.ZipFile(io.BytesIO(data))
    try:
        infos = archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise ArchiveTooLarge(f"the archive has {len(infos)} members, over the limit of {MAX_ENTRIES}")
        total = 0
        for info in infos:
            if info.file_size > ENTRY_LIMIT:
                raise ArchiveTooLarge(
                    f"{info.filename} would decompress to {_mb(info.file_size)}, "
                    f"over the limit of {_mb(ENTRY_LIMIT)} a member"
                )
            total += info.file_size
        if total > TOTAL_LIMIT:
            raise ArchiveTooLarge(
                f"the archive would decompress to {_mb(total)} in total, over the limit of {_mb(TOTAL_LIMIT)}"
            )
    except BaseException:
        archive.close()
        raise
    return archive


def open_output(data: bytes, kind: str, name: str) -> zipfile.ZipFile | Issue:
    """Open an output's container for its checker, or return the finding that it cannot be opened:
    ``{kind}.too-large`` over the limits, ``{kind}.not-zip`` when it is no zip (``name``: "a DOCX")."""
    try:
        return open_archive(data)
    except ArchiveTooLarge as exc:
        return Issue(f"{kind}.too-large", str(exc))
    except zipfile.BadZipFile:
        return Issue(f"{kind}.not-zip", f"not a ZIP container, so not {name}")
