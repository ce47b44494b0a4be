@echo off
rem Runs mabs-advisor; builds the jar with Maven on first use.
setlocal
set "HOME_DIR=%~dp0"
set "JAR=%HOME_DIR%target\mabs-advisor.jar"
if not exist "%JAR%" (
  echo mabs-advisor: building the jar ^(first run^)... 1>&2
  pushd "%HOME_DIR%"
  call mvn -q -DskipTests package 1>&2
  if errorlevel 1 ( popd ^& exit /b 3 )
  popd
)
java %MABS_ADVISOR_JAVA_OPTS% "-Dmabs.advisor.home=%HOME_DIR%." -jar "%JAR%" %*
exit /b %ERRORLEVEL%
