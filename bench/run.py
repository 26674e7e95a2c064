"""Benchmark pressconv against the pandoc + WeasyPrint-CLI pipeline people use today (``make bench``).

Figures, not assertions (issue 10). Every figure is the median of ``--runs`` runs (default 5) after a
warm-up run, with min and max, printed as a table and written to ``bench/results.json``:

1. ``pressconv --help`` and ``--version``, wall time of a fresh process;
2. the seed release, one fresh process per format (html, pdf, epub, docx, easy) and ``--to all``;
3. a batch of 200 releases (the corpus repeated, each copy varied) ``--to html,pdf,epub,docx`` and
   ``--to all``, with ``--jobs 1`` and ``--jobs 2``: releases per second and peak memory;
4. today's way - pandoc (Debian) to HTML, DOCX and EPUB plus the WeasyPrint CLI to PDF, one process
   per file and tool, two files at a time - measured in the same run; the ratio of throughputs
   pressconv / today is printed next to it;
5. the same four-format batch with 200 and 1000 releases: does peak memory grow with the batch?
6. the pathological inputs of issue 15 (findings 1-5 and 9), mostly at 1 MB, one run each by default:
   streams refused at the limit, the parser on a whitespace run, the easy transform on runs of
   abbreviations, dots and ordinals, the writers on unbreakable runs, bullets and phone links;
7. in-process time per stage for the seed: decode, parse, transforms (the easy summary), render per
   format, post-processing (PDF tag fixing and zip normalising separately) and writing; both the
   first call in a fresh process (imports, fonts, word lists) and the median of the warm calls;
8. the single release of issue 21: ``convert seed --to pdf`` and ``--to html,pdf,epub,docx`` in a
   fresh process against the pandoc + WeasyPrint-CLI pipeline doing the same (pandoc to HTML, then
   ``weasyprint --pdf-variant pdf/ua-1``; pandoc x3 for four formats), runs of the two alternating so
   that a change of load hits both, with the ratio of the medians; and a cold-start profile of
   ``--to pdf``: the imports with the largest cumulative time from ``python -X importtime``.
   ``--only-single`` runs only this table, the profile and the stages of 7.

Peak memory is the sum of the resident set sizes of the whole process tree (the pressconv parent
and its workers), sampled from /proc every 100 ms: an upper bound, since pages the forked workers
share with each other are counted once per process. CPU is user + system time of the whole tree
(from wait4), which stays meaningful when the machine is busy with other work; the load average at
the start and the end is recorded so that wall times can be judged.
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
import time
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# A git worktree has no .venv of its own: fall back to the interpreter that runs the bench.
VENV_BIN = ROOT / ".venv" / "bin" if (ROOT / ".venv").exists() else Path(sys.executable).parent
PRESSCONV = str(VENV_BIN / "pressconv")
WEASYPRINT = str(VENV_BIN / "weasyprint")
SEED = ROOT / "examples" / "de-city-dortmund-seed.txt"
CORPUS = ROOT / "tests" / "corpus"
# PYTHONPATH first: the measured code is this tree's src, also from a worktree whose venv's
# editable install points at another checkout.
# PYTHONDONTWRITEBYTECODE is dropped: an installed pressconv has its bytecode compiled, and the
# warm-up run of each figure writes it here (without it every run recompiles what changed since).
ENV = {
    **{key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"},
    "SOURCE_DATE_EPOCH": "1537444800",
    "CI": "true",
    "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")])),
}
FOUR = "html,pdf,epub,docx"


@dataclass
class Run:
    """One measured run: wall seconds, CPU seconds of the process tree, peak tree RSS in MB."""

    wall: float
    cpu: float
    rss_mb: float


@dataclass
class Figure:
    """One measured figure: statistics over several runs, and the number of releases per run."""

    name: str
    runs: list[Run]
    releases: int | None = None
    extra: dict[str, object] = field(default_factory=dict)

    @property
    def median(self) -> float:
        return statistics.median(r.wall for r in self.runs)

    @property
    def cpu(self) -> float:
        return statistics.median(r.cpu for r in self.runs)

    @property
    def peak_rss_mb(self) -> float:
        return max(r.rss_mb for r in self.runs)

    @property
    def rate(self) -> float | None:
        """Releases per second (median run)."""
        return self.releases / self.median if self.releases else None

    def row(self) -> str:
        walls = [r.wall for r in self.runs]
        rate = f"{self.rate:7.2f}/s" if self.rate else " " * 9
        return (
            f"{self.name:<50} {self.median:8.3f} s [{min(walls):.3f}-{max(walls):.3f}] "
            f"{rate} {self.cpu:8.2f} s {self.peak_rss_mb:7.0f} MB"
        )

    def as_json(self) -> dict[str, object]:
        walls = [r.wall for r in self.runs]
        return {
            "name": self.name,
            "median_s": self.median,
            "min_s": min(walls),
            "max_s": max(walls),
            "runs": len(self.runs),
            "releases": self.releases,
            "releases_per_s": self.rate,
            "cpu_s_median": self.cpu,
            "peak_rss_mb": self.peak_rss_mb,
            "all_runs": [asdict(r) for r in self.runs],
            **self.extra,
        }


# ---------------------------------------------------------------------------- measuring processes


def _children_map() -> dict[int, list[int]]:
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
    return children


def tree_rss_kb(pid: int) -> int:
    """Sum VmRSS over a process and all its descendants (Linux /proc)."""
    children = _children_map()
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        stack.extend(children.get(current, []))
        try:
            with open(f"/proc/{current}/status") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
        except OSError:
            continue
    return total


class TimedOut(Exception):
    """A measured command ran past its time limit and was killed."""


def run_measured(
    command: Sequence[str],
    *,
    cwd: Path | None = None,
    tree: bool = False,
    expect: int = 0,
    timeout: float | None = None,
    env: dict[str, str] | None = None,
) -> Run:
    """Run a command; return wall time, CPU time of its whole tree and the tree's peak RSS.

    With ``tree`` the RSS of the whole process tree is sampled every 100 ms (a scan of /proc costs
    a few milliseconds of CPU, which on two cores would slow down what is measured). Without it the
    command is one process and its peak RSS is exact from wait4.
    """
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env or ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while True:
        # wait4 reports the rusage of the child and of every descendant it waited for (the pool
        # workers, the pipeline's tools), so CPU covers the whole tree.
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if tree:
            peak = max(peak, tree_rss_kb(process.pid))
        if timeout is not None and time.perf_counter() - start > timeout:
            process.kill()
            process.wait()
            if process.stderr:
                process.stderr.close()
            raise TimedOut(f"{' '.join(command)} ran over {timeout:.0f} s")
        time.sleep(0.1 if tree else 0.005)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    err = process.stderr.read().decode(errors="replace") if process.stderr else ""
    if process.stderr:
        process.stderr.close()
    if process.returncode != expect:
        raise RuntimeError(f"{' '.join(command)} failed ({process.returncode}): {err[-800:]}")
    # ru_maxrss of the tree is a floor for the sampled peak (a process shorter than one sample).
    peak_mb = max(peak / 1024, usage.ru_maxrss / 1024)
    return Run(wall=elapsed, cpu=usage.ru_utime + usage.ru_stime, rss_mb=peak_mb)


def repeat(
    name: str,
    action: Callable[[], Run],
    runs: int,
    *,
    releases: int | None = None,
    warm_up: Callable[[], Run] | None = None,
) -> Figure:
    """Warm up once (page cache, .pyc files, the Jinja bytecode cache), then measure ``runs`` times."""
    (warm_up or action)()
    figure = Figure(name, [action() for _ in range(runs)], releases=releases)
    print(figure.row(), flush=True)
    return figure


# ---------------------------------------------------------------------------- inputs


def make_batch(folder: Path, count: int) -> Path:
    """Write ``count`` releases: the corpus repeated, each copy with its own last line."""
    sources = sorted(CORPUS.glob("*.txt")) or [SEED]
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(count):
        source = sources[index % len(sources)]
        data = source.read_bytes()
        # Append in the file's own encoding family: the cp1252 and BOM/CRLF variants stay valid.
        newline = b"\r\n" if b"\r\n" in data else b"\n"
        line = f"Benchmark-Lauf Nummer {index}.".encode("ascii")
        (folder / f"{index:04d}-{source.name}").write_bytes(data.rstrip() + newline * 2 + line + newline)
    return folder


def pressconv_batch(folder: Path, formats: str, jobs: int, out: Path) -> Run:
    return run_measured(
        [
            PRESSCONV,
            "convert",
            str(folder),
            "--to",
            formats,
            "--jobs",
            str(jobs),
            "--out-dir",
            str(out),
            "--force",
            "--quiet",
        ],
        tree=True,
    )


# The way a press office converts today: one process per file and tool. pandoc reads the text as
# Markdown (the closest it has), the WeasyPrint CLI turns pandoc's standalone HTML into the PDF.
# ONLY_PDF=1 leaves out DOCX and EPUB; WEASYPRINT_OPTS (unquoted on purpose: several words) adds
# options such as --pdf-variant pdf/ua-1 (the single-release table; the batch keeps its plain PDF
# so that its figures stay comparable with earlier sessions).
BASELINE_SCRIPT = r"""
set -e
src="$1"; out="$2"; stem="$out/$(basename "$src" .txt)"
pandoc -f markdown -t html5 -s --metadata title="$(basename "$src" .txt)" -o "$stem.html" "$src"
if [ -z "${ONLY_PDF:-}" ]; then
pandoc -f markdown -t docx --metadata title="$(basename "$src" .txt)" -o "$stem.docx" "$src"
pandoc -f markdown -t epub3 --metadata title="$(basename "$src" .txt)" -o "$stem.epub" "$src"
fi
"$WEASYPRINT" ${WEASYPRINT_OPTS:-} "$stem.html" "$stem.pdf"
"""


def baseline_batch(folder: Path, out: Path, workers: int) -> Run:
    """pandoc x3 + WeasyPrint CLI per file, ``workers`` files at a time (xargs -P)."""
    out.mkdir(parents=True, exist_ok=True)
    files = "\0".join(str(p) for p in sorted(folder.glob("*.txt")))
    list_file = out / "files.lst"
    list_file.write_text(files, encoding="utf-8")
    script = out / "one.sh"
    script.write_text(BASELINE_SCRIPT, encoding="utf-8")
    command = f"WEASYPRINT={WEASYPRINT} xargs -0 -P {workers} -n 1 -a {list_file} sh -c 'sh {script} \"$0\" {out}'"
    return run_measured(["sh", "-c", command], tree=True)


# ---------------------------------------------------------------------------- single release (issue 21)


def baseline_single(source: Path, out: Path, formats: str) -> Run:
    """The pipeline on one file, one fresh process per tool: pandoc to HTML (and DOCX, EPUB unless
    only the PDF is asked for), then the WeasyPrint CLI with ``--pdf-variant pdf/ua-1``."""
    out.mkdir(parents=True, exist_ok=True)
    script = out / "one.sh"
    script.write_text(BASELINE_SCRIPT, encoding="utf-8")
    only_pdf = "1" if formats == "pdf" else ""
    return run_measured(
        [
            "env",
            f"WEASYPRINT={WEASYPRINT}",
            f"ONLY_PDF={only_pdf}",
            "WEASYPRINT_OPTS=--pdf-variant pdf/ua-1",
            "sh",
            str(script),
            str(source),
            str(out),
        ]
    )


def _source_env(src: Path) -> dict[str, str]:
    """ENV with another checkout's src first on the path: the "before" column of a comparison."""
    return {**ENV, "PYTHONPATH": os.pathsep.join(filter(None, [str(src), os.environ.get("PYTHONPATH")]))}


