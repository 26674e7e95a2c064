"""The configuration file: ``pressconv.toml`` (or ``[tool.pressconv]`` in ``pyproject.toml``) to Branding.

Every mistake is one line naming the file, line and key, because a press office edits this file by
hand and has no one to ask: ``pressconv.toml:4: accent: contrast with white is 3.03:1, below 4.5:1``.
"""

from __future__ import annotations

import datetime
import difflib
import json
import os
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pressconv.colour import BLACK, WHITE, contrast_ratio, parse_colour
from pressconv.errors import UsageError, WriterError
from pressconv.messages import is_code
from pressconv.overrides import Overrides, parse_date
from pressconv.resources import Resources, default_resources
from pressconv.writers.base import Branding

__all__ = [
    "CONFIG_NAME",
    "FORMAT_OPTIONS",
    "FORMAT_TABLES",
    "MIN_CONTRAST",
    "ConfigError",
    "EasyConfig",
    "LlmConfig",
    "LoadedConfig",
    "describe_config",
    "find_config",
    "load_config",
    "parse_config",
]

CONFIG_NAME = "pressconv.toml"
PYPROJECT = "pyproject.toml"
# WCAG 2.1 SC 1.4.3 (Contrast, Minimum), level AA, for normal-size text.
MIN_CONTRAST = 4.5
FORMAT_TABLES = ("pdf", "html", "epub", "docx", "ninjs")
# The keys each format table takes and their types: exactly the options the writers read from
# RenderContext.options (writers/html.py, writers/epub.py). A key no writer reads would be silently
# ignored, so a typo ("external_assets") would look accepted while changing nothing.
FORMAT_OPTIONS: Mapping[str, Mapping[str, type]] = {
    # writers/pdf.py and writers/docx.py: the paper, "A4" or "Letter", and the first page's
    # letterhead text, up to four lines (writers/_page.py; issue 18 #7).
    "pdf": {"page_size": str, "letterhead": str},
    "html": {"html_external_assets": bool},
    "epub": {"epub_stylesheet_href": str},
    "docx": {"page_size": str, "letterhead": str},
    # writers/ninjs.py: the news object's uri prefix, and the zone the release's local times are in.
    "ninjs": {"ninjs_base_uri": str, "ninjs_timezone": str},
}
_STRING_KEYS = ("organisation", "author", "language", "footer", "accent", "templates", "styles")
_TOP_KEYS = (*_STRING_KEYS, "logo", "ignore", "files", "easy", *FORMAT_TABLES)
# [easy]: which engine writes the Leichte-Sprache summary, and the language-model endpoint (issue 20).
_EASY_KEYS = ("engine", "endpoint", "model", "api_key_env", "timeout", "max_attempts", "concurrency")
EASY_ENGINES = ("rules", "llm")
# The two chat APIs local and institutional servers speak, told apart by the URL's path.
LLM_PATHS = ("/v1/chat/completions", "/api/chat")
# [files."NAME"] tables: what the text does not say or the parser gets wrong, per release (issue 18 #5).
_FILE_KEYS = ("title", "date", "language")

_LOGO_KEYS = ("path", "alt", "decorative")
# What every writer can embed (writers/_branding.py): SVG can carry scripts, WebP is not in EPUB 3's
# core media types.
_LOGO_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif")
# BCP 47 in the shape releases use: a language, optionally a script and a region (de, de-DE, sr-Latn-RS).
_LANGUAGE_TAG = re.compile(r"^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\d{3}))?$")


