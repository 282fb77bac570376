"""The bundle's definition (packaging/): what it ships and leaves out, checked without building it."""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"


def load_config():
    spec = importlib.util.spec_from_file_location("bundle_config", PACKAGING / "bundle_config.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


config = load_config()


def test_bundle_ships_every_data_file_the_package_declares():
    shipped = {(Path(source).resolve(), Path(folder)) for source, folder in config.data_files(ROOT)}
    package_data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["package-data"]
    declared = [
        path for package, globs in package_data.items() for g in globs for path in (ROOT / package).glob(g)
    ]
    assert any(path.suffix == ".xlsx" for path in declared) and any(
        p.parent.name == "resources" for p in declared
    )
    for path in declared:
        assert (path.resolve(), path.parent.relative_to(ROOT)) in shipped, path


def test_future_translations_and_fonts_are_shipped_where_the_code_finds_them(tmp_path):
    for name in ("desktop/translations/partner-scout_vi.qm", "desktop/fonts/NotoSans.ttf", "desktop/app.py"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    (tmp_path / "desktop/__pycache__").mkdir()
    (tmp_path / "desktop/__pycache__/app.cpython-311.pyc").write_text("x")
    shipped = sorted(
        (Path(source).relative_to(tmp_path).as_posix(), folder)
        for source, folder in config.data_files(tmp_path)
    )
    assert shipped == [
        ("desktop/fonts/NotoSans.ttf", str(Path("desktop/fonts"))),
        ("desktop/translations/partner-scout_vi.qm", str(Path("desktop/translations"))),
    ]


def test_spec_builds_both_executables_from_the_shared_definition():
    tree = ast.parse((PACKAGING / "partner-scout.spec").read_text())
    calls = {
        node.func.id: node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
    }
    analysis = {keyword.arg: ast.unparse(keyword.value) for keyword in calls["Analysis"].keywords}
    assert "config.data_files(ROOT)" in analysis["datas"]
    assert analysis["excludes"] == "config.EXCLUDES"
    exes = [node for node in ast.walk(tree) if isinstance(node, ast.Call) and ast.unparse(node.func) == "EXE"]
    built = {
        ast.unparse(k.value): (
            ast.unparse(e.args[1]),
            ast.unparse(next(c for c in e.keywords if c.arg == "console").value),
        )
        for e in exes
        for k in e.keywords
        if k.arg == "name"
    }
    # the console program runs without PyInstaller's PySide6 start-up hook, which would load Qt
    assert built == {"config.APP_NAME": ("a.scripts", "False"), "config.CLI_NAME": ("cli_scripts", "True")}
    assert "pyi_rth_pyside6" in config.GUI_ONLY_RUNTIME_HOOKS


def test_nothing_our_code_imports_is_excluded_from_the_bundle():
    imported = set()
    for package in config.PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    imported |= {alias.name for alias in node.names}
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    imported.add(node.module)
    assert "PySide6.QtWidgets" in imported
    excluded = [m for m in imported for ex in config.EXCLUDES if m == ex or m.startswith(ex + ".")]
    assert excluded == []


def test_windows_version_resource_carries_the_project_version():
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    text = config.windows_version_info(config.project_version(ROOT))
    ast.parse(text, mode="eval")  # PyInstaller evaluates it as a Python expression
    numbers = tuple(int(n) for n in version.split(".")) + (0,) * (4 - len(version.split(".")))
    assert f"filevers={numbers}" in text and f"StringStruct('ProductVersion', '{version}')" in text


def test_installer_installs_the_folder_the_spec_builds_per_user_with_open_with():
    iss = (PACKAGING / "partner-scout.iss").read_text()
    assert re.search(r'#define BundleDir "\.\.\\dist\\' + re.escape(config.FOLDER_NAME) + '"', iss)
    assert f'#define AppExe "{config.APP_NAME}.exe"' in iss
    assert "PrivilegesRequired=lowest" in iss.splitlines()
    assert re.search(r'Root: HKA; Subkey: "Software\\Classes\\\.xlsx\\OpenWithProgids"', iss)
    assert "{autoprograms}" in iss and (PACKAGING / "partner-scout.ico").is_file()


def test_a_workbook_dropped_on_the_executable_is_opened(tmp_path):
    missing = tmp_path / "dropped.xlsx"
    result = subprocess.run(
        [sys.executable, str(PACKAGING / "entry.py"), str(missing)], capture_output=True, text=True, cwd=ROOT
    )
    # taken as `open dropped.xlsx` (input error: not found), not as an unknown command (usage error, 2)
    assert result.returncode == 1 and f"{missing} not found" in result.stderr


def test_what_the_bundle_leaves_out_is_never_imported_by_a_ranking_or_a_brief(tmp_path):
    # scikit-criteria's methods, the brief (python-docx, reportlab) and the result workbook run in
    # one fresh interpreter: none may import a module the bundle excludes (sklearn's models,
    # lxml beyond etree ...), or the bundled program would fail where the source tree works.
    script = f"""
import json, sys
from desktop.cli import main
from workbooks.sample import copy_sample
sample = copy_sample({str(tmp_path / "sample.xlsx")!r})
for method in ("moora", "waspas", "spotis"):
    assert main(["rank", str(sample), "--method", method, "--analysis",
                 "--out", {str(tmp_path)!r} + f"/{{method}}.xlsx"]) == 0
for suffix in ("docx", "pdf"):
    assert main(["brief", str(sample), "--lang", "vi", "--out", {str(tmp_path)!r} + f"/brief.{{suffix}}"]) == 0
print(json.dumps(sorted(sys.modules)))
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True
    )
    imported = json.loads(result.stdout.splitlines()[-1])
    assert "sklearn.preprocessing" in imported and "docx" in imported and "lxml.etree" in imported
    excluded = [m for m in imported for ex in config.EXCLUDES if m == ex or m.startswith(ex + ".")]
    assert excluded == []
