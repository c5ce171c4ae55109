"""The `guidelines` command: validate the corpus, scaffold a new guideline,
list the reviews falling due.

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
from .check import review
from .check.corpus import find_guideline_files, validate_corpus
from .check.review import DEFAULT_DAYS
from .problems import FORMATTERS
from .release import command as release_command
from .release.deploy import DeployBranch
from .release.diff import FORMATS as DIFF_FORMATS
from .release.diff import compare
from .release.git_utils import GitError
from .release.record import RecordError, ReleaseRecord, make_record, record_from_json
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

    add_new_parser(commands)
    add_review_parser(commands)
    _add_release_parsers(commands)
    return parser


_NEW_HELP = """Write a draft guideline at guidelines/AREA/ID-SLUG.md that passes
`guidelines validate`. Its placeholder sentences (starting with TODO:) are
warnings, so --strict and releases refuse the draft until they are replaced.
Without --id the guideline gets the next free number of the area's series:
ids come in series (HSG-RANS-001, HSG-RANS-002 are the series HSG-RANS); an
area whose files use one series takes it, otherwise name it with --series.
In a terminal, what is missing is asked for; elsewhere --area and --title are
needed, and audiences and topics left out are written as marked placeholders."""


def add_new_parser(commands: Any) -> None:
    new = commands.add_parser(
        "new",
        help="create a draft guideline file from the template",
        description=_NEW_HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    new.add_argument("--area", help="folder under guidelines/, like resilience or medical-devices")
    new.add_argument("--new-area", action="store_true", help="allow --area to name a new folder")
    new.add_argument("--title", help="the guideline's title, 10 to 120 characters")
    new.add_argument("--type", default="guideline", help="guideline (default) or good-practice")
    new.add_argument(
        "--audience",
        action="append",
        default=[],
        help="an audience key from guidelines/audiences.yml (repeat, or separate with commas)",
    )
    new.add_argument(
        "--topic",
        action="append",
        default=[],
        help="a topic key from guidelines/topics.yml (repeat, or separate with commas)",
    )
    new.add_argument("--id", help="the id, like HSG-RANS-002 (default: next of the series)")
    new.add_argument("--series", help="the id series, like HSG-RANS (default: the area's)")


def add_review_parser(commands: Any) -> None:
    review = commands.add_parser(
        "review",
        help="list published guidelines whose review falls due",
        description="List published guidelines whose review_by date falls within the next "
        "N days or has passed, soonest first, with owner and days left.",
    )
    review.add_argument(
        "--days",
        type=_days,
        default=DEFAULT_DAYS,
        metavar="N",
        help=f"how far ahead to look, in days (default {DEFAULT_DAYS})",
    )
    review.add_argument(
        "--format", choices=("text", "json"), default="text", help="text (default) or json"
    )
    review.add_argument(
        "--fail-overdue", action="store_true", help="exit 1 when any review is overdue"
    )
    review.add_argument(
        "--today", type=date.fromisoformat, default=None, help=argparse.SUPPRESS
    )  # for reproducible tests


def _days(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of days (0 or more)")
    return int(text)


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
    request = scaffold.Request(
        area=args.area,
        title=args.title,
        kind=args.type,
        audience=tuple(args.audience),
        topics=tuple(args.topic),
        gid=args.id,
        series=args.series,
        new_area=args.new_area,
    )
    ask = _prompt if sys.stdin.isatty() else None
    today = date.today()
    try:
        draft = scaffold.complete(root, request, ask)
        path = scaffold.create(root, draft, today)
    except scaffold.ScaffoldRefused as exc:
        print(f"guidelines: refused: {exc}", file=sys.stderr)
        return EXIT_ERRORS
    except scaffold.ScaffoldError as exc:
        raise UsageError(str(exc)) from exc
    except EOFError:
        raise UsageError("no answer: nothing was written") from None
    print(f"created {path.relative_to(root).as_posix()} ({draft.gid}, a draft)")
    print("replace each 'TODO:' placeholder, then check it: guidelines validate --strict")
    return EXIT_OK


def _prompt(question: str) -> str:
    return input(question)


def run_review(args: argparse.Namespace, root: Path) -> int:
    today = args.today or date.today()
    result = validate_corpus(root, today=today)
    due = review.due_reviews(result.corpus.guidelines, today, args.days)
    if args.format == "json":
        sys.stdout.write(review.format_json(due, args.days, today))
    else:
        sys.stdout.write(review.format_text(due, args.days))
    if not result.ok:  # files that do not validate are not in the list: say so
        print(
            "guidelines: note: some files have errors and are not listed; "
            "run `guidelines validate`",
            file=sys.stderr,
        )
    if args.fail_overdue and any(r.overdue for r in due):
        return EXIT_ERRORS
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


WORK_TREE = "HEAD"  # `guidelines diff latest HEAD`: the guidance as it is here, unreleased


def _record(branch: DeployBranch, name: str) -> ReleaseRecord:
    """A release by version or alias, a record file, or the work tree (`HEAD`)."""
    path = Path(name)
    if name == WORK_TREE:
        return _work_tree_record(branch.root)
    if name.endswith(".json") or path.is_file():
        try:
            return record_from_json(path.read_bytes(), name)
        except OSError as exc:
            raise Refused(f"{name}: cannot read it ({exc.strerror})") from exc
        except RecordError as exc:
            raise Refused(str(exc)) from exc
    aliased = next((v.version for v in branch.versions() if name in v.aliases), name)
    return branch.record(aliased)


def _work_tree_record(root: Path) -> ReleaseRecord:
    """What a release made now would record, as a pull request's check compares it."""
    result = validate_corpus(root, release=True, render=False)
    if not result.ok:
        raise Refused("the guidance here has errors: run `guidelines validate --release`")
    return make_record(result.corpus.guidelines, WORK_TREE, date.today().isoformat(), "")


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
        if args.command == "review":
            return run_review(args, root)
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
