"""Benchmark: a release against a plain strict build, and the tenth release against the second.

For each round it generates the same deterministic corpus as
`validate_bench.py` in a fresh git repository with a local bare remote,
then alternates, on the same commit:

  (a) build:   `mkdocs build --strict` into a folder outside the work tree;
  (b) release: `guidelines release 2026.N --push`: the clean-tree and
               version checks, fetching gh-pages, validation in release
               mode, reading every earlier record, the record, mike's
               strict build and commit, `set-default`, the checks of the
               deploy branch, and the push.

It prints the median build, the median release, their ratio (target
<= 1.5x), and the median over rounds of release 10 / release 2 (target
<= 1.2x: a release must not cost more as releases pile up). The same two
ratios are also given with each release divided by the build timed just
before it, which a machine whose load drifts during the run disturbs less.

After its releases, each round times the two parts of a release that come
on top of the build: `guidelines release --dry-run` (the checks,
validation, record and comparison made before anything is deployed) and a
bare `mike deploy` less the build before it (mike's own process, which loads
the configuration and then runs the build as another process, and its
commit): what any release made with mike's command line pays.

With `--baseline DIR` (a copy of another commit's `hooks/`, such as
`git archive OLD hooks | tar -x -C DIR`), each round also releases a second
repository with that code, beside this code's release of the same number
(in turn before and after it): a before/after comparison made in one run,
against the same builds, as a noisy machine needs.

    .venv/bin/python bench/release_bench.py [--count 20] [--releases 10] [--repeat 3]
        [--baseline DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from corpus import SEED, build_corpus
from ehealthsec.release.deploy import mike_command, with_tools_first

REPO = Path(__file__).resolve().parent.parent
SITE_URL = "https://guidance.bench.eu/"
TARGET_RATIO = 1.5
TARGET_GROWTH = 1.2


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def prepare(base: Path, count: int, hooks: Path = REPO / "hooks") -> Path:
    """A repository with the generated corpus (count 0: this repository's own
    guidance), committed and pushed to a bare remote."""
    _git(base, "init", "-q", "--bare", "-b", "main", "remote.git")
    repo = base / "repo"
    repo.mkdir()
    shutil.copy(REPO / "mkdocs.yml", repo / "mkdocs.yml")
    shutil.copytree(REPO / "docs", repo / "docs")
    if count:
        build_corpus(repo, count, SEED)
        # The real glossary links to the real guidelines, which this corpus does not have.
        (repo / "docs" / "glossary.md").write_text("# Glossary\n\nWords of the guidance.\n")
    else:
        shutil.copytree(REPO / "guidelines", repo / "guidelines")
    (repo / "hooks").mkdir()
    shutil.copy(hooks / "ehealthsec_hook.py", repo / "hooks" / "ehealthsec_hook.py")
    (repo / ".gitignore").write_text("site/\n")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "config", "user.name", "Bench")
    _git(repo, "config", "user.email", "bench@bench.eu")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "corpus")
    _git(repo, "remote", "add", "origin", "../remote.git")
    _git(repo, "push", "-q", "origin", "main")
    return repo


def _environment(hooks: Path | None = None) -> dict[str, str]:
    env = with_tools_first(
        {**os.environ, "NO_MKDOCS_2_WARNING": "1", "GUIDELINES_SITE_URL": SITE_URL}
    )
    for name in ("GUIDELINES_RELEASE", "GUIDELINES_VERSION", "GUIDELINES_RECORDS_DIR"):
        env.pop(name, None)
    if hooks is not None:  # ahead of the installed (editable) package, in mike's processes too
        env["PYTHONPATH"] = str(hooks)
    return env


def _timed(command: list[str], cwd: Path, hooks: Path | None = None) -> float:
    start = time.perf_counter()
    env = _environment(hooks)
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{result.stdout}{result.stderr}")
    return elapsed


def time_build(repo: Path, out: Path) -> float:
    return _timed([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(out)], repo)


def time_release(repo: Path, version: str, hooks: Path | None = None) -> float:
    command = [sys.executable, "-m", "ehealthsec.cli", "release", version, "--push"]
    return _timed(command, repo, hooks)


def time_dry_run(repo: Path, version: str) -> float:
    return _timed([sys.executable, "-m", "ehealthsec.cli", "release", version, "--dry-run"], repo)


def time_bare_mike(repo: Path, version: str) -> float:
    """`mike deploy` alone: mike's process and commit around the same build."""
    args = ["deploy", "--ignore-remote-status", "--branch", "bench-mike", version]
    return _timed(mike_command(args), repo)


@dataclass
class Round:
    builds: list[float] = field(default_factory=list)
    releases: list[float] = field(default_factory=list)
    baseline: list[float] = field(default_factory=list)
    # What each part adds to a build: a dry run's whole time (it builds nothing), and
    # a bare `mike deploy` less the build timed just before it.
    dry_run: list[float] = field(default_factory=list)
    bare_mike: list[float] = field(default_factory=list)


