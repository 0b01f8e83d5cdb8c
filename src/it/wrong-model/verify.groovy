def log = new File(basedir, 'build.log').text
assert log.contains('16 values compared: 0 passed, 0 diverged, 16 errors')
def cause = 'HTTP 404 ModelNotFoundException: Model not found: drawings — 8 samples: '
assert log.count(cause) == 1 : 'the cause is reported once'
assert log.contains('Predictions of [drawing] do not match the golden file: 0 diverged, 16 errors')

// Nothing the plugin started outlives the build.
def pids = (log =~ /Started the API \(pid (\d+)\)/).collect { it[1] as long }
assert !pids.isEmpty()
pids.each { pid -> assert !ProcessHandle.of(pid).map { it.isAlive() }.orElse(false) : "API process $pid is still alive" }
return true
