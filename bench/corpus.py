"""A deterministic corpus of realistic guideline files, for the benchmarks.

`build_corpus(root, count, seed)` writes `count` guidelines and the real data
files under `root/guidelines/`; every file validates with zero problems.
The same seed gives the same files, so the benchmarks compare like with like.
"""

from __future__ import annotations

import json
import random
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from ehealthsec.read.vocabulary import DATA_FILES

REPO = Path(__file__).resolve().parent.parent
PUBLISHED, UPDATED, REVIEW_BY = "2026-01-10", "2026-06-01", "2027-06-01"
SEED = 20261129

# --- the generated corpus ----------------------------------------------------

# (id code, folder, topic phrase used in titles)
SERIES: tuple[tuple[str, str, str], ...] = (
    ("RANS", "resilience", "ransomware readiness"),
    ("BACK", "resilience", "backups that survive an attack"),
    ("BCM", "resilience", "clinical downtime and continuity"),
    ("INC", "incidents", "incident response"),
    ("REP", "incidents", "incident reporting"),
    ("GOV", "governance", "management accountability"),
    ("RISK", "governance", "all-hazards risk assessment"),
    ("AUTH", "governance", "supervision by national authorities"),
    ("EHR", "health-data", "electronic health records"),
    ("TELE", "health-data", "telehealth services"),
    ("NET", "infrastructure", "clinical network segmentation"),
    ("CLOUD", "infrastructure", "cloud services"),
    ("LEG", "infrastructure", "legacy systems"),
    ("LOG", "infrastructure", "logging and detection"),
    ("MDEV", "medical-devices", "connected medical devices"),
    ("VULN", "medical-devices", "vulnerability disclosure and SBOMs"),
    ("IAM", "people", "identity and access"),
    ("AWARE", "people", "security awareness"),
    ("PROC", "procurement", "security in procurement"),
    ("SUPP", "procurement", "supplier remote access"),
)

TITLE_PATTERNS = (
    "Getting started with {topic} in a {place}",
    "A practical approach to {topic} for a {place}",
    "Improving {topic} across a {place}",
    "Planning {topic} in a {place} under NIS2",
    "Measuring and reviewing {topic} in a {place}",
    "Managing {topic} with suppliers of a {place}",
)

PLACES = (
    "hospital",
    "regional hospital group",
    "university hospital",
    "primary care network",
    "laboratory service",
    "ambulance service",
    "rehabilitation clinic",
    "mental health trust",
)

SUMMARY_PATTERNS = (
    "How a {place} organises {topic} so that an attack or outage slows care down "
    "but does not stop it.",
    "What a {place} should put in place for {topic}, who is accountable for it, "
    "and how to show that it works.",
    "The decisions, roles and evidence a {place} needs for {topic}, mapped to NIS2 "
    "and GDPR duties.",
)

OWNERS = (
    "eHealth Security Experts Group",
    "Health Cybersecurity Guidelines Editorial Board",
    "Hospital CISO Network",
    "Medical Device Security Working Group",
)

ACTIONS = (
    "Keep at least one backup copy of every clinical system offline or immutable",
    "Require multi-factor authentication (MFA) for all remote access by staff and suppliers",
    "Keep a complete, owned inventory of networked medical devices and clinical applications",
    "Separate clinical device networks from office and guest networks with filtering between zones",
    "Write an incident playbook covering detection, isolation, downtime and recovery",
    "Name in writing the roles that may disconnect networks or shut down systems",
    "Review privileged accounts and supplier access rights",
    "Patch internet-facing systems such as VPN and remote-access gateways within 7 days "
    "of a critical fix",
    "Collect security logs from identity, network and clinical systems in one place",
    "Write security requirements and evidence into every tender for connected equipment",
    "Train every new member of staff in phishing resistance and reporting",
    "Agree with each supplier how vulnerabilities are disclosed and fixed",
    "Keep printed downtime procedures and forms on every ward",
    "Encrypt health data at rest and in transit with current algorithms",
    "Test a full restore of the main clinical systems against agreed recovery objectives",
    "Ask manufacturers for a software bill of materials (SBOM) for each device model",
)

CADENCES = (
    "and check it at least twice a year",
    "and review the result with the management body once a year",
    "and record each exception with an owner and an end date",
    "and test it in the yearly exercise with IT, clinicians and management",
    "and report progress to the security committee every quarter",
    "and keep the evidence for the next audit",
)

