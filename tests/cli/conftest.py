import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

CLI = str(Path(sys.executable).with_name("partner-scout"))


def run_cli(*args: object) -> subprocess.CompletedProcess:
    """Run the installed `partner-scout` command in a real process."""
    return subprocess.run([CLI, *map(str, args)], capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="session")
def sample_copy(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.xlsx"
    result = run_cli("sample", path)
    assert result.returncode == 0, result.stderr
    return path


def strict_json(text: str):
    """Parse JSON, refusing NaN and Infinity (the contract asks for strict JSON)."""

    def refuse(constant):
        raise ValueError(f"not strict JSON: {constant}")

    return json.loads(text, parse_constant=refuse)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
