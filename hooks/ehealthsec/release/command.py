"""`guidelines release VERSION`: the ordered steps, each refusing with one line.

1. the work tree is clean and no other release runs in this clone (a lock);
2. the version is well-formed (`YYYY.N`) and the alias is not a version;
3. the remote's deploy branch is fetched and the local one brought up to it
   (created from it when missing; diverged is an error);
4. the version is new, and not older than the newest release;
5. validation in release mode (drafts out, warnings such as overdue reviews
   are errors), and every id of every earlier release still present and not
   reused for other guidance (`permanence`);
6. the site address is real (`GUIDELINES_SITE_URL`, not the placeholder);
7. the record is made, and mike deploys the version with a `--strict` build
   (the build that is checked is the build that is published) and makes the
   alias the default; the deploy branch is then checked, and pushed only
   with `--push`.

Any failure after step 3 puts the local deploy branch back where it was;
nothing is pushed until every check has passed. The record travels inside
the published version (`<VERSION>/release.json`), so the work tree is left
as it was found, and every clone of the remote has every record.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from ..check.corpus import Corpus, validate_corpus
from . import git_utils
from .deploy import DeployBranch, MikeFailed, PublishedVersion, run_mike
from .diff import compare, format_text
from .permanence import check_permanent_ids
from .record import (
    RECORDS_DIR_ENV,
    VERSION_ENV,
    ReleaseRecord,
    make_record,
    write_records_dir,
)
from .rules import (
    SITE_URL_ENV,
    Refused,
    check_alias,
    check_site_url,
    check_version_form,
    check_version_is_new,
    sorted_versions,
    version_key,
)

LOCK_NAME = "guidelines-release.lock"


@dataclass(frozen=True)
class ReleaseOptions:
    version: str
    alias: str = "latest"
    push: bool = False
    remote: str = "origin"
    branch: str = "gh-pages"
    dry_run: bool = False


@dataclass(frozen=True)
class Streams:
    out: TextIO
    err: TextIO


# --- step 1 -------------------------------------------------------------------------------


def check_clean_tree(root: Path) -> Path:
    """Refuse a folder outside git or a dirty work tree; return the clone's git folder."""
    git_dir = git_utils.common_dir(root)
    if git_dir is None:
        raise Refused(f"{root} is not a git work tree; a release is made from a clone")
    dirty = git_utils.dirty_paths(root)
    if dirty:
        shown = ", ".join(dirty[:3]) + (f" and {len(dirty) - 3} more" if len(dirty) > 3 else "")
        raise Refused(f"the work tree is not clean ({shown}); commit or remove the changes first")
    return git_dir


@contextmanager
def release_lock(git_dir: Path) -> Iterator[None]:
    """One release at a time in a clone: a file created exclusively in its git folder."""
    path = git_dir / LOCK_NAME
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        holder = path.read_text("utf-8", errors="replace").strip() or "unknown"
        raise Refused(
            f"another release is running in this clone (process {holder}); "
            f"if none is, delete {path}"
        ) from None
    try:
        os.write(fd, f"{os.getpid()}\n".encode())
        os.close(fd)
        yield
    finally:
        path.unlink(missing_ok=True)


# --- the steps in order ----------------------------------------------------------------------


def release(
    root: Path, options: ReleaseOptions, environ: Mapping[str, str], streams: Streams
) -> None:
    """Run every step; raises `Refused` at the first that fails."""
    with _deploy_branch_guarded(root, options, check_alias_too=True) as branch:
        _release_steps(root, branch, options, environ, streams)


@contextmanager
def _deploy_branch_guarded(
    root: Path, options: ReleaseOptions, *, check_alias_too: bool = False
) -> Iterator[DeployBranch]:
    """The checks every change of the deploy branch starts with, and the branch,
    put back as it was if anything in the block fails."""
    git_dir = check_clean_tree(root)
    with release_lock(git_dir):
        check_version_form(options.version)
        if check_alias_too:
            check_alias(options.alias, options.version)
        branch = DeployBranch(root, options.remote, options.branch)
        with branch_restored_on_failure(branch, branch.head()):
            yield branch


