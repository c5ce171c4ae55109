"""Write the generated validators again: `python -m ehealthsec.validators`."""

from __future__ import annotations

from pathlib import Path

from ehealthsec.schema import FAST_SCHEMAS, generated_validator


def main() -> None:
    folder = Path(__file__).parent
    for name in FAST_SCHEMAS:
        target = folder / f"{name.removesuffix('.schema.json')}.py"
        target.write_text(generated_validator(name), "utf-8")
        print(f"wrote {target}")


if __name__ == "__main__":
    main()
