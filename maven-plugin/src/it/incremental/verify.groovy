// The second build finds inputs and parameters unchanged and does nothing; a user property on the third
// (jkompose.replicas) changes the parameters, so it converts again, and rewrites only what changed.
def log = new File(basedir, 'build.log').text
def runs = log.split(/Building incremental 1\.0/).drop(1)
assert runs.size() == 3 : "three builds in build.log, found ${runs.size()}"
assert runs[0].contains('jkompose: 4 manifests in target/jkompose (4 written)')
assert runs[1].contains('jkompose: target/jkompose is up to date (inputs and parameters unchanged); skipping the conversion')
assert !runs[1].contains('manifests in')
assert runs[2].contains('jkompose: 4 manifests in target/jkompose (4 written)') // the kompose.cmd annotation names --replicas
def deployment = new File(basedir, 'target/jkompose/web-deployment.yaml').text
assert deployment.contains('replicas: 3')
assert deployment.contains('kompose.cmd: jkompose convert --replicas 3 -o target/jkompose')
return true
