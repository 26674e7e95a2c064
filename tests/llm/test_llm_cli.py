"""``--easy-engine`` and ``[easy]`` from the command line: usage errors, outputs, report, fallback, Ctrl-C.

The CLI runs as a user runs it (a subprocess with this worktree's sources), against the scripted chat
server of tests/llm/server.py on 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.llm.server import Step, chat_server
from tests.llm.test_llm_engine import GOOD, GOOD_SENTENCES, INVENTED_NUMBER, with_sentence

SRC = Path(__file__).resolve().parents[2] / "src"
SEED = Path(__file__).resolve().parents[1] / "corpus" / "de-city-dortmund-seed.txt"
LABEL = "Entwurf – mit einem Sprachmodell erstellt, automatisch geprüft, nicht von Prüferinnen und Prüfern geprüft"


def command(args: list[str | Path]) -> list[str]:
    return [sys.executable, "-m", "pressconv", *map(str, args)]


def environment(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PRESSCONV_")}
    env.update({"PYTHONPATH": str(SRC), "SOURCE_DATE_EPOCH": "1537444800", "PYTHONUTF8": "1", "NO_COLOR": "1"})
    env.update(extra)
    return env


def run(args: list[str | Path], cwd: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command(args), cwd=cwd, env=environment(**extra), capture_output=True, text=True, timeout=300, check=False
    )


def release_in(folder: Path, config: str | None = None) -> Path:
    """The seed release in a folder of its own (so no other pressconv.toml is found), with ``config``."""
    target = folder / "release.txt"
    shutil.copy(SEED, target)
    if config is not None:
        (folder / "pressconv.toml").write_text(config, encoding="utf-8")
    return target


def llm_config(base: str, api: str = "/api/chat", extra: str = "") -> str:
    return f'[easy]\nengine = "llm"\nendpoint = "{base}{api}"\nmodel = "test-model"\nmax_attempts = 1\n{extra}'


@pytest.mark.parametrize("cmd", [["convert", "--easy", "-d", "out"], ["easy"]], ids=["convert", "easy"])
def test_llm_without_endpoint_is_a_usage_error(tmp_path: Path, cmd: list[str]) -> None:
    release = release_in(tmp_path)
    done = run([cmd[0], release, *cmd[1:], "--easy-engine", "llm"], tmp_path)
    assert done.returncode == 2, done.stderr
    assert "[easy] endpoint and [easy] model" in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "out").exists()


def test_config_engine_llm_names_the_missing_key_with_its_line(tmp_path: Path) -> None:
    release = release_in(tmp_path, '[easy]\nengine = "llm"\nmodel = "llama3.1:8b"\n')
    done = run(["convert", release, "--easy", "-d", "out"], tmp_path)
    assert done.returncode == 2
    assert "pressconv.toml:2" in done.stderr and "[easy] endpoint" in done.stderr and "[easy] model" not in done.stderr


def test_a_literal_api_key_in_the_file_is_refused(tmp_path: Path) -> None:
    secret = "sk-do-not-print-me"
    release = release_in(
        tmp_path,
        f'[easy]\nengine = "llm"\nendpoint = "http://127.0.0.1:9/v1/chat/completions"\nmodel = "m"\napi_key = "{secret}"\n',
    )
    done = run(["easy", release], tmp_path)
    assert done.returncode == 2 and "pressconv.toml:5: easy.api_key" in done.stderr and "api_key_env" in done.stderr
    assert secret not in done.stderr + done.stdout


def test_an_unset_key_variable_is_a_usage_error(tmp_path: Path) -> None:
    release = release_in(
        tmp_path,
        '[easy]\nengine = "llm"\nendpoint = "http://127.0.0.1:9/api/chat"\nmodel = "m"\napi_key_env = "NO_SUCH_KEY_VAR"\n',
    )
    done = run(["easy", release], tmp_path)
    assert done.returncode == 2 and "NO_SUCH_KEY_VAR" in done.stderr


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ('[easy]\nengine = "gpt"\n', "is no engine"),
        ('[easy]\nendpoint = "http://127.0.0.1/v1/models"\n', "neither an OpenAI-compatible"),
        ('[easy]\nendpoint = "ftp://127.0.0.1/api/chat"\n', "not an http"),
        ("[easy]\ntimeout = 0\n", "greater than 0"),
        ('[easy]\nmax_attempts = "2"\n', "whole number"),
        ("[easy]\nconcurency = 2\n", "did you mean 'concurrency'"),
    ],
)
def test_easy_table_mistakes_are_one_line(tmp_path: Path, table: str, message: str) -> None:
    release = release_in(tmp_path, table)
    done = run(["easy", release], tmp_path)
    assert done.returncode == 2 and message in done.stderr and "pressconv.toml:" in done.stderr


def test_convert_with_the_llm_engine_says_who_wrote_it_and_where_the_text_went(tmp_path: Path) -> None:
    with chat_server([Step(answer=GOOD)]) as (base, requests):
        release = release_in(tmp_path, llm_config(base, "/v1/chat/completions"))
        done = run(
            ["convert", release, "--to", "easy,json", "--easy", "-d", "out", "--report", "out/report.json", "-v", "-j", "1"],
            tmp_path,
        )
    assert done.returncode == 0, done.stderr
    assert len(requests) == 1  # one summary for the easy page and the summary JSON
    out = tmp_path / "out"
    page = (out / "release.leicht.html").read_text(encoding="utf-8")
    assert LABEL in page and "Ullrich Sierau freut sich über den Preis." in page
    summary = json.loads((out / "release.leicht.json").read_text(encoding="utf-8"))
    assert summary["meta"]["easy_engine"] == "llm"
    full = json.loads((out / "release.json").read_text(encoding="utf-8"))
    assert "easy_engine" not in full["meta"]
    endpoint = f"{base}/v1/chat/completions"
    assert endpoint in done.stdout + done.stderr  # --verbose names the endpoint
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    messages = [d["message"] for f in report["files"] for d in f["diagnostics"]]
    assert any(endpoint in m for m in messages)


def test_convert_falls_back_to_the_rule_engine_and_writes_no_unverified_text(tmp_path: Path) -> None:
    rules_dir = tmp_path / "rules"
    rules_dir.mkdir()
    rules = release_in(rules_dir)
    assert run(["convert", rules, "--to", "easy", "-d", "out"], rules_dir).returncode == 0
    llm_dir = tmp_path / "llm"
    llm_dir.mkdir()
    with chat_server([Step(answer=with_sentence(INVENTED_NUMBER))]) as (base, requests):
        release = release_in(llm_dir, llm_config(base))
        done = run(["convert", release, "--to", "easy", "-d", "out", "--report", "out/report.json"], llm_dir)
    assert done.returncode == 0 and len(requests) == 1
    page = (llm_dir / "out" / "release.leicht.html").read_bytes()
    assert page == (rules_dir / "out" / "release.leicht.html").read_bytes()  # the rule engine's page, unchanged
    assert b"75 Computer" not in page
    report = (llm_dir / "out" / "report.json").read_text(encoding="utf-8")
    assert "easy.llm-rejected" in report and "75 Computer" not in report
    assert "easy.llm-rejected" in done.stderr


def test_easy_command_with_the_llm_engine(tmp_path: Path) -> None:
    with chat_server([Step(answer=GOOD)]) as (base, _):
        release = release_in(tmp_path, llm_config(base))
        done = run(["easy", release], tmp_path)
    assert done.returncode == 0, done.stderr
    assert LABEL in done.stdout and all(s in done.stdout for s in GOOD_SENTENCES)
    assert f"{base}/api/chat" in done.stderr


def test_rules_on_the_command_line_wins_over_the_config(tmp_path: Path) -> None:
    with chat_server([Step(answer=GOOD)]) as (base, requests):
        release = release_in(tmp_path, llm_config(base))
        done = run(["easy", release, "--easy-engine", "rules"], tmp_path)
    assert done.returncode == 0 and requests == []
    assert LABEL not in done.stdout and "Entwurf – nicht von Prüferinnen und Prüfern geprüft" in done.stdout


@pytest.mark.parametrize("inputs", [1, 3], ids=["one-release", "worker-pool"])
def test_ctrl_c_cancels_waiting_requests_cleanly(tmp_path: Path, inputs: int) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for number in range(inputs):
        shutil.copy(SEED, folder / f"release-{number}.txt")
    with chat_server([Step(answer=GOOD, delay=60)]) as (base, requests):
        (tmp_path / "pressconv.toml").write_text(llm_config(base, extra="timeout = 120\n"), encoding="utf-8")
        process = subprocess.Popen(
            command(["convert", folder, "--to", "easy", "-d", "out", "-j", "2"]),
            cwd=tmp_path,
            env=environment(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            waited = time.monotonic()
            while not requests and time.monotonic() - waited < 60:
                time.sleep(0.05)
            assert requests, "the request never arrived"
            started = time.monotonic()
            process.send_signal(signal.SIGINT)
            _stdout, stderr = process.communicate(timeout=20)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    assert process.returncode == 130, stderr
    assert time.monotonic() - started < 15  # not after the 60 s the server takes
    assert "Traceback" not in stderr
    assert not list((tmp_path / "out").glob("*.leicht.html"))  # no half-written or unverified page


def test_a_batch_keeps_to_the_concurrency_limit(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for number in range(4):
        shutil.copy(SEED, inputs / f"release-{number}.txt")
    with chat_server([Step(answer=GOOD, delay=3.0)]) as (base, requests):
        (tmp_path / "pressconv.toml").write_text(llm_config(base, extra="concurrency = 2\n"), encoding="utf-8")
        done = run(["convert", inputs, "--to", "easy", "-d", "out", "-j", "4"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert len(requests) == 4
    arrivals = sorted(r.at for r in requests)
    # Each answer takes 3 s: a request arriving less than 3 s after another overlaps it.
    in_flight = max(sum(1 for other in arrivals if start <= other < start + 3.0) for start in arrivals)
    assert in_flight <= 2  # never more than the limit (-j 4 asked for four workers)
    assert arrivals[2] - arrivals[0] >= 2.9  # the third waited for a free slot
    pages = sorted((tmp_path / "out").glob("*.leicht.html"))
    assert len(pages) == 4 and all(LABEL in p.read_text(encoding="utf-8") for p in pages)