def single_release(runs: int, out: Path, before: Path | None = None) -> tuple[list[Figure], dict[str, float]]:
    """pressconv and the pipeline on the seed, runs alternating; the ratio of medians per command.

    Alternating (ours, theirs, ours, ...) after one warm-up of each spreads a change of load over
    both columns, so the ratio stays meaningful on a shared machine when the absolute times do not.
    Peak RSS here is that of the largest single process (wait4), not of the tree; CPU counts the
    forked PDF process too (the parent waits for it). With ``before`` (the ``src`` folder of
    another checkout, e.g. ``git archive main src templates styles``) a third column runs that
    code in the same alternation: before and after from the same run. ``--help`` and ``--to html``
    (no PDF, no pipeline counterpart) are measured the same way.
    """
    figures: list[Figure] = []
    ratios: dict[str, float] = {}
    before_env = _source_env(before) if before else None
    for formats in ("pdf", FOUR, "html", "--help"):
        ours_dir, theirs_dir = out / f"single-ours-{formats}", out / f"single-theirs-{formats}"
        label = formats if formats == "--help" else f"--to {formats}"
        if formats == "--help":
            command = [PRESSCONV, "--help"]
        else:
            command = [PRESSCONV, "convert", str(SEED), "--to", formats, "--out-dir", "DIR", "--force", "--quiet"]

        def ours(d: Path = ours_dir, c: list[str] = command, env: dict[str, str] | None = None) -> Run:
            return run_measured([str(d) if part == "DIR" else part for part in c], env=env)

        def theirs(f: str = formats, d: Path = theirs_dir) -> Run:
            return baseline_single(SEED, d, f)

        def old(d: Path = out / f"single-before-{formats}", c: list[str] = command) -> Run:
            return ours(d, c, before_env)

        sides: list[tuple[str, Callable[[], Run]]] = [(f"single: pressconv {label}", ours)]
        if before_env:
            sides.append((f"single: before {label}", old))
        if formats in ("pdf", FOUR):
            sides.append((f"single: pipeline {label}", theirs))
        for _, action in sides:
            action()  # warm-up
        measured: dict[str, list[Run]] = {name: [] for name, _ in sides}
        for _ in range(runs):
            for name, action in sides:
                measured[name].append(action())
        made = [Figure(name, measured[name], extra={"single": True}) for name, _ in sides]
        for figure in made:
            print(figure.row(), flush=True)
        mine = made[0]
        for other in made[1:]:
            ratio = mine.median / other.median
            cpu_ratio = mine.cpu / other.cpu if other.cpu else float("nan")
            key = "pipeline" if "pipeline" in other.name else "before"
            mine.extra[f"ratio_vs_{key}"] = ratio
            mine.extra[f"cpu_ratio_vs_{key}"] = cpu_ratio
            if key == "pipeline":
                ratios[formats] = ratio
            else:
                ratios[f"{formats} vs before"] = ratio
            print(f"{'  ratio pressconv / ' + key + ' (medians; CPU)':<50} {ratio:8.2f}x {cpu_ratio:13.2f}x", flush=True)
        figures += made
    return figures, ratios


