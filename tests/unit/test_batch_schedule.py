"""How a batch hands its jobs to the pool: longest inputs first, every job once, small chunks."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

from pressconv.batch import BatchSettings, Job, Target, _chunks, _worker_init

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "corpus"


def _jobs(folder: Path, sizes: list[int]) -> list[Job]:
    jobs = []
    for index, size in enumerate(sizes):
        path = folder / f"r{index}.txt"
        path.write_bytes(b"x" * size)
        target = Target(fmt="html", path=folder / f"r{index}.html")
        jobs.append(Job(index=index, name=path.name, source=path, stem=path.stem, targets=(target,)))
    return jobs


def test_small_batches_go_one_job_at_a_time_longest_first(tmp_path: Path) -> None:
    sizes = [300, 5000, 120, 800, 800, 40000, 10, 2200] + [500] * 14
    chunks = _chunks(_jobs(tmp_path, sizes), workers=2)
    assert all(len(chunk) == 1 for chunk in chunks)
    order = [chunk[0].index for chunk in chunks]
    assert sorted(order) == list(range(len(sizes)))
    assert order[:3] == [5, 1, 7]
    # Equal sizes keep their input order (a stable sort), so the schedule is reproducible.
    assert order.index(3) < order.index(4)
    assert [sizes[i] for i in order] == sorted(sizes, reverse=True)


def test_large_batches_take_chunks_of_at_most_four(tmp_path: Path) -> None:
    jobs = _jobs(tmp_path, [100 + (i * 37) % 900 for i in range(200)])
    chunks = _chunks(jobs, workers=2)
    assert {len(chunk) for chunk in chunks} == {4}
    assert sorted(job.index for chunk in chunks for job in chunk) == list(range(200))


def test_standard_input_and_unreadable_inputs_are_scheduled_too(tmp_path: Path) -> None:
    jobs = _jobs(tmp_path, [10, 20])
    jobs.append(Job(index=2, name="<stdin>", source=None, stem="stdin", targets=(), data=b"y" * 15))
    jobs.append(Job(index=3, name="gone.txt", source=tmp_path / "gone.txt", stem="gone", targets=()))
    order = [chunk[0].index for chunk in _chunks(jobs, workers=2)]
    assert order == [1, 2, 0, 3]


def test_a_warmed_worker_freezes_what_it_has_loaded() -> None:
    # gc.freeze() after the warm-up: the worker's long-lived objects leave the collector's walks.
    gc.unfreeze()
    try:
        _worker_init(BatchSettings(formats=("html",)))
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
        import signal

        signal.signal(signal.SIGINT, signal.default_int_handler)


_STORE_SCRIPT = """
import marshal, sys
from pathlib import Path
from pressconv.batch import BatchPlan, BatchSettings, Job, Target, run_batch
from pressconv.parser import _programs

store, out, *sources = map(Path, sys.argv[1:])
_programs.cache_file = lambda: store
# Forget the programs read from the real store beside the bytecode (complete on a used checkout,
# absent on a fresh clone): every pattern this run needs is then compiled here and in the workers.
_programs._table = {}
_programs._missing.clear()
sys.dont_write_bytecode = False
jobs = tuple(
    Job(index=i, name=p.name, source=p, stem=p.stem, targets=(Target(fmt="html", path=out / f"{i}.html"),))
    for i, p in enumerate(sources)
)
run = run_batch(BatchPlan(jobs=jobs), BatchSettings(formats=("html",), jobs=2), write=lambda t, d: str(t.path))
assert run.exit_code == 0
stored = marshal.loads(store.read_bytes())  # written by the workers; this process has not exited yet
assert stored[0] == _programs._FORMAT
keys = {key for key, _program in stored[1]}
# The workers inherit what the parent's warm-up compiled (forked) and store it with the patterns
# only the real releases reach.
assert set(_programs._missing) < keys, (len(_programs._missing), len(keys))
"""


def test_pool_workers_store_the_parser_patterns_they_compiled(tmp_path: Path) -> None:
    # A pool worker ends with os._exit, so the parser's atexit hook never stored what it compiled
    # and every batch compiled those patterns again; the workers now store them when they end. A
    # fresh interpreter, since this test process may have compiled every pattern already.
    sources = sorted(CORPUS.glob("*.txt"))[:2]
    assert len(sources) == 2
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    src = str(Path(__file__).resolve().parents[2] / "src")
    env["PYTHONPATH"] = os.pathsep.join([src, env.get("PYTHONPATH", "")])
    store = tmp_path / "re-programs.test.marshal"
    done = subprocess.run(
        [sys.executable, "-c", _STORE_SCRIPT, str(store), str(tmp_path), *map(str, sources)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
