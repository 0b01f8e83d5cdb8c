import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
// Without sequential: refused before either API starts, saying what to set.
assert log.contains('The baseline and the candidate would both answer at http://127.0.0.1:17953/predictions/drawing: two APIs cannot run at once on one fixed port. Set <sequential> (-Dpredcheck.sequential) to run the baseline first')
def refused = log.substring(0, log.indexOf('two APIs cannot run at once'))
assert !refused.contains('Started the API') : 'refused before anything starts'
// With it: the baseline's pass, then the candidate's.
def baseline = log.indexOf('Baseline first (started by its own command), then the candidate: one API at a time.')
def first = log.indexOf('(baseline, 2 calls each) against http://127.0.0.1:17953/predictions/drawing')
def second = log.indexOf('(candidate) against http://127.0.0.1:17953/predictions/drawing')
assert baseline > 0 && first > baseline && second > first
def summary = new JsonSlurper().parse(new File(basedir, 'target/predcheck/fixed-port/summary.json'))
assert summary.verdict == 'PASSED' && summary.diverged == 0 && summary.samples == 8
assert summary.diff.outputs*.verdict == ['SAME', 'SAME']
return true
