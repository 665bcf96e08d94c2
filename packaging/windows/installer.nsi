; Inspector: per-user Windows installer (NSIS 3, Modern UI 2, Vietnamese + English).
;
; Compile (on Linux or Windows), after building the one-folder bundle with build.spec:
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DVERSION_NUMERIC=0.1.0.0 \
;            -DDIST_DIR=dist/windows/inspector-app -DOUTFILE=dist/windows/Inspector-0.1.0-setup.exe \
;            [-DCOMPRESSION=zlib] packaging/windows/installer.nsi
; (scripts/bundle/windows.sh does this). COMPRESSION: lzma (default, release: smallest, slower to
; build) or zlib (test builds: about 4x faster to compile, about 40% larger).
;
; What it does:
; * installs for the current user only, without admin rights, into $LOCALAPPDATA\Programs\Inspector
;   (/D=<dir> on the command line chooses another folder);
; * Start-menu and desktop shortcuts (/NODESKTOP: no desktop shortcut);
; * registers an uninstaller in Apps & Features (HKCU ...\Uninstall\InspectorApp);
; * upgrades in place: the previous version's program files are replaced, the user's data is never
;   touched (it lives in %LOCALAPPDATA%\Inspector\inspector-app, outside the install folder);
; * refuses to install or uninstall while Inspector is running (exit code 3 in silent mode);
; * the uninstaller keeps the user's data unless the user ticks the box, or /REMOVEDATA is given.
;
; Exit codes: 0 done, 1 cancelled by the user, 2 aborted (error), 3 Inspector is running.

Unicode true
Target amd64-unicode
ManifestDPIAware true
ManifestSupportedOS all

!ifndef VERSION
  !error "pass the version: makensis -DVERSION=x.y.z"
!endif
!ifndef VERSION_NUMERIC
  !define VERSION_NUMERIC "${VERSION}.0"
!endif
!ifndef DIST_DIR
  !error "pass the bundle folder: makensis -DDIST_DIR=dist/windows/inspector-app"
!endif
!ifndef OUTFILE
  !define OUTFILE "Inspector-${VERSION}-setup.exe"
!endif
!ifndef COMPRESSION
  !define COMPRESSION lzma
!endif

!if "${COMPRESSION}" == "lzma"
  SetCompressor /SOLID lzma
  ; a big window lets the solid stream share the two executables' identical Python archives
  SetCompressorDictSize 64
!else
  SetCompressor ${COMPRESSION}
!endif

!define APP_NAME "Inspector"
!define APP_EXE "inspector-app.exe"
!define CLI_EXE "inspector.exe"
!define PUBLISHER "Inspector team"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\InspectorApp"
; A named mutex the running app may hold (see docs/windows.md); the file-lock check below works
; without it.
!define APP_MUTEX "Local\InspectorAppRunning"
; platformdirs.user_data_dir("inspector-app", "Inspector", roaming=False)
!define DATA_PARENT "$LOCALAPPDATA\Inspector"
!define DATA_DIR "$LOCALAPPDATA\Inspector\inspector-app"
!define EXIT_RUNNING 3

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Inspector"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
RequestExecutionLevel user
ShowInstDetails nevershow
ShowUninstDetails nevershow
BrandingText "${APP_NAME} ${VERSION}"

VIProductVersion "${VERSION_NUMERIC}"
VIFileVersion "${VERSION_NUMERIC}"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} ${VERSION} Setup"
VIAddVersionKey /LANG=0 "LegalCopyright" "${PUBLISHER}, MIT License"

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include nsDialogs.nsh
!include Sections.nsh

!define MUI_ICON "..\..\resources\icons\inspector.ico"
!define MUI_UNICON "..\..\resources\icons\inspector.ico"
!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING

; ---------------------------------------------------------------------------------------------
; pages
; ---------------------------------------------------------------------------------------------
!insertmacro MUI_PAGE_WELCOME
!define MUI_PAGE_CUSTOMFUNCTION_LEAVE DirectoryLeave
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
UninstPage custom un.DataPageCreate un.DataPageLeave
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the fallback when Windows' UI language is neither.
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"

