"""What a build is told about releases, through the environment.

The release command sets these for the build that mike runs; a build
without them is a development build, and says so on every page.

- `GUIDELINES_VERSION`: the release being built (`2026.2`);
- `GUIDELINES_RECORDS_DIR`: a folder of release records, this one's included;
- `GUIDELINES_EDIT_URI_TEMPLATE`: edit links; a placeholder gives none in a release.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from ..site.plan import Published
from .record import RECORDS_DIR_ENV, VERSION_ENV, RecordError, load_records_dir
from .rules import is_version, version_key


def published_from_env(environ: Mapping[str, str], site_name: str) -> Published:
    version = environ.get(VERSION_ENV, "").strip()
    if version and not is_version(version):
        raise RecordError(f"{VERSION_ENV}={version!r} is not a release version (YEAR.N)")
    folder = environ.get(RECORDS_DIR_ENV, "").strip()
    records = load_records_dir(Path(folder)) if folder else ()
    if version and records and version not in {r.version for r in records}:
        raise RecordError(f"{RECORDS_DIR_ENV} has no record of release {version}")
    # Records of later releases do not belong in this one's changelog.
    if version:
        records = tuple(r for r in records if not _after(r.version, version))
    return Published(version, records, site_name)


def _after(version: str, release: str) -> bool:
    return version_key(version) > version_key(release)
