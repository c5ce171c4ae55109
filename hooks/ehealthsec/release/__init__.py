"""Versioned releases of the guidance: record, compare, publish with mike.

One job per module, as in mike itself:

- `git_utils`: every git call, with explicit argument lists and clear errors;
- `rules`: what a version, an alias and a site address may be;
- `record`: the release record (what a release published, with hashes);
- `diff`: what changed between two records;
- `permanence`: ids of earlier releases never deleted, never reused;
- `changelog`: the changelog page, its Atom feed, and each guideline's history;
- `deploy`: the deploy branch (fetch, read, check, restore, push) and mike;
- `command`: the ordered steps of `guidelines release`.

Nothing here imports MkDocs: mike is run through its command line.
"""
