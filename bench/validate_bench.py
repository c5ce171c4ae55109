"""Benchmark: `guidelines validate` against a bare libyaml parse of the same front matter.

Generates the deterministic corpus of `corpus.py` in a temporary folder, then
times whole processes, alternating their order on each repeat:

  (a) baseline: a Python process that lists the files, reads and decodes
      each, cuts its front matter and loads it with `yaml.CSafeLoader`;
  (b) ours:     `guidelines validate`, as contributors and CI run it;
  (c) ours in one process (`GUIDELINES_JOBS=1`): what the process pool saves;
  (d) rendering alone: a process that reads the files and renders each body
      with the site's Markdown configuration (`ehealthsec.read.render`),
      shared by the same process pool, and nothing else. The safety gate
      needs this rendering (issue 8), so (d)/(a) is the least ratio any
      validation that judges rendered bodies can reach here.

It prints the medians, the ratio of (b) to (a) (target at most 1.5x), the
floor (d)/(a) and the pool's saving (a speed path stays when it saves at
least 25%).

    .venv/bin/python bench/validate_bench.py [--count 2000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import yaml
from corpus import SEED, build_corpus

TARGET_RATIO = 1.5
POOL_MUST_SAVE = 0.25
GUIDELINES = Path(sys.executable).with_name("guidelines")


def _front_matter_and_body(path: Path) -> tuple[str, str]:
    """A generated file read and cut at the line that closes its front matter."""
    text = path.read_bytes().decode("utf-8")
    end = text.index("\n---\n", 3)
    return text[4 : end + 1], text[end + 5 :]


def baseline(root: Path) -> None:
    """(a), run in its own process: `python validate_bench.py --baseline ROOT`."""
    for path in sorted((root / "guidelines").rglob("*.md")):
        yaml.load(_front_matter_and_body(path)[0], Loader=yaml.CSafeLoader)


def _rendered(path: Path) -> int:
    from ehealthsec.read.render import render_markdown

    return len(render_markdown(_front_matter_and_body(path)[1]))


def render_only(root: Path) -> None:
    """(d), run in its own process: `python validate_bench.py --render-only ROOT`."""
    from ehealthsec.check.parallel import split_map

    split_map(_rendered, sorted((root / "guidelines").rglob("*.md")))


def timed(command: list[str], root: Path, env: dict[str, str]) -> float:
    start = time.perf_counter()
    result = subprocess.run(command, cwd=root, env={**os.environ, **env}, capture_output=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{command} failed:\n{result.stdout.decode()}{result.stderr.decode()}")
    return elapsed


def measure(root: Path, repeat: int) -> dict[str, list[float]]:
    cases = {
        "baseline": ([sys.executable, __file__, "--baseline", str(root)], {}),
        "ours": ([str(GUIDELINES), "validate"], {}),
        "one process": ([str(GUIDELINES), "validate"], {"GUIDELINES_JOBS": "1"}),
        "render only": ([sys.executable, __file__, "--render-only", str(root)], {}),
    }
    times: dict[str, list[float]] = {name: [] for name in cases}
    for run in range(repeat):
        order = list(cases) if run % 2 == 0 else list(reversed(cases))
        for name in order:
            command, env = cases[name]
            times[name].append(timed(command, root, env))
    return times


def report(times: dict[str, list[float]], count: int) -> bool:
    median = {name: statistics.median(values) for name, values in times.items()}
    for name, value in median.items():
        print(f"  {name:12s} median {value:6.2f} s  ({', '.join(f'{t:.2f}' for t in times[name])})")
    ratio = median["ours"] / median["baseline"]
    saving = 1 - median["ours"] / median["one process"]
    floor = median["render only"] / median["baseline"]
    print(f"validate / bare libyaml parse at {count}: {ratio:.2f}x (target {TARGET_RATIO}x)")
    print(f"rendering the bodies alone / bare libyaml parse: {floor:.2f}x (the floor)")
    print(
        f"the process pool saves {saving:.0%} of validate (a speed path needs {POOL_MUST_SAVE:.0%})"
    )
    return ratio <= TARGET_RATIO


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000, help="guideline files (2000)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each case (5)")
    parser.add_argument("--baseline", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--render-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.baseline:
        baseline(args.baseline)
        return 0
    if args.render_only:
        render_only(args.render_only)
        return 0
    with tempfile.TemporaryDirectory(prefix="ehealthsec-bench-") as tmp:
        root = Path(tmp)
        build_corpus(root, args.count, SEED)
        print(f"{args.count} guidelines, {args.repeat} runs of each case, whole processes:")
        met = report(measure(root, args.repeat), args.count)
    print("target met" if met else "OVER TARGET")
    return 0


if __name__ == "__main__":
    sys.exit(main())
