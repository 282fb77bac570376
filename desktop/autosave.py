"""Autosave to a recovery file while there are unsaved changes; offer it back after a crash.

Every ``interval_ms`` (a minute by default), if the study is dirty, it is saved
(atomically, with the workbook's other sheets) to ``recovery.xlsx`` in the app
data folder, next to ``recovery.json`` naming the file it belongs to. A save,
a clean undo state or a normal close removes both.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QTimer, Signal

from criteria.errors import InputError, OutputError
from criteria.study_settings import model_to_save
from desktop.i18n import current_language
from desktop.session import StudySession

INTERVAL_MS = 60_000


def default_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


@dataclass(frozen=True)
class Recovery:
    workbook: Path
    source: str | None  # the file the unsaved study belongs to (None: never saved)
    method: str
    weights: tuple[float, ...] | None  # the study's weights when it was saved


class Autosaver(QObject):
    saved = Signal(str)
    failed = Signal(str)

    def __init__(
        self, session: StudySession, folder: Path | None = None, interval_ms: int = INTERVAL_MS, parent=None
    ):
        super().__init__(parent)
        self.session = session
        self.folder = Path(folder) if folder else default_folder()
        self.workbook = self.folder / "recovery.xlsx"
        self.info = self.folder / "recovery.json"
        self.timer = QTimer(self, interval=interval_ms)
        self.timer.timeout.connect(self.save_now)
        self.timer.start()
        session.undo_stack.cleanChanged.connect(self._on_stack_clean_changed)

    def save_now(self) -> bool:
        """Write the recovery file if the study is dirty; False when nothing was written."""
        if not self.session.is_dirty:
            return False
        from workbooks.atomic import write_atomic
        from workbooks.writer import save_study

        state = self.session.state
        source = self.session.existing_source
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            # the model's own weights stay in the Weight column; the study's live ones go in the json
            save_study(self.workbook, model_to_save(state), source=source)
            info = {"source": self.session.path, "method": state.method, "weights": list(state.weights)}
            write_atomic(self.info, lambda temp: temp.write_text(json.dumps(info), "utf-8"))
        except (OutputError, InputError, OSError) as error:
            said = (
                error.summary(lang=current_language())
                if isinstance(error, (OutputError, InputError))
                else error
            )
            self.failed.emit(self.tr("Autosave failed: {error}").format(error=said))
            return False
        self.saved.emit(str(self.workbook))
        return True

    def discard(self) -> None:
        for path in (self.workbook, self.info):
            path.unlink(missing_ok=True)

    def _on_stack_clean_changed(self, clean: bool) -> None:
        if clean:
            self.discard()

    def pending(self) -> Recovery | None:
        """A recovery file newer than the file it belongs to, if one was left by a crash."""
        if not self.workbook.exists() or not self.info.exists():
            return None
        try:
            info = json.loads(self.info.read_text("utf-8"))
        except (OSError, ValueError):
            return None
        source = info.get("source")
        if source and Path(source).exists() and Path(source).stat().st_mtime >= self.workbook.stat().st_mtime:
            return None
        weights = info.get("weights")
        return Recovery(
            self.workbook, source, str(info.get("method") or "wsm"), tuple(weights) if weights else None
        )
