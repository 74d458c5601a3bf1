@echo off
rem jkompose from its distribution: needs only a Java 17 or newer runtime (%JKOMPOSE_JAVA%, a java.exe, else
rem %JAVA_HOME%\bin\java.exe, else java on the PATH). %JAVA_OPTS% is passed to the JVM.
rem The AOT cache in lib\ is the Linux build's; a Windows JVM could not use it, so this launcher does not offer it.
setlocal
set "JKOMPOSE_HOME=%~dp0.."
if defined JKOMPOSE_JAVA (set "JAVA=%JKOMPOSE_JAVA%") else if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn24m -XX:MaxTenuringThreshold=0 %JAVA_OPTS% -jar "%JKOMPOSE_HOME%\lib\jkompose.jar" %*
exit /b %ERRORLEVEL%
