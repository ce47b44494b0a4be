@echo off
rem Runs mabs-advisor, from a source checkout (building the jar with Maven on first use) or from the
rem release archive (bin\ beside lib\), from any folder. Exit code 3: the launcher could not run it.
setlocal
set "HERE=%~dp0"
if exist "%HERE%pom.xml" (
  set "HOME_DIR=%HERE%."
  set "JAR=%HERE%target\mabs-advisor.jar"
) else (
  set "HOME_DIR=%HERE%.."
  set "JAR=%HERE%..\lib\mabs-advisor.jar"
)
if exist "%HERE%pom.xml" if not exist "%JAR%" (
  echo mabs-advisor: building the jar ^(first run^)... 1>&2
  pushd "%HERE%"
  call mvn -q -DskipTests package 1>&2
  rem The exit must not sit behind an escaped "&" on one line: it would be printed, never run.
  if errorlevel 1 (
    popd
    echo mabs-advisor: the build failed; nothing was analysed 1>&2
    exit /b 3
  )
  popd
)
if not exist "%JAR%" (
  echo mabs-advisor: %JAR% is missing: the installation is incomplete 1>&2
  exit /b 3
)
where java >nul 2>nul || (
  echo mabs-advisor: no java found: install Java 17 or later 1>&2
  exit /b 3
)
java %MABS_ADVISOR_JAVA_OPTS% "-Dmabs.advisor.home=%HOME_DIR%" -jar "%JAR%" %*
exit /b %ERRORLEVEL%
