def log = new File(basedir, 'build.log').text
assert log.contains('The API exited with code 3 before it was ready')
assert log.contains("Last lines of the API's log:")
assert log.contains('failing at start with exit code 3') : 'the tail of api.log is shown'
def seconds = (log =~ /Total time:\s+([\d.]+) s/)[0][1] as double
assert seconds < 30 : "failed after $seconds s: it waited instead of noticing the exit"

// Nothing the plugin started outlives the build.
def pids = (log =~ /Started the API \(pid (\d+)\)/).collect { it[1] as long }
assert !pids.isEmpty()
pids.each { pid -> assert !ProcessHandle.of(pid).map { it.isAlive() }.orElse(false) : "API process $pid is still alive" }
return true
