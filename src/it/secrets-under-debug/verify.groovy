def log = new File(basedir, 'build.log').text
def secrets = ['it-header-secret-7c1f9a', 'it-model-secret-3b8e2d']

assert log.contains('[DEBUG]') : 'the build did not run with -X'
assert log.contains('predcheck [drawing]: 8 samples, 16 values compared: 16 passed, 0 diverged, 0 errors')

// Maven's own dumps: the configuration XML holds the references, the parameters print masked.
assert log.contains('{env:PREDCHECK_IT_TOKEN}')
assert log.contains('(f) headers = {Authorization=***}')
assert log =~ /\(f\) environment = \{[^}\n]*MODEL_TOKEN=\*\*\*[^}\n]*\}/

// HttpClient's wire and header logs (request headers and bodies) stay off under -X.
assert !log.contains('http-outgoing-')

secrets.each { s -> assert !log.contains(s) : "secret in build.log" }
new File(basedir, 'target/predcheck').eachFileRecurse(groovy.io.FileType.FILES) { f ->
  secrets.each { s -> assert !f.text.contains(s) : "secret in $f" }
}
return true
