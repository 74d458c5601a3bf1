// convert writes one file per object into target/jkompose, as jkompose convert -o DIR does.
def out = new File(basedir, 'target/jkompose')
def names = (out.list() ?: []).findAll { !it.startsWith('.') }.sort()
println "written: ${names}"
assert names.contains('web-deployment.yaml')
assert names.contains('web-service.yaml')
assert names.contains('db-deployment.yaml')
def deployment = new File(out, 'web-deployment.yaml').text
assert deployment.contains('kind: Deployment')
assert deployment.contains('image: nginx:1.27')
assert deployment.contains('kompose.cmd: jkompose convert -o target/jkompose')
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] jkompose: ' + names.size() + ' manifests in target/jkompose (' + names.size() + ' written)')
return true
