def log = new File(basedir, 'build.log').text
assert log.contains('The verify goal will fail the build (deferFailure is set)')
assert log =~ /predcheck:[^:]+:verify \(verdict\)/
assert log.contains('predcheck checks failed: drawing (1 diverged, 0 errors, 0 new')
def summary = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/predcheck/drawing/summary.json'))
assert summary.verdict == 'FAILED'
assert summary.diverged == 1

// Nothing the plugin started outlives the build.
def pids = (log =~ /Started the API \(pid (\d+)\)/).collect { it[1] as long }
assert !pids.isEmpty()
pids.each { pid -> assert !ProcessHandle.of(pid).map { it.isAlive() }.orElse(false) : "API process $pid is still alive" }
return true
