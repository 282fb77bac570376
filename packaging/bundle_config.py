"""What goes into the PyInstaller bundle, shared by ``partner-scout.spec`` and the tests.

Plain Python (no PyInstaller import) so that the normal test suite can check it without the
``bundle`` extra installed. Paths are relative to the repository root given as ``root``.
"""

from __future__ import annotations

import shutil
import subprocess
import tomllib
from pathlib import Path

APP_NAME = "Partner Scout"  # the windowed executable (Start menu, "Open with")
CLI_NAME = "partner-scout-cli"  # the console executable beside it
FOLDER_NAME = "partner-scout"  # dist/partner-scout/, the one folder both share

# Our own packages; every non-Python file inside them is data the app may read at run time
# (the sample, desktop/resources, translations and fonts when they are added).
PACKAGES = ("criteria", "scoring", "workbooks", "briefing", "desktop")
NOT_DATA = {".py", ".pyc", ".pyo"}

# The Matplotlib backends the app uses: QtAgg on screen, Agg/SVG/PDF for "Export...".
MATPLOTLIB_BACKENDS = ["QtAgg", "Agg", "SVG", "PDF"]

# scikit-learn parts scikit-criteria never imports: its MOORA, WASPAS and SPOTIS, the only methods
# of it the app runs, reach sklearn.base, sklearn.preprocessing and sklearn.utils (and what those
# import); the models, metrics and datasets below would otherwise come along with their
# compiled extensions (tests/test_packaging.py checks that a ranking and a brief import none).
SKLEARN_UNUSED = [
    f"sklearn.{name}"
    for name in (
        "_build_utils", "_isotonic", "_loss", "calibration", "cluster", "compose", "covariance",
        "cross_decomposition", "datasets", "decomposition", "discriminant_analysis", "dummy",
        "ensemble", "experimental", "feature_extraction", "feature_selection", "frozen",
        "gaussian_process", "impute", "inspection", "isotonic", "kernel_approximation",
        "kernel_ridge", "linear_model", "manifold", "metrics", "mixture", "model_selection",
        "multiclass", "multioutput", "naive_bayes", "neighbors", "neural_network", "pipeline",
        "random_projection", "semi_supervised", "svm", "tests", "tree",
    )
]  # fmt: skip

# Modules that analysis would otherwise pull in through optional imports of our dependencies
# (pandas, matplotlib, scipy, scikit-learn ...) but that the app never uses.
EXCLUDES = [
    # other GUI toolkits and Matplotlib backends for them or for notebooks/the web
    "tkinter",
    "_tkinter",
    "matplotlib.backends.backend_tkagg",
    "matplotlib.backends.backend_tkcairo",
    "matplotlib.backends._backend_tk",
    "matplotlib.backends.backend_wx",
    "matplotlib.backends.backend_wxagg",
    "matplotlib.backends.backend_wxcairo",
    "matplotlib.backends.backend_gtk3",
    "matplotlib.backends.backend_gtk3agg",
    "matplotlib.backends.backend_gtk3cairo",
    "matplotlib.backends.backend_gtk4",
    "matplotlib.backends.backend_gtk4agg",
    "matplotlib.backends.backend_gtk4cairo",
    "matplotlib.backends.backend_webagg",
    "matplotlib.backends.backend_webagg_core",
    "matplotlib.backends.backend_nbagg",
    "matplotlib.backends.backend_cairo",
    "matplotlib.backends.backend_macosx",
    "matplotlib.backends.backend_qtcairo",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "wx",
    "gi",
    "cairo",
    # Qt modules nothing imports (the app uses QtCore, QtGui and QtWidgets; matplotlib adds QtSvg)
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDBus",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtHelp",
    "PySide6.QtPrintSupport",
    "PySide6.QtSvgWidgets",  # (QtSvg stays: matplotlib's qt_compat imports it)
    "PySide6.QtWebEngineCore",
    "PySide6.Qt3DCore",
    "PySide6.QtMultimedia",
    # development and notebook tools reached only through optional imports
    "IPython",
    "jupyter_client",
    "ipykernel",
    "notebook",
    "pytest",
    "_pytest",
    "hypothesis",
    "pytestqt",
    "ruff",
    "importlinter",
    "grimp",
    "PyInstaller",
    "pip",
    "setuptools",
    "pkg_resources",
    "sphinx",
    "docutils",
    # reached only through optional imports: syntax colouring, pandas' Styler, doc tools
    "pygments",
    "jinja2",
    "markdown_it",
    "pydoc_data",
    # standard library and Pillow parts nothing of ours reaches: SQLite, the debugger, doctest,
    # line editing, Pillow's WebP codec and Tk bridge
    "sqlite3",
    "_sqlite3",
    "pdb",
    "doctest",
    "readline",
    "PIL._webp",
    "PIL._imagingtk",
    "PIL.ImageTk",
    # lxml beyond lxml.etree: python-docx and openpyxl use only lxml.etree (pandas' read_html,
    # which would take lxml.html, is never called)
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    "lxml.sax",
    "lxml.builder",
    # test suites shipped inside packages
    "numpy.tests",
    "pandas.tests",
    "scipy.tests",
    "sklearn.tests",
    "matplotlib.tests",
    "skcriteria.tests",
    "networkx.tests",
    *SKLEARN_UNUSED,
]

