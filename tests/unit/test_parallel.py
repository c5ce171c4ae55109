"""Work shared with forked processes: same results as one process, and safe."""

from __future__ import annotations

import os
import pickle
import signal
import threading
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from ehealthsec import parallel
from ehealthsec.corpus import validate_corpus
from ehealthsec.parallel import MIN_ITEMS, Background, jobs_for, split_map
from ehealthsec.site import SiteContents
from ehealthsec.yamltree import Where, parse_yaml

from tests.conftest import MakeRoot, render_guideline

pytestmark = pytest.mark.skipif(
    not parallel._fork_is_safe(), reason="forking is used on Linux, single-threaded, only"
)

ITEMS = list(range(MIN_ITEMS * 3))


STARTED: list[int] = []  # the children of the current test


@pytest.fixture
def two_jobs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(parallel.JOBS_ENV, "2")
    STARTED.clear()
    monkeypatch.setattr(parallel, "_fork", _recorded(parallel._fork))


def _recorded(start: Callable[..., tuple[int, int] | None]) -> Callable[..., object]:
    def recorded(*args: object) -> object:
        child = start(*args)
        if child:
            STARTED.append(child[0])
        return child

    return recorded


def no_children_left() -> bool:
    """Every child started has exited and been waited for (no zombies)."""
    assert STARTED, "the test should have forked"
    for pid in STARTED:
        try:
            os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            continue
        return False
    return True


def pid_and_square(item: int) -> tuple[int, int]:
    return os.getpid(), item * item


@pytest.mark.usefixtures("two_jobs")
def test_results_match_one_process_and_keep_their_order() -> None:
    results = split_map(pid_and_square, ITEMS)
    assert [square for _, square in results] == [i * i for i in ITEMS]
    pids = [pid for pid, _ in results]
    assert len(set(pids)) == 2, "the second half should come from another process"
    assert pids[0] == os.getpid()
    assert no_children_left()


@pytest.mark.usefixtures("two_jobs")
def test_a_failing_child_share_is_done_again_here() -> None:
    parent = os.getpid()

    def fails_elsewhere(item: int) -> int:
        if os.getpid() != parent:
            raise RuntimeError("only in the child")
        return item + 1

    assert split_map(fails_elsewhere, ITEMS) == [i + 1 for i in ITEMS]
    assert no_children_left()


@pytest.mark.usefixtures("two_jobs")
def test_unpicklable_results_are_done_again_here() -> None:
    parent = os.getpid()
    results = split_map(lambda item: (lambda: item) if os.getpid() != parent else item, ITEMS)
    assert results == ITEMS


@pytest.mark.usefixtures("two_jobs")
def test_an_error_in_our_share_propagates_and_leaves_no_child() -> None:
    def always_fails(item: int) -> int:
        raise ValueError(f"bad item {item}")

    with pytest.raises(ValueError, match="bad item 0"):
        split_map(always_fails, ITEMS)
    assert no_children_left()


@pytest.mark.usefixtures("two_jobs")
def test_large_results_pass_through_the_pipe() -> None:
    results = split_map(lambda item: "x" * 100_000, ITEMS)  # far beyond a pipe's buffer
    assert results == ["x" * 100_000] * len(ITEMS)


def test_one_process_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(parallel.JOBS_ENV, "1")
    assert jobs_for(10_000) == 1
    assert {pid for pid, _ in split_map(pid_and_square, ITEMS)} == {os.getpid()}


@pytest.mark.usefixtures("two_jobs")
def test_one_process_for_a_few_items() -> None:
    assert jobs_for(MIN_ITEMS - 1) == 1
    assert jobs_for(MIN_ITEMS) == 2


@pytest.fixture
def another_thread() -> Iterator[None]:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    yield
    stop.set()
    thread.join()


@pytest.mark.usefixtures("two_jobs", "another_thread")
def test_no_fork_while_other_threads_run() -> None:
    """`mkdocs serve` runs a server thread: forking it could deadlock the child."""
    assert jobs_for(10_000) == 1


def test_a_tree_sent_to_another_process_still_finds_positions() -> None:
    tree, problems = parse_yaml("id: HSG-A-001\npractices:\n  - id: GP-01\n", "g.md", 2)
    assert tree is not None and problems == []
    copy = pickle.loads(pickle.dumps(tree))
    assert copy.data == tree.data
    assert copy.value_where(("practices", 0, "id")) == Where(4, 9)


def test_no_items() -> None:
    assert split_map(pid_and_square, []) == []


def numbered(count: int, *, fail_in: int | None = None) -> Iterator[tuple[str, int]]:
    """Items saying which process made them; in process `fail_in`, a failure midway."""
    for n in range(count):
        if n == count * 2 // 3 and os.getpid() == fail_in:
            raise RuntimeError("the child breaks down")
        yield f"item-{n}", os.getpid()


@pytest.mark.usefixtures("two_jobs")
def test_background_results_come_from_a_child_in_any_order() -> None:
    made = Background(lambda: numbered(500), worth_forking=True)
    assert made.get("item-499") != os.getpid()  # read past the others, which are kept
    assert {made.get(f"item-{n}") for n in range(500)} == {STARTED[0]}
    assert no_children_left()
    with pytest.raises(KeyError):
        made.get("item-500")


