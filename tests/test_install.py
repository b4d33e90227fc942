"""A non-editable install: the wheel holds the package data, and the installed sitrep runs and reports from another folder."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PACKAGE_DATA = PYPROJECT["tool"]["setuptools"]["package-data"]

pytestmark = pytest.mark.slow


def declared_data() -> dict[str, list[str]]:
    """Each package-data pattern and the files of the source tree it matches, as paths inside the wheel."""
    found = {}
    for package, globs in PACKAGE_DATA.items():
        folder = ROOT.joinpath(*package.split("."))
        for pattern in globs:
            found[f"{package}:{pattern}"] = sorted(p.relative_to(ROOT).as_posix() for p in folder.glob(pattern))
    return found


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The project built as a wheel from a copy of its sources (the build leaves nothing in the work tree)."""
    src = tmp_path_factory.mktemp("src")
    for name in ("flows", "tasks"):
        shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--disable-pip-version-check", "-q", str(src), "-w", str(out)],
        check=True, capture_output=True, timeout=300,
    )
    [built] = out.glob("sitrep-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh venv with the wheel installed (not editable); its dependencies are the project venv's, by a .pth line."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", "--clear", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], check=True, capture_output=True, text=True).stdout.strip())
    (site / "project_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")  # a plain path: the editable install's own .pth is not read
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index", "--disable-pip-version-check", "-q", str(wheel)],
        check=True, capture_output=True, timeout=300,
    )
    return venv


def test_the_wheel_holds_every_declared_data_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for pattern, files in declared_data().items():
        assert files, f"{pattern} matches no file"
        assert set(files) <= names, f"{pattern}: not in the wheel: {sorted(set(files) - names)}"


def installed_sitrep(venv: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PREFECT_API", "SITREP_", "PYTHONPATH"))}
    env.update(PREFECT_HOME=str(cwd / "prefect"))
    return subprocess.run([str(venv / "bin" / "sitrep"), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=900)


@pytest.fixture(scope="module")
def ran(installed, tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    """The installed sitrep run over the seed from a folder outside the work tree."""
    cwd = tmp_path_factory.mktemp("elsewhere")
    return cwd, installed_sitrep(installed, cwd, "run", "--input", str(ROOT / "seeds"), "--warehouse", "w", "--json")


@pytest.mark.model
def test_the_installed_package_runs_from_another_folder(installed, ran):
    cwd, done = ran
    where = subprocess.run([str(installed / "bin" / "python"), "-c", "import tasks; print(tasks.__file__)"], cwd=cwd, capture_output=True, text=True, check=True)
    assert where.stdout.startswith(str(installed)), where.stdout  # the installed copy, not the work tree
    assert done.returncode == 0, done.stderr[-2000:]
    assert '"documents_seen": 1' in done.stdout and (cwd / "w" / "sitrep.duckdb").exists()


@pytest.mark.model
def test_the_installed_package_reports_from_another_folder(installed, ran):
    """The report SQL and the page's assets are package data: an installed sitrep finds them."""
    cwd, run = ran
    assert run.returncode == 0, run.stderr[-2000:]
    done = installed_sitrep(installed, cwd, "report", "--warehouse", "w")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "== Events by type ==" in done.stdout
    page = installed_sitrep(installed, cwd, "report", "--warehouse", "w", "--html", "page.html")
    assert page.returncode == 0, page.stderr[-2000:]
    assert "Voronezh" in (cwd / "page.html").read_text(encoding="utf-8")