def one_round(count: int, releases: int, workdir: Path, baseline: Path | None) -> Round:
    base = Path(tempfile.mkdtemp(dir=workdir))
    repo = prepare(base, count)
    other = prepare(Path(tempfile.mkdtemp(dir=workdir)), count, baseline) if baseline else None
    out = base / "build"
    time_build(repo, out)  # warm-up: page cache, bytecode
    result = Round()
    for n in range(1, releases + 1):
        result.builds.append(time_build(repo, out))
        if other is not None and n % 2 == 0:  # in turn first and second: no order bias
            result.baseline.append(time_release(other, f"2026.{n}", baseline))
        result.releases.append(time_release(repo, f"2026.{n}"))
        if other is not None and n % 2 == 1:
            result.baseline.append(time_release(other, f"2026.{n}", baseline))
    for n in range(1, 4):
        result.dry_run.append(time_dry_run(repo, f"2027.{n}"))  # no build in a dry run
        result.bare_mike.append(time_bare_mike(repo, f"2027.{n}") - time_build(repo, out))
    return result


def _growth(times: list[float]) -> float:
    return times[9] / times[1]


def _smoothed_growth(times: list[float]) -> float:
    """Less sensitive to one slow run on a busy machine: releases 8-10 against 2-4."""
    return statistics.median(times[7:10]) / statistics.median(times[1:4])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--count", type=int, default=20, help="guidelines (default 20; 0: this repository's own)"
    )
    parser.add_argument("--releases", type=int, default=10, help="releases per round (10)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds (default 3)")
    parser.add_argument(
        "--baseline", type=Path, default=None, help="hooks/ of another commit, timed alongside"
    )
    args = parser.parse_args()
    if args.releases < 10:
        parser.error("--releases must be at least 10 to compare the tenth with the second")
    baseline = args.baseline.resolve() if args.baseline else None
    if baseline and not (baseline / "ehealthsec_hook.py").is_file():
        parser.error(f"--baseline {args.baseline}: not a hooks/ folder")
    with tempfile.TemporaryDirectory(prefix="release-bench-") as folder:
        rounds = [
            one_round(args.count, args.releases, Path(folder), baseline) for _ in range(args.repeat)
        ]
    builds = [t for r in rounds for t in r.builds]
    build = statistics.median(builds)
    corpus = f"{args.count} guidelines" if args.count else "this repository's guidance"
    print(f"corpus: {corpus}; {args.repeat} rounds of {args.releases} releases")
    print(f"mkdocs build --strict      median {build:6.2f} s  (n={len(builds)})")
    report("guidelines release --push", [r.releases for r in rounds], [r.builds for r in rounds])
    report_parts(rounds, build)
    if baseline:
        report(
            f"baseline ({args.baseline})", [r.baseline for r in rounds], [r.builds for r in rounds]
        )
        paired = [a / b for r in rounds for a, b in zip(r.releases, r.baseline, strict=True)]
        print(f"release / baseline release, median of pairs: {statistics.median(paired):.3f}x")


def report_parts(rounds: list[Round], build: float) -> None:
    """What the two parts of a release add to a build, as shares of the build."""
    release = statistics.median(t for r in rounds for t in r.releases)
    parts = {
        "mike's process and commit (bare `mike deploy` - build)": [
            t for r in rounds for t in r.bare_mike
        ],
        "our preparation (`release --dry-run`)": [t for r in rounds for t in r.dry_run],
    }
    print("what a release adds to the build, medians:")
    added = 0.0
    for label, times in parts.items():
        median = statistics.median(times)
        added += median
        print(f"  {label:<56} {median:5.2f} s = {median / build:.2f} of a build")
    rest = release - build - added
    print(f"  {'the rest (push, checks of the branch, release mode)':<56} {rest:5.2f} s")
    print(f"  a release made of the first two alone: {(build + added) / build:.2f}x a build")


def report(label: str, rounds: list[list[float]], builds: list[list[float]]) -> None:
    times = [t for r in rounds for t in r]
    release, build = statistics.median(times), statistics.median(t for b in builds for t in b)
    ratio, grown = release / build, statistics.median(_growth(r) for r in rounds)
    print(f"{label:<26} median {release:6.2f} s  (n={len(times)})")
    flag = "" if ratio <= TARGET_RATIO else "  [OVER TARGET]"
    print(f"  ratio (release / build): {ratio:.2f}x  target <= {TARGET_RATIO}x{flag}")
    flag = "" if grown <= TARGET_GROWTH else "  [OVER TARGET]"
    print(
        f"  ratio (release 10 / release 2), median of rounds: {grown:.2f}x  "
        f"target <= {TARGET_GROWTH}x{flag}"
    )
    smoothed = statistics.median(_smoothed_growth(r) for r in rounds)
    print(f"  ratio (median of releases 8-10 / of releases 2-4): {smoothed:.2f}x")
    # Each release against the build timed just before it: the machine's load drifts less
    # between the two than over a run.
    paired = [
        [t / b for t, b in zip(r, bs, strict=True)] for r, bs in zip(rounds, builds, strict=True)
    ]
    each = statistics.median(x for r in paired for x in r)
    print(f"  ratio (each release / the build before it), median: {each:.2f}x")
    print(
        "  ratio (that ratio at release 10 / at release 2), median of rounds: "
        f"{statistics.median(_growth(r) for r in paired):.2f}x"
    )
    print("  release times by number, first round: " + " ".join(f"{t:.1f}" for t in rounds[0]))


if __name__ == "__main__":
    main()