@pytest.mark.usefixtures("two_jobs")
def test_background_work_is_redone_here_when_the_child_fails() -> None:
    parent = os.getpid()

    def fails_in_the_child() -> Iterator[tuple[str, int]]:
        return numbered(300, fail_in=None if os.getpid() == parent else os.getpid())

    made = Background(fails_in_the_child, worth_forking=True)
    assert made.get("item-299") == os.getpid()
    assert made.get("item-0") == os.getpid()  # everything was made again, here
    assert no_children_left()


@pytest.mark.usefixtures("two_jobs")
def test_background_child_is_stopped_when_the_build_ends_early() -> None:
    # Long enough that the child is still at work when the build ends; bounded,
    # so that a Background that did not fork finishes here and the test fails.
    made = Background(lambda: ((f"item-{n}", n) for n in range(10**6)), worth_forking=True)
    assert STARTED, "the work should have gone to a child"
    assert made.get("item-0") == 0
    made.close()
    assert no_children_left()


@pytest.mark.usefixtures("two_jobs")
def test_background_not_worth_it_runs_here_at_once() -> None:
    made = Background(lambda: numbered(3), worth_forking=False)
    assert STARTED == []
    assert made.get("item-2") == os.getpid()


def corpus_files(count: int) -> dict[str, str]:
    """`count` valid guidelines linking to each other, and problems in the
    last share: the parent must still place them after the trip back."""
    files = {
        f"area/hsg-test-{n:03d}-g.md": render_guideline(
            id=f"HSG-TEST-{n:03d}",
            title=f"Guideline number {n}",
            related=f"[HSG-TEST-{(n + 1) % count:03d}]",
            practices=f"\n  - id: GP-01\n    text: Do thing {n}.\n    level: essential"
            "\n    references:\n      - source: nis2\n        at: Art. 21(2)(d)",
        )
        for n in range(count)
    }
    last = f"area/hsg-test-{count - 1:03d}-g.md"
    files[last] = files[last].replace("[security-teams]", "[security-team]")
    files[last] = files[last].replace("published: 2026-03-02", "published: 2026-02-30")
    files["area/hsg-test-000-g.md"] = files["area/hsg-test-000-g.md"].replace(
        f"HSG-TEST-{1:03d}]", "HSG-TEST-999]"
    )
    return files


@pytest.mark.usefixtures("two_jobs")
def test_a_large_corpus_gives_the_same_report_and_site_in_two_processes(
    make_root: MakeRoot, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_root(corpus_files(MIN_ITEMS * 2))
    redone_before = parallel.redone_here
    outcomes = []
    for jobs in ("1", "2"):
        STARTED.clear()
        monkeypatch.setenv(parallel.JOBS_ENV, jobs)
        result = validate_corpus(root, today=date(2026, 11, 29))
        contents = SiteContents(result.corpus, release=False, site_url="https://example.org/")
        pages = [contents.page(planned.src_uri) for planned in contents.plan.pages]
        outcomes.append(
            (
                [p.as_text() for p in result.problems],
                result.corpus,
                [(p.src_uri, p.markdown, p.blocks, p.search_texts) for p in pages],
                {path: contents.file(path) for path in contents.plan.files},
            )
        )
        contents.close()
    assert len(STARTED) == 2, "validation and the site each fork once with two jobs"
    assert parallel.redone_here == redone_before, "every child delivered its work"
    assert no_children_left()
    assert outcomes[0] == outcomes[1]
    problems = outcomes[0][0]
    assert len(problems) == 3, problems
    assert any("hsg-test-095-g.md:12:12: error: audience[0]" in p for p in problems)
    assert any("hsg-test-095-g.md:8:12: error: published" in p for p in problems)


@pytest.mark.usefixtures("two_jobs")
def test_a_child_that_fails_is_counted_and_told(caplog: pytest.LogCaptureFixture) -> None:
    before = parallel.redone_here
    parent = os.getpid()
    split_map(lambda item: item if os.getpid() == parent else 1 / 0, ITEMS)
    assert parallel.redone_here == before + len(ITEMS) // 2
    message = f"a forked process failed; {len(ITEMS) // 2} item(s) were made again"
    assert message in caplog.text


def test_a_bad_jobs_setting_is_told_and_ignored(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv(parallel.JOBS_ENV, "two")
    assert jobs_for(10_000) == min(parallel.available_cores(), parallel.MAX_JOBS)
    assert "GUIDELINES_JOBS='two' is not a whole number above 0; ignored" in caplog.text


@pytest.mark.usefixtures("two_jobs")
def test_children_reaped_by_the_system_are_fine() -> None:
    """A parent that ignores SIGCHLD has its children reaped by the kernel."""
    previous = signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    try:
        assert [square for _, square in split_map(pid_and_square, ITEMS)] == [i * i for i in ITEMS]
        made = Background(lambda: numbered(100), worth_forking=True)
        assert made.get("item-99") != os.getpid()
    finally:
        signal.signal(signal.SIGCHLD, previous)
