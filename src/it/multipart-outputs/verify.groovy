def log = new File(basedir, 'build.log').text
assert log.contains('predcheck [drawing]: 3 samples, 9 values compared: 9 passed, 0 diverged, 0 errors')
def reports = new File(basedir, 'target/predcheck')
reports.eachFileRecurse(groovy.io.FileType.FILES) { f -> assert !f.text.contains('it-secret-token-123') : "secret in $f" }
assert !log.contains('it-secret-token-123')
// obtained.csv keeps the golden file's BOM and CRLF.
def obtained = new File(basedir, 'target/predcheck/drawing/obtained.csv').bytes
assert obtained == new File(basedir, 'golden.csv').bytes
return true
