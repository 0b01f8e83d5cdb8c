import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def summary = { id -> new JsonSlurper().parse(new File(basedir, "target/predcheck/${id}/summary.json")) }
def outputs = { id -> summary(id).diff.outputs.collectEntries { [(it.name): it] } }

// Both APIs up at once, each sample to the baseline twice and to the candidate once.
assert log.contains('Checking 8 samples (16 golden values from golden.csv) (baseline 2 calls each, candidate 1 call each) against ')

// equal: the same model passes, with no noise measured.
assert summary('equal').verdict == 'PASSED'
assert outputs('equal').thickness.verdict == 'SAME' && outputs('equal').thickness.noiseRelative == 0

// resampled: fails, naming the samples and the outputs that moved.
assert summary('resampled').verdict == 'FAILED'
assert outputs('resampled').thickness.verdict == 'MOVED'
assert log =~ /Predictions of \[resampled\] moved from the baseline \(started by its own command\): \d+ diverged beyond its noise \(thickness, width\)/
assert log.contains('WA-20220616-ABC-01/RT-1')

// noisy-check: the noisy candidate against exact goldens at 1e-5 fails.
assert log =~ /Predictions of \[noisy-check\] do not match the golden file: [1-9]\d* diverged/

// noisy: the same noise on both sides is noise, reported per output.
def noisy = summary('noisy')
assert noisy.verdict == 'PASSED' : noisy
assert noisy.noise > 0 && noisy.diverged == 0
assert outputs('noisy').thickness.verdict == 'NOISE'
assert outputs('noisy').thickness.noiseRelative > 1e-5
assert log =~ /predcheck \[noisy\]: 8 samples, 16 values compared: \d+ passed, [1-9]\d* within noise, 0 diverged/
def html = new File(basedir, 'target/predcheck/noisy/report.html').text
assert html.contains('Baseline and noise') && html.contains('>candidate<') && html.contains('within noise')

// noisy-goldens: the baseline agrees, the goldens do not: the goldens moved.
assert summary('noisy-goldens').verdict == 'FAILED'
assert summary('noisy-goldens').diff.goldens.moved > 0
assert log.contains('Predictions of [noisy-goldens] match the baseline (started by its own command), but ')
assert log.contains('moved from the golden file (the goldens are stale: the baseline answers as the candidate does)')

// shifted: 1e-3 is beyond the noise.
assert summary('shifted').verdict == 'FAILED'
assert outputs('shifted').thickness.verdict == 'MOVED' && outputs('shifted').width.verdict == 'MOVED'

// obtained.csv holds the candidate's answers in the golden format.
def obtained = new File(basedir, 'target/predcheck/shifted/obtained.csv').readLines('UTF-8')
assert obtained[0] == '図面_id,pred,name' && obtained.size() == 17

// No demo server outlives the build.
assert !log.contains('still running')
return true