# Files we drop after analysis (paths inside the bundle):
# - PuLP's CBC solver binaries: scikit-criteria imports pulp for linear-programming methods the app never offers;
# - Qt's own translations: the app loads only its own catalogue (desktop/translations, which carries
#   the few Qt words its dialogs show), so Qt's are never read;
# - Qt plugins for embedded devices (eglfs) and the GTK3 look (it would drag in the GTK stack).
# - Qt platform plugins for embedded screens (eglfs, linuxfb, vnc ...) and their libraries;
# - Pillow's AVIF codec (the app reads and writes no AVIF images), Matplotlib's example data;
# - scikit-learn's example datasets (sklearn.datasets is excluded above).
DROPPED = (
    "pulp/solverdir/",
    "PySide6/Qt/translations/",
    "PySide6/Qt/plugins/egldeviceintegrations/",
    "PySide6/Qt/plugins/generic/",
    "PySide6/Qt/plugins/platformthemes/libqgtk3",
    "PySide6/Qt/plugins/platforms/libqeglfs",
    "PySide6/Qt/plugins/platforms/libqminimalegl",
    "PySide6/Qt/plugins/platforms/libqlinuxfb",
    "PySide6/Qt/plugins/platforms/libqvnc",
    "PySide6/Qt/plugins/platforms/libqvkkhrdisplay",
    "PySide6/Qt/lib/libQt6EglF",
    "PySide6/Qt/lib/libQt6Network",
    "libQt6EglF",
    "libQt6Network",
    "PIL/_avif",
    "matplotlib/mpl-data/sample_data/",
    "pillow.libs/libavif",
    "sklearn/datasets/",
)
# Build inputs that packages ship beside their compiled code (Cython sources, templates, meson
# files; scikit-learn's hook collects them): nothing reads them at run time.
BUILD_SOURCES = (".pyx", ".pxd", ".pxi", ".tp", "meson.build")
# Top-level libraries: the GTK stack that only the dropped GTK3 theme plugin linked (Linux system
# libraries) and the link PyInstaller adds to the dropped AVIF codec.
DROPPED_LIBRARIES = (
    "libgtk-3",
    "libgdk-3",
    "libcairo",
    "libpango",
    "libgdk_pixbuf",
    "libatk",
    "libpixman",
    "libthai",
    "libdatrie",
    "libfribidi",
    "libepoxy",
    "libavif",
)

# PyInstaller's start-up hook for PySide6 imports PySide6.QtCore in every executable of the analysis
# (to set Qt's plugin path); the console program leaves it out, so the CLI never loads Qt. PySide6's
# wheels locate their plugins themselves, should the CLI ever open a window (`open`).
GUI_ONLY_RUNTIME_HOOKS = ("pyi_rth_pyside6",)


def data_files(root: Path) -> list[tuple[str, str]]:
    """(source file, folder inside the bundle) for every non-Python file of our packages."""
    found = []
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*")):
            if path.is_file() and path.suffix not in NOT_DATA and "__pycache__" not in path.parts:
                relative = path.relative_to(root)
                found.append((str(path), str(relative.parent)))
    return found


def is_dropped(destination: str) -> bool:
    path = destination.replace("\\", "/")
    top_level_library = "/" not in path and path.startswith(DROPPED_LIBRARIES)
    return path.startswith(DROPPED) or path.endswith(BUILD_SOURCES) or top_level_library


def strip_symbols(folder: Path) -> list[Path]:
    """Strip symbol tables from the bundle's ELF libraries where binutils' ``strip`` exists (Linux).

    Not PyInstaller's ``strip=True``: that also strips the wheels' vendored libraries in
    ``*.libs/``, which auditwheel rewrote with patchelf, and a stripped copy no longer loads
    ("ELF load command address/offset not page-aligned"). The executables are left alone too:
    their archive is appended after the ELF image. Windows DLLs carry no symbol tables.
    """
    tool = shutil.which("strip")
    if tool is None:
        return []
    stripped = []
    for path in sorted((folder / "_internal").rglob("*")):
        if path.is_symlink() or not path.is_file() or any(part.endswith(".libs") for part in path.parts):
            continue
        with open(path, "rb") as file:
            if file.read(4) != b"\x7fELF":
                continue
        subprocess.run([tool, str(path)], check=True)
        stripped.append(path)
    return stripped


def project_version(root: Path) -> str:
    with open(root / "pyproject.toml", "rb") as file:
        return tomllib.load(file)["project"]["version"]


def windows_version_info(version: str) -> str:
    """The Windows version resource (PyInstaller's VSVersionInfo text) for ``version`` ("0.1.0")."""
    numbers = [int(part) for part in version.split(".")[:4] if part.isdigit()]
    four = tuple((numbers + [0, 0, 0, 0])[:4])
    strings = {
        "CompanyName": "Partner Scout contributors",
        "FileDescription": APP_NAME,
        "FileVersion": version,
        "InternalName": FOLDER_NAME,
        "LegalCopyright": "MIT licence",
        "OriginalFilename": f"{APP_NAME}.exe",
        "ProductName": APP_NAME,
        "ProductVersion": version,
    }
    table = ",\n          ".join(f"StringStruct({key!r}, {value!r})" for key, value in strings.items())
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={four}, prodvers={four}, mask=0x3F, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
          {table}])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])]),
  ],
)
"""
