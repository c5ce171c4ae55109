"""Fast validators generated from the JSON Schemas in `schemas/` (see `schema`)."""