def _release_steps(
    root: Path,
    branch: DeployBranch,
    options: ReleaseOptions,
    environ: Mapping[str, str],
    streams: Streams,
) -> None:
    if options.dry_run:
        streams.out.write(f"dry run: {options.branch} read as it is here, not fetched\n")
    else:
        streams.out.write(branch.sync() + "\n")
    ref = branch.readable_ref()  # read once: nothing moves it until mike deploys
    published = branch.versions(ref)
    check_version_is_new(
        options.version,
        [v.version for v in published],
        [a for v in published for a in v.aliases],
    )
    records, unrecorded = branch.records(ref, published)
    for name in unrecorded:
        streams.err.write(f"note: version {name} on {options.branch} has no release record\n")
    corpus = validate_for_release(root, streams)
    check_permanent_ids(corpus, records)
    site_url = check_site_url(environ.get(SITE_URL_ENV))
    commit, committed = git_utils.head_commit(root)
    record = new_record(corpus, options.version, environ, commit)
    if options.dry_run:
        report_dry_run(options, record, records, streams)
        return
    env = build_environment(environ, options.version, site_url, committed)
    deploy(root, branch, options, [*records, record], env, streams)


def validate_for_release(root: Path, streams: Streams) -> Corpus:
    # Bodies are not rendered here: the build mike runs gates every rendered page
    # itself (the hook), and a refused build publishes nothing. Rendering them
    # twice made a release of 200 guidelines 1.84x a strict build; without, 1.55x
    # (bench/release_bench.py, one round on a busy machine).
    result = validate_corpus(root, release=True, render=False)
    for problem in result.problems:
        streams.err.write(problem.as_text() + "\n")
    errors = sum(1 for p in result.problems if p.severity == "error")
    if errors:
        raise Refused(
            f"validation in release mode found {errors} error(s) (listed above); "
            "nothing was published"
        )
    return result.corpus


def new_record(
    corpus: Corpus, version: str, environ: Mapping[str, str], commit: str
) -> ReleaseRecord:
    epoch = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch and not epoch.isdigit():
        raise Refused(f"SOURCE_DATE_EPOCH={epoch!r} is not a number of seconds")
    when = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    released = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    return make_record(corpus.guidelines, version, released, commit)


def report_dry_run(
    options: ReleaseOptions,
    record: ReleaseRecord,
    records: list[ReleaseRecord],
    streams: Streams,
) -> None:
    previous = records[-1] if records else None
    practices = sum(len(g.practices) for g in record.guidelines)
    streams.out.write(
        f"would publish release {record.version} as {options.alias!r} on {options.branch}"
        f" ({'and push to ' + options.remote if options.push else 'not pushed'}): "
        f"{len(record.guidelines)} guidelines, {practices} practices, "
        f"commit {record.commit[:12]}\n"
    )
    streams.out.write(format_text(compare(previous, record)))
    streams.out.write("dry run: nothing was written\n")


# --- step 7: deploy ----------------------------------------------------------------------------


def build_environment(
    environ: Mapping[str, str], version: str, site_url: str, commit_time: int
) -> dict[str, str]:
    """What the build mike runs is told (`buildinfo`); `deploy` adds the records."""
    env = dict(environ)
    env.update(
        {
            "GUIDELINES_RELEASE": "1",
            "GUIDELINES_STRICT": "true",
            VERSION_ENV: version,
            SITE_URL_ENV: site_url,
            "NO_MKDOCS_2_WARNING": "1",
        }
    )
    # Reproducible: the build's date is the commit's unless one is given.
    env.setdefault("SOURCE_DATE_EPOCH", str(commit_time))
    return env


def mike_git_args(options: ReleaseOptions) -> list[str]:
    """The deploy branch for mike, which is told not to check it against the
    remote again: `sync` has just asked the remote, brought the local branch up
    to it and refused a diverged one, with the lock held. mike's own check
    compares the local branch with the remote-tracking one (five git processes
    for each mike command), and the push that follows is a plain one that git
    refuses if the remote moved on meanwhile."""
    return ["--remote", options.remote, "--branch", options.branch, "--ignore-remote-status"]


