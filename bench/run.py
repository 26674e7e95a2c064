"""Benchmark pressconv against the pandoc + WeasyPrint-CLI pipeline people use today (``make bench``).

Figures, not assertions: every figure is the median of several runs after a warm-up, with min and
max, printed as a table and written to ``bench/results.json``. Peak memory is the sum of the resident
set sizes of the whole process tree, sampled from /proc while the command runs.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"
PRESSCONV = str(VENV_BIN / "pressconv")
SEED = ROOT / "examples" / "de-city-dortmund-seed.txt"
CORPUS = ROOT / "tests" / "corpus"
ENV = {**os.environ, "SOURCE_DATE_EPOCH": "1537444800", "CI": "true"}


@dataclass
class Figure:
    """One measured figure: wall-time statistics, and optional throughput and memory."""

    name: str
    runs: list[float]
    unit: str = "s"
    releases: int | None = None
    peak_rss_mb: float | None = None
    extra: dict[str, float] = field(default_factory=dict)

    @property
    def median(self) -> float:
        return statistics.median(self.runs)

    def row(self) -> str:
        rate = f"{self.releases / self.median:8.2f}/s" if self.releases else " " * 10
        rss = f"{self.peak_rss_mb:8.0f} MB" if self.peak_rss_mb is not None else " " * 11
        return (
            f"{self.name:<52} {self.median:8.3f} {self.unit} "
            f"[{min(self.runs):.3f}–{max(self.runs):.3f}] {rate} {rss}"
        )


def _tree_rss_kb(pid: int) -> int:
    """Sum VmRSS over a process and all its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                parts = handle.read().rsplit(")", 1)[1].split()
            children.setdefault(int(parts[1]), []).append(int(entry))
        except (OSError, IndexError, ValueError):
            continue
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        stack.extend(children.get(current, []))
        try:
            with open(f"/proc/{current}/status") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            continue
    return total


