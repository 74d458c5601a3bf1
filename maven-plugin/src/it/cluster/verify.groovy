// apply, diff and down as three builds against a real API server, each checked in its part of build.log.
def log = new File(basedir, 'build.log').text
def runs = log.split(/Building cluster 1\.0/).drop(1)
assert runs.size() == 3 : "three builds in build.log, found ${runs.size()}"
assert runs[0].contains('[INFO] namespace/jkompose-maven-plugin-it ')
assert runs[0] =~ /\[INFO\] persistentvolumeclaim\/html (created|unchanged|configured)/
assert runs[0] =~ /\[INFO\] deployment\/web (created|unchanged|configured)/
assert runs[0].contains('[INFO] jkompose: rolled out')
assert runs[1].contains('[INFO] jkompose: the cluster matches the Compose project')
assert runs[2].contains('[INFO] deployment/web deleted')
assert runs[2].contains('[INFO] persistentvolumeclaim/html deleted')
runs.each { assert it.contains('BUILD SUCCESS') }
return true
