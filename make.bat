@echo off
rem Windows equivalent of the Makefile: make.bat run | test | bench | bundle
setlocal
if not exist .venv\Scripts\python.exe (
    py -3.11 -m venv .venv || exit /b 1
)
if not exist .venv\.installed (
    .venv\Scripts\python -m pip install --quiet -c constraints.txt -e ".[dev]" || exit /b 1
    type nul > .venv\.installed
)
if "%1"=="" goto run
if "%1"=="run" goto run
if "%1"=="test" goto test
if "%1"=="bench" goto bench
if "%1"=="bundle" goto bundle
echo usage: make.bat [run^|test^|bench^|bundle]
exit /b 2
:run
.venv\Scripts\partner-scout
exit /b %errorlevel%
:test
set QT_QPA_PLATFORM=offscreen
.venv\Scripts\python -m pytest || exit /b 1
.venv\Scripts\ruff check . || exit /b 1
.venv\Scripts\lint-imports
exit /b %errorlevel%
:bench
set QT_QPA_PLATFORM=offscreen
.venv\Scripts\python -m benchmarks.run
exit /b %errorlevel%
:bundle
rem dist\partner-scout\ with "Partner Scout.exe" and partner-scout-cli.exe; then: iscc packaging\partner-scout.iss
if not exist .venv\.installed-bundle (
    .venv\Scripts\python -m pip install --quiet -c constraints.txt -e ".[dev,bundle]" || exit /b 1
    type nul > .venv\.installed-bundle
)
.venv\Scripts\pyinstaller --noconfirm --distpath dist --workpath build packaging\partner-scout.spec
exit /b %errorlevel%
