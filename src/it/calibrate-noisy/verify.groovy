import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def dir = new File(basedir, 'target/predcheck/drawing')

// calibrate: 8 samples, 5 calls each; per output a relative spread, 10 × it rounded up.
assert log.contains('Calibrating with 8 samples, 5 calls each, against ')
assert log =~ /predcheck calibrate \[drawing\]: 8 samples, 5 calls each \(the first one sample at a time, the others 1 at a time\), 0 failed calls/
assert log =~ /thickness  32 +\S+ +\S+ +6e-4 +1e-8 +relative: 10 × the largest relative spread/
assert log =~ /width      32 +\S+ +\S+ +4e-4 +1e-8 +relative: 10 × the largest relative spread/
def calibration = new JsonSlurper().parse(new File(dir, 'calibration.json'))
assert calibration.calls == 5 && calibration.form == 'csv'
calibration.groups.each { g ->
  assert !g.deterministic
  assert g.choice == 'relative'
  // The demo server's noise is 3e-5 per call: two calls differ by up to 6e-5.
  assert g.relativeSpread > 1e-5 && g.relativeSpread < 6.1e-5
  assert g.proposed.relative >= 10 * g.relativeSpread
  assert g.proposed.absolute == 1e-8
}
// The goldens, recorded without noise, sit within the noise: no warning.
assert !log.contains('golden values of')

// The snippet written is the one printed, and the one the execution `proposed` holds.
def snippet = new File(dir, 'calibration-pom.xml').text
assert log.contains('  ' + snippet.readLines()[1])
def pom = new File(basedir, 'pom.xml').text
def held = (pom =~ /(?s)<!-- calibration-pom.xml -->\s*(.*?)\s*<!-- end -->/)[0][1]
assert held.readLines()*.trim() == snippet.readLines()*.trim()

// The default tolerance (1e-5) fails against the noisy server; the proposed one passes.
assert log =~ /predcheck \[drawing\]: 8 samples, 16 values compared: \d+ passed, [1-9]\d* diverged, 0 errors/
assert log =~ /predcheck \[proposed\]: 8 samples, 16 values compared: 16 passed, 0 diverged, 0 errors/
return true