class ConfigError(UsageError):
    """The configuration file is wrong (exit code 2, like any other usage mistake)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class LlmConfig:
    """A chat endpoint for the language-model engine; the API key is read from ``api_key_env`` only."""

    endpoint: str
    model: str
    api_key_env: str | None = None
    # Seconds for one release, all attempts and retries together (a per-release deadline).
    timeout: float = 120.0
    # Answers asked for per release: the first plus re-asks with the verifier's findings.
    max_attempts: int = 2
    # Requests in flight at once in a batch.
    concurrency: int = 2

    @property
    def api(self) -> str:
        """ "openai" for /v1/chat/completions, "ollama" for /api/chat."""
        return "ollama" if self.endpoint.rstrip("/").endswith("/api/chat") else "openai"


@dataclass(frozen=True, slots=True, kw_only=True)
class EasyConfig:
    """The [easy] table: the engine and, for "llm", what it may not run without."""

    engine: str = "rules"
    llm: LlmConfig | None = None
    # The table as given (minus the engine), checked again when --easy-engine llm asks for it.
    endpoint: str | None = None
    model: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class LoadedConfig:
    """The configuration as the pipeline uses it."""

    path: Path | None = None
    branding: Branding = field(default_factory=Branding)
    language: str | None = None
    resources: Resources | None = None
    format_options: Mapping[str, Mapping[str, object]] = field(default_factory=dict)
    # Per-file metadata overrides, keyed by the release's resolved path.
    file_overrides: Mapping[Path, Overrides] = field(default_factory=dict)
    # Diagnostic codes not to print (the config's `ignore`, like ruff's).
    ignore: tuple[str, ...] = ()
    easy: EasyConfig = field(default_factory=EasyConfig)


# ---------------------------------------------------------------------------- colour contrast


def _shown(ratio: float) -> str:
    # Rounded down: a ratio of 4.497 must never be shown as "4.50:1" in a refusal.
    return f"{int(ratio * 100) / 100:.2f}:1"


def check_accent(value: str) -> str | None:
    """Return why an accent colour is refused, or None when both contrast checks pass."""
    rgb = parse_colour(value)
    on_white = contrast_ratio(rgb, WHITE)
    text_white, text_black = contrast_ratio(WHITE, rgb), contrast_ratio(BLACK, rgb)
    best_text, best_name = (text_white, "white") if text_white >= text_black else (text_black, "black")
    problems = []
    if best_text < MIN_CONTRAST:
        problems.append(f"text on it reaches only {_shown(best_text)} ({best_name})")
    if on_white < MIN_CONTRAST:
        problems.append(f"it on white measures {_shown(on_white)}")
    if not problems:
        return None
    return (
        f"colour {value!r} is refused: {' and '.join(problems)}, below the {MIN_CONTRAST}:1 "
        "that WCAG 1.4.3 requires; choose a darker shade"
    )


# ---------------------------------------------------------------------------- finding lines


_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$")


def _header_path(raw: str) -> tuple[str, ...]:
    return tuple(part.strip().strip("\"'") for part in raw.split("."))


def find_key_line(text: str, table: tuple[str, ...], key: str) -> int | None:
    """Return the 1-based line where ``key`` is set inside ``table``, by scanning the text.

    tomllib reports no positions for values, so this finds the line the user has to edit: a
    ``[table.key]`` header, a ``key = ...`` line under ``[table]``, or the key inside an inline
    table or dotted key on some line.
    """
    lines = text.splitlines()
    assignment = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*[=.]")
    current: tuple[str, ...] = ()
    for number, line in enumerate(lines, 1):
        header = _HEADER.match(line)
        if header:
            current = _header_path(header.group(1))
            if current == (*table, key):
                return number
            continue
        if current == table and assignment.match(line):
            return number
    # Inline tables (logo = { alt = "..." }) and dotted keys (logo.alt = "...").
    anywhere = re.compile(rf"(?:^|[\s{{,.])[\"']?{re.escape(key)}[\"']?\s*=")
    parent = table[-1] if table else None
    for number, line in enumerate(lines, 1):
        if anywhere.search(line) and (parent is None or parent in line):
            return number
    for number, line in enumerate(lines, 1):
        if anywhere.search(line):
            return number
    return None


# ---------------------------------------------------------------------------- validation


class _Validator:
    """Checks one parsed document and raises ConfigError with file, line and key."""

    def __init__(self, text: str, path: Path, prefix: tuple[str, ...]) -> None:
        self.text = text
        self.path = path
        self.prefix = prefix

    def fail(self, table: tuple[str, ...], key: str, message: str) -> ConfigError:
        line = find_key_line(self.text, (*self.prefix, *table), key)
        where = f"{self.path}:{line}" if line else str(self.path)
        dotted = ".".join((*table, key))
        return ConfigError(f"{where}: {dotted}: {message}")

    def unknown(self, table: tuple[str, ...], key: str, known: Iterable[str]) -> ConfigError:
        close = difflib.get_close_matches(key, list(known), n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else f" (known keys: {', '.join(known)})"
        return self.fail(table, key, f"unknown key{hint}")

    def string(self, table: tuple[str, ...], key: str, value: object) -> str:
        if not isinstance(value, str):
            raise self.fail(table, key, f"must be a string, not {_type_name(value)}")
        return value

    def boolean(self, table: tuple[str, ...], key: str, value: object) -> bool:
        if not isinstance(value, bool):
            raise self.fail(table, key, f"must be true or false, not {_type_name(value)}")
        return value


def _type_name(value: object) -> str:
    names = {
        bool: "a boolean",
        int: "an integer",
        float: "a number",
        str: "a string",
        list: "a list",
        dict: "a table",
    }
    return names.get(type(value), f"a {type(value).__name__}")


def _inside(path: Path, root: Path) -> bool:
    return path.resolve().is_relative_to(root.resolve())


def _folder_option(check: _Validator, key: str, value: object, base: Path, allow_external: bool) -> Path:
    folder = (base / check.string((), key, value)).resolve()
    if not folder.is_dir():
        raise check.fail((), key, f"folder {folder} does not exist")
    if not allow_external and not _inside(folder, base):
        # A config file travels with a repository: it must not pull templates (which run with
        # access to the page) or styles from anywhere else on the machine unless the user says so.
        raise check.fail((), key, f"{folder} is outside {base}; pass --allow-external-templates to allow it")
    return folder


def _logo(check: _Validator, value: object, base: Path, allow_external: bool) -> tuple[str, str | None, bool]:
    if not isinstance(value, dict):
        raise check.fail((), "logo", f"must be a table {{ path = ..., alt = ... }}, not {_type_name(value)}")
    for key in value:
        if key not in _LOGO_KEYS:
            raise check.unknown(("logo",), key, _LOGO_KEYS)
    if "path" not in value:
        raise check.fail((), "logo", "needs a path")
    path = (base / check.string(("logo",), "path", value["path"])).resolve()
    if not path.is_file():
        raise check.fail(("logo",), "path", f"file {path} does not exist")
    if path.suffix.lower() not in _LOGO_SUFFIXES:
        raise check.fail(("logo",), "path", f"must be a PNG, JPEG or GIF image ({', '.join(_LOGO_SUFFIXES)})")
    if not allow_external and not _inside(path, base):
        raise check.fail(("logo",), "path", f"{path} is outside {base}; pass --allow-external-templates to allow it")
    # Read only once it is known to be allowed. The content decides, not the name: refuse now, with
    # the config line, what the writers would otherwise refuse at every render.
    from pressconv.writers._branding import read_image_file, sniff_image

    try:
        # At most the size cap is read, and the pixel size is checked from the header alone.
        sniff_image(read_image_file(path))
    except WriterError as exc:
        raise check.fail(("logo",), "path", f"{path.name}: {exc}") from exc
    decorative = check.boolean(("logo",), "decorative", value.get("decorative", False))
    alt = check.string(("logo",), "alt", value["alt"]).strip() if "alt" in value else None
    # WCAG 1.1.1: a logo carries the organisation's name, so it needs a text alternative, unless
    # the name is printed right next to it and the image is marked decorative.
    if decorative and alt:
        raise check.fail(("logo",), "decorative", "a decorative logo has no alt text; remove one of the two")
    if not decorative and not alt:
        raise check.fail(("logo",), "path", 'needs alt text (alt = "Logo of …") or decorative = true')
    return str(path), alt, decorative


def _format_options(check: _Validator, table: str, value: object) -> Mapping[str, object]:
    if not isinstance(value, dict):
        raise check.fail((), table, f"must be a table [{table}], not {_type_name(value)}")
    known = FORMAT_OPTIONS.get(table, {})
    options = dict(value)
    for key, option in value.items():
        if key not in known:
            if not known:
                raise check.fail((table,), key, f"unknown key (the [{table}] table takes no keys)")
            raise check.unknown((table,), key, tuple(known))
        if known[key] is bool:
            check.boolean((table,), key, option)
        elif known[key] is str:
            check.string((table,), key, option)
            _check_ninjs_value(check, table, key, str(option))
            if key == "page_size":
                options[key] = _page_size(check, table, str(option))
            if key == "letterhead":
                _letterhead(check, table, str(option))
    return options


def _page_size(check: _Validator, table: str, value: str) -> str:
    """Return the canonical page size name ("letter" is "Letter"); refuse others with file:line."""
    from pressconv.writers._page import PAGE_SIZES, canonical_page_size

    size = canonical_page_size(value)
    if size is None:
        raise check.fail((table,), "page_size", f"{value!r} is no page size (use {' or '.join(PAGE_SIZES)})")
    return size


def _letterhead(check: _Validator, table: str, value: str) -> None:
    """Refuse an empty or overlong letterhead with file:line, at load time rather than at render."""
    from pressconv.writers._page import letterhead_problem

    problem = letterhead_problem(value)
    if problem is not None:
        raise check.fail((table,), "letterhead", problem)


def _check_ninjs_value(check: _Validator, table: str, key: str, value: str) -> None:
    """Refuse a base URI that is no absolute URI and a time zone that is no IANA name, at load time."""
    if key == "ninjs_base_uri" and re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$", value) is None:
        # ninjs `uri` has format "uri" (RFC 3986 absolute URI): "https://press.example.org/releases".
        raise check.fail((table,), key, f'{value!r} is not an absolute URI like "https://press.example.org/releases"')
    if key == "ninjs_timezone":
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise check.fail((table,), key, f'{value!r} is not an IANA time zone like "Europe/Berlin"') from None


def _files_line(text: str, name: str) -> int | None:
    # find_key_line splits headers on dots, and file names have dots: look for the quoted name.
    for number, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith("[") and (f'"{name}"' in line or f"'{name}'" in line):
            return number
    return None


def _file_overrides(check: _Validator, value: object, base: Path) -> dict[Path, Overrides]:
    if not isinstance(value, dict):
        raise check.fail((), "files", f'must be a table of [files."NAME"] tables, not {_type_name(value)}')
    found: dict[Path, Overrides] = {}
    for name, table in value.items():
        line = _files_line(check.text, name)
        where = f"{check.path}:{line}" if line else str(check.path)
        if not isinstance(table, dict):
            raise ConfigError(f"{where}: files.{name!r}: must be a table with {', '.join(_FILE_KEYS)}")
        for key in table:
            if key not in _FILE_KEYS:
                close = difflib.get_close_matches(key, _FILE_KEYS, n=1)
                hint = f"did you mean {close[0]!r}?" if close else f"known keys: {', '.join(_FILE_KEYS)}"
                raise ConfigError(f"{where}: files.{name!r}: unknown key {key!r} ({hint})")
        path = (base / name).resolve()
        if not path.is_file():
            # A misspelt name would otherwise silently override nothing.
            raise ConfigError(f"{where}: files.{name!r}: no such file {path}")
        title = table.get("title")
        if title is not None and (not isinstance(title, str) or not title.strip()):
            raise ConfigError(f"{where}: files.{name!r}.title: must be a non-empty string")
        raw_date = table.get("date")
        issued: datetime.date | None = None
        if isinstance(raw_date, datetime.datetime) or not isinstance(raw_date, datetime.date | str | None):
            raise ConfigError(f"{where}: files.{name!r}.date: must be a date like 2024-03-01")
        if isinstance(raw_date, datetime.date):
            issued = raw_date  # a TOML local date
        elif isinstance(raw_date, str):
            try:
                issued = parse_date(raw_date)
            except UsageError:
                raise ConfigError(f"{where}: files.{name!r}.date: {raw_date!r} is not a date like 2024-03-01") from None
        language = table.get("language")
        if language is not None and (not isinstance(language, str) or not _LANGUAGE_TAG.match(language)):
            raise ConfigError(f'{where}: files.{name!r}.language: {language!r} is not a language tag like "de-DE"')
        given = [key for key in _FILE_KEYS if table.get(key) is not None]
        source = f"{check.path.name}:{line}" if line else check.path.name
        found[path] = Overrides(
            title=title.strip() if isinstance(title, str) else None,
            date=issued,
            language=language,
            source=tuple((key, source) for key in given),
        )
    return found


def _ignore(check: _Validator, value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(code, str) for code in value):
        raise check.fail((), "ignore", f'must be a list of diagnostic codes like ["date.missing"], not {_type_name(value)}')
    for code in value:
        if not is_code(code):
            raise check.fail((), "ignore", f"{code!r} is not a diagnostic code like date.missing")
    return tuple(value)


def _positive(check: _Validator, key: str, value: object, kind: type) -> float:
    # TOML integers are fine where a number of seconds is asked for; a bool is no number.
    accepted = (int, float) if kind is float else (int,)
    if isinstance(value, bool) or not isinstance(value, accepted):
        wanted = "a number of seconds" if kind is float else "a whole number"
        raise check.fail(("easy",), key, f"must be {wanted}, not {_type_name(value)}")
    if value <= 0:
        raise check.fail(("easy",), key, f"must be greater than 0, not {value}")
    return float(value) if kind is float else value


def _endpoint(check: _Validator, value: object) -> str:
    from urllib.parse import urlsplit

    url = check.string(("easy",), "endpoint", value).strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise check.fail(("easy",), "endpoint", f"{url!r} is not an http:// or https:// URL")
    if not parts.path.rstrip("/").endswith(LLM_PATHS):
        raise check.fail(
            ("easy",),
            "endpoint",
            f"{url!r} is neither an OpenAI-compatible …/v1/chat/completions nor an Ollama …/api/chat URL",
        )
    if parts.username or parts.password:
        # A password in a URL is a key in the file (see api_key_env).
        raise check.fail(("easy",), "endpoint", "must not carry a user name or password; use api_key_env")
    return url


def _easy(check: _Validator, value: object) -> EasyConfig:
    if not isinstance(value, dict):
        raise check.fail((), "easy", f"must be a table [easy], not {_type_name(value)}")
    for key in value:
        if key == "api_key":
            # A key in a file ends up in repositories and backups: only the name of a variable is.
            raise check.fail(
                ("easy",),
                key,
                "a key in the file is refused; put it in an environment variable and name it with api_key_env",
            )
        if key not in _EASY_KEYS:
            raise check.unknown(("easy",), key, _EASY_KEYS)
    engine = check.string(("easy",), "engine", value.get("engine", "rules"))
    if engine not in EASY_ENGINES:
        raise check.fail(("easy",), "engine", f"{engine!r} is no engine (use {' or '.join(map(repr, EASY_ENGINES))})")
    endpoint = _endpoint(check, value["endpoint"]) if "endpoint" in value else None
    model = check.string(("easy",), "model", value["model"]).strip() if "model" in value else None
    if model is not None and not model:
        raise check.fail(("easy",), "model", "must not be empty")
    key_env = check.string(("easy",), "api_key_env", value["api_key_env"]) if "api_key_env" in value else None
    if key_env is not None and not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key_env):
        raise check.fail(("easy",), "api_key_env", f"{key_env!r} is not the name of an environment variable")
    timeout = _positive(check, "timeout", value.get("timeout", 120.0), float)
    attempts = int(_positive(check, "max_attempts", value.get("max_attempts", 2), int))
    concurrency = int(_positive(check, "concurrency", value.get("concurrency", 2), int))
    llm = (
        LlmConfig(
            endpoint=endpoint,
            model=model,
            api_key_env=key_env,
            timeout=timeout,
            max_attempts=attempts,
            concurrency=concurrency,
        )
        if endpoint and model
        else None
    )
    config = EasyConfig(engine=engine, llm=llm, endpoint=endpoint, model=model)
    if engine == "llm":
        where = f"{check.path}:{find_key_line(check.text, (*check.prefix, 'easy'), 'engine') or ''}".rstrip(":")
        choose_engine(config, "llm", where=where)
    return config


def choose_engine(easy: EasyConfig, engine: str | None, *, where: str = "--easy-engine llm") -> EasyConfig:
    """The engine to run: ``--easy-engine`` over the config's; "llm" without endpoint or model is exit 2."""
    chosen = engine or easy.engine
    if chosen not in EASY_ENGINES:
        raise UsageError(f"--easy-engine must be rules or llm, not {chosen!r}")
    if chosen == "rules":
        return EasyConfig(engine="rules")
    missing = [key for key, given in (("endpoint", easy.endpoint), ("model", easy.model)) if not given]
    if missing:
        keys = " and ".join(f"[easy] {key}" for key in missing)
        raise UsageError(
            f"{where}: the language-model engine needs {keys} in pressconv.toml (none configured)",
            hint='e.g. endpoint = "http://127.0.0.1:11434/api/chat" and model = "…" (README: "with a language model")',
        )
    assert easy.llm is not None
    if easy.llm.api_key_env and easy.llm.api_key_env not in os.environ:
        raise UsageError(f"{where}: the environment variable {easy.llm.api_key_env} (api_key_env) is not set")
    return EasyConfig(engine="llm", llm=easy.llm, endpoint=easy.endpoint, model=easy.model)


