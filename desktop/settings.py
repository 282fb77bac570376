"""What the app remembers between runs (``QSettings``, organisation "Partner Scout").

Tests point ``QSettings`` at a temporary folder (``use_folder``) so they never
touch the user's settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize

ORGANISATION = APPLICATION = "Partner Scout"
MAX_RECENT = 8
DEFAULT_FONT_SIZE = 11
FONT_RANGE = (8, 28)


def _screen_key(screen: QSize) -> str:
    return f"window/{screen.width()}x{screen.height()}"


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

    def vikor_v(self) -> float:
        """VIKOR's v last used (0.5 when none, or when what is stored is not a number from 0 to 1)."""
        from criteria.study import DEFAULT_VIKOR_V, vikor_v_problem

        value = self.store.value("study/vikor_v", DEFAULT_VIKOR_V)
        return DEFAULT_VIKOR_V if vikor_v_problem(value) else float(value)

    def set_vikor_v(self, v: float) -> None:
        self.store.setValue("study/vikor_v", float(v))

    def export_folder(self) -> Path | None:
        """The folder a chart, the results or a brief was last exported to, if it still exists."""
        folder = self.store.value("export/folder") or ""
        return Path(folder) if folder and Path(folder).is_dir() else None

    def set_export_folder(self, folder: str | Path) -> None:
        self.store.setValue("export/folder", str(folder))

    def window(self, screen: QSize) -> tuple[QByteArray | None, QByteArray | None]:
        """Geometry and dock layout last used on a screen of this (available) size, else None."""
        key = _screen_key(screen)
        return self.store.value(f"{key}/geometry"), self.store.value(f"{key}/state")

    def set_window(self, screen: QSize, geometry: QByteArray, state: QByteArray) -> None:
        """Remember the layout per screen size: a laptop's layout does not fit the projector's."""
        key = _screen_key(screen)
        self.store.setValue(f"{key}/geometry", geometry)
        self.store.setValue(f"{key}/state", state)

    def sync(self) -> None:
        self.store.sync()
