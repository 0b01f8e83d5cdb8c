def log = new File(basedir, 'build.log').text
assert log.contains('Skipping predcheck because property skipITs is set (integration tests are skipped).')
assert !log.contains('Started the API')
// A skipped check still leaves its verdict, so that no older one speaks for this build.
def summary = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/predcheck/drawing/summary.json'))
assert summary.verdict == 'SKIPPED'
assert summary.reason == 'property skipITs is set (integration tests are skipped)'
return true
