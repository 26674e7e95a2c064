"""``pressconv check`` on zip bombs: decompressed sizes are bounded before any member is parsed (issue 15 #17).

The bombs here hold one member of 400 MB of spaces (under 2 MB compressed). Every run is capped at
1 GB of address space, so the code that read members whole fails fast instead of eating the machine.
"""

from __future__ import annotations

import resource
import subprocess
import zipfile
from pathlib import Path

import pytest

from pressconv.checks._archive import ENTRY_LIMIT, TOTAL_LIMIT, ArchiveTooLarge, open_archive
from tests.reliability.support import PRESSCONV, cli_env

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
_ADDRESS_SPACE = 1024**3


def _bomb(path: Path, member: str, megabytes: int, *, first: tuple[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        if first is not None:
            archive.writestr(zipfile.ZipInfo(first[0]), first[1])
        with archive.open(member, "w", force_zip64=True) as handle:
            handle.write(b"<root>")
            chunk = b" " * (1 << 20)
            for _ in range(megabytes):
                handle.write(chunk)
            handle.write(b"</root>")
    return path


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (_ADDRESS_SPACE, _ADDRESS_SPACE))


def _check(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(PRESSCONV), "check", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env=cli_env(),
        preexec_fn=_cap_memory,
        check=False,
    )


@pytest.fixture(scope="module")
def bombs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("bombs")
    return {
        "docx": _bomb(folder / "bomb.docx", "word/document.xml", 400),
        "epub": _bomb(folder / "bomb.epub", "META-INF/container.xml", 400, first=("mimetype", b"application/epub+zip")),
    }


@pytest.mark.parametrize("kind", ["docx", "epub"])
def test_check_refuses_a_zip_bomb(kind: str, bombs: dict[str, Path], tmp_path: Path) -> None:
    result = _check([str(bombs[kind])], tmp_path)
    assert "Traceback" not in result.stderr and "MemoryError" not in result.stdout + result.stderr, result.stderr
    assert result.returncode == 1, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    assert f"[{kind}.too-large]" in result.stdout, result.stdout


@pytest.mark.parametrize("kind", ["docx", "epub"])
def test_check_against_refuses_a_zip_bomb(kind: str, bombs: dict[str, Path], tmp_path: Path) -> None:
    seed = CORPUS / "de-city-dortmund-seed.txt"
    result = _check(["--against", str(seed), str(bombs[kind])], tmp_path)
    assert "MemoryError" not in result.stdout + result.stderr, result.stdout
    assert result.returncode == 1, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    assert "decompress" in result.stdout, result.stdout


def test_sizes_are_bounded_per_entry_and_in_total(tmp_path: Path) -> None:
    # Declared sizes are checked; zipfile never inflates a member past its declared size.
    many = tmp_path / "many.zip"
    with zipfile.ZipFile(many, "w", zipfile.ZIP_DEFLATED) as archive:
        for index in range(TOTAL_LIMIT // ENTRY_LIMIT + 1):
            archive.writestr(f"part{index}.xml", b"")
    data = bytearray(many.read_bytes())
    # Patch every central-directory entry's uncompressed size to just under the entry limit.
    position = 0
    while (position := data.find(b"PK\x01\x02", position)) != -1:
        data[position + 24 : position + 28] = (ENTRY_LIMIT - 1).to_bytes(4, "little")
        position += 4
    with pytest.raises(ArchiveTooLarge, match="in total"):
        open_archive(bytes(data))
