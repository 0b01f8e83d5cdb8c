def log = new File(basedir, 'build.log').text
assert log.contains('16 values compared: 15 passed, 1 diverged, 0 errors')
// The divergent row, with the golden value, what came back, and the errors.
assert log =~ /WA-20220618-KLM-03\/RT-1\s+thickness\s+13\.3\s+13\.264928817749023\s+0\.0351\s+0\.00264\s+0\.000133/
assert log.contains('Predictions of [drawing] do not match the golden file: 1 diverged, 0 errors')
def obtained = new File(basedir, 'target/predcheck/drawing/obtained.csv').text
assert obtained.contains('WA-20220618-KLM-03/RT-1,13.264928817749023,thickness')
assert obtained == new File(basedir, '../demo/src/test/predcheck/golden.csv').text

// Nothing the plugin started outlives the build.
def pids = (log =~ /Started the API \(pid (\d+)\)/).collect { it[1] as long }
assert !pids.isEmpty()
pids.each { pid -> assert !ProcessHandle.of(pid).map { it.isAlive() }.orElse(false) : "API process $pid is still alive" }
return true
