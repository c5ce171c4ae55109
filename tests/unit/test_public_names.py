"""The package's public names (`ehealthsec.__all__`) and what importing it costs.

The names load on first use, so a command that needs only validation does
not pay for the site, the workbook library or the release code.
"""

from __future__ import annotations

import json
import subprocess
import sys

import ehealthsec
import pytest


def test_every_public_name_resolves_to_what_its_module_defines() -> None:
    for name in ehealthsec.__all__:
        value = getattr(ehealthsec, name)
        if name != "__version__":
            assert value.__name__ == name, name
    assert set(ehealthsec.__all__) <= set(dir(ehealthsec))
    assert set(ehealthsec.__all__) - {"__version__"} == set(ehealthsec._MODULE_OF)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Nothing'"):
        ehealthsec.Nothing  # noqa: B018


def test_validation_alone_loads_neither_the_site_nor_the_workbook_library() -> None:
    code = (
        "import json, sys; import ehealthsec.check.corpus; "
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('ehealthsec', 'xlsxwriter'))))"
    )
    loaded = json.loads(
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout
    )
    assert "ehealthsec.check.corpus" in loaded
    assert not [m for m in loaded if m.startswith(("ehealthsec.site", "xlsxwriter"))], loaded
