"""What the app remembers between runs (``QSettings``, organisation "Partner Scout").

Tests point ``QSettings`` at a temporary folder (``use_folder``) so they never
touch the user's settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = APPLICATION = "Partner Scout"
MAX_RECENT = 8
DEFAULT_FONT_SIZE = 11
FONT_RANGE = (8, 28)


def use_folder(folder: str | Path) -> None:
    """Keep all settings as INI files under ``folder`` (tests, portable installs)."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


class Settings:
    def __init__(self):
        self.store = QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
        )

    def recent_files(self) -> list[str]:
        value = self.store.value("files/recent", [])
        files = [value] if isinstance(value, str) else list(value or [])
        return [f for f in files if f]

    def add_recent(self, path: str) -> list[str]:
        path = str(Path(path).resolve())
        files = [path] + [f for f in self.recent_files() if f != path]
        self.store.setValue("files/recent", files[:MAX_RECENT])
        return files[:MAX_RECENT]

    def font_size(self) -> int:
        size = int(self.store.value("view/font_size", DEFAULT_FONT_SIZE))
        return min(max(size, FONT_RANGE[0]), FONT_RANGE[1])

    def set_font_size(self, size: int) -> None:
        self.store.setValue("view/font_size", int(size))

    def method(self) -> str | None:
        return self.store.value("study/method") or None

    def set_method(self, key: str) -> None:
        self.store.setValue("study/method", key)

    def export_folder(self) -> Path | None:
        """The folder a chart was last exported to, if it still exists."""
        folder = self.store.value("export/folder") or ""
        return Path(folder) if folder and Path(folder).is_dir() else None

    def set_export_folder(self, folder: str | Path) -> None:
        self.store.setValue("export/folder", str(folder))

    def window(self) -> tuple[QByteArray | None, QByteArray | None]:
        return self.store.value("window/geometry"), self.store.value("window/state")

    def set_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.store.setValue("window/geometry", geometry)
        self.store.setValue("window/state", state)

    def sync(self) -> None:
        self.store.sync()
