<#
.SYNOPSIS
  Build the Utväg MSI: PyInstaller one-folder build, smoke test, optional code signing, WiX v4.

.DESCRIPTION
  Run from any directory on a 64-bit Windows 10/11 build machine with:
    - Python 3.11 or 3.12 (x64) from python.org, on PATH as `py` or `python`;
    - the .NET SDK 8 and WiX v4:  dotnet tool install --global wix --version 4.0.5
    - for signing only: signtool.exe from the Windows SDK, and a code-signing certificate.

  Steps: (1) a private venv in build\win-venv with the project and its `package` extra;
  (2) the translations (.ts -> .qm); (3) PyInstaller -> dist\utvag-win (Utvag.exe and
  utvag-cli.exe); (4) the smoke test on the built program (packaging\smoke_test.py); (5) when a
  certificate is given, signtool signs every unsigned .exe/.dll/.pyd in the folder; (6) harvest.py
  lists the folder for WiX; (7) wix build -> dist\Utvag-<version>-x64.msi; (8) ICE validation;
  (9) the MSI is signed too.

  Signing is configured through environment variables, so no secret is on the command line:
    UTVAG_SIGN_PFX            path of a .pfx file, with UTVAG_SIGN_PFX_PASSWORD; or
    UTVAG_SIGN_THUMBPRINT     SHA-1 thumbprint of a certificate in the certificate store
                              (smart card or HSM-backed certificates work this way);
    UTVAG_SIGN_TIMESTAMP_URL  RFC 3161 time-stamping server (required when signing), so that
                              signatures stay valid after the certificate expires.
  With none of the certificate variables set the MSI is built unsigned and a warning is printed.

.PARAMETER SkipSmokeTest
  Do not run the smoke test (for example on a build machine without a desktop session).

.EXAMPLE
  powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#>
