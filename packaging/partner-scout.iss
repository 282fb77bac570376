; Inno Setup 6.3+ script: the Windows installer for the one-folder app that `make.bat bundle` builds.
;   make.bat bundle
;   iscc packaging\partner-scout.iss        -> dist\PartnerScout-<version>-setup.exe
; Per-user install (no administrator rights): %LOCALAPPDATA%\Programs\Partner Scout, a Start-menu
; shortcut, "Open with > Partner Scout" for .xlsx files (HKEY_CURRENT_USER only), and an uninstaller
; (Settings > Apps) that removes all of these again. Optional code signing: see README, "Windows build".

#define AppName "Partner Scout"
#define AppExe "Partner Scout.exe"
#define BundleDir "..\dist\partner-scout"
#ifndef AppVersion
  ; the version resource written from pyproject.toml by packaging/partner-scout.spec
  #define AppVersion GetVersionNumbersString(AddBackslash(SourcePath) + BundleDir + "\" + AppExe)
#endif
#define ProgId "PartnerScout.xlsx"

[Setup]
AppId={{38192D06-EA35-4355-AEE5-5D95C23762EF}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Partner Scout contributors
VersionInfoVersion={#AppVersion}
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
SetupIconFile=partner-scout.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\dist
OutputBaseFilename=PartnerScout-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
#ifdef Sign
; iscc /DSign "/Ssigntool=signtool.exe sign /fd sha256 /a /tr <your CA's timestamp URL> /td sha256 $f" ...
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; "Open with" for .xlsx, per user: Excel (or whatever the user chose) stays the default program.
; HKA is HKEY_CURRENT_USER in a PrivilegesRequired=lowest install.
Root: HKA; Subkey: "Software\Classes\.xlsx\OpenWithProgids"; ValueType: none; ValueName: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Partner Scout study (Excel workbook)"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" open ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".xlsx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" open ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