def run_measured(command: Sequence[str], *, cwd: Path | None = None) -> tuple[float, float]:
    """Run a command; return its wall time and the peak RSS (MB) of its process tree."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while process.poll() is None:
        peak = max(peak, _tree_rss_kb(process.pid))
        time.sleep(0.02)
    elapsed = time.perf_counter() - start
    if process.returncode != 0:
        err = process.stderr.read().decode(errors="replace") if process.stderr else ""
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}): {err[-500:]}")
    return elapsed, peak / 1024


def repeat(name: str, action: Callable[[], tuple[float, float]], runs: int, releases: int | None = None) -> Figure:
    """Warm up once, then measure ``runs`` times."""
    action()
    times, peaks = [], []
    for _ in range(runs):
        elapsed, peak = action()
        times.append(elapsed)
        peaks.append(peak)
    return Figure(name, times, releases=releases, peak_rss_mb=max(peaks) if peaks else None)


def make_batch(folder: Path, count: int) -> list[Path]:
    """Write ``count`` releases, the corpus repeated with a varying first line so no two are equal."""
    sources = sorted(CORPUS.glob("*.txt")) or [SEED]
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for index in range(count):
        source = sources[index % len(sources)]
        text = source.read_bytes()
        target = folder / f"{index:04d}-{source.name}"
        target.write_bytes(text + f"\n\nBenchmark-Lauf Nummer {index}.\n".encode())
        made.append(target)
    return made


def baseline_one(source: Path, out: Path) -> None:
    """Today's way: pandoc to HTML, DOCX and EPUB, the WeasyPrint CLI to PDF, one file."""
    stem = out / source.stem
    for fmt, ext in (("html", "html"), ("docx", "docx"), ("epub3", "epub")):
        subprocess.run(
            ["pandoc", "-f", "markdown", "-t", fmt, "-s", "--metadata", f"title={source.stem}",
             "-o", f"{stem}.{ext}", str(source)],
            check=True, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
    subprocess.run(
        [str(VENV_BIN / "weasyprint"), f"{stem}.html", f"{stem}.pdf"],
        check=True, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


def baseline_batch(files: list[Path], workers: int) -> tuple[float, float]:
    """Run the pandoc + WeasyPrint pipeline over files with ``workers`` in parallel; sample tree RSS."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        peak = [0]
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                peak[0] = max(peak[0], _tree_rss_kb(os.getpid()))
                time.sleep(0.05)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        start = time.perf_counter()
        with ThreadPoolExecutor(max_workers=workers) as pool:
            list(pool.map(lambda f: baseline_one(f, out), files))
        elapsed = time.perf_counter() - start
        done.set()
        sampler.join()
        return elapsed, peak[0] / 1024


def stage_times() -> dict[str, dict[str, float]]:
    """In-process time per stage and per format for the seed (median of 5 after a warm-up)."""
    sys.path.insert(0, str(ROOT / "src"))
    from pressconv.api import make_context
    from pressconv.parser import parse_text
    from pressconv.registry import get_writer
    from pressconv.source import decode

    data = SEED.read_bytes()
    figures: dict[str, dict[str, float]] = {}

    def timed(label: str, action: Callable[[], object]) -> object:
        action()
        samples = []
        result: object = None
        for _ in range(5):
            start = time.perf_counter()
            result = action()
            samples.append(time.perf_counter() - start)
        figures[label] = {"median": statistics.median(samples), "min": min(samples), "max": max(samples)}
        return result

    decoded = timed("decode", lambda: decode(data, name=str(SEED)))
    parsed = timed("parse", lambda: parse_text(decoded.text, path=str(SEED)))  # type: ignore[attr-defined]
    release = parsed.release  # type: ignore[attr-defined]
    try:
        from pressconv.transforms.easy import summarise

        timed("transform: easy summary", lambda: summarise(release))
    except ImportError:
        pass
    for fmt in ("html", "pdf", "epub", "docx", "easy", "json"):
        try:
            writer = get_writer(fmt)
        except Exception:
            continue
        ctx = make_context(release)
        timed(f"render: {fmt}", lambda w=writer, c=ctx: w.render(release, c))  # type: ignore[misc]
    with tempfile.TemporaryDirectory() as tmp:
        from pressconv.atomic import write_atomic

        payload = b"x" * 200_000
        timed("write (atomic, 200 kB)", lambda: write_atomic(Path(tmp) / "o.bin", payload, force=True))
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--big-batch", type=int, default=1000, help="for the memory-growth check; 0 skips")
    args = parser.parse_args()
    runs = args.runs
    figures: list[Figure] = []

    figures.append(repeat("pressconv --help", lambda: run_measured([PRESSCONV, "--help"]), runs))
    figures.append(repeat("pressconv --version", lambda: run_measured([PRESSCONV, "--version"]), runs))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        for fmt in ("html", "pdf", "epub", "docx", "easy", "all"):
            figures.append(repeat(
                f"seed --to {fmt} (fresh process)",
                lambda f=fmt: run_measured([PRESSCONV, "convert", str(SEED), "--to", f,  # type: ignore[misc]
                                            "--out-dir", str(out / f), "--force", "--quiet"]),
                runs,
            ))
        batch = make_batch(out / "batch", args.batch)
        batch_runs = max(3, runs // 2)
        for formats in ("html,pdf,epub,docx", "all"):
            for jobs in (1, 2):
                figures.append(repeat(
                    f"batch {len(batch)} --to {formats} --jobs {jobs}",
                    lambda f=formats, j=jobs: run_measured([  # type: ignore[misc]
                        PRESSCONV, "convert", str(out / "batch"), "--to", f, "--jobs", str(j),
                        "--out-dir", str(out / f"b-{f}-{j}"), "--force", "--quiet"]),
                    batch_runs, releases=len(batch),
                ))
        if shutil.which("pandoc"):
            figures.append(repeat(
                f"today: pandoc+weasyprint CLI, {len(batch)} files, 2 workers",
                lambda: baseline_batch(batch, 2), 3, releases=len(batch),
            ))
        if args.big_batch:
            big = make_batch(out / "big", args.big_batch)
            figures.append(repeat(
                f"batch {len(big)} --to html,pdf,epub,docx --jobs 2",
                lambda: run_measured([PRESSCONV, "convert", str(out / "big"), "--to", "html,pdf,epub,docx",
                                      "--jobs", "2", "--out-dir", str(out / "big-out"), "--force", "--quiet"]),
                1, releases=len(big),
            ))
    stages = stage_times()

    print(f"pressconv benchmark on {platform.node()} ({os.cpu_count()} cores, {platform.processor() or platform.machine()})")
    print(f"{'figure':<52} {'median':>10} {'[min–max]':>17} {'rate':>10} {'peak RSS':>11}")
    for figure in figures:
        print(figure.row())
    ours = next((f for f in figures if f.name.startswith(f"batch {args.batch} --to html,pdf,epub,docx --jobs 2")), None)
    today = next((f for f in figures if f.name.startswith("today:")), None)
    if ours and today:
        print(f"\nthroughput pressconv / today (same four formats, 2 workers): {today.median / ours.median:.1f}x")
    print("\nin-process stages for the seed (median seconds):")
    for label, stats in stages.items():
        print(f"  {label:<30} {stats['median']:.4f}  [{stats['min']:.4f}–{stats['max']:.4f}]")
    results = {
        "machine": {"node": platform.node(), "cores": os.cpu_count(), "python": platform.python_version()},
        "figures": [asdict(f) | {"median": f.median} for f in figures],
        "stages": stages,
    }
    (ROOT / "bench" / "results.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print("\nwritten: bench/results.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