SENTENCES = (
    "Ransomware remains the most frequent threat to health care in Europe, and "
    "attackers often stay inside a network for weeks before they strike.",
    "The management body approves the measures, oversees how they are put in place "
    "and can be held liable for infringements.",
    "Clinical leaders should be involved early, because they know which systems a "
    "ward cannot work without and for how long.",
    "A measure that nobody has tested is a hope, not a control, so every plan in this "
    "guideline comes with an exercise.",
    "Suppliers often hold wide remote access to clinical systems, and their accounts "
    "are a common way in for attackers.",
    "Keep the list of systems, owners and dependencies current; an outdated inventory "
    "is worse than none because people trust it.",
    "Record decisions with their date and the person who took them, so that an "
    "auditor or a new team can follow the reasoning.",
    "Small organisations can meet these expectations with shared services, as long as "
    "the contract states who does what and how fast.",
    "Where a device cannot be patched, compensate with segmentation, monitoring and a "
    "plan to replace it.",
    "Health data is personal data of a special category, so the GDPR applies on top of "
    "the NIS2 duties.",
    "Staff will work around controls that slow down patient care, so design each "
    "control with the people who use the system.",
    "An incident is easier to handle when the phone numbers, the decision rights and "
    "the paper forms are ready before it starts.",
    "Measure what matters: the time to detect, the time to restore and the share of "
    "systems covered by each control.",
    "National authorities and CSIRTs can help, but only if they are told early and "
    "know whom to call back.",
    "Backups that share credentials with the production domain are usually encrypted "
    "together with it.",
    "Exercises should end with a short list of gaps, each with an owner and a date, "
    "and the next exercise should check them.",
)

ENISA = "https://www.enisa.europa.eu/publications/"
LINKS = (
    ("ENISA Threat Landscape: Health Sector", ENISA + "health-threat-landscape"),
    ("NIS2 Directive", "https://eur-lex.europa.eu/eli/dir/2022/2555/oj"),
    ("GDPR", "https://eur-lex.europa.eu/eli/reg/2016/679/oj"),
    ("NIST CSF 2.0", "https://doi.org/10.6028/NIST.CSWP.29"),
    ("HHS 405(d) HICP", "https://405d.hhs.gov/"),
    ("MDCG 2019-16", "https://health.ec.europa.eu/medical-devices-sector_en"),
    (
        "ENISA procurement guidelines",
        ENISA + "good-practices-for-the-security-of-healthcare-services",
    ),
)

SECTIONS = (
    "Who this is for",
    "Why it matters",
    "What the rules require",
    "The practices in detail",
    "What good looks like",
    "How to check",
    "Common pitfalls",
    "Related guidance",
)

TABLE_ROWS = (
    ("Backup restore test", "IT operations", "twice a year"),
    ("Access review", "Security team", "quarterly"),
    ("Playbook exercise", "CISO", "yearly"),
    ("Supplier access audit", "Procurement", "yearly"),
    ("Device inventory check", "Biomedical engineering", "every six months"),
    ("Log source review", "Security operations", "monthly"),
)

CHECK_ITEMS = (
    "The approved plan, with the date of the last exercise and its action list.",
    "Restore test reports for the main clinical systems from the last six months.",
    "The list of privileged and supplier accounts, with the date of the last review.",
    "Evidence that at least one backup copy is offline or immutable.",
    "The signed delegation naming who may isolate systems, and their deputies.",
    "Patch reports for internet-facing systems, showing time from release to install.",
    "MFA coverage for remote access, with the list of open exceptions.",
)

_SAFE_PLAIN = re.compile(r"^[A-Za-z0-9(][^:#\[\]{}&*!|>'\"%@`]*$")


@dataclass(frozen=True)
class Plan:
    """What one generated file will contain."""

    gid: str
    folder: str
    topic: str


def _scalar(text: str) -> str:
    """A YAML scalar: plain when that is safe, else a JSON (= YAML) double-quoted string."""
    if _SAFE_PLAIN.match(text) and not text.endswith(" "):
        return text
    return json.dumps(text, ensure_ascii=False)


