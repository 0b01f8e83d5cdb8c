def log = new File(basedir, 'build.log').text
def token = 'it-settings-token-9d41c7'

assert log.contains('[DEBUG]') : 'the build did not run with -X'
// Both executions passed against a server that answers 401 without the token, its /ping included.
['server-id', 'env-header'].each { id ->
  assert log.contains("predcheck [${id}]: 8 samples, 16 values compared: 16 passed, 0 diverged, 0 errors")
}
assert log.contains('(f) serverId = predcheck-demo-api')
assert log.contains('(f) headers = {Authorization=***}')

assert !log.contains(token) : 'the token is in build.log'
new File(basedir, 'target/predcheck').eachFileRecurse(groovy.io.FileType.FILES) { f ->
  assert !f.text.contains(token) : "the token is in $f"
}
// Maven 4 reads HttpClient's log level from maven.logger.*; the older name it still honours, with a warning.
assert !log.contains('SLF4J(W): Using deprecated property') : 'predcheck set a logger property Maven 4 warns about'
return true
