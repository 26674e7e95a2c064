"""The one place that finds templates/ and styles/: in a checkout, in an installed wheel, or a user override."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["Resources", "default_resources", "package_root"]


def package_root() -> Path:
    """Return the directory of the installed ``pressconv`` package."""
    return Path(__file__).resolve().parent


# Two names ("templates", "styles"): with maxsize=1 they evicted each other, and every
# make_context resolved the package path again (0.14 ms, four times per release in a batch).
@lru_cache(maxsize=2)
def _bundled_dir(name: str) -> Path:
    # A wheel carries templates/ and styles/ inside the package (pyproject force-include); a
    # checkout or editable install has them at the repository's top level, two levels above src/pressconv.
    inside = package_root() / name
    if inside.is_dir():
        return inside
    checkout = package_root().parent.parent / name
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"pressconv's bundled {name}/ folder is missing (broken installation)")


@dataclass(frozen=True, slots=True, kw_only=True)
class Resources:
    """Template and style folders; user overrides come first and fall back to the bundled ones."""

    template_dirs: tuple[Path, ...]
    style_dirs: tuple[Path, ...]

    def style_path(self, name: str) -> Path:
        """Return the first existing stylesheet or asset called ``name`` (e.g. ``screen.css``)."""
        for folder in self.style_dirs:
            candidate = folder / name
            if candidate.is_file():
                return candidate
        raise FileNotFoundError(f"style file {name!r} not found in {', '.join(map(str, self.style_dirs))}")

    def read_style(self, name: str) -> str:
        """Return the text of a stylesheet."""
        return self.style_path(name).read_text(encoding="utf-8")

    def fonts_dir(self) -> Path:
        """Return the folder of bundled fonts."""
        return self.style_path("fonts/OFL.txt").parent

    def allowed_roots(self) -> tuple[Path, ...]:
        """Folders a writer may read from (the URL fetcher's allow-list)."""
        return tuple(p.resolve() for p in (*self.template_dirs, *self.style_dirs))

    def is_allowed(self, path: Path) -> bool:
        """True if ``path`` lies inside one of the allowed folders (after resolving symlinks and ``..``)."""
        resolved = path.resolve()
        return any(resolved.is_relative_to(root) for root in self.allowed_roots())


def default_resources(template_dir: Path | None = None, style_dir: Path | None = None) -> Resources:
    """Return the bundled resources, with optional user override folders searched first."""
    templates: tuple[Path, ...] = (_bundled_dir("templates"),)
    styles: tuple[Path, ...] = (_bundled_dir("styles"),)
    if template_dir is not None:
        templates = (template_dir.resolve(), *templates)
    if style_dir is not None:
        styles = (style_dir.resolve(), *styles)
    return Resources(template_dirs=templates, style_dirs=styles)