def _slug(title: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return slug if len(slug) <= 60 else slug[:61].rsplit("-", 1)[0]


def _keys(relative: str) -> list[str]:
    text = (REPO / "guidelines" / relative).read_text("utf-8")
    data: dict[str, Any] = yaml.load(text, Loader=yaml.CSafeLoader)
    return list(data)


def _locators() -> tuple[list[tuple[str, str]], list[str]]:
    """Cited (source, locator) pairs, and sources that list no locators (free `at`)."""
    text = (REPO / "guidelines" / "sources.yml").read_text("utf-8")
    sources: dict[str, Any] = yaml.load(text, Loader=yaml.CSafeLoader)
    pairs = [(key, at) for key, s in sources.items() for at in s.get("locators", {})]
    bare = [key for key, s in sources.items() if not s.get("locators")]
    return pairs, bare


class Generator:
    """Deterministic, realistic guideline files."""

    def __init__(self, count: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.audiences = _keys("audiences.yml")
        self.topics = _keys("topics.yml")
        self.pairs, self.bare = _locators()
        self.plans = [self._plan(i) for i in range(count)]
        self.ids = [p.gid for p in self.plans]

    @staticmethod
    def _plan(index: int) -> Plan:
        code, folder, topic = SERIES[index % len(SERIES)]
        return Plan(f"HSG-{code}-{index // len(SERIES) + 1:03d}", folder, topic)

    def _references(self, low: int, high: int) -> list[str]:
        """Distinct citations: mostly a source with a known locator, some a bare source."""
        wanted = self.rng.randint(low, high)
        cited: list[tuple[str, str | None]] = []
        while len(cited) < wanted:
            if self.rng.random() < 0.85:
                pick: tuple[str, str | None] = self.rng.choice(self.pairs)
            else:
                pick = (self.rng.choice(self.bare), None)
            if pick not in cited:
                cited.append(pick)
        lines = []
        for source, at in cited:
            lines.append(f"  - source: {source}")
            if at is not None:
                lines.append(f"    at: {_scalar(at)}")
        return lines

    def front_matter(self, plan: Plan, title: str, place: str) -> str:
        rng = self.rng
        summary = rng.choice(SUMMARY_PATTERNS).format(place=place, topic=plan.topic)
        others = [i for i in rng.sample(self.ids, min(5, len(self.ids))) if i != plan.gid]
        related = others[: rng.randint(1, 4)]
        lines = [
            f"id: {plan.gid}",
            f"title: {_scalar(title)}",
            f"summary: {_scalar(summary[0].upper() + summary[1:])}",
            f"type: {rng.choice(('guideline', 'good-practice'))}",
            "status: published",
            f"version: {rng.randint(1, 3)}.{rng.randint(0, 9)}.{rng.randint(0, 4)}",
            f"published: {PUBLISHED}",
            f"updated: {UPDATED}",
            f"review_by: {REVIEW_BY}",
            f"owner: {_scalar(rng.choice(OWNERS))}",
            f"audience: [{', '.join(rng.sample(self.audiences, rng.randint(2, 3)))}]",
            f"topics: [{', '.join(rng.sample(self.topics, rng.randint(2, 3)))}]",
            "references:",
            *self._references(2, 5),
            f"related: [{', '.join(related)}]",
            "practices:",
        ]
        for number in range(1, rng.randint(5, 10) + 1):
            text = f"{rng.choice(ACTIONS)}, {rng.choice(CADENCES)}."
            lines += [
                f"  - id: GP-{number:02d}",
                f"    text: {_scalar(text)}",
                f"    level: {rng.choice(('essential', 'essential', 'advanced'))}",
                "    references:",
                *(f"    {line}" for line in self._references(3, 6)),
            ]
        return "\n".join(lines) + "\n"

    def _paragraph(self) -> str:
        sentences = self.rng.sample(SENTENCES, self.rng.randint(3, 5))
        if self.rng.random() < 0.6:
            text, url = self.rng.choice(LINKS)
            sentences.insert(1, f"See the [{text}]({url}) for the background.")
        return " ".join(sentences)

    def body(self, words: int = 800) -> str:
        rng = self.rng
        parts: list[str] = []
        headings = iter(SECTIONS)
        count = 0
        section = 0
        while count < words:
            heading = next(headings, None) or f"Further notes {section}"
            section += 1
            block = [f"## {heading}", self._paragraph()]
            if section == 2:
                block.append(self._paragraph())
            if section == 3:
                rows = rng.sample(TABLE_ROWS, 4)
                block.append(
                    "\n".join(
                        [
                            "| Measure | Owner | How often |",
                            "| --- | --- | --- |",
                            *(f"| {a} | {b} | {c} |" for a, b, c in rows),
                        ]
                    )
                )
            if section in (4, 6):
                block.append("\n".join(f"- {item}" for item in rng.sample(CHECK_ITEMS, 4)))
            if section == 5:
                block.append(f"### Example\n\n{self._paragraph()}")
            text = "\n\n".join(block)
            count += len(text.split())
            parts.append(text)
        return "\n\n".join(parts) + "\n"

    def files(self) -> list[tuple[str, str]]:
        """(relative path under guidelines/, text) for every planned guideline."""
        out = []
        for plan in self.plans:
            place = self.rng.choice(PLACES)
            title = self.rng.choice(TITLE_PATTERNS).format(topic=plan.topic, place=place)
            title = title[0].upper() + title[1:]
            text = f"---\n{self.front_matter(plan, title, place)}---\n\n{self.body()}"
            out.append((f"{plan.folder}/{plan.gid.lower()}-{_slug(title)}.md", text))
        return out


def build_corpus(root: Path, count: int, seed: int) -> tuple[int, int]:
    """Write the corpus under `root`; return (bytes written, words in bodies)."""
    folder = root / "guidelines"
    folder.mkdir(parents=True)
    for name in DATA_FILES:
        shutil.copyfile(REPO / "guidelines" / name, folder / name)
    total_bytes = words = 0
    for relative, text in Generator(count, seed).files():
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        path.write_bytes(data)
        total_bytes += len(data)
        words += len(text.split("\n---\n", 1)[1].split())
    return total_bytes, words
