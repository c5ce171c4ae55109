"""The adapter between the `ehealthsec` core and MkDocs with Material for MkDocs.

Everything that knows the site engine lives here: page metadata in
Material's terms, putting generated HTML blocks into rendered pages, the
search index format, the settings the site relies on, and the staging
folder that keeps the previous site when a build fails.
`hooks/ehealthsec_hook.py` holds the MkDocs events and delegates to it.

Material for MkDocs reaches end of life in May 2027: replacing the engine
means replacing this package and the hook file, not the core.
"""