def parse_config(
    text: str,
    path: Path,
    *,
    prefix: tuple[str, ...] = (),
    allow_external: bool = False,
    template_dir: Path | None = None,
    style_dir: Path | None = None,
) -> LoadedConfig:
    """Validate the configuration text and turn it into branding, language, resources and options.

    ``prefix`` is ``("tool", "pressconv")`` for a pyproject.toml. ``--template-dir`` and ``--style``
    from the command line win over the file's ``templates`` and ``styles``.
    """
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    data: object = document
    for part in prefix:
        data = data.get(part, {}) if isinstance(data, dict) else {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: [{'.'.join(prefix)}] must be a table")
    check = _Validator(text, path, prefix)
    base = path.parent.resolve()
    for key in data:
        if key not in _TOP_KEYS:
            raise check.unknown((), key, _TOP_KEYS)
    strings = {key: check.string((), key, data[key]) for key in _STRING_KEYS if key in data}
    if "language" in strings and not _LANGUAGE_TAG.match(strings["language"]):
        raise check.fail((), "language", f'{strings["language"]!r} is not a language tag like "de-DE" or "en"')
    accent = strings.get("accent")
    if accent is not None:
        try:
            problem = check_accent(accent)
        except ValueError as exc:
            raise check.fail((), "accent", str(exc)) from exc
        if problem:
            raise check.fail((), "accent", problem)
    logo_path, logo_alt, logo_decorative = (
        _logo(check, data["logo"], base, allow_external) if "logo" in data else (None, None, False)
    )
    templates = template_dir or (
        _folder_option(check, "templates", data["templates"], base, allow_external) if "templates" in data else None
    )
    styles = style_dir or (
        _folder_option(check, "styles", data["styles"], base, allow_external) if "styles" in data else None
    )
    options = {name: _format_options(check, name, data[name]) for name in FORMAT_TABLES if name in data}
    file_overrides = _file_overrides(check, data["files"], base) if "files" in data else {}
    ignore = _ignore(check, data["ignore"]) if "ignore" in data else ()
    easy = _easy(check, data["easy"]) if "easy" in data else EasyConfig()
    branding = Branding(
        organisation=strings.get("organisation"),
        author=strings.get("author"),
        footer=strings.get("footer"),
        accent=accent,
        logo_path=logo_path,
        logo_alt=logo_alt,
        logo_decorative=logo_decorative,
    )
    resources = default_resources(templates, styles) if templates or styles else None
    return LoadedConfig(
        path=path,
        branding=branding,
        language=strings.get("language"),
        resources=resources,
        format_options=options,
        file_overrides=file_overrides,
        ignore=ignore,
        easy=easy,
    )


# ---------------------------------------------------------------------------- discovery


def _has_tool_table(pyproject: Path) -> bool:
    try:
        document = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False
    tool = document.get("tool")
    return isinstance(tool, dict) and "pressconv" in tool


def find_config(start: Path) -> tuple[Path, tuple[str, ...]] | None:
    """Look in ``start`` and its parents for pressconv.toml, else a pyproject.toml with [tool.pressconv].

    In each folder pressconv.toml wins; the nearest folder wins over its parents (like ruff and
    black find their settings).
    """
    folder = start.resolve()
    for candidate in (folder, *folder.parents):
        own = candidate / CONFIG_NAME
        if own.is_file():
            return own, ()
        pyproject = candidate / PYPROJECT
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject, ("tool", "pressconv")
    return None


def _common_folder(inputs: Sequence[Path]) -> Path:
    folders = [(p if p.is_dir() else p.parent).resolve() for p in inputs]
    if not folders:
        return Path.cwd()
    common = folders[0]
    for folder in folders[1:]:
        while not folder.is_relative_to(common):
            common = common.parent
    return common


def load_config(
    explicit: Path | None,
    *,
    inputs: Sequence[Path] = (),
    allow_external: bool = False,
    template_dir: Path | None = None,
    style_dir: Path | None = None,
) -> LoadedConfig:
    """Load ``--config`` or the file found next to the inputs; no file means default branding."""
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"{explicit}: no such configuration file")
        prefix: tuple[str, ...] = ("tool", "pressconv") if explicit.name == PYPROJECT else ()
        found: tuple[Path, tuple[str, ...]] | None = (explicit, prefix)
    else:
        found = find_config(_common_folder(inputs))
    if found is None:
        if template_dir or style_dir:
            return LoadedConfig(resources=default_resources(template_dir, style_dir))
        return LoadedConfig()
    path, prefix = found
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the configuration: {exc}") from exc
    return parse_config(
        text,
        path,
        prefix=prefix,
        allow_external=allow_external,
        template_dir=template_dir,
        style_dir=style_dir,
    )


