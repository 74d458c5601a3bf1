@echo off
rem jkompose from its distribution: needs only a Java 17 or newer runtime (%JAVA_HOME%\bin\java.exe, else
rem java on the PATH). %JAVA_OPTS% is passed to the JVM.
setlocal
set "JKOMPOSE_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %JAVA_OPTS% -cp "%JKOMPOSE_HOME%\lib\*" io.jkompose.cli.Main %*
exit /b %ERRORLEVEL%
