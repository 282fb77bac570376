"""``python -m desktop.screenshot docs/screenshot.png``: the main window on the sample at 1600 x 1000.

Rendered offscreen with ``QWidget.grab()`` once the charts have drawn; settings go to a
temporary folder so the picture never depends on the user's layout or font size.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer

SIZE = (1600, 1000)


def settle(app, ms: int = 300) -> None:
    """Let queued paints and coalesced chart redraws run."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def render(path: str | Path) -> Path:
    from desktop.app import application, build_window
    from desktop.settings import Settings, use_folder

    app = application()
    with tempfile.TemporaryDirectory() as folder:
        use_folder(folder)
        window = build_window(None, Settings(), autosave_folder=Path(folder) / "recovery")
        window.resize(*SIZE)
        window.show()
        settle(app)
        window.load_charts()
        window.resize(*SIZE)  # the charts' size hint may have grown the window
        session = window.session
        leader = int(session.ranking.indices[session.ranking.order[1]])
        session.set_selection((leader,))  # explain a partner other than the leader: richer text
        settle(app, 600)
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(target)):
            raise SystemExit(f"could not write {target}")
        window.files.ask_save_changes = lambda: "discard"
        window.close()
    return target


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    print(render(args[0] if args else "docs/screenshot.png"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
