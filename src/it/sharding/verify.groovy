import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def one = new File(basedir, 'target/one-job/drawing')
def merged = new File(basedir, 'target/predcheck/drawing')

// Each shard checks its own samples, and says which.
assert log.contains('Checking shard 1/3 (6 samples) of 8 samples (15 golden values from golden.csv) and 1 new sample against ')
assert log.contains('Checking shard 2/3 (2 samples) of 8 samples')
assert log.contains('Checking shard 3/3 (1 sample) of 8 samples')
(1..3).each { i ->
  def dir = new File(merged, "shard-${i}of3")
  ["TEST-predcheck-drawing-shard${i}of3.xml", "summary-shard${i}of3.json", "results-drawing-shard${i}of3.jsonl",
   "obtained-shard${i}of3.csv", "report-shard${i}of3.html"].each { assert new File(dir, it).isFile() : "$dir/$it" }
  assert new JsonSlurper().parse(new File(dir, "summary-shard${i}of3.json")).shard == "$i/3"
}
assert new JsonSlurper().parse(new File(merged, 'shard-2of3/summary-shard2of3.json')).verdict == 'PASSED'

// The merge: one verdict, as the one job's.
assert log.contains('Merged 3 shards of [drawing] from ')
def failure = 'Predictions of [drawing] do not match the golden file: 1 diverged, 1 error, 1 new sample without golden rows.'
assert log.count(failure) == 2 : 'the one job and the merge fail alike'

// Same obtained file, byte for byte.
assert new File(merged, 'obtained.csv').bytes == new File(one, 'obtained.csv').bytes

// Same per-value results, sample by sample, in the same order; the first line differs in the time only.
def oneLines = new File(one, 'results-drawing.jsonl').readLines('UTF-8')
def mergedLines = new File(merged, 'results-drawing.jsonl').readLines('UTF-8')
assert oneLines.size() == 10
assert mergedLines.tail() == oneLines.tail()
def header = { line -> def h = new JsonSlurper().parseText(line); h.remove('millis'); h }
assert header(mergedLines[0]) == header(oneLines[0])

// Same counts and statistics (p99 included).
def summary = { dir -> def s = new JsonSlurper().parse(new File(dir, 'summary.json')); s.remove('writtenAt'); s.remove('millis'); s }
assert summary(merged) == summary(one)
assert summary(merged).verdict == 'FAILED' && summary(merged).samples == 9 && summary(merged).values == 15

// Same JUnit XML but for the times.
def junit = { dir -> new File(dir, 'TEST-predcheck-drawing.xml').getText('UTF-8').replaceAll(/time="[^"]*"/, '') }
assert junit(merged) == junit(one)
assert new File(merged, 'report.html').text.contains('WA-20220618-KLM-03/RT-1')

// A merge with shards missing is refused, naming them.
assert log.contains('Shards 2/3, 3/3 of [drawing] are missing from ')
assert log.contains('e.g. with -Dpredcheck.shard=2/3: a merge without them would pass samples nobody checked.')
assert !new File(basedir, 'target/partial/drawing/summary.json').exists()

// Nothing the plugin started outlives the build.
def pids = (log =~ /Started the API \(pid (\d+)\)/).collect { it[1] as long }
assert pids.size() == 4
pids.each { pid -> assert !ProcessHandle.of(pid).map { it.isAlive() }.orElse(false) : "API process $pid is still alive" }
// The refused merge's message reads as the pom does, also where Maven repeats its cause.
assert !new File(basedir, 'build.log').text.contains('\u27e6') : 'a setting marker reached the build log'
return true
