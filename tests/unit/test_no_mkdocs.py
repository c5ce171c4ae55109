"""The core knows nothing of MkDocs: every module of `ehealthsec` imports, and the
real corpus validates, in an interpreter where MkDocs, Material and our adapter
for them (`ehealthsec_mkdocs`) cannot be imported.

Material for MkDocs reaches end of life in 2027 and its successors do not run
MkDocs hooks, so only the adapter package and `hooks/ehealthsec_hook.py` may
import them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

# Runs in a fresh interpreter: argv = package to walk, repository root, extra sys.path entry.
CHILD = """
import importlib
import importlib.abc
import json
import pkgutil
import sys
from pathlib import Path


def blocked(name):
    top = name.split(".")[0]
    # The adapter too: deleting it and the hook file must leave the core working.
    return top in ("mkdocs", "material", "ehealthsec_mkdocs") or top.startswith("mkdocs_")


class BlockMkDocs(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if blocked(name):
            raise ImportError(f"{name} is blocked: the core must not import MkDocs")
        return None


sys.meta_path.insert(0, BlockMkDocs())
package_name, root, extra = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
sys.path.insert(0, extra)

package = importlib.import_module(package_name)
imported = [package_name]
for info in pkgutil.walk_packages(package.__path__, package_name + "."):
    importlib.import_module(info.name)
    imported.append(info.name)

from ehealthsec.check.corpus import validate_corpus

result = validate_corpus(root, strict=True)
print(json.dumps({
    "package_file": package.__file__,
    "imported": imported,
    "ok": result.ok,
    "files": result.files_checked,
    "problems": [p.as_text() for p in result.problems],
    "loaded": sorted(m for m in sys.modules if blocked(m)),
}))
"""


def run_child(tmp_path: Path, package: str) -> subprocess.CompletedProcess[str]:
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-I", str(script), package, str(REPO), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_core_imports_and_validates_without_mkdocs(tmp_path: Path) -> None:
    child = run_child(tmp_path, "ehealthsec")
    assert child.returncode == 0, child.stderr
    report = json.loads(child.stdout)
    # The code under test is this repository's, not some other installed copy.
    assert Path(report["package_file"]).resolve() == REPO / "hooks" / "ehealthsec" / "__init__.py"
    assert {"ehealthsec.cli", "ehealthsec.check.corpus", "ehealthsec.check.corpus_rules"} <= set(
        report["imported"]
    )
    assert len(report["imported"]) >= 12
    assert report["problems"] == []
    assert report["ok"] is True
    assert report["files"] >= 20
    assert report["loaded"] == []


@pytest.mark.parametrize(
    "import_line",
    [
        "from mkdocs.structure.files import File",
        "import material.plugins",
        "import mkdocs_get_deps",
        "from ehealthsec_mkdocs.pages import page_meta",
    ],
)
def test_the_check_catches_a_module_that_imports_mkdocs(tmp_path: Path, import_line: str) -> None:
    # A stand-in package with one module that reaches for the site engine.
    planted = tmp_path / "plantedcore"
    planted.mkdir()
    (planted / "__init__.py").write_text("")
    (planted / "model.py").write_text("VALUE = 1\n")
    (planted / "site.py").write_text(import_line + "\n")
    child = run_child(tmp_path, "plantedcore")
    assert child.returncode != 0
    assert "is blocked: the core must not import MkDocs" in child.stderr
