def log = new File(basedir, 'build.log').text
assert log.contains('Recorded (failing) into ')
assert log.contains(': 1 row rewritten, 0 new samples added (0 rows).')
assert new File(basedir, 'golden.csv').bytes == new File(basedir, 'golden.expected').bytes
// The second build checks against the recorded file and passes.
assert log.contains('16 values compared: 16 passed, 0 diverged, 0 errors')
return true