[CmdletBinding()]
param(
    [switch] $SkipSmokeTest
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$Repo = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
Set-Location $Repo

function Invoke-Checked {
    param([string] $Program, [string[]] $Arguments)
    Write-Host "> $Program $($Arguments -join ' ')"
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program exited with $LASTEXITCODE" }
}

# -- version ------------------------------------------------------------------------------------
$init = Get-Content -Raw -Encoding UTF8 (Join-Path $Repo 'desktop\utvag\__init__.py')
if ($init -notmatch '__version__ = "(\d+)\.(\d+)\.(\d+)"') {
    throw 'desktop\utvag\__init__.py must set __version__ = "X.Y.Z" (MSI versions are numeric)'
}
$Version = "$($Matches[1]).$($Matches[2]).$($Matches[3])"
Write-Host "Utväg $Version"

# -- 1. build environment -----------------------------------------------------------------------
$Venv = Join-Path $Repo 'build\win-venv'
$Py = Join-Path $Venv 'Scripts\python.exe'
if (-not (Test-Path $Py)) {
    $launcher = Get-Command py -ErrorAction SilentlyContinue
    if ($launcher) { Invoke-Checked 'py' @('-3', '-m', 'venv', $Venv) }
    else { Invoke-Checked 'python' @('-m', 'venv', $Venv) }
}
Invoke-Checked $Py @('-m', 'pip', 'install', '--quiet', '--upgrade', 'pip')
Invoke-Checked $Py @('-m', 'pip', 'install', '--quiet', '-e', "${Repo}[package]")

# -- 2. translations ----------------------------------------------------------------------------
$Lrelease = Join-Path $Venv 'Scripts\pyside6-lrelease.exe'
Get-ChildItem (Join-Path $Repo 'resources\i18n\*.ts') | ForEach-Object {
    Invoke-Checked $Lrelease @('-silent', $_.FullName, '-qm', ($_.FullName -replace '\.ts$', '.qm'))
}

# -- 3. PyInstaller -----------------------------------------------------------------------------
$Dist = Join-Path $Repo 'dist'
$App = Join-Path $Dist 'utvag-win'
$started = Get-Date
Invoke-Checked (Join-Path $Venv 'Scripts\pyinstaller.exe') @(
    '--noconfirm', '--clean', '--log-level', 'WARN',
    '--distpath', $Dist, '--workpath', (Join-Path $Repo 'build\pyinstaller-win'),
    (Join-Path $Repo 'packaging\windows\utvag.spec'))
$size = (Get-ChildItem -Recurse -File $App | Measure-Object -Sum Length).Sum / 1MB
Write-Host ("PyInstaller: {0:N0} s, {1:N0} MiB in {2}" -f ((Get-Date) - $started).TotalSeconds, $size, $App)

# -- 4. smoke test on the built program ---------------------------------------------------------
if (-not $SkipSmokeTest) {
    Invoke-Checked $Py @((Join-Path $Repo 'packaging\smoke_test.py'), $App)
}

# -- 5. code signing ----------------------------------------------------------------------------
$SignArgs = $null
if ($env:UTVAG_SIGN_PFX -or $env:UTVAG_SIGN_THUMBPRINT) {
    if (-not $env:UTVAG_SIGN_TIMESTAMP_URL) {
        throw 'UTVAG_SIGN_TIMESTAMP_URL must name an RFC 3161 time-stamping server when signing'
    }
    $SignTool = (Get-Command signtool.exe -ErrorAction SilentlyContinue).Source
    if (-not $SignTool) {
        $SignTool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
            Sort-Object FullName -Descending | Select-Object -First 1 -ExpandProperty FullName
    }
    if (-not $SignTool) { throw 'signtool.exe not found; install the Windows SDK signing tools' }
    $SignArgs = @('sign', '/fd', 'SHA256', '/td', 'SHA256', '/tr', $env:UTVAG_SIGN_TIMESTAMP_URL,
                  '/d', 'Utväg')
    if ($env:UTVAG_SIGN_PFX) {
        $SignArgs += @('/f', $env:UTVAG_SIGN_PFX)
        if ($env:UTVAG_SIGN_PFX_PASSWORD) { $SignArgs += @('/p', $env:UTVAG_SIGN_PFX_PASSWORD) }
    } else {
        $SignArgs += @('/sha1', $env:UTVAG_SIGN_THUMBPRINT)
    }
    # Our executables always; bundled libraries only when nobody signed them already (Qt and
    # Python ship signed DLLs), so that application-control policies can trust the whole folder.
    $unsigned = Get-ChildItem -Recurse -File $App -Include *.exe, *.dll, *.pyd |
        Where-Object { (Get-AuthenticodeSignature $_.FullName).Status -ne 'Valid' }
    foreach ($file in $unsigned) {
        & $SignTool @SignArgs $file.FullName | Out-Null
        if ($LASTEXITCODE -ne 0) { throw "signtool failed on $($file.FullName)" }
    }
    Write-Host "Signed $(@($unsigned).Count) files in $App"
} else {
    Write-Warning 'No UTVAG_SIGN_PFX or UTVAG_SIGN_THUMBPRINT: building an UNSIGNED MSI'
}

# -- 6. harvest ---------------------------------------------------------------------------------
$Files = Join-Path $Repo 'build\windows\files.wxs'
Invoke-Checked $Py @((Join-Path $Repo 'packaging\windows\harvest.py'), $App, $Files)

# -- 7. MSI -------------------------------------------------------------------------------------
$Msi = Join-Path $Dist "Utvag-$Version-x64.msi"
Invoke-Checked 'wix' @('build', '-arch', 'x64', '-d', "Version=$Version", '-d', "SourceDir=$App",
    (Join-Path $Repo 'packaging\windows\utvag.wxs'), $Files, '-o', $Msi)

# -- 8. ICE validation --------------------------------------------------------------------------
# ICE43 expects non-advertised shortcuts to be per-user; ours is per-machine, in the all-users
# Start menu, which is what ICE43's rule exists to protect. ICE61 warns about
# AllowSameVersionUpgrades, which is intended (a rebuilt version replaces itself).
Invoke-Checked 'wix' @('msi', 'validate', '-sice', 'ICE43', '-sice', 'ICE61', $Msi)

# -- 9. sign the MSI ----------------------------------------------------------------------------
if ($SignArgs) {
    & $SignTool @SignArgs $Msi
    if ($LASTEXITCODE -ne 0) { throw "signtool failed on $Msi" }
    Invoke-Checked $SignTool @('verify', '/pa', $Msi)
}

$msiSize = (Get-Item $Msi).Length / 1MB
Write-Host ''
Write-Host ("Built {0} ({1:N1} MiB)" -f $Msi, $msiSize)
Write-Host 'Install silently:    msiexec /i "<msi>" /qn /norestart /l*v install.log'
Write-Host 'Upgrade silently:    the same command with the newer MSI'
Write-Host 'Uninstall silently:  msiexec /x "<msi>" /qn /norestart  (or /x {ProductCode})'
