def log = new File(basedir, 'build.log').text
assert log.contains('16 values compared: 0 passed, 0 diverged, 16 errors')
assert log.count('no response from http://127.0.0.1:9/predictions/drawing: ') == 1
assert log.contains('Connection refused')
return true
