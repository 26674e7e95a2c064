"""Screenshot an HTML page in offline headless Chromium: light, dark and 320 px wide PNGs for review.

Usage: ``.venv/bin/python scripts/screenshot.py PAGE.html [--out-dir test-artifacts] [--stem NAME]``.
Writes NAME-light.png, NAME-dark.png and NAME-320.png (NAME defaults to the page's file stem).
Every network request is aborted, so the picture shows exactly what the self-contained file holds.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
# The flags DESIGN §8 requires for every headless Chromium the project starts.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")
# (suffix, colour scheme, viewport width)
SHOTS = (("light", "light", 1280), ("dark", "dark", 1280), ("320", "light", 320))


def screenshot(page_path: Path, out_dir: Path, stem: str | None = None) -> list[Path]:
    """Write the three PNGs of ``page_path`` into ``out_dir`` and return their paths."""
    from playwright.sync_api import Route, sync_playwright

    if not CHROMIUM.exists():
        raise SystemExit(f"{CHROMIUM} is missing; run scripts/install-system-deps.sh")
    out_dir.mkdir(parents=True, exist_ok=True)
    name = stem or page_path.stem
    url = page_path.resolve().as_uri()
    written: list[Path] = []

    def offline(route: Route) -> None:
        if route.request.url.startswith(LOCAL_SCHEMES):
            route.continue_()
        else:
            route.abort("blockedbyclient")

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True, chromium_sandbox=False
        )
        try:
            for suffix, scheme, width in SHOTS:
                context = browser.new_context(
                    viewport={"width": width, "height": 900},
                    color_scheme=scheme,  # type: ignore[arg-type]
                    service_workers="block",
                )
                try:
                    context.route("**/*", offline)
                    page = context.new_page()
                    page.goto(url, wait_until="load", timeout=30_000)
                    target = out_dir / f"{name}-{suffix}.png"
                    page.screenshot(path=str(target), full_page=True)
                    written.append(target)
                finally:
                    context.close()
        finally:
            browser.close()
    return written


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and take the screenshots."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("page", type=Path, help="the HTML file to photograph")
    parser.add_argument("--out-dir", type=Path, default=Path("test-artifacts"), help="where the PNGs go")
    parser.add_argument("--stem", help="file name prefix of the PNGs (default: the page's stem)")
    args = parser.parse_args(argv)
    if not args.page.is_file():
        parser.error(f"{args.page}: no such file")
    for path in screenshot(args.page, args.out_dir, args.stem):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
