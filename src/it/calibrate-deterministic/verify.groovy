import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log =~ /predcheck calibrate \[drawing\]: 8 samples, 3 calls each \(the first one sample at a time, the others 2 at a time\), 0 failed calls/
['thickness', 'width'].each { output ->
  assert log =~ /${output} +16 +0 +0 +1e-5 +1e-8 +deterministic: every call answered bit-for-bit the same, so exact comparison is safe/
}
def calibration = new JsonSlurper().parse(new File(basedir, 'target/predcheck/drawing/calibration.json'))
assert calibration.groups*.deterministic == [true, true]
assert calibration.groups*.absoluteSpread == [0, 0]
assert calibration.groups*.proposed*.relative == [1e-5, 1e-5]
assert !log.contains('golden values of')
assert log.contains('BUILD SUCCESS')
return true
