// A bad value fails the build with the compiler-style location of the value, made absolute so IDEs link it.
def log = new File(basedir, 'build.log').text
def compose = new File(basedir, 'compose.yaml').canonicalPath
assert log =~ /(?m)^\[ERROR\] \Q${compose}\E:5:\d+: error: /
assert log.contains('jkompose: the Compose project has an error (see above)')
assert !new File(basedir, 'target/jkompose').exists()
return true
