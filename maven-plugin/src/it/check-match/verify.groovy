// convert writes k8s/, then check compares the same folder with the conversion: no drift.
def log = new File(basedir, 'build.log').text
assert log.contains('jkompose: 4 manifests in k8s (4 written)')
assert log.contains('[INFO] jkompose: the manifests in k8s match the Compose project')
return true
