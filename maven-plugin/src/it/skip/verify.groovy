// jkompose.skip: the goal runs, says so, and writes nothing.
assert !new File(basedir, 'target/jkompose').exists()
assert new File(basedir, 'build.log').text.contains('[INFO] jkompose: skipped (jkompose.skip)')
return true
