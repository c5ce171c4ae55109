"""What a release version, an alias and a published address may be.

Versions are `YYYY.N` (`2026.1`, `2026.2`, ..., `2026.10`), compared as
numbers, so `2026.10` comes after `2026.9`. Aliases are short lower-case
words (`latest`, `stable`). Addresses under the example domains reserved
by RFC 2606 (`example.org`, ...) are placeholders, never published.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

VERSION_PATTERN = re.compile(r"(?P<year>20\d\d)\.(?P<n>[1-9]\d{0,3})")
ALIAS_PATTERN = re.compile(r"[a-z][a-z0-9-]{0,31}")
PLACEHOLDER_DOMAINS = ("example.org", "example.com", "example.net", "example")
SITE_URL_ENV = "GUIDELINES_SITE_URL"
EDIT_TEMPLATE_ENV = "GUIDELINES_EDIT_URI_TEMPLATE"


class Refused(Exception):
    """A release step refused to go on; the message is one line for the maintainer."""


def version_key(version: str) -> tuple[int, int]:
    match = VERSION_PATTERN.fullmatch(version)
    if match is None:
        raise ValueError(f"not a release version: {version!r}")
    return int(match["year"]), int(match["n"])


def is_version(text: str) -> bool:
    return VERSION_PATTERN.fullmatch(text) is not None


def sorted_versions(versions: Iterable[str]) -> list[str]:
    """Release versions, oldest first; anything else is left out."""
    return sorted((v for v in versions if is_version(v)), key=version_key)


def check_version_form(version: str) -> None:
    if not is_version(version):
        raise Refused(
            f"release version {version!r} is malformed; use YEAR.N, such as 2026.1 "
            "(no prefix, no spaces, no leading zero)"
        )


def check_alias(alias: str, version: str) -> None:
    if is_version(alias.strip().lower().removeprefix("v")) or alias == version:
        raise Refused(f"alias {alias!r} looks like a version; an alias must not be a version")
    if not ALIAS_PATTERN.fullmatch(alias):
        raise Refused(f"alias {alias!r} is malformed; use a short lower-case word such as latest")


def check_version_is_new(version: str, published: Iterable[str], aliases: Iterable[str]) -> None:
    """New, and after the newest release; also no look-alike (`v2026.1`) already there."""
    published = list(published)
    taken = {name.strip().lower().removeprefix("v") for name in [*published, *aliases]}
    if version in published or version in taken:
        raise Refused(f"release {version} is already published; pick the next number")
    newest = sorted_versions(published)
    if newest and version_key(version) < version_key(newest[-1]):
        raise Refused(f"release {version} is older than the newest release {newest[-1]}")


def is_placeholder_url(url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in PLACEHOLDER_DOMAINS)


def check_site_url(url: str | None) -> str:
    """The published address of the site: set, absolute https, not a placeholder."""
    if not url:
        raise Refused(
            f"{SITE_URL_ENV} is not set; a release needs the real address of the site "
            "(the one in mkdocs.yml is a placeholder)"
        )
    parts = urlsplit(url)
    if parts.scheme != "https" or not parts.hostname:
        raise Refused(f"{SITE_URL_ENV}={url!r} is not an absolute https:// address")
    if is_placeholder_url(url):
        raise Refused(
            f"{SITE_URL_ENV}={url!r} is a placeholder address; set the real address of the site"
        )
    return url if url.endswith("/") else url + "/"


def real_edit_template(template: str | None) -> str | None:
    """The edit-link template if it is a real one; None for unset or a placeholder."""
    if not template or is_placeholder_url(template) or "{path}" not in template:
        return None
    return template