def deploy(
    root: Path,
    branch: DeployBranch,
    options: ReleaseOptions,
    records: list[ReleaseRecord],
    build_env: Mapping[str, str],
    streams: Streams,
) -> None:
    """mike deploys and sets the default; the branch is checked, then pushed if asked.
    The caller puts the branch back if anything here fails."""
    with tempfile.TemporaryDirectory(prefix="guidelines-records-") as folder:
        write_records_dir(Path(folder), records)
        env = {**build_env, RECORDS_DIR_ENV: folder}
        git_args = mike_git_args(options)
        run_mike(
            root,
            [
                "deploy",
                "--update-aliases",
                *git_args,
                "--message",
                f"Release {options.version}",
                options.version,
                options.alias,
            ],
            env,
        )
        if branch.default_target() != f"{options.alias}/":  # already so after the first
            run_mike(root, ["set-default", *git_args, options.alias], env)
        check_deploy_branch(branch)
        if options.push:
            git_utils.push_branch(root, options.remote, options.branch)
    where = (
        f"pushed to {options.remote}/{options.branch}"
        if options.push
        else f"on local {options.branch} only; publish it with "
        f"`git push {options.remote} {options.branch}`"
    )
    streams.out.write(f"released {options.version} as {options.alias!r}, {where}\n")
    left = git_utils.dirty_paths(root)
    if left:  # should never happen: the record travels inside the published site
        streams.err.write(
            f"warning: the release left changes in the work tree: {', '.join(left)}\n"
        )


@contextmanager
def branch_restored_on_failure(branch: DeployBranch, before: str | None) -> Iterator[None]:
    """Any failure puts the local deploy branch back exactly where it was (also
    when it was only brought up to the remote's), and says so if it had moved."""
    try:
        yield
    except BaseException as exc:
        moved = branch.head() != before
        if moved:
            git_utils.restore_branch(branch.root, branch.branch, before)
        if isinstance(exc, MikeFailed | git_utils.GitError) or (moved and isinstance(exc, Refused)):
            kept = before[:12] if before else "absent, as before"
            raise Refused(
                f"{exc}\n{branch.branch} left as it was ({kept}); nothing was published"
            ) from exc
        raise


def check_deploy_branch(branch: DeployBranch) -> None:
    problems = branch.check_published()
    if problems:
        raise Refused("the deployed branch fails its checks: " + "; ".join(problems))


# --- rolling a version back ----------------------------------------------------------------


def rollback(
    root: Path, options: ReleaseOptions, environ: Mapping[str, str], streams: Streams
) -> None:
    """Remove one version, keeping every other; aliases held by it (the
    default among them) move to the newest remaining version first."""
    with _deploy_branch_guarded(root, options) as branch:
        _rollback_steps(root, branch, options, environ, streams)


def _rollback_steps(
    root: Path,
    branch: DeployBranch,
    options: ReleaseOptions,
    environ: Mapping[str, str],
    streams: Streams,
) -> None:
    streams.out.write(branch.sync() + "\n")
    versions = branch.versions()
    target = next((v for v in versions if v.version == options.version), None)
    if target is None:
        raise Refused(f"release {options.version} is not on {options.branch}; nothing to roll back")
    keep = _successor(versions, options.version)
    env = {**environ, "NO_MKDOCS_2_WARNING": "1"}
    git_args = mike_git_args(options)
    default = (branch.default_target() or "").strip("/")
    # The default alias moves before the version goes: never a root redirect to nothing.
    if target.aliases:
        run_mike(root, ["alias", "--update-aliases", *git_args, keep, *target.aliases], env)
    if default == options.version:
        run_mike(root, ["set-default", *git_args, keep], env)
    run_mike(root, ["delete", *git_args, options.version], env)
    check_deploy_branch(branch)
    if options.push:
        git_utils.push_branch(root, options.remote, options.branch)
    moved = f"; {', '.join(target.aliases)} now on {keep}" if target.aliases else ""
    pushed = "pushed" if options.push else "not pushed"
    streams.out.write(f"rolled back {options.version}{moved} ({pushed})\n")


def _successor(versions: list[PublishedVersion], removed: str) -> str:
    """The newest version that stays, to hold the aliases of the one removed."""
    others = sorted_versions(v.version for v in versions if v.version != removed)
    if not others:
        raise Refused(
            f"release {removed} is the only version; rolling it back would leave nothing "
            "published (and the default alias nowhere)"
        )
    newer = [v for v in others if version_key(v) > version_key(removed)]
    return newer[-1] if newer else others[-1]