; ---------------------------------------------------------------------------------------------
; texts
; ---------------------------------------------------------------------------------------------
LangString SecAppName ${LANG_VIETNAMESE} "Inspector (bắt buộc)"
LangString SecAppName ${LANG_ENGLISH} "Inspector (required)"
LangString SecAppDesc ${LANG_VIETNAMESE} "Chương trình và lối tắt trong menu Start."
LangString SecAppDesc ${LANG_ENGLISH} "The program and its Start-menu shortcut."
LangString SecDesktopName ${LANG_VIETNAMESE} "Lối tắt trên màn hình nền"
LangString SecDesktopName ${LANG_ENGLISH} "Desktop shortcut"
LangString SecDesktopDesc ${LANG_VIETNAMESE} "Đặt biểu tượng Inspector trên màn hình nền."
LangString SecDesktopDesc ${LANG_ENGLISH} "Put an Inspector icon on the desktop."
LangString MsgRunning ${LANG_VIETNAMESE} "Inspector đang chạy. Hãy đóng tất cả các cửa sổ Inspector rồi bấm Thử lại, hoặc bấm Hủy để thoát."
LangString MsgRunning ${LANG_ENGLISH} "Inspector is running. Close every Inspector window, then click Retry, or click Cancel to quit."
LangString DataTitle ${LANG_VIETNAMESE} "Dữ liệu của bạn"
LangString DataTitle ${LANG_ENGLISH} "Your data"
LangString DataSubtitle ${LANG_VIETNAMESE} "Giữ lại hay xóa các cuộc kiểm tra đã lưu trên máy này."
LangString DataSubtitle ${LANG_ENGLISH} "Keep or delete the inspections stored on this computer."
LangString DataText ${LANG_VIETNAMESE} "Cơ sở dữ liệu, ảnh, biên bản đã xuất, bản sao lưu và nhật ký của Inspector nằm trong thư mục:$\r$\n$\r$\n${DATA_DIR}$\r$\n$\r$\nThư mục này được giữ lại, trừ khi bạn đánh dấu ô dưới đây. Hãy sao lưu trước khi xóa: dữ liệu đã xóa không thể khôi phục."
LangString DataText ${LANG_ENGLISH} "Inspector's database, photos, exported minutes, backups and logs are in the folder:$\r$\n$\r$\n${DATA_DIR}$\r$\n$\r$\nThe folder is kept unless you tick the box below. Back it up first: deleted data cannot be recovered."
LangString DataCheckbox ${LANG_VIETNAMESE} "Xóa cả dữ liệu của tôi (cơ sở dữ liệu, ảnh, sao lưu, nhật ký)"
LangString DataCheckbox ${LANG_ENGLISH} "Also delete my data (database, photos, backups, logs)"
LangString DataConfirm ${LANG_VIETNAMESE} "Xóa vĩnh viễn toàn bộ dữ liệu Inspector trên máy này?"
LangString DataConfirm ${LANG_ENGLISH} "Permanently delete all Inspector data on this computer?"
LangString ShortcutDesc ${LANG_VIETNAMESE} "Kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính"
LangString ShortcutDesc ${LANG_ENGLISH} "Surprise inspections of public-service discipline"

; ---------------------------------------------------------------------------------------------
; helpers shared by the installer and the uninstaller
; ---------------------------------------------------------------------------------------------
Var RemoveData
Var DataCheckbox

; Writes one ASCII line to the standard output of whoever started us (silent mode has no window;
; a deployment tool or `cmd /c setup.exe /S > log.txt` captures it). Silently does nothing when
; there is neither a redirected handle nor a parent console.
!macro PRINT_LINE_FUNC un
Function ${un}PrintLine
  Exch $0
  Push $1
  Push $2
  System::Call 'kernel32::GetStdHandle(i -11) p.r1'
  ${If} $1 P= 0
  ${OrIf} $1 P= -1
    System::Call 'kernel32::AttachConsole(i -1) i.r2'
    System::Call 'kernel32::GetStdHandle(i -11) p.r1'
  ${EndIf}
  ${If} $1 P<> 0
  ${AndIf} $1 P<> -1
    StrCpy $0 "$0$\r$\n"
    StrLen $2 $0
    System::Call 'kernel32::WriteFile(p r1, m r0, i r2, *i 0, p 0)'
  ${EndIf}
  Pop $2
  Pop $1
  Pop $0
FunctionEnd
!macroend
!insertmacro PRINT_LINE_FUNC ""
!insertmacro PRINT_LINE_FUNC "un."

