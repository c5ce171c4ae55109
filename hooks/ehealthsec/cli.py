"""The `guidelines` command: validate the corpus, scaffold a new guideline.

Exit status: 0 no errors, 1 errors found, 2 usage or internal error. A
user's mistake is always a message, never a traceback; an internal fault
prints its traceback and exits 2, so it can be reported.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from . import scaffold
from .corpus import find_guideline_files, validate_corpus
from .problems import FORMATTERS
from .release import command as release_command
from .release.deploy import DeployBranch
from .release.diff import FORMATS as DIFF_FORMATS
from .release.diff import compare
from .release.git_utils import GitError
from .release.record import RecordError, ReleaseRecord, record_from_json
from .release.rules import Refused

EXIT_OK, EXIT_ERRORS, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """A mistake in how the command was called."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="guidelines",
        description="Health-sector cybersecurity guidelines: check and scaffold guidance files.",
    )
    parser.add_argument(
        "--root",
        type=Path,
        default=None,
        help="repository root (default: the nearest folder above that has guidelines/)",
    )
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    validate = commands.add_parser(
        "validate",
        help="check guideline files and report every problem",
        description="Check the whole corpus, or only the files named (cross references "
        "still resolve against the whole corpus).",
    )
    validate.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="files or folders to report on (default: all of guidelines/)",
    )
    validate.add_argument(
        "--format",
        choices=sorted(FORMATTERS),
        default="text",
        help="output format: text (default), json, or github annotations",
    )
    validate.add_argument("--strict", action="store_true", help="warnings count as errors")
    validate.add_argument(
        "--release",
        action="store_true",
        help="release mode: drafts left out, warnings count as errors",
    )
    validate.add_argument(
        "--today", type=date.fromisoformat, default=None, help=argparse.SUPPRESS
    )  # for reproducible tests

    new = commands.add_parser("new", help="create a new guideline file from the template")
    new.add_argument("id", help="the new guideline's id, like HSG-RANS-002")
    new.add_argument("title", help="its title, 10 to 120 characters")
    new.add_argument(
        "--area", required=True, help="folder under guidelines/, like resilience or medical-devices"
    )
    new.add_argument("--type", choices=("guideline", "good-practice"), default="guideline")
    _add_release_parsers(commands)
    return parser


def _add_release_parsers(commands: Any) -> None:
    release = commands.add_parser(
        "release",
        help="validate, record and publish a release with mike",
        description="Publish the corpus as release VERSION (YEAR.N) beside the earlier ones.",
    )
    release.add_argument("version", metavar="VERSION", help="the release, such as 2026.1")
    release.add_argument("--alias", default="latest", help="alias made the default (latest)")
    release.add_argument("--push", action="store_true", help="push the deploy branch")
    release.add_argument("--remote", default="origin", help="git remote (default: origin)")
    release.add_argument("--branch", default="gh-pages", help="deploy branch (gh-pages)")
    release.add_argument(
        "--dry-run", action="store_true", help="say what would be published; write nothing"
    )
    release.add_argument(
        "--rollback",
        action="store_true",
        help="remove release VERSION, moving its aliases to the newest other release first",
    )
    diff = commands.add_parser(
        "diff",
        help="what changed between two releases",
        description="Compare two releases: each a version on the deploy branch "
        "or the path of a release record (release.json).",
    )
    diff.add_argument("old", metavar="OLD")
    diff.add_argument("new", metavar="NEW")
    diff.add_argument("--format", choices=sorted(DIFF_FORMATS), default="text")
    diff.add_argument("--remote", default="origin", help="git remote (default: origin)")
    diff.add_argument("--branch", default="gh-pages", help="deploy branch (gh-pages)")


def find_root(start: Path) -> Path:
    for folder in (start, *start.parents):
        if (folder / "guidelines" / "audiences.yml").is_file():
            return folder
    raise UsageError(
        f"no guidelines/ folder with audiences.yml found in {start} or above; "
        "run inside the repository or pass --root"
    )


def _expand(root: Path, paths: Sequence[Path]) -> list[Path]:
    files: list[Path] = []
    for raw in paths:
        path = raw if raw.is_absolute() else Path.cwd() / raw
        if path.is_dir():
            files.extend(
                p for p in find_guideline_files(root) if path.resolve() in p.resolve().parents
            )
        elif path.is_file():
            files.append(path)
        else:
            raise UsageError(f"{raw}: no such file or folder")
    return files


def run_validate(args: argparse.Namespace, root: Path) -> int:
    only = _expand(root, args.paths) if args.paths else None
    result = validate_corpus(root, only, today=args.today, strict=args.strict, release=args.release)
    sys.stdout.write(FORMATTERS[args.format](result.problems, result.files_checked))
    return EXIT_OK if result.ok else EXIT_ERRORS


def run_new(args: argparse.Namespace, root: Path) -> int:
    try:
        path = scaffold.create(root, args.id, args.title, args.area, args.type, date.today())
    except scaffold.ScaffoldError as exc:
        raise UsageError(str(exc)) from exc
    print(f"created {path.relative_to(root).as_posix()}")
    return EXIT_OK


def run_release(args: argparse.Namespace, root: Path) -> int:
    options = release_command.ReleaseOptions(
        args.version, args.alias, args.push, args.remote, args.branch, args.dry_run
    )
    streams = release_command.Streams(sys.stdout, sys.stderr)
    steps = release_command.rollback if args.rollback else release_command.release
    if args.rollback and args.dry_run:
        raise UsageError("--rollback and --dry-run cannot be combined")
    try:
        steps(root, options, os.environ, streams)
    except (Refused, GitError) as exc:
        print(f"guidelines: release refused: {exc}", file=sys.stderr)
        return EXIT_ERRORS
    return EXIT_OK


def _record(branch: DeployBranch, name: str) -> ReleaseRecord:
    path = Path(name)
    if name.endswith(".json") or path.is_file():
        try:
            return record_from_json(path.read_bytes(), name)
        except OSError as exc:
            raise Refused(f"{name}: cannot read it ({exc.strerror})") from exc
        except RecordError as exc:
            raise Refused(str(exc)) from exc
    return branch.record(name)


def run_diff(args: argparse.Namespace, root: Path) -> int:
    branch = DeployBranch(root, args.remote, args.branch)
    try:
        old, new = _record(branch, args.old), _record(branch, args.new)
    except (Refused, GitError) as exc:
        print(f"guidelines: diff: {exc}", file=sys.stderr)
        return EXIT_ERRORS
    sys.stdout.write(DIFF_FORMATS[args.format](compare(old, new)))
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        root = (args.root or find_root(Path.cwd())).resolve()
        if args.command == "validate":
            return run_validate(args, root)
        if args.command == "release":
            return run_release(args, root)
        if args.command == "diff":
            return run_diff(args, root)
        return run_new(args, root)
    except UsageError as exc:
        print(f"guidelines: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_USAGE
    except Exception:  # an internal fault: show it so it can be reported
        traceback.print_exc()
        print(
            "guidelines: internal error (please report it with the traceback above)",
            file=sys.stderr,
        )
        return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
