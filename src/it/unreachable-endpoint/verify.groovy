def log = new File(basedir, 'build.log').text
// With a health URL: a prompt "nothing listens", not the whole healthTimeout and advice to raise it.
assert log =~ /Nothing listens at 127\.0\.0\.1:9: start the API, or let predcheck start it with <command> or <compose>\. Every connection to http:\/\/127\.0\.0\.1:9\/ping was refused for \d s/
assert !log.contains('was not ready after')
def health = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/predcheck/health/summary.json'))
assert health.error.contains('Nothing listens at 127.0.0.1:9')
assert log.contains('16 values compared: 0 passed, 0 diverged, 16 errors')
// one group of errors for the one cause (the streak warning and the not-sent group quote it too)
assert log.count('[ERROR]   no response from http://127.0.0.1:9/predictions/drawing: ') == 1
assert log.contains('Connection refused')
return true
