"""Health-sector cybersecurity guidelines: content model, validation, pages and exports.

The package never imports MkDocs: the site engine is an adapter
(`hooks/ehealthsec_hook.py`) over this core, so the core outlives it.
"""

__version__ = "0.1.0"
