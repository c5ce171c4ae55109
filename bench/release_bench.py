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
<= 1.2x: a release must not cost more as releases pile up).

    .venv/bin/python bench/release_bench.py [--count 20] [--releases 10] [--repeat 3]
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
from pathlib import Path

from corpus import SEED, build_corpus

REPO = Path(__file__).resolve().parent.parent
SITE_URL = "https://guidance.bench.eu/"
TARGET_RATIO = 1.5
TARGET_GROWTH = 1.2


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def prepare(base: Path, count: int) -> Path:
    """A repository with the generated corpus, committed and pushed to a bare remote."""
    _git(base, "init", "-q", "--bare", "-b", "main", "remote.git")
    repo = base / "repo"
    repo.mkdir()
    build_corpus(repo, count, SEED)
    shutil.copy(REPO / "mkdocs.yml", repo / "mkdocs.yml")
    shutil.copytree(REPO / "docs", repo / "docs")
    # The real glossary links to the real guidelines, which this corpus does not have.
    (repo / "docs" / "glossary.md").write_text("# Glossary\n\nWords of the guidance.\n")
    (repo / "hooks").mkdir()
    shutil.copy(REPO / "hooks" / "ehealthsec_hook.py", repo / "hooks" / "ehealthsec_hook.py")
    (repo / ".gitignore").write_text("site/\n")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "config", "user.name", "Bench")
    _git(repo, "config", "user.email", "bench@bench.eu")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "corpus")
    _git(repo, "remote", "add", "origin", "../remote.git")
    _git(repo, "push", "-q", "origin", "main")
    return repo


def _environment() -> dict[str, str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "GUIDELINES_SITE_URL": SITE_URL}
    for name in ("GUIDELINES_RELEASE", "GUIDELINES_VERSION", "GUIDELINES_RECORDS_DIR"):
        env.pop(name, None)
    return env


def _timed(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, env=_environment(), capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{result.stdout}{result.stderr}")
    return elapsed


def time_build(repo: Path, out: Path) -> float:
    return _timed([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(out)], repo)


def time_release(repo: Path, version: str) -> float:
    command = [sys.executable, "-m", "ehealthsec.cli", "release", version, "--push"]
    return _timed(command, repo)


def one_round(count: int, releases: int, workdir: Path) -> tuple[list[float], list[float]]:
    base = Path(tempfile.mkdtemp(dir=workdir))
    repo = prepare(base, count)
    out = base / "build"
    time_build(repo, out)  # warm-up: page cache, bytecode
    builds, times = [], []
    for n in range(1, releases + 1):
        builds.append(time_build(repo, out))
        times.append(time_release(repo, f"2026.{n}"))
    return builds, times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20, help="guidelines (default 20)")
    parser.add_argument("--releases", type=int, default=10, help="releases per round (10)")
    parser.add_argument("--repeat", type=int, default=3, help="rounds (default 3)")
    args = parser.parse_args()
    if args.releases < 10:
        parser.error("--releases must be at least 10 to compare the tenth with the second")
    builds: list[float] = []
    releases: list[float] = []
    growth: list[float] = []
    smoothed: list[float] = []
    first: list[float] = []
    with tempfile.TemporaryDirectory(prefix="release-bench-") as folder:
        for _ in range(args.repeat):
            b, r = one_round(args.count, args.releases, Path(folder))
            first = first or r
            builds += b
            releases += r
            growth.append(r[9] / r[1])
            # Less sensitive to one slow run on a busy machine: releases 8-10 against 2-4.
            smoothed.append(statistics.median(r[7:10]) / statistics.median(r[1:4]))
    build, release = statistics.median(builds), statistics.median(releases)
    ratio, grown = release / build, statistics.median(growth)
    print(f"corpus: {args.count} guidelines; {args.repeat} rounds of {args.releases} releases")
    print(f"mkdocs build --strict      median {build:6.2f} s  (n={len(builds)})")
    print(f"guidelines release --push  median {release:6.2f} s  (n={len(releases)})")
    flag = "" if ratio <= TARGET_RATIO else "  [OVER TARGET]"
    print(f"ratio (release / build): {ratio:.2f}x  target <= {TARGET_RATIO}x{flag}")
    flag = "" if grown <= TARGET_GROWTH else "  [OVER TARGET]"
    print(
        f"ratio (release 10 / release 2), median of rounds: {grown:.2f}x  "
        f"target <= {TARGET_GROWTH}x{flag}"
    )
    print(f"ratio (median of releases 8-10 / of releases 2-4): {statistics.median(smoothed):.2f}x")
    print("release times by number, first round: " + " ".join(f"{t:.1f}" for t in first))


if __name__ == "__main__":
    main()