# ---------------------------------------------------------------------------- pressconv config --show


def _toml_value(value: object) -> str:
    # TOML's basic strings, arrays and inline tables read like JSON's for the values a config holds.
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{key} = {_toml_value(item)}" for key, item in value.items()) + " }"
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return json.dumps(value, ensure_ascii=False)


def describe_config(explicit: Path | None, *, inputs: Sequence[Path] = ()) -> list[str]:
    """The effective configuration as TOML lines, each value with where it came from (file:line or default).

    The file is loaded (and so validated) first, exactly as ``convert`` would load it.
    """
    load_config(explicit, inputs=inputs, allow_external=True)
    found: tuple[Path, tuple[str, ...]] | None = None
    if explicit is not None:
        found = (explicit, ("tool", "pressconv") if explicit.name == PYPROJECT else ())
    found = found or find_config(_common_folder(inputs))
    data: dict[str, object] = {}
    text, path, prefix = "", Path(CONFIG_NAME), tuple[str, ...]()
    if found is None:
        lines = ["# no pressconv.toml or [tool.pressconv] found: every value is the default"]
    else:
        path, prefix = found
        text = path.read_text(encoding="utf-8")
        document: object = tomllib.loads(text)
        part: str
        for part in prefix:
            document = document.get(part, {}) if isinstance(document, dict) else {}
        data = document if isinstance(document, dict) else {}
        lines = [f"# {path.resolve()}" + (f" [{'.'.join(prefix)}]" if prefix else "")]

    def origin(table: tuple[str, ...], key: str) -> str:
        line = find_key_line(text, (*prefix, *table), key)
        return f"{path.name}:{line}" if line else path.name

    for key in (*_STRING_KEYS, "logo", "ignore"):
        if key in data:
            lines.append(f"{key} = {_toml_value(data[key])}  # {origin((), key)}")
        else:
            default = "[]" if key == "ignore" else "(not set)"
            lines.append(f"{key} = {default}  # default")
    for table in FORMAT_TABLES:
        given = data.get(table, {})
        assert isinstance(given, dict)
        lines.append(f"[{table}]" + ("" if FORMAT_OPTIONS[table] else "  # takes no keys yet"))
        for key in FORMAT_OPTIONS[table]:
            if key in given:
                lines.append(f"{key} = {_toml_value(given[key])}  # {origin((table,), key)}")
            else:
                lines.append(f"{key} = (not set)  # default")
    easy = data.get("easy", {})
    assert isinstance(easy, dict)
    defaults = {"engine": '"rules"', "timeout": "120.0", "max_attempts": "2", "concurrency": "2"}
    lines.append("[easy]")
    for key in _EASY_KEYS:
        if key in easy:
            lines.append(f"{key} = {_toml_value(easy[key])}  # {origin(('easy',), key)}")
        else:
            lines.append(f"{key} = {defaults.get(key, '(not set)')}  # default")
    files = data.get("files", {})
    assert isinstance(files, dict)
    for name, table in files.items():
        line = _files_line(text, name)
        lines.append(f"[files.{json.dumps(name, ensure_ascii=False)}]  # {path.name}:{line}")
        assert isinstance(table, dict)
        lines.extend(f"{key} = {_toml_value(value)}" for key, value in table.items())
    return lines