; $0 = 1 when a copy of Inspector from $INSTDIR (or any copy holding the app's mutex) is running.
; Windows (and Wine) refuse to open a running program's .exe or loaded .dll for writing, so the
; check needs nothing from the app; the mutex also catches a copy running from another folder.
!macro IS_RUNNING_FUNC un
Function ${un}IsLocked
  ; $1 = file; sets $0 = 1 when it exists and cannot be opened for writing
  ${If} ${FileExists} "$1"
    ClearErrors
    FileOpen $2 "$1" a
    ${If} ${Errors}
      StrCpy $0 1
    ${Else}
      FileClose $2
    ${EndIf}
  ${EndIf}
FunctionEnd

Function ${un}IsRunning
  Push $1
  Push $2
  Push $3
  StrCpy $0 0
  System::Call 'kernel32::OpenMutexW(i 0x00100000, i 0, w "${APP_MUTEX}") p.r1'
  ${If} $1 P<> 0
    System::Call 'kernel32::CloseHandle(p r1)'
    StrCpy $0 1
  ${EndIf}
  StrCpy $1 "$INSTDIR\${APP_EXE}"
  Call ${un}IsLocked
  StrCpy $1 "$INSTDIR\${CLI_EXE}"
  Call ${un}IsLocked
  ; every process of the bundle loads the Python DLL
  FindFirst $3 $2 "$INSTDIR\_internal\python3*.dll"
  ${DoWhile} $2 != ""
    StrCpy $1 "$INSTDIR\_internal\$2"
    Call ${un}IsLocked
    FindNext $3 $2
  ${Loop}
  FindClose $3
  Pop $3
  Pop $2
  Pop $1
FunctionEnd

; Refuses to go on while Inspector runs: Retry/Cancel when interactive, exit code 3 when silent.
Function ${un}RefuseIfRunning
  ${Do}
    Call ${un}IsRunning
    ${If} $0 == 0
      Return
    ${EndIf}
    ${If} ${Silent}
      Push "Inspector is running from $INSTDIR: close it, then run this again (exit code ${EXIT_RUNNING})."
      Call ${un}PrintLine
      SetErrorLevel ${EXIT_RUNNING}
      Quit
    ${EndIf}
    ${IfNot} ${Cmd} `MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(MsgRunning)" /SD IDCANCEL IDRETRY`
      SetErrorLevel ${EXIT_RUNNING}
      Quit
    ${EndIf}
  ${Loop}
FunctionEnd
!macroend
!insertmacro IS_RUNNING_FUNC ""
!insertmacro IS_RUNNING_FUNC "un."

; ---------------------------------------------------------------------------------------------
; installer
; ---------------------------------------------------------------------------------------------
Function DirectoryLeave
  Call RefuseIfRunning
FunctionEnd

Section "$(SecAppName)" SecApp
  SectionIn RO
  ${If} $INSTDIR == ""
    Abort
  ${EndIf}
  SetOutPath "$INSTDIR"
  ; Upgrade in place: drop the previous version's program files so that none of them lingers.
  ; Only what this installer puts there is removed; the user's data is not in $INSTDIR.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  File /r "${DIST_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
    SW_SHOWNORMAL "" "$(ShortcutDesc)"

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE},0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "$(SecDesktopName)" SecDesktop
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\${APP_EXE}" 0 \
    SW_SHOWNORMAL "" "$(ShortcutDesc)"
SectionEnd

; after the sections: it needs ${SecDesktop}
Function .onInit
  SetShellVarContext current
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/NODESKTOP" $R1
  ${IfNot} ${Errors}
    !insertmacro UnselectSection ${SecDesktop}
  ${EndIf}
  Call RefuseIfRunning
FunctionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} "$(SecAppDesc)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(SecDesktopDesc)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

; ---------------------------------------------------------------------------------------------
; uninstaller
; ---------------------------------------------------------------------------------------------
Function un.onInit
  SetShellVarContext current
  StrCpy $RemoveData 0
  ${un.GetParameters} $R0
  ClearErrors
  ${un.GetOptions} $R0 "/REMOVEDATA" $R1
  ${IfNot} ${Errors}
    StrCpy $RemoveData 1
  ${EndIf}
  Call un.RefuseIfRunning
FunctionEnd

Function un.DataPageCreate
  !insertmacro MUI_HEADER_TEXT "$(DataTitle)" "$(DataSubtitle)"
  nsDialogs::Create 1018
  Pop $0
  ${If} $0 == error
    Abort
  ${EndIf}
  ${NSD_CreateLabel} 0 0 100% 70% "$(DataText)"
  Pop $0
  ${NSD_CreateCheckbox} 0 75% 100% 12u "$(DataCheckbox)"
  Pop $DataCheckbox
  ${If} $RemoveData == 1
    ${NSD_Check} $DataCheckbox
  ${EndIf}
  nsDialogs::Show
FunctionEnd

Function un.DataPageLeave
  ${NSD_GetState} $DataCheckbox $0
  ${If} $0 == ${BST_CHECKED}
    ${IfNot} ${Cmd} `MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(DataConfirm)" IDYES`
      Abort
    ${EndIf}
    StrCpy $RemoveData 1
  ${Else}
    StrCpy $RemoveData 0
  ${EndIf}
  Call un.RefuseIfRunning
FunctionEnd

Section "Uninstall"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
  ${If} $RemoveData == 1
    RMDir /r "${DATA_DIR}"
    RMDir "${DATA_PARENT}"
  ${EndIf}
SectionEnd
