"""`guidelines new`: a draft guideline file that passes validation as written.

The draft's placeholder sentences start with `placeholders.MARKER`, so each
is a warning: the draft can be previewed, but `--strict` and a release refuse
it until every placeholder is replaced.

Ids come in series: `HSG-RANS-001`, `HSG-RANS-002`, ... share the series
`HSG-RANS`. Without `--id`, the new guideline gets the next free number of
its area's series (the one series its files use, or the one named with
`--series`); numbers are counted over the whole corpus, since ids are unique
across it.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypeVar

from .check.corpus import GUIDELINES_DIR, find_guideline_files
from .read.document import recover_id
from .read.placeholders import MARKER
from .read.vocabulary import load_vocabulary
from .schemas import schema_pattern

_ID = schema_pattern("properties", "id")
_AREA = schema_pattern("$defs", "key")  # a folder name has the shape of a key
_SERIES = re.compile(r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$")
_NUMBERED = re.compile(r"^(?P<series>.+)-(?P<number>[0-9]+)$")
KINDS = ("guideline", "good-practice")
DEFAULT_OWNER = "Health Cybersecurity Guidelines Editorial Board"

# Asks the contributor for one value, or None where nobody can answer (not a terminal).
Ask = Callable[[str], str] | None


T = TypeVar("T")


class ScaffoldError(Exception):
    """A value given or answered is wrong or missing: a usage error."""


class ScaffoldRefused(ScaffoldError):
    """The request is well formed, but the repository refuses it (an id in use)."""


@dataclass(frozen=True)
class Request:
    """What the contributor asked for; None is not given (yet)."""

    area: str | None = None
    title: str | None = None
    kind: str = "guideline"
    audience: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    gid: str | None = None
    series: str | None = None
    new_area: bool = False


@dataclass(frozen=True)
class Draft:
    """A checked request: everything the file needs."""

    area: str
    title: str
    kind: str
    audience: tuple[str, ...]
    topics: tuple[str, ...]
    gid: str
    owner: str


def slugify(title: str) -> str:
    words = re.findall(r"[a-z0-9]+", title.lower())
    return "-".join(words[:8]) or "guideline"


def did_you_mean(value: str, known: Iterable[str]) -> str:
    match = difflib.get_close_matches(value, list(known), n=1, cutoff=0.6)
    return f"did you mean '{match[0]}'? " if match else ""


# --- what the corpus already holds ------------------------------------------------------


def existing_areas(root: Path) -> list[str]:
    folder = root / GUIDELINES_DIR
    return sorted(p.name for p in folder.iterdir() if p.is_dir() and _AREA.match(p.name))


def _ids_by_file(root: Path) -> dict[Path, str]:
    """Each guideline file's id, read from its `id:` line: a file with other
    problems still holds its id."""
    ids = {}
    for path in find_guideline_files(root):
        gid = recover_id(path.read_text("utf-8", errors="replace"))
        if gid:
            ids[path] = gid
    return ids


def series_of(gid: str) -> str | None:
    """`HSG-RANS-001` -> `HSG-RANS`; None for an id without a number at the end."""
    match = _NUMBERED.match(gid)
    return match.group("series") if match else None


def area_series(ids: dict[Path, str], area_folder: Path) -> list[str]:
    found = {series_of(gid) for path, gid in ids.items() if path.parent == area_folder}
    return sorted(s for s in found if s)


def next_id(series: str, used: Iterable[str]) -> str:
    """The number after the highest one used in `series`, three digits at least."""
    numbers = [
        match.group("number")
        for gid in used
        if (match := _NUMBERED.match(gid)) and match.group("series") == series
    ]
    width = max([3, *(len(n) for n in numbers)])
    return f"{series}-{max([0, *(int(n) for n in numbers)]) + 1:0{width}d}"


_OWNER_LINE = re.compile(r"^owner:[ \t]*(.+?)[ \t]*$", re.MULTILINE)


def _usual_owner(root: Path) -> str:
    """The owner most guidelines name: a new one usually has the same."""
    owners: Counter[str] = Counter()
    for path in find_guideline_files(root):
        found = _OWNER_LINE.search(path.read_text("utf-8", errors="replace"))
        if found and not found.group(1).startswith(("'", '"', "#")):
            owners[found.group(1)] += 1
    return owners.most_common(1)[0][0] if owners else DEFAULT_OWNER


# --- checking each value ----------------------------------------------------------------


def check_area(root: Path, area: str, new_area: bool) -> str:
    areas = existing_areas(root)
    if area in areas:
        return area
    if not _AREA.match(area):
        raise ScaffoldError(
            f"'{area}' is not a valid area: use a lower-case folder name like medical-devices"
        )
    if not new_area:
        raise ScaffoldError(
            f"there is no area '{area}' under guidelines/: {did_you_mean(area, areas)}"
            f"areas: {', '.join(areas)}; to start a new area, add --new-area"
        )
    return area


def check_title(title: str) -> str:
    title = " ".join(title.split())
    if not 10 <= len(title) <= 120:
        raise ScaffoldError(f"the title is {len(title)} characters; it must be 10 to 120")
    return title


def check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise ScaffoldError(
            f"'{kind}' is not a type: {did_you_mean(kind, KINDS)}"
            f"expected one of: {', '.join(KINDS)}"
        )
    return kind


def check_terms(values: Iterable[str], known: Sequence[str], noun: str) -> tuple[str, ...]:
    """Keys from a vocabulary; `values` may hold several separated by commas."""
    keys = [key.strip() for value in values for key in value.split(",") if key.strip()]
    for key in keys:
        if key not in known:
            raise ScaffoldError(
                f"'{key}' is not {noun}: {did_you_mean(key, known)}known: {', '.join(known)}"
            )
    return tuple(dict.fromkeys(keys))  # each once, in the order given


def check_new_id(gid: str, used: Iterable[str]) -> str:
    if not _ID.match(gid):
        raise ScaffoldError(
            f"'{gid}' is not a valid id: use upper-case words joined by hyphens, like HSG-RANS-002"
        )
    if gid in set(used):
        raise ScaffoldRefused(f"id '{gid}' is already used; ids are never reused")
    return gid


def check_series(series: str) -> str:
    series = series.strip().rstrip("-")
    if not _SERIES.match(series) or not _ID.match(f"{series}-001"):
        raise ScaffoldError(
            f"'{series}' is not a valid series: use upper-case words joined by hyphens, "
            "like HSG-RANS"
        )
    return series


# --- from a request to a draft ----------------------------------------------------------


def _ask_until_valid(ask: Ask, question: str, check: Callable[[str], T], missing: str) -> T:
    """The answer to `question`, asked again after each mistake; `missing` when
    there is nobody to ask."""
    if ask is None:
        raise ScaffoldError(missing)
    while True:
        try:
            return check(ask(question))
        except ScaffoldError as exc:
            print(f"  {exc}")


def complete(root: Path, request: Request, ask: Ask) -> Draft:
    """Check every value given, ask for the ones missing (when `ask` can), and
    choose the id."""
    vocabulary, problems = load_vocabulary(root, GUIDELINES_DIR)
    if problems:
        raise ScaffoldError(f"{problems[0].path}: fix the data file first ({problems[0].message})")
    area = _area(root, request, ask)
    title = (
        check_title(request.title)
        if request.title is not None
        else _ask_until_valid(ask, "Title (10 to 120 characters): ", check_title, _NO_TITLE)
    )
    kind = check_kind(request.kind)
    audiences, topics = list(vocabulary.audiences), list(vocabulary.topics)
    audience = _terms(request.audience, audiences, "an audience", "--audience", ask)
    topic_keys = _terms(request.topics, topics, "a topic", "--topic", ask)
    gid = _choose_id(request, area, _ids_by_file(root), ask, root)
    return Draft(area, title, kind, audience, topic_keys, gid, _usual_owner(root))


_NO_TITLE = "--title is missing: give the guideline's title, 10 to 120 characters"


def _area(root: Path, request: Request, ask: Ask) -> str:
    if request.area is not None:
        return check_area(root, request.area, request.new_area)
    areas = ", ".join(existing_areas(root))
    return _ask_until_valid(
        ask,
        f"Area ({areas}): ",
        lambda answer: check_area(root, answer.strip(), request.new_area),
        f"--area is missing: name a folder under guidelines/ ({areas}), "
        "or a new one with --new-area",
    )


def _terms(
    given: Sequence[str], known: Sequence[str], noun: str, option: str, ask: Ask
) -> tuple[str, ...]:
    if given:
        return check_terms(given, known, noun)
    if ask is None:
        return ()  # written as a placeholder choice, marked for the contributor

    def check(answer: str) -> tuple[str, ...]:
        keys = check_terms([answer], known, noun)
        if not keys:
            raise ScaffoldError(f"name at least one ({option})")
        return keys

    question = f"{option.lstrip('-').capitalize()} keys, separated by commas ({', '.join(known)}): "
    return _ask_until_valid(ask, question, check, "")


def _choose_id(request: Request, area: str, ids: dict[Path, str], ask: Ask, root: Path) -> str:
    used = ids.values()
    if request.gid is not None:
        return check_new_id(request.gid, used)
    if request.series is not None:
        return next_id(check_series(request.series), used)
    found = area_series(ids, root / GUIDELINES_DIR / area)
    if len(found) == 1:
        return next_id(found[0], used)
    missing = (
        f"area '{area}' holds the series {', '.join(found)}: choose one with --series, "
        "or give the id with --id"
        if found
        else f"area '{area}' has no guidelines yet: give the series with --series "
        "(like HSG-RANS) or the id with --id"
    )
    listed = f" ({', '.join(found)})" if found else ""
    series = _ask_until_valid(ask, f"Id series{listed}: ", check_series, missing)
    return next_id(series, used)


# --- the file ---------------------------------------------------------------------------


def _quoted(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _one_year_on(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February: the 28th, a year on
        return day.replace(year=day.year + 1, day=28)


def _list_line(key: str, values: tuple[str, ...], fallback: str, what: str) -> str:
    if values:
        return f"{key}: [{', '.join(values)}]"
    return f"{key}: [{fallback}]  # {MARKER} choose the {what} (see guidelines/{key}.yml)"


def render(draft: Draft, today: date) -> str:
    """The draft's text: front matter with today's dates, then the body outline.
    A draft is not published yet: `published` is set on the day it is."""
    todo = MARKER
    audience = _list_line("audience", draft.audience, "security-teams", "audiences")
    topics = _list_line("topics", draft.topics, "governance", "topics")
    return f"""---
