def log = new File(basedir, 'build.log').text
assert log.contains('The verify goal will fail the build (deferFailure is set).')
assert log =~ /predcheck:[^:]+:verify \(verdict\)/ : 'the build went on to the verify goal'
assert log.contains('predcheck checks failed: drawing (the run broke: The API exited with code 3 before it was ready')
def summary = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/predcheck/drawing/summary.json'))
assert summary.verdict == 'FAILED'
assert summary.error.contains('exited with code 3')
return true
