// The committed k8s/ has a changed file, an extra one and lacks the others: check names each and fails;
// it writes nothing (the folder is as committed), and a file of another extension is not "extra".
def log = new File(basedir, 'build.log').text
def k8s = new File(basedir, 'k8s').canonicalPath
assert log.contains("[ERROR] ${k8s}/web-deployment.yaml: changed: differs from the conversion")
assert log.contains("[ERROR] ${k8s}/old-deployment.yaml: extra: the conversion no longer makes it")
assert log.contains("[ERROR] ${k8s}/web-service.yaml: missing: the conversion makes it")
assert log.contains('the manifests in k8s differ from the Compose project: 3 missing (db-deployment.yaml, '
        + 'db-service.yaml, web-service.yaml), 1 extra (old-deployment.yaml), 1 changed (web-deployment.yaml)')
assert !log.contains('notes.txt')
assert new File(basedir, 'k8s').list().sort() == ['notes.txt', 'old-deployment.yaml', 'web-deployment.yaml']
assert new File(basedir, 'k8s/web-deployment.yaml').text == 'stale: true\n'
return true
