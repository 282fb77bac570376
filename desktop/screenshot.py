"""``python -m desktop.screenshot OUT.png [--size 1280x800] [--text-steps 4] [--robustness]``.

The main window on the bundled sample at a given size and text size (Ctrl+= steps), optionally
with the robustness view open, rendered with ``QWidget.grab()`` once the charts have drawn.
Settings go to a temporary folder so the picture never depends on the user's layout or font
size. The window starts as on a first run on a screen of that size.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QRect, QTimer

DEFAULT_SIZE = (1600, 1000)


def settle(app, ms: int = 300) -> None:
    """Let queued paints and coalesced chart redraws run."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


class _Screen:
    """The screen the picture pretends to be on (offscreen Qt has one 800 x 600 screen)."""

    def __init__(self, width: int, height: int) -> None:
        self.area = QRect(0, 0, width, height)

    def availableGeometry(self) -> QRect:  # noqa: N802 (Qt name)
        return self.area


def render(
    path: str | Path, size: tuple[int, int] = DEFAULT_SIZE, text_steps: int = 0, robustness: bool = False
) -> Path:
    from desktop.app import application, build_window
    from desktop.main_window import MainWindow
    from desktop.settings import Settings, use_folder

    app = application()
    screen = _Screen(*size)
    MainWindow.screen = lambda self: screen  # first-run sizing for this screen
    with tempfile.TemporaryDirectory() as folder:
        use_folder(folder)
        window = build_window(None, Settings(), autosave_folder=Path(folder) / "recovery")
        window.show()
        settle(app)
        window.load_charts()
        for _ in range(abs(text_steps)):
            window.change_font(1 if text_steps > 0 else -1)
        session = window.session
        leader = int(session.ranking.indices[session.ranking.order[1]])
        session.set_selection((leader,))  # explain a partner other than the leader: richer text
        if robustness:
            window.show_robustness()
        settle(app, 1500 if robustness or text_steps else 600)  # docks may move for large text
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(target)):
            raise SystemExit(f"could not write {target}")
        window.files.ask_save_changes = lambda: "discard"
        window.close()
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.screenshot")
    parser.add_argument("out", nargs="?", default="docs/screenshot.png")
    parser.add_argument("--size", default="x".join(map(str, DEFAULT_SIZE)), help="screen size, e.g. 1280x800")
    parser.add_argument("--text-steps", type=int, default=0, help="Ctrl+= steps (negative: smaller)")
    parser.add_argument("--robustness", action="store_true", help="open Analysis > How sure are we?")
    args = parser.parse_args(argv)
    width, _, height = args.size.partition("x")
    print(render(args.out, (int(width), int(height)), args.text_steps, args.robustness))
    return 0


if __name__ == "__main__":
    sys.exit(main())
