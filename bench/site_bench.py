"""Benchmark: our full site build against a plain Material build of the same bodies.

For each corpus size (default 200 and 2,000 guidelines) it generates the same
deterministic corpus (`corpus.py`), then times, alternating the order
on every round:

  (a) plain: Material for MkDocs, same theme, features, extensions and
      hand-written pages, with each guideline's Markdown body as a page
      (`docs/guidelines/<id>.md`, its title as H1) and no hooks;
  (b) ours:  the real configuration with the `ehealthsec` hook, which
      validates the corpus, generates guideline pages, catalogs,
      traceability and exports, and gates every rendered page.

Each build is a fresh `python -m mkdocs build` process, as a user runs it.
It prints medians, the ratio ours/plain (target <= 1.3x) and the time per
guideline at each size (target: at the largest size at most 1.25x the
time per guideline at the smallest).

    .venv/bin/python bench/site_bench.py [--sizes 200 2000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import yaml
from corpus import SEED, build_corpus

REPO = Path(__file__).resolve().parent.parent
TARGET_RATIO = 1.3
TARGET_GROWTH = 1.25
GENERATED_NAV = ("catalog/", "audiences/", "topics/", "references/", "schema.md")


def prepare_ours(root: Path, count: int) -> None:
    build_corpus(root, count, SEED)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(REPO / "docs", root / "docs")
    (root / "hooks").mkdir()
    shutil.copy(REPO / "hooks" / "ehealthsec_hook.py", root / "hooks" / "ehealthsec_hook.py")


def _front_matter_and_body(text: str) -> tuple[dict[str, object], str]:
    _, front, body = text.split("---\n", 2)
    data = yaml.load(front, Loader=yaml.CSafeLoader)
    assert isinstance(data, dict)
    return data, body


def _plain_nav(nav: list[object]) -> list[object]:
    """The hand-written part of our navigation: the plain build has no generated pages."""
    kept: list[object] = []
    for item in nav:
        if isinstance(item, dict):
            ((title, value),) = item.items()
            if isinstance(value, list):
                value = _plain_nav(value)
                if value:
                    kept.append({title: value})
            elif not str(value).startswith(GENERATED_NAV):
                kept.append(item)
        elif not str(item).startswith(GENERATED_NAV):
            kept.append(item)
    return kept


def prepare_plain(ours: Path, root: Path) -> None:
    """Same bodies as plain Material pages: same theme, no hook, no generated pages."""
    shutil.copytree(ours / "docs", root / "docs")
    pages = root / "docs" / "guidelines"
    pages.mkdir()
    for path in sorted((ours / "guidelines").rglob("*.md")):
        data, body = _front_matter_and_body(path.read_text("utf-8"))
        (pages / f"{str(data['id']).lower()}.md").write_text(f"# {data['title']}\n{body}", "utf-8")
    config = (REPO / "mkdocs.yml").read_text("utf-8")
    config = re.sub(r"\n(hooks|watch):\n(  - .*\n)+", "\n", config)
    loaded = yaml.load(
        config.replace("!ENV", "").replace("[GUIDELINES_", "[X_"), Loader=yaml.SafeLoader
    )
    nav = yaml.safe_dump({"nav": _plain_nav(loaded["nav"])}, sort_keys=False)
    config = config[: config.index("\nnav:")] + "\n" + nav
    # Links from hand-written pages to generated ones would only add warnings here.
    config = config.replace("not_found: warn", "not_found: info")
    (root / "mkdocs.yml").write_text(config, "utf-8")


def build_once(root: Path, extra_env: dict[str, str]) -> float:
    site = root / "site"
    shutil.rmtree(site, ignore_errors=True)
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **extra_env}
    command = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "-q",
        "-f",
        str(root / "mkdocs.yml"),
        "-d",
        str(site),
    ]
    start = time.perf_counter()
    result = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"build failed in {root}:\n{result.stdout}{result.stderr}")
    return elapsed


def required_work(root: Path) -> float:
    """Seconds of work that any build of this site adds to the plain one, whatever
    the engine: validating the corpus, making the generated pages and exports
    (`SiteContents`) and the safety gate on every guideline body (issue 8).
    Timed in this process, after a warm-up, with no start-up and no generated
    page rendered: a floor under what our build can add."""
    from ehealthsec.check.corpus import validate_corpus
    from ehealthsec.read.render import render_markdown
    from ehealthsec.read.safety import check_html
    from ehealthsec.site.plan import SiteContents

    bodies = [
        render_markdown(_front_matter_and_body(p.read_text("utf-8"))[1])
        for p in sorted((root / "guidelines").rglob("*.md"))
    ]
    times = []
    for _ in range(3):
        start = time.perf_counter()
        result = validate_corpus(root, render=False)
        SiteContents(result.corpus, release=False, site_url="https://example.org/")
        for body in bodies:
            check_html(body)
        times.append(time.perf_counter() - start)
    return statistics.median(times[1:])


def html_bytes(root: Path) -> int:
    return sum(p.stat().st_size for p in (root / "site").rglob("*.html"))


def measure_size(count: int, repeat: int, workdir: Path) -> dict[str, list[float]]:
    ours, plain = workdir / f"ours-{count}", workdir / f"plain-{count}"
    ours.mkdir()
    plain.mkdir()
    prepare_ours(ours, count)
    prepare_plain(ours, plain)
    cases: dict[str, tuple[Path, dict[str, str]]] = {
        "plain": (plain, {}),
        "ours": (ours, {}),
    }
    timings: dict[str, list[float]] = {name: [] for name in cases}
    for root, extra_env in cases.values():  # warm-up: page cache, bytecode
        build_once(root, extra_env)
    for round_ in range(repeat):
        names = list(cases) if round_ % 2 == 0 else list(reversed(cases))
        for name in names:
            timings[name].append(build_once(*cases[name]))
    print(
        f"  {count} guidelines: HTML {html_bytes(plain) / 1e6:.1f} MB plain, "
        f"{html_bytes(ours) / 1e6:.1f} MB ours"
    )
    timings["required"] = [required_work(ours)]
    return timings


def report(results: dict[int, dict[str, list[float]]]) -> bool:
    print(
        f"\n{'guidelines':>10} {'plain s':>9} {'ours s':>9} {'ratio':>7} "
        f"{'plain ms/g':>11} {'ours ms/g':>10} {'floor':>7}"
    )
    ok = True
    per_guideline: dict[int, float] = {}
    for count, timings in results.items():
        plain = statistics.median(timings["plain"])
        ours = statistics.median(timings["ours"])
        ratio = ours / plain
        ok &= ratio <= TARGET_RATIO
        per_guideline[count] = ours / count
        floor = (plain + timings["required"][0]) / plain
        print(
            f"{count:>10} {plain:>9.2f} {ours:>9.2f} {ratio:>6.2f}x "
            f"{plain / count * 1000:>11.2f} {ours / count * 1000:>10.2f} {floor:>6.2f}x"
        )
    print(f"target: ours <= {TARGET_RATIO}x plain at every size")
    print(
        "floor: (plain + the work any build of this site adds: validation, generated "
        "pages and exports, the gate on the bodies) / plain"
    )
    sizes = sorted(per_guideline)
    if len(sizes) > 1:
        growth = per_guideline[sizes[-1]] / per_guideline[sizes[0]]
        ok &= growth <= TARGET_GROWTH
        print(
            f"time per guideline at {sizes[-1]} / at {sizes[0]}: {growth:.2f}x "
            f"(target <= {TARGET_GROWTH}x)"
        )
    return ok


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[200, 2000])
    parser.add_argument("--repeat", type=int, default=5)  # runs vary by several percent
    args = parser.parse_args(argv)
    started = time.perf_counter()
    results = {}
    with tempfile.TemporaryDirectory(prefix="ehealthsec-site-bench-") as tmp:
        for count in args.sizes:
            results[count] = measure_size(count, args.repeat, Path(tmp))
    ok = report(results)
    print(f"wall time of the whole command: {time.perf_counter() - started:.1f} s")
    print("all targets met" if ok else "OVER TARGET")
    return 0


if __name__ == "__main__":
    sys.exit(main())