def import_profile(out: Path, top: int = 15) -> dict[str, Any]:
    """``-X importtime`` of a fresh ``convert seed --to pdf``: top imports by cumulative time, and
    the self time summed per top-level package (which package's imports cost what).

    With ``--jobs 1``: one process, so the nesting of the listing is intact (the forked PDF process
    of issue 21 would write its imports into the same stream, interleaved with the parent's).
    """
    python = str(VENV_BIN / "python")
    started = time.perf_counter()
    completed = subprocess.run(
        [
            python,
            "-X",
            "importtime",
            PRESSCONV,
            "convert",
            str(SEED),
            "--to",
            "pdf",
            "--jobs",
            "1",
            "--out-dir",
            str(out / "importtime"),
            "--force",
            "--quiet",
        ],
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        check=True,
    )
    wall = time.perf_counter() - started
    rows: list[tuple[int, int, str]] = []
    for line in completed.stderr.decode(errors="replace").splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        self_field, cumulative_field, name = line.removeprefix("import time:").split("|", 2)
        rows.append((int(self_field), int(cumulative_field), name.rstrip()))
    by_package: dict[str, int] = {}
    for own, _, name in rows:
        package = name.strip().split(".")[0]
        by_package[package] = by_package.get(package, 0) + own
    total = sum(own for own, _, _ in rows)
    # The nesting (two spaces per level in -X importtime) is kept: an entry under a larger one is
    # part of it, not added to it.
    cumulative = sorted(rows, key=lambda row: -row[1])[:top]
    packages = sorted(by_package.items(), key=lambda item: -item[1])[:top]
    print(f"\ncold start of --to pdf under -X importtime: {wall:.3f} s wall, imports {total / 1e6:.3f} s")
    print("  top imports by cumulative time (s; indented = imported inside the line above it):")
    for _, cumulative_us, name in cumulative:
        print(f"    {cumulative_us / 1e6:7.3f}  {name}")
    print("  self time of imports per top-level package (s):")
    for package, own in packages:
        print(f"    {own / 1e6:7.3f}  {package}")
    return {
        "wall_s": wall,
        "imports_s": total / 1e6,
        "top_cumulative": [
            {"module": n.strip(), "depth": (len(n) - len(n.lstrip())) // 2, "cumulative_s": c / 1e6}
            for _, c, n in cumulative
        ],
        "self_by_package": {package: own / 1e6 for package, own in packages},
    }


# ---------------------------------------------------------------------------- in-process stages


class StageClock:
    """Accumulates time spent inside wrapped functions, per stage label."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}

    def wrap(self, owner: Any, attribute: str, label: str) -> None:
        original = getattr(owner, attribute)

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.spent[label] = self.spent.get(label, 0.0) + time.perf_counter() - started

        setattr(owner, attribute, timed)


def _bind_render(writer: Any, release: Any, ctx: Any) -> Callable[[], bytes]:
    def render() -> bytes:
        data: bytes = writer.render(release, ctx)
        return data

    return render


def stage_times(runs: int) -> dict[str, dict[str, float]]:
    """Per-stage and per-format time for the seed, in this process: first call, then warm median."""
    started = time.perf_counter()
    sys.path.insert(0, str(ROOT / "src"))
    from pressconv.api import make_context
    from pressconv.atomic import write_atomic
    from pressconv.parser import parse_text
    from pressconv.registry import get_writer
    from pressconv.source import decode

    figures: dict[str, dict[str, float]] = {"import pressconv.api": {"first": time.perf_counter() - started}}
    data = SEED.read_bytes()

    def timed(label: str, action: Callable[[], Any], clock: StageClock | None = None) -> Any:
        samples: list[float] = []
        parts: dict[str, list[float]] = {}
        result: Any = None
        for attempt in range(runs + 1):
            if clock is not None:
                clock.spent = {}
            begin = time.perf_counter()
            result = action()
            elapsed = time.perf_counter() - begin
            if attempt == 0:
                figures[label] = {"first": elapsed}
                if clock is not None:
                    for part, spent in clock.spent.items():
                        figures.setdefault(f"{label} / {part}", {})["first"] = spent
                continue
            samples.append(elapsed)
            for part, spent in (clock.spent if clock is not None else {}).items():
                parts.setdefault(part, []).append(spent)
        figures[label].update(median=statistics.median(samples), min=min(samples), max=max(samples))
        for part, values in parts.items():
            figures[f"{label} / {part}"].update(median=statistics.median(values), min=min(values), max=max(values))
        return result

    decoded = timed("decode", lambda: decode(data, name=str(SEED)))
    parsed = timed("parse", lambda: parse_text(decoded.text, path=str(SEED)))
    release = parsed.release
    summary = None
    try:
        from pressconv.transforms import summarise_release

        summary = timed("transform: easy summary", lambda: summarise_release(release)[0])
    except ImportError:
        pass

    clock = StageClock()
    import pressconv.writers.html as html_module

    clock.wrap(html_module, "render_document", "HTML templates")
    outputs: dict[str, bytes] = {}
    for fmt in ("html", "pdf", "epub", "docx", "easy", "json"):
        try:
            writer = get_writer(fmt)
        except Exception as exc:  # a writer that is not installed is shown, not fatal
            print(f"  (no {fmt} writer: {exc})")
            continue
        module = sys.modules[type(writer).__module__]
        if hasattr(module, "normalise_zip"):
            clock.wrap(module, "normalise_zip", "post-process: zip normalise")
        if fmt == "pdf":
            import weasyprint

            import pressconv.writers._pdf_tags as tags

            clock.wrap(weasyprint.HTML, "render", "WeasyPrint layout")
            clock.wrap(weasyprint.document.Document, "write_pdf", "WeasyPrint PDF write")
            clock.wrap(tags, "fix_tags", "post-process: PDF tag fixing")
        # The easy writer renders the summary the transform stage made (transforms.SUMMARY).
        source = summary if fmt == "easy" and summary is not None else release
        if fmt == "easy" and summary is None:
            continue
        ctx = make_context(source)
        outputs[fmt] = timed(f"render: {fmt}", _bind_render(writer, source, ctx), clock)
    with tempfile.TemporaryDirectory() as tmp:

        def write_all() -> None:
            for fmt, payload in outputs.items():
                write_atomic(Path(tmp) / f"seed.{fmt}", payload, force=True)

        timed(f"write ({len(outputs)} outputs, atomic)", write_all)
    return figures


# ---------------------------------------------------------------------------- main


def machine() -> dict[str, object]:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = 0
    with suppress(OSError, IndexError, ValueError):
        memory = int(Path("/proc/meminfo").read_text().split()[1]) // 1024
    return {
        "node": platform.node(),
        "cores": os.cpu_count(),
        "cpu": model,
        "memory_mb": memory,
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
    }


# ---------------------------------------------------------------------------- pathological inputs

MEGABYTE = 1_000_000
_HEAD = "Stadt baut Radwege\n\nBerlin, 12.03.2024\n\nDie Stadt baut Radwege.\n\n"


def _fill(unit: str, size: int = MEGABYTE) -> str:
    return unit * (size // len(unit))


def pathological_cases(folder: Path) -> list[tuple[str, list[str], int]]:
    """The worst inputs of issue 15 findings 1-5: (name, command, expected exit code).

    1 MB each where the format can take it in seconds; the PDF cases at the sizes of the issue
    (a 40 kB run, 10 000 bullets), since WeasyPrint lays out a 1 MB text as some 300 pages.
    """
    folder.mkdir(parents=True, exist_ok=True)
    texts = {
        "spaces": "Wort" + " " * MEGABYTE + "Ende.\n",
        # No dateline: the parser infers the place and reads e-mail domains over the whole run.
        "dots-headless": _fill(".") + "\n\nKontakt: presse@polizei.berlin.de\n",
        "zb": _HEAD + _fill("z. B. ") + "\n",
        "dots": _HEAD + _fill(".") + "\n",
        "ordinals": _HEAD + _fill("1. ") + "\n",
        "run-1mb": _HEAD + "Die Stadt " + "x" * MEGABYTE + " baut.\n",
        "run-40k": _HEAD + "Die Stadt " + "x" * 40_000 + " baut.\n",
        "a-dot-200k": _HEAD + _fill("a.", 200_000) + "\n",
        "bullets-1mb": _HEAD + "".join(f"- Punkt {i}\n" for i in range(MEGABYTE // 12)),
        "bullets-10k": _HEAD + "".join(f"- Punkt {i}\n" for i in range(10_000)),
        "phones-1mb": _HEAD + "".join(f"Tel.: 0231 50-{i:06d}\n\n" for i in range(MEGABYTE // 23)),
    }
    paths = {name: folder / f"{name}.txt" for name in texts}
    for name, text in texts.items():
        paths[name].write_text(text, encoding="utf-8")
    out = str(folder / "out")

    def convert(name: str, formats: str) -> list[str]:
        return [PRESSCONV, "convert", str(paths[name]), "--to", formats, "--out-dir", out, "--force", "--quiet"]

    stdin = f"yes Wort | {PRESSCONV} convert - --to html --out-dir {out} --force --quiet"
    return [
        ("#1 convert /dev/zero (refused at 5 MB)", [PRESSCONV, "convert", "/dev/zero", "--to", "html", "--out-dir", out], 4),
        ("#1 yes Wort | convert - (refused at 5 MB)", ["bash", "-c", stdin], 4),
        ("#3 'Wort' + 1 MB of spaces --to html,json", convert("spaces", "html,json"), 0),
        ("#3 '.' x 1 000 000, no dateline --to html,json", convert("dots-headless", "html,json"), 0),
        ("#4 'z. B. ' x 166 666 (1 MB) --to easy", convert("zb", "easy"), 0),
        ("#4 '.' x 1 000 000 --to easy", convert("dots", "easy"), 0),
        ("#4 '1. ' x 333 333 (1 MB) --to easy", convert("ordinals", "easy"), 0),
        ("#5 1 MB unbreakable run --to html,epub,docx", convert("run-1mb", "html,epub,docx"), 0),
        ("#5 40 kB unbreakable run --to pdf", convert("run-40k", "pdf"), 0),
        ("#9 'a.' x 100 000 (200 kB) --to pdf", convert("a-dot-200k", "pdf"), 0),
        ("#5 83 333 bullets (1 MB) --to html,epub,docx", convert("bullets-1mb", "html,epub,docx"), 0),
        ("#5 10 000 bullets --to pdf", convert("bullets-10k", "pdf"), 0),
        ("#5 43 478 'Tel.:' lines (1 MB) --to docx", convert("phones-1mb", "docx"), 0),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="measured runs per figure (after a warm-up)")
    parser.add_argument("--batch", type=int, default=200)
    parser.add_argument("--small-batch", type=int, default=22, help="a small batch against the same baseline (0: skip)")
    parser.add_argument("--big-batch", type=int, default=1000, help="for the memory-growth check; 0 skips")
    parser.add_argument("--big-runs", type=int, default=3, help="runs of the big batch (it is long)")
    parser.add_argument(
        "--baseline-files",
        type=int,
        default=42,
        help="files the pandoc + WeasyPrint pipeline converts per run (its rate does not depend on "
        "the batch size: every file is fresh processes); 0 skips",
    )
    parser.add_argument("--skip-batches", action="store_true", help="only the single-release figures")
    parser.add_argument("--skip-stages", action="store_true", help="leave out the in-process stage table")
    parser.add_argument("--batch-jobs", default="1,2", help="--jobs values for the batch figures")
    parser.add_argument("--output", type=Path, default=ROOT / "bench" / "results.json")
    parser.add_argument(
        "--pathological-timeout", type=float, default=300, help="seconds before a pathological run is killed"
    )
    parser.add_argument(
        "--pathological-runs",
        type=int,
        default=1,
        help="runs of each pathological input of issue 15 (they are long); 0 skips the table",
    )
    parser.add_argument(
        "--only-pathological",
        action="store_true",
        help="only the table of pathological inputs (issue 15): no start-up, seed, batch or stage figures",
    )
    parser.add_argument(
        "--pathological-match",
        default="",
        metavar="TEXT",
        help="only the pathological inputs whose row name contains TEXT (e.g. '10 000 bullets')",
    )
    parser.add_argument(
        "--only-single",
        action="store_true",
        help="only the single-release table of issue 21 (pressconv against the pipeline), the "
        "-X importtime profile and the in-process stages",
    )
    parser.add_argument("--skip-single", action="store_true", help="leave out the single-release table")
    parser.add_argument(
        "--before",
        type=Path,
        default=None,
        metavar="SRC",
        help="also run the single-release commands with this src folder first on the path (another "
        "checkout's code: before and after in the same run)",
    )
    args = parser.parse_args()
    if args.only_single:
        args.skip_batches, args.pathological_runs = True, 0
    if args.only_pathological:
        args.skip_batches, args.skip_stages = True, True
        args.pathological_runs = args.pathological_runs or 1
    runs = args.runs
    info = machine()
    load_start = os.getloadavg()
    print(
        f"pressconv benchmark on {info['node']}: {info['cores']} cores, {info['cpu']}, "
        f"{info['memory_mb']} MB, Python {info['python']}; load average {load_start[0]:.2f}"
    )
    print(f"{'figure':<50} {'median':>10} {'[min-max]':>15} {'rate':>9} {'CPU':>10} {'peak RSS':>10}")
    figures: list[Figure] = []
    if not (args.only_pathological or args.only_single):
        figures.append(repeat("pressconv --help", lambda: run_measured([PRESSCONV, "--help"]), runs))
        figures.append(repeat("pressconv --version", lambda: run_measured([PRESSCONV, "--version"]), runs))
    ratio: float | None = None
    small_ratio: float | None = None
    growth: float | None = None
    timed_out: list[str] = []
    single_ratios: dict[str, float] = {}
    profile: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        for fmt in () if args.only_pathological or args.only_single else ("html", "pdf", "epub", "docx", "easy", "all"):
            figures.append(
                repeat(
                    f"seed --to {fmt} (fresh process)",
                    lambda f=fmt: run_measured(
                        [  # type: ignore[misc]
                            PRESSCONV,
                            "convert",
                            str(SEED),
                            "--to",
                            f,
                            "--out-dir",
                            str(out / f),
                            "--force",
                            "--quiet",
                        ]
                    ),
                    runs,
                )
            )
        if not (args.only_pathological or args.skip_single):
            if shutil.which("pandoc"):
                print("\nsingle release, fresh processes, pressconv and the pipeline alternating (issue 21)")
                single_figures, single_ratios = single_release(runs, out, args.before)
                figures += single_figures
            else:
                print("pandoc is not installed: the single-release table is skipped (apt-get install pandoc)")
            profile = import_profile(out)
        if not args.skip_batches:
            batch = make_batch(out / "batch", args.batch)
            warm = make_batch(out / "warm", 8)
            by_name: dict[str, Figure] = {}
            for formats in (FOUR, "all"):
                for jobs in (int(j) for j in args.batch_jobs.split(",")):
                    name = f"batch {args.batch} --to {formats} --jobs {jobs}"
                    by_name[name] = repeat(
                        name,
                        lambda f=formats, j=jobs: pressconv_batch(batch, f, j, out / f"b-{j}"),  # type: ignore[misc]
                        runs,
                        releases=args.batch,
                        warm_up=lambda f=formats, j=jobs: pressconv_batch(warm, f, j, out / "w"),  # type: ignore[misc]
                    )
                    figures.append(by_name[name])
            ours = by_name.get(f"batch {args.batch} --to {FOUR} --jobs 2") or next(iter(by_name.values()))
            if args.baseline_files and shutil.which("pandoc"):
                subset = make_batch(out / "baseline-in", args.baseline_files)
                today = repeat(
                    f"today: pandoc x3 + WeasyPrint CLI, {args.baseline_files} files, 2 at a time",
                    lambda: baseline_batch(subset, out / "baseline-out", 2),
                    runs,
                    releases=args.baseline_files,
                    warm_up=lambda: baseline_batch(make_batch(out / "bw", 2), out / "bw-out", 2),
                )
                figures.append(today)
                if ours.rate and today.rate:
                    ratio = ours.rate / today.rate
                    today.extra["pressconv_ratio"] = ratio
                if args.small_batch:
                    # Issue 21: a small batch (a morning's releases) must gain too, where start-up and
                    # warm-up weigh most; against the same pipeline run.
                    small = make_batch(out / "small", args.small_batch)
                    small_figure = repeat(
                        f"batch {args.small_batch} --to {FOUR} --jobs 2",
                        lambda: pressconv_batch(small, FOUR, 2, out / "small-out"),
                        runs,
                        releases=args.small_batch,
                        warm_up=lambda: pressconv_batch(warm, FOUR, 2, out / "w"),
                    )
                    figures.append(small_figure)
                    if small_figure.rate and today.rate:
                        small_ratio = small_figure.rate / today.rate
                        small_figure.extra["pressconv_ratio"] = small_ratio
            elif args.baseline_files:
                print("pandoc is not installed: the baseline is skipped (apt-get install pandoc)")
            if args.big_batch:
                big = make_batch(out / "big", args.big_batch)
                big_figure = repeat(
                    f"batch {args.big_batch} --to {FOUR} --jobs 2",
                    lambda: pressconv_batch(big, FOUR, 2, out / "big-out"),
                    args.big_runs,
                    releases=args.big_batch,
                    warm_up=lambda: pressconv_batch(warm, FOUR, 2, out / "w"),
                )
                figures.append(big_figure)
                growth = big_figure.peak_rss_mb / ours.peak_rss_mb - 1
                big_figure.extra["rss_growth_vs_small_batch"] = growth
        if args.pathological_runs:
            print("\npathological inputs (issue 15 #1-#5, #9): figures, not limits")
            for name, command, code in pathological_cases(out / "pathological"):
                if args.pathological_match not in name:
                    continue
                try:
                    measured = [
                        run_measured(command, expect=code, timeout=args.pathological_timeout)
                        for _ in range(args.pathological_runs)
                    ]
                except TimedOut:
                    # Recorded, not fatal: the table is there to show such cases.
                    print(f"{name:<50} over {args.pathological_timeout:.0f} s (killed)", flush=True)
                    timed_out.append(name)
                    continue
                figure = Figure(name, measured, extra={"pathological": True, "exit_code": code})
                print(figure.row(), flush=True)
                figures.append(figure)
    stages = {} if args.skip_stages else stage_times(runs)
    load_end = os.getloadavg()

    if ratio is not None:
        print(f"\nthroughput pressconv / today (same four formats, 2 workers each): {ratio:.1f}x")
    if small_ratio is not None:
        print(f"throughput of {args.small_batch} releases / today (same run): {small_ratio:.1f}x")
    for formats, single_ratio in single_ratios.items():
        against = "the code of --before" if formats.endswith(" vs before") else "the pipeline"
        print(f"single release {formats.removesuffix(' vs before')}: pressconv takes {single_ratio:.2f}x {against}'s time")
    if growth is not None:
        print(f"peak RSS {args.big_batch} vs {args.batch} releases: {growth * 100:+.1f} %")
    if stages:
        print("\nin-process stages for the seed (seconds; first call in this process, then warm median):")
        print(f"{'stage':<52} {'first':>8} {'median':>8} {'[min-max]':>17}")
    for label, stats in stages.items():
        warm_part = f"{stats['median']:8.4f} [{stats['min']:.4f}-{stats['max']:.4f}]" if "median" in stats else ""
        print(f"  {label:<50} {stats.get('first', float('nan')):8.4f} {warm_part}")
    print(f"load average: {load_start[0]:.2f} at the start, {load_end[0]:.2f} at the end")
    results = {
        "machine": info,
        "load_average": {"start": load_start, "end": load_end},
        "figures": [f.as_json() for f in figures],
        "throughput_ratio_vs_today": ratio,
        "small_batch_ratio_vs_today": small_ratio,
        "single_release_ratio_vs_pipeline": single_ratios,
        "cold_start_importtime": profile,
        "rss_growth_big_vs_small": growth,
        "stages_seconds": stages,
        "pathological_timed_out": timed_out,
    }
    args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten: {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
