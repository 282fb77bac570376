"""Extract the interface's strings into the .ts and compile it: ``python -m tools.translations``.

``make translations`` runs this after a ``tr()`` string is added or changed: ``lupdate`` adds the
new strings to ``desktop/translations/partner_scout_vi.ts`` (marked unfinished, for a translator
with Qt Linguist or any editor), drops the vanished ones, and ``lrelease`` compiles the .ts to the
committed .qm. Both tools ship in the PySide6-Essentials wheel, so the set-up needs nothing else.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "desktop"
TRANSLATIONS = SOURCES / "translations"
TARGET_LANGUAGES = {"vi": "vi_VN"}


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"partner_scout_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"partner_scout_{language}.qm"


def tool(name: str) -> Path:
    """Qt's ``lupdate`` / ``lrelease`` from the installed PySide6 wheel."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"{name} is not in {folder}: reinstall PySide6-Essentials")


def source_files() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if "translations" not in p.parts)


def update(language: str, ts: Path | None = None) -> Path:
    """Merge the sources' strings into ``ts`` (the language's .ts by default); returns it."""
    ts = ts or ts_path(language)
    command = [str(tool("lupdate")), *map(str, source_files())]
    command += ["-locations", "none", "-no-obsolete", "-sort-messages", "-silent"]
    command += ["-source-language", "en", "-target-language", TARGET_LANGUAGES[language], "-ts", str(ts)]
    subprocess.run(command, check=True)
    return ts


def compile_ts(ts: Path, qm: Path) -> Path:
    subprocess.run([str(tool("lrelease")), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def main() -> int:
    for language in TARGET_LANGUAGES:
        compile_ts(update(language), qm_path(language))
        print(f"{ts_path(language).relative_to(ROOT)} -> {qm_path(language).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
