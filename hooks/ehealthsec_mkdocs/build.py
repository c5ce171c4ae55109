"""The settings a build relies on, and a site folder that survives a failed build."""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ehealthsec.read import safety
from ehealthsec.release.rules import real_edit_template
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File


def edit_template(config: MkDocsConfig) -> str:
    template = config.edit_uri_template  # a string.Template once MkDocs has read it
    return str(getattr(template, "template", template or ""))


def drop_placeholder_edit_links(config: MkDocsConfig) -> None:
    """A release never links to the placeholder editor shipped in mkdocs.yml."""
    if real_edit_template(edit_template(config)) is None:
        config.edit_uri_template = None


def settings_problems(config: MkDocsConfig, *, serving: bool) -> list[str]:
    """What is wrong with the settings, one line each."""
    # `mkdocs serve` sets site_url to its own http://127.0.0.1 address: nothing is
    # published from a preview, so only a build checks the address.
    site_url = "" if serving else config.site_url or ""
    problems = [
        safety.check_site_setting("site_url (GUIDELINES_SITE_URL)", site_url),
        safety.check_site_setting(
            "edit_uri_template (GUIDELINES_EDIT_URI_TEMPLATE)", edit_template(config)
        ),
    ]
    if not config.use_directory_urls:
        problems.append("use_directory_urls must stay true: guideline addresses rely on it")
    return [p for p in problems if p]


def count_warnings_when_strict(config: MkDocsConfig) -> None:
    """`-q` silences warnings before MkDocs counts them: --strict must still fail on them."""
    mkdocs_log = logging.getLogger("mkdocs")
    if config.strict and mkdocs_log.getEffectiveLevel() > logging.WARNING:
        mkdocs_log.setLevel(logging.WARNING)


def files_linking_out(files: Iterable[File], docs: Path, root: Path) -> list[str]:
    """Files in docs/ that resolve outside the repository: a build would publish them."""
    inside = root.resolve()
    found = []
    for file in files:
        path = Path(file.abs_src_path) if file.abs_src_path else None
        if path and path.is_relative_to(docs) and not path.resolve().is_relative_to(inside):
            found.append(file.src_uri)
    return found


@dataclass(frozen=True)
class StagedSite:
    """A build writes into a staging folder beside the site folder, which
    replaces the site only when the build succeeded: a crash or a strict
    failure keeps the site that was there."""

    staging: Path
    final: Path

    @classmethod
    def beside(cls, site_dir: str) -> StagedSite:
        final = Path(site_dir)
        staging = final.with_name(f".{final.name}.staging-{os.getpid()}")
        shutil.rmtree(staging, ignore_errors=True)
        return cls(staging, final)

    def finish(self, built: bool) -> None:
        if not built:
            shutil.rmtree(self.staging, ignore_errors=True)
            return
        previous = self.final.with_name(f".{self.final.name}.previous-{os.getpid()}")
        if self.final.exists():
            self.final.rename(previous)
        self.staging.rename(self.final)
        shutil.rmtree(previous, ignore_errors=True)
