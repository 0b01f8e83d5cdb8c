def log = new File(basedir, 'build.log').text
assert log =~ /The API was not ready after 3 s: polled http:\/\/127\.0\.0\.1:\d+\/ping until HTTP 200 with \/status=Healthy; it last answered: HTTP 500/
assert log.contains('Unhealthy')
assert log.contains('-Dpredcheck.healthTimeout')
// Maven repeats a cause's message it does not hold: it must read as the pom does, without setting markers.
assert !log.contains('\u27e6') : 'a setting marker reached the build log'
assert log.contains("Last lines of the API's log:")
assert log.contains('listening on http://127.0.0.1:')

// Nothing the plugin started outlives the build.
def pids = (log =~ /Started the API \(pid (\d+)\)/).collect { it[1] as long }
assert !pids.isEmpty()
pids.each { pid -> assert !ProcessHandle.of(pid).map { it.isAlive() }.orElse(false) : "API process $pid is still alive" }
return true
