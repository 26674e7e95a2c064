"""pressconv.toml: branding, contrast refusal with the measured ratio, line-numbered errors, discovery."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from pressconv.config import (
    ConfigError,
    check_accent,
    find_config,
    find_key_line,
    load_config,
    parse_config,
)
from tests.cli.cli_fixtures import png_bytes
from tests.cli.helpers import corpus_files, explain, run_cli

PNG = png_bytes()


def _write(folder: Path, text: str, name: str = "pressconv.toml") -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return path


def _parse(folder: Path, text: str, **kwargs: object) -> object:
    path = _write(folder, text)
    return parse_config(path.read_text(encoding="utf-8"), path, **kwargs)  # type: ignore[arg-type]


def test_a_3_to_1_accent_is_refused_naming_the_key_line_and_ratio(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as caught:
        _parse(
            tmp_path,
            """
            organisation = "Stadt Musterstadt"
            accent = "#949494"
        """,
        )
    message = caught.value.message
    assert "pressconv.toml:2:" in message
    assert "accent" in message
    assert "3.03:1" in message and "4.5:1" in message


def test_a_dark_accent_passes_and_a_light_one_is_refused_for_white_text_too() -> None:
    assert check_accent("#005a9c") is None
    problem = check_accent("#ffff00")
    assert problem is not None and "on white" in problem


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        ('organisation = "A"\norganization = "B"\n', 2, "unknown key (did you mean 'organisation'?)"),
        ('footer = "ok"\nauthor = 42\n', 2, "author: must be a string, not an integer"),
        ('language = "Deutsch"\n', 1, "language"),
        ('accent = "blue"\n', 1, "is not a colour"),
        (
            '[html]\nhtml_external_assets = false\n\n[logo]\npath = "logo.png"\nalt = "Logo"\ndecorative = "no"\n',
            7,
            "logo.decorative: must be true or false, not a string",
        ),
        ("[html]\nnested = { a = 1 }\n", 2, "html.nested"),
        ('logo = { path = "logo.png" }\n', 1, "needs alt text"),
        ('logo = { path = "logo.png", alt = "Logo", size = 3 }\n', 1, "logo.size: unknown key"),
        ('templates = "../elsewhere"\n', 1, "outside"),
        ("[docx]\n[epub]\nunknown = 1\n[colors]\n", 4, "colors: unknown key"),
        # Keys inside the format tables are checked against what the writers read (issue 15 #18).
        ('[pdf]\npagesize = "A4"\n', 2, "pdf.pagesize: unknown key (did you mean 'page_size'?)"),
        ("[html]\n\nexternal_assets = true\n", 3, "unknown key (did you mean 'html_external_assets'?)"),
        ('[html]\nhtml_external_assets = "yes"\n', 2, "html.html_external_assets: must be true or false"),
        ("[epub]\nepub_stylesheet_href = 3\n", 2, "epub.epub_stylesheet_href: must be a string"),
    ],
)
def test_mistakes_name_the_key_and_its_line(tmp_path: Path, text: str, line: int, fragment: str) -> None:
    (tmp_path / "logo.png").write_bytes(PNG)
    (tmp_path.parent / "elsewhere").mkdir(exist_ok=True)
    with pytest.raises(ConfigError) as caught:
        _parse(tmp_path, text)
    message = caught.value.message
    assert f"pressconv.toml:{line}:" in message, message
    assert fragment in message, message
    assert "\n" not in message


def test_a_toml_syntax_error_is_a_usage_error_with_the_position(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"line 1"):
        _parse(tmp_path, 'organisation = "unclosed\n')


def test_a_valid_config_becomes_branding_language_options_and_resources(tmp_path: Path) -> None:
    (tmp_path / "logo.png").write_bytes(PNG)
    (tmp_path / "my-styles").mkdir()
    loaded = _parse(
        tmp_path,
        """
        organisation = "Stadt Musterstadt"
        author = "Presseamt"
        language = "de-DE"
        footer = "Stadt Musterstadt · Presseamt · Markt 1"
        accent = "#005a9c"
        styles = "my-styles"
        logo = { path = "logo.png", alt = "Wappen der Stadt Musterstadt" }

        [html]
        html_external_assets = true
    """,
    )
    branding = loaded.branding  # type: ignore[attr-defined]
    assert branding.organisation == "Stadt Musterstadt"
    assert branding.logo_path == str((tmp_path / "logo.png").resolve())
    assert branding.logo_alt == "Wappen der Stadt Musterstadt" and not branding.logo_decorative
    assert branding.footer.startswith("Stadt Musterstadt") and branding.accent == "#005a9c"
    assert loaded.language == "de-DE"  # type: ignore[attr-defined]
    assert loaded.format_options == {"html": {"html_external_assets": True}}  # type: ignore[attr-defined]
    assert loaded.resources.style_dirs[0] == (tmp_path / "my-styles").resolve()  # type: ignore[attr-defined]


def test_external_templates_need_the_explicit_flag(tmp_path: Path) -> None:
    config_dir = tmp_path / "conf"
    config_dir.mkdir()
    (tmp_path / "shared-templates").mkdir()
    text = 'templates = "../shared-templates"\n'
    with pytest.raises(ConfigError, match="--allow-external-templates"):
        _parse(config_dir, text)
    loaded = _parse(config_dir, text, allow_external=True)
    assert loaded.resources.template_dirs[0] == (tmp_path / "shared-templates").resolve()  # type: ignore[attr-defined]


def test_pyproject_tool_table_is_found_and_its_lines_reported(tmp_path: Path) -> None:
    _write(
        tmp_path,
        """
        [project]
        name = "press"

        [tool.pressconv]
        organisation = "Polizei"
        accent = "#aaaaaa"
    """,
        name="pyproject.toml",
    )
    (tmp_path / "releases").mkdir()
    found = find_config(tmp_path / "releases")
    assert found == ((tmp_path / "pyproject.toml").resolve(), ("tool", "pressconv"))
    with pytest.raises(ConfigError, match=r"pyproject\.toml:6: accent:"):
        load_config(None, inputs=[tmp_path / "releases"])


def test_pressconv_toml_wins_and_a_pyproject_without_the_table_is_ignored(tmp_path: Path) -> None:
    _write(tmp_path, '[project]\nname = "x"\n', name="pyproject.toml")
    assert find_config(tmp_path) is None or find_config(tmp_path)[0] != tmp_path / "pyproject.toml"  # type: ignore[index]
    _write(tmp_path, 'organisation = "A"\n')
    assert find_config(tmp_path) == ((tmp_path / "pressconv.toml").resolve(), ())


def test_find_key_line_handles_tables_inline_tables_and_dotted_keys() -> None:
    text = 'a = 1\n[pdf]\na = 2\n[logo]\nalt = "x"\n'
    assert find_key_line(text, (), "a") == 1
    assert find_key_line(text, ("pdf",), "a") == 3
    assert find_key_line(text, ("logo",), "alt") == 5
    assert find_key_line('logo = { path = "p", alt = 3 }\n', ("logo",), "alt") == 1
    assert find_key_line("logo.alt = 3\n", ("logo",), "alt") == 1


def test_cli_refuses_a_low_contrast_config_with_exit_2(tmp_path: Path) -> None:
    release = tmp_path / corpus_files()[0].name
    release.write_bytes(corpus_files()[0].read_bytes())
    _write(tmp_path, 'accent = "#949494"\n')
    completed = run_cli(["convert", release, "--to", "html", "-d", tmp_path / "out"])
    assert completed.returncode == 2, explain(completed)
    assert "pressconv.toml:1: accent:" in completed.stderr and "3.03:1" in completed.stderr
    assert not (tmp_path / "out").exists()


def test_cli_uses_an_explicit_config(tmp_path: Path) -> None:
    config = _write(tmp_path, 'organisation = "Stadt Musterstadt"\nfooter = "Fußzeile der Stadt Musterstadt"\n')
    completed = run_cli(["convert", corpus_files()[0], "--to", "html", "-d", tmp_path / "out", "--config", config])
    assert completed.returncode == 0, explain(completed)
    html = next((tmp_path / "out").glob("*.html")).read_text(encoding="utf-8")
    assert "Fußzeile der Stadt Musterstadt" in html


def test_the_default_language_applies_only_when_the_text_does_not_tell(tmp_path: Path) -> None:
    _write(tmp_path, 'language = "en-GB"\n')
    neutral = tmp_path / "neutral.txt"
    neutral.write_text("ACME 2025\n\nXyz Qwv 42.\n", encoding="utf-8")
    german = tmp_path / "german.txt"
    german.write_bytes(corpus_files()[0].read_bytes())
    completed = run_cli(["convert", neutral, german, "--to", "html", "-d", tmp_path / "out"])
    assert completed.returncode == 0, explain(completed)
    assert '<html lang="en-GB"' in (tmp_path / "out" / "neutral.html").read_text(encoding="utf-8")
    assert '<html lang="de-DE"' in (tmp_path / "out" / "german.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("logo.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>", "must be a PNG, JPEG or GIF image"),
        ("logo.webp", b"RIFF\x00\x00\x00\x00WEBPVP8 ", "must be a PNG, JPEG or GIF image"),
        ("logo.png", b"<svg xmlns='http://www.w3.org/2000/svg'/>", "is an SVG"),
        ("logo.png", b"not an image at all", "not a PNG, JPEG or GIF"),
    ],
)
def test_a_logo_the_writers_cannot_embed_is_refused_with_the_config_line(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    (tmp_path / name).write_bytes(content)
    (tmp_path / "pressconv.toml").write_text(f'[logo]\npath = "{name}"\nalt = "Logo"\n', encoding="utf-8")
    (tmp_path / "release.txt").write_text("Stadt baut Radwege\n\nDer Text.\n", encoding="utf-8")
    completed = run_cli(["convert", tmp_path / "release.txt", "--to", "html"], cwd=tmp_path)
    assert completed.returncode == 2, explain(completed)
    assert "pressconv.toml:2: logo.path:" in completed.stderr and message in completed.stderr, explain(completed)
    assert "Traceback" not in completed.stderr
    assert not (tmp_path / "release.html").exists()
