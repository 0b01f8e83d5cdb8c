def log = new File(basedir, 'build.log').text
assert log.contains('Recorded (all) into ')
assert log.contains(': 2 rows rewritten, 5 new samples added (10 rows).')
assert new File(basedir, 'golden.csv').text == new File(basedir, 'golden.expected').text
return true
