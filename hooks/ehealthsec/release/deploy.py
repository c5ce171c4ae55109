"""The deploy branch (`gh-pages`): bring it up to date, read it, run mike on it, check it.

Guard rails against mike's known hazards:

- the remote's branch is fetched first, and a clone without a local branch
  starts from the remote's, so mike never creates an orphan branch that
  would replace the published versions;
- a local branch that has diverged from the remote's is an error, never
  overridden; nothing ever force-pushes;
- after every change, `versions.json` must parse, every version and alias
  folder must exist, and the root redirect must point at a page that exists;
- the version that holds the default alias is never deleted with it: the
  alias moves to the version before first.

On any failure the caller puts the local branch back where it was
(`git_utils.restore_branch`); nothing is pushed before every check passed.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from . import git_utils
from .record import RECORD_FILE, RecordError, ReleaseRecord, record_from_json
from .rules import Refused, sorted_versions

VERSIONS_FILE = "versions.json"
_REDIRECT = re.compile(r"""url=([^"'>\s]+)""")


@dataclass(frozen=True)
class PublishedVersion:
    version: str
    aliases: tuple[str, ...]


class DeployBranch:
    """One deploy branch of one clone, seen through git."""

    def __init__(self, root: Path, remote: str, branch: str) -> None:
        self.root, self.remote, self.branch = root, remote, branch
        self.local_ref = f"refs/heads/{branch}"
        self.tracking_ref = f"refs/remotes/{remote}/{branch}"

    # --- bringing it up to date -------------------------------------------------------

    def sync(self) -> str:
        """Fetch the remote's branch and bring the local one up to it; say what was done."""
        if not git_utils.remote_exists(self.root, self.remote):
            raise Refused(f"no git remote named {self.remote!r}; add it or pass --remote NAME")
        remote_sha = git_utils.remote_branch_sha(self.root, self.remote, self.branch)
        local_sha = self.head()
        if remote_sha is None and local_sha is None:
            return f"{self.remote} has no {self.branch} branch yet: this is the first deploy"
        if remote_sha is None:
            return f"{self.remote} has no {self.branch} branch yet: building on the local one"
        # A push from this clone (the last release) leaves the remote-tracking ref
        # where the remote is: then there is nothing to fetch.
        if git_utils.ref_sha(self.root, self.tracking_ref) != remote_sha:
            git_utils.fetch_branch(self.root, self.remote, self.branch)
        if local_sha is None:  # never an orphan branch beside the published one
            git_utils.set_branch(self.root, self.branch, remote_sha, None)
            return f"local {self.branch} created from {self.remote}/{self.branch}"
        if local_sha == remote_sha or git_utils.is_ancestor(self.root, remote_sha, local_sha):
            return f"local {self.branch} is up to date with {self.remote}/{self.branch}"
        if git_utils.is_ancestor(self.root, local_sha, remote_sha):
            git_utils.set_branch(self.root, self.branch, remote_sha, local_sha)
            return f"local {self.branch} fast-forwarded to {self.remote}/{self.branch}"
        raise Refused(
            f"local {self.branch} and {self.remote}/{self.branch} have diverged; "
            "find out why and reconcile them by hand (nothing is ever force-pushed)"
        )

    def head(self) -> str | None:
        return git_utils.ref_sha(self.root, self.local_ref)

    def readable_ref(self) -> str | None:
        """The local branch, else the remote-tracking one (a fresh clone, a dry run)."""
        if self.head() is not None:
            return self.local_ref
        if git_utils.ref_sha(self.root, self.tracking_ref) is not None:
            return self.tracking_ref
        return None

    # --- reading it ---------------------------------------------------------------------

    def versions(self, ref: str | None = None) -> list[PublishedVersion]:
        ref = ref or self.readable_ref()
        if ref is None:
            return []
        raw = git_utils.read_blobs(self.root, [f"{ref}:{VERSIONS_FILE}"])[f"{ref}:{VERSIONS_FILE}"]
        if raw is None:
            return []
        return parse_versions(raw, f"{self.branch}:{VERSIONS_FILE}")

    def records(
        self, ref: str | None = None, versions: list[PublishedVersion] | None = None
    ) -> tuple[list[ReleaseRecord], list[str]]:
        """The records of every release on the branch, oldest first, and the
        versions that have none (deployed by hand, without this command).
        `versions`, when the caller has read them from `ref` already."""
        ref = ref or self.readable_ref()
        if ref is None:
            return [], []
        if versions is None:
            versions = self.versions(ref)
        names = sorted_versions(v.version for v in versions)
        specs = {name: f"{ref}:{name}/{RECORD_FILE}" for name in names}
        blobs = git_utils.read_blobs(self.root, list(specs.values()))
        records, missing = [], []
        for name, spec in specs.items():
            blob = blobs[spec]
            if blob is None:
                missing.append(name)
                continue
            try:
                records.append(record_from_json(blob, f"{self.branch}:{name}/{RECORD_FILE}"))
            except RecordError as exc:
                raise Refused(str(exc)) from exc
        return records, missing

    def record(self, version: str) -> ReleaseRecord:
        """The record of one release, for `guidelines diff`."""
        ref = self.readable_ref()
        if ref is None:
            raise Refused(f"no {self.branch} branch here, nor {self.remote}/{self.branch}")
        spec = f"{ref}:{version}/{RECORD_FILE}"
        blob = git_utils.read_blobs(self.root, [spec])[spec]
        if blob is None:
            raise Refused(f"no record of release {version} on {ref.removeprefix('refs/')}")
        try:
            return record_from_json(blob, spec)
        except RecordError as exc:
            raise Refused(str(exc)) from exc

    def default_target(self, ref: str | None = None) -> str | None:
        """Where the root page redirects (`latest/`), or None without a default."""
        ref = ref or self.local_ref
        raw = git_utils.read_blobs(self.root, [f"{ref}:index.html"])[f"{ref}:index.html"]
        return _redirect_target(raw)

    # --- checking it -------------------------------------------------------------------

    def check_published(self) -> list[str]:
        """Problems of the published tree after a change; empty when all is well.
        Two `git cat-file` processes: the list and the root page, then every
        page they point at."""
        ref = self.local_ref
        listed, root_page = f"{ref}:{VERSIONS_FILE}", f"{ref}:index.html"
        blobs = git_utils.read_blobs(self.root, [listed, root_page])
        raw = blobs[listed]
        try:
            versions = parse_versions(raw, f"{self.branch}:{VERSIONS_FILE}") if raw else []
        except Refused as exc:
            return [str(exc)]
        if not versions:
            return [f"{self.branch}:{VERSIONS_FILE} is missing or lists no version"]
        names = [v.version for v in versions] + [a for v in versions for a in v.aliases]
        target = _redirect_target(blobs[root_page])
        pages = {f"{name}/": f"{ref}:{name}/index.html" for name in names}
        if target is not None:
            pages[target] = f"{ref}:{_target_page(target)}"
        found = git_utils.read_blobs(self.root, list(pages.values()))
        problems = [
            f"{self.branch}:{name}/ is listed in {VERSIONS_FILE} but has no index.html"
            for name in names
            if found[pages[f"{name}/"]] is None
        ]
        if target is None:
            problems.append(f"{self.branch}:index.html does not redirect to a default version")
        elif found[pages[target]] is None:
            problems.append(f"{self.branch}:index.html redirects to {target}, which does not exist")
        return problems


def _redirect_target(raw: bytes | None) -> str | None:
    """Where a root page written by `mike set-default` redirects."""
    if raw is None:
        return None
    match = _REDIRECT.search(raw.decode("utf-8", errors="replace"))
    return match.group(1) if match else None


def _target_page(target: str) -> str:
    """The file a redirect lands on: `latest/` is `latest/index.html`."""
    page = target.split("#")[0].split("?")[0]
    return page + "index.html" if page.endswith("/") or not page else page


def parse_versions(raw: bytes, where: str) -> list[PublishedVersion]:
    try:
        data = json.loads(raw)
        return [
            PublishedVersion(str(item["version"]), tuple(str(a) for a in item.get("aliases", ())))
            for item in data
        ]
    except (ValueError, KeyError, TypeError) as exc:
        raise Refused(f"{where} does not parse as mike's list of versions ({exc})") from exc


# --- mike ----------------------------------------------------------------------------------


class MikeFailed(Exception):
    """mike exited with an error; the message holds the end of its output."""


def mike_command(args: list[str]) -> list[str]:
    """`mike ARGS` as this Python runs it: mike's own command-line entry point."""
    return [
        sys.executable,
        "-c",
        "import sys; from mike.driver import main; sys.exit(main())",
        *args,
    ]


def with_tools_first(env: Mapping[str, str]) -> dict[str, str]:
    """`env` with this Python's tools first on PATH: mike runs `mkdocs` by name."""
    bin_dir = str(Path(sys.executable).parent)
    return {**env, "PATH": bin_dir + os.pathsep + env.get("PATH", os.defpath)}


def run_mike(root: Path, args: list[str], env: dict[str, str]) -> None:
    """`mike ARGS` in the repository, with this Python's tools first on PATH."""
    command, env = mike_command(args), with_tools_first(env)
    result = subprocess.run(command, cwd=root, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        lines = [ln for ln in (result.stderr + result.stdout).splitlines() if ln.strip()]
        tail = "\n".join(lines[-15:])
        raise MikeFailed(f"`mike {' '.join(args)}` failed:\n{tail}")