id: {draft.gid}
title: {_quoted(draft.title)}
summary: "{todo} one or two plain sentences: who this is for and what it helps them do."
type: {draft.kind}
status: draft
version: 0.1.0
updated: {today.isoformat()}
review_by: {_one_year_on(today).isoformat()}
owner: {_quoted(draft.owner)}
{audience}
{topics}
references:  # {todo} cite each source the guidance rests on, with its article
  - source: nis2
    at: Art. 21(2)(a)
practices:
  - id: GP-01
    text: "{todo} one action a reader can tick off: who does what, and how often."
    level: essential
---

## Who this is for

{todo} name the roles that should act on this guidance, and the organisations they work in.

## Why it matters

{todo} explain the risk to patient care and to health data, with a figure or an
incident and its source.

## The practices

### GP-01

{todo} say how to carry out the practice, and why it works. One section per practice.

## How to check

{todo} say how a reader can tell that the practices are in place: a record, a test, a report.

## References

{todo} list the articles and sections cited above, in words (the sources are
linked from the front matter).
"""


def create(root: Path, draft: Draft, today: date) -> Path:
    """Write the draft; never over an existing file."""
    path = root / GUIDELINES_DIR / draft.area / f"{draft.gid.lower()}-{slugify(draft.title)}.md"
    if path.exists():
        raise ScaffoldRefused(f"{path.relative_to(root).as_posix()} already exists")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(draft, today), encoding="utf-8")
    return path
