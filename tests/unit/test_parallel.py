"""Validation shared by a standard process pool: the same results as one process."""

from __future__ import annotations

import os
import pickle
import threading
from collections.abc import Iterator
from datetime import date

import pytest
from ehealthsec.check import parallel
from ehealthsec.check.corpus import validate_corpus
from ehealthsec.check.parallel import MIN_ITEMS, jobs_for, split_map
from ehealthsec.read.yamltree import Where, parse_yaml

from tests.conftest import MakeRoot, render_guideline

pytestmark = pytest.mark.skipif(
    not parallel.sys.platform.startswith("linux"), reason="the pool is used on Linux only"
)

ITEMS = list(range(MIN_ITEMS * 3))


@pytest.fixture
def two_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(parallel.JOBS_ENV, "2")


def pid_and_square(item: int) -> tuple[int, int]:
    return os.getpid(), item * item


@pytest.mark.usefixtures("two_jobs")
def test_results_match_one_process_and_keep_their_order() -> None:
    results = split_map(pid_and_square, ITEMS)
    assert [square for _, square in results] == [i * i for i in ITEMS]
    assert os.getpid() not in {pid for pid, _ in results}, "the pool did the work"


def fails_on_seven(item: int) -> int:
    if item == 7:
        raise ValueError("item seven")
    return item


@pytest.mark.usefixtures("two_jobs")
def test_an_error_in_an_item_is_raised_here() -> None:
    with pytest.raises(ValueError, match="item seven"):
        split_map(fails_on_seven, ITEMS)


def test_one_process_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(parallel.JOBS_ENV, "1")
    assert {pid for pid, _ in split_map(pid_and_square, ITEMS)} == {os.getpid()}


@pytest.mark.usefixtures("two_jobs")
def test_one_process_for_a_few_items() -> None:
    few = ITEMS[: MIN_ITEMS - 1]
    assert {pid for pid, _ in split_map(pid_and_square, few)} == {os.getpid()}


@pytest.fixture
def another_thread() -> Iterator[None]:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()


@pytest.mark.usefixtures("two_jobs", "another_thread")
def test_no_pool_while_other_threads_run() -> None:
    assert jobs_for(len(ITEMS)) == 1
    assert {pid for pid, _ in split_map(pid_and_square, ITEMS)} == {os.getpid()}


def test_a_bad_jobs_setting_is_told_and_ignored(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv(parallel.JOBS_ENV, "two")
    assert jobs_for(10_000) == min(parallel.available_cores(), parallel.MAX_JOBS)
    assert "GUIDELINES_JOBS='two' is not a whole number above 0; ignored" in caplog.text


def test_no_items() -> None:
    assert split_map(pid_and_square, []) == []


def test_a_tree_sent_to_another_process_still_finds_positions() -> None:
    tree, problems = parse_yaml("id: HSG-A-001\npractices:\n  - id: GP-01\n", "g.md", 2)
    assert tree is not None and not problems
    copy = pickle.loads(pickle.dumps(tree))
    assert copy.value_where(("practices", 0, "id")) == Where(4, 9)


def corpus_files(count: int) -> dict[str, str]:
    """`count` valid guidelines linking to each other, and problems in the last
    chunk, in front matter and body: the report must place them the same."""
    files = {
        f"area/hsg-test-{n:03d}-g.md": render_guideline(
            id=f"HSG-TEST-{n:03d}",
            title=f"Guideline number {n}",
            related=f"[HSG-TEST-{(n + 1) % count:03d}]",
        )
        for n in range(count)
    }
    last = f"area/hsg-test-{count - 1:03d}-g.md"
    files[last] = files[last].replace("[security-teams]", "[security-team]")
    files[last] += "\n<img src=x onerror=alert(1)>\n"
    return files


def test_a_large_corpus_gives_the_same_report_in_a_pool(
    make_root: MakeRoot, monkeypatch: pytest.MonkeyPatch
) -> None:
    count = MIN_ITEMS * 2
    root = make_root(corpus_files(count))
    reports = []
    for jobs in ("1", "2"):
        monkeypatch.setenv(parallel.JOBS_ENV, jobs)
        result = validate_corpus(root, today=date(2026, 11, 29))
        reports.append(([p.as_text() for p in result.problems], result.corpus))
    assert reports[0] == reports[1]
    problems = reports[0][0]
    assert len(problems) == 2, problems
    last = f"hsg-test-{count - 1:03d}-g.md"
    assert any(f"{last}:12:12: error: audience[0]" in p for p in problems)
    assert any("[unsafe-attribute]" in p for p in problems)
