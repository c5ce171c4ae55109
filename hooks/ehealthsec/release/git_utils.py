"""Git, run as a subprocess with explicit argument lists.

Every call goes through `git()`, which turns a failure into a `GitError`
naming the command and git's own message; callers never see a traceback.
Nothing here ever force-pushes or rewrites published history: the only
ref moved by hand is a local branch put back where it was before a failed
release (`restore_branch`).
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterable, Sequence
from pathlib import Path

ZERO_SHA = "0" * 40


class GitError(Exception):
    """A git command failed; the message says which and why."""


def git(
    root: Path, *args: str, input_text: str | None = None, check: bool = True
) -> subprocess.CompletedProcess[str]:
    command = ["git", *args]
    try:
        result = subprocess.run(
            command,
            cwd=root,
            input=input_text,
            capture_output=True,
            text=True,
            check=False,
        )
    except FileNotFoundError as exc:
        raise GitError("git is not installed or not on PATH") from exc
    if check and result.returncode != 0:
        detail = (result.stderr or result.stdout).strip().splitlines()
        reason = detail[-1] if detail else f"exit status {result.returncode}"
        raise GitError(f"`git {' '.join(args)}` failed: {reason}")
    return result


def common_dir(root: Path) -> Path | None:
    """The clone's own git folder (shared by its worktrees), where the lock
    lives; None when `root` is not in a git work tree."""
    result = git(root, "rev-parse", "--is-inside-work-tree", "--git-common-dir", check=False)
    inside, _, out = result.stdout.strip().partition("\n")
    if result.returncode != 0 or inside != "true":
        return None
    path = Path(out)
    return path if path.is_absolute() else (root / path).resolve()


def dirty_paths(root: Path) -> list[str]:
    """Tracked changes and untracked files (ignored files do not count)."""
    out = git(root, "status", "--porcelain", "--untracked-files=all").stdout
    return [line[3:] for line in out.splitlines() if line.strip()]


def head_commit(root: Path) -> tuple[str, int]:
    """The commit checked out, and its commit time (seconds since 1970)."""
    sha, _, when = git(root, "log", "-1", "--format=%H %ct", "HEAD").stdout.strip().partition(" ")
    return sha, int(when)


def ref_sha(root: Path, ref: str) -> str | None:
    """The commit a ref points at, or None when there is no such ref."""
    result = git(root, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", check=False)
    if result.returncode != 0:
        return None
    return result.stdout.strip() or None


def remote_exists(root: Path, remote: str) -> bool:
    return remote in git(root, "remote").stdout.split()


def remote_branch_sha(root: Path, remote: str, branch: str) -> str | None:
    """The remote's branch as the remote has it now (asks the remote)."""
    out = git(root, "ls-remote", "--heads", "--", remote, f"refs/heads/{branch}").stdout
    for line in out.splitlines():
        sha, _, name = line.partition("\t")
        if name == f"refs/heads/{branch}":
            return sha
    return None


def fetch_branch(root: Path, remote: str, branch: str) -> None:
    """Update the remote-tracking ref `remote/branch` (never a local branch)."""
    git(
        root,
        "fetch",
        "--no-tags",
        "--",
        remote,
        f"+refs/heads/{branch}:refs/remotes/{remote}/{branch}",
    )


def is_ancestor(root: Path, older: str, newer: str) -> bool:
    return git(root, "merge-base", "--is-ancestor", older, newer, check=False).returncode == 0


def set_branch(root: Path, branch: str, new: str, expected_old: str | None) -> None:
    """Point a local branch at `new`, only if it is still at `expected_old`."""
    old = expected_old or ZERO_SHA
    git(root, "update-ref", "-m", "guidelines release", f"refs/heads/{branch}", new, old)


def restore_branch(root: Path, branch: str, before: str | None) -> None:
    """Put a local branch back where it was before (or remove it if it did not exist)."""
    if before is None:
        if ref_sha(root, f"refs/heads/{branch}") is not None:
            git(root, "update-ref", "-d", f"refs/heads/{branch}")
        return
    git(root, "update-ref", "-m", "guidelines release: undo", f"refs/heads/{branch}", before)


def push_branch(root: Path, remote: str, branch: str) -> None:
    """A plain push: a remote that moved on is refused by git, never overwritten."""
    git(root, "push", "--porcelain", "--", remote, f"refs/heads/{branch}:refs/heads/{branch}")


def read_blobs(root: Path, specs: Sequence[str]) -> dict[str, bytes | None]:
    """The content of each `rev:path` (None when missing), in one git process.

    Symbolic links inside the tree (mike's aliases) are followed.
    """
    if not specs:
        return {}
    data = "".join(f"{spec}\n" for spec in specs).encode("utf-8")
    result = subprocess.run(
        ["git", "cat-file", "--batch", "--follow-symlinks"],
        cwd=root,
        input=data,
        capture_output=True,
        check=False,
    )
    if result.returncode != 0:
        raise GitError(f"`git cat-file --batch` failed: {result.stderr.decode(errors='replace')}")
    return _parse_batch(result.stdout, specs)


def _parse_batch(out: bytes, specs: Iterable[str]) -> dict[str, bytes | None]:
    blobs: dict[str, bytes | None] = {}
    position = 0
    for spec in specs:
        end = out.index(b"\n", position)
        header = out[position:end].decode("utf-8", errors="replace").split()
        position = end + 1
        if len(header) == 3 and header[1] in ("blob", "tree", "commit", "tag"):
            size = int(header[2])
            blobs[spec] = out[position : position + size] if header[1] == "blob" else b""
            position += size + 1
        elif len(header) == 2 and header[0] in ("symlink", "dangling", "loop", "notdir"):
            # A link that leaves the tree or leads nowhere: "KIND SIZE", then SIZE bytes.
            position += int(header[1]) + 1
            blobs[spec] = None
        else:  # "<spec> missing"
            blobs[spec] = None
    return blobs
